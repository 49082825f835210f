#include "base/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace territoire;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualClockMovesOnlyWhenTold();
    void replayClockPausedDoesNotMove();
    void replayClockSeekClamps_data();
    void replayClockSeekClamps();
    void replayClockPlaysFasterThanRealTime();
    void speedIsClamped();
};

static QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void TestClock::manualClockMovesOnlyWhenTold()
{
    ManualClock clock(utc("2021-01-12T13:00:00Z"));
    QSignalSpy ticked(&clock, &Clock::ticked);
    QCOMPARE(clock.now(), utc("2021-01-12T13:00:00Z"));
    clock.advance(3600);
    QCOMPARE(clock.now(), utc("2021-01-12T14:00:00Z"));
    QCOMPARE(ticked.count(), 1);
    QVERIFY(clock.isReplay());
}

void TestClock::replayClockPausedDoesNotMove()
{
    ReplayClock clock(utc("2021-01-12T13:00:00Z"), utc("2021-01-13T13:00:00Z"));
    const QDateTime before = clock.now();
    QTest::qWait(50);
    QCOMPARE(clock.now(), before);
    QCOMPARE(before, utc("2021-01-12T13:00:00Z"));
}

void TestClock::replayClockSeekClamps_data()
{
    QTest::addColumn<QDateTime>("target");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("inside") << utc("2021-01-12T20:00:00Z") << utc("2021-01-12T20:00:00Z");
    QTest::newRow("before start") << utc("2020-01-01T00:00:00Z") << utc("2021-01-12T13:00:00Z");
    QTest::newRow("after end") << utc("2030-01-01T00:00:00Z") << utc("2021-01-13T13:00:00Z");
    QTest::newRow("offset form") << QDateTime::fromString(
        QStringLiteral("2021-01-12T21:00:00+01:00"), Qt::ISODate)
                                 << utc("2021-01-12T20:00:00Z");
}

void TestClock::replayClockSeekClamps()
{
    QFETCH(QDateTime, target);
    QFETCH(QDateTime, expected);
    ReplayClock clock(utc("2021-01-12T13:00:00Z"), utc("2021-01-13T13:00:00Z"));
    QSignalSpy jumped(&clock, &Clock::jumped);
    clock.seek(target);
    QCOMPARE(clock.now(), expected);
    QCOMPARE(jumped.count(), 1);
}

void TestClock::replayClockPlaysFasterThanRealTime()
{
    ReplayClock clock(utc("2021-01-12T13:00:00Z"), utc("2021-01-13T13:00:00Z"));
    clock.setSpeed(3600);
    QSignalSpy ticked(&clock, &Clock::ticked);
    clock.play();
    QVERIFY(ticked.wait(2000));
    // One real quarter second at 3600x is 15 replay minutes: far more than real time.
    QVERIFY(clock.now() > utc("2021-01-12T13:05:00Z"));
    clock.pause();
    const QDateTime paused = clock.now();
    QTest::qWait(30);
    QCOMPARE(clock.now(), paused);
}

void TestClock::speedIsClamped()
{
    ReplayClock clock(utc("2021-01-12T13:00:00Z"), utc("2021-01-13T13:00:00Z"));
    clock.setSpeed(100000);
    QCOMPARE(clock.speed(), 3600.0);
    clock.setSpeed(0.1);
    QCOMPARE(clock.speed(), 1.0);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
