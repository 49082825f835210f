#include "SharedData.h"

#include "base/Clock.h"
#include "feeds/ObservationCache.h"
#include "offline/ExerciseScenario.h"
#include "offline/OfflinePack.h"
#include "offline/PackWriter.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace territoire;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2021, 1, day), QTime(hour, minute), Qt::UTC);
}

// What the screens show at the clock's instant: the gauge height and the closed ways.
QString stateAt(const ObservationCache &cache, const ExerciseScenario &scenario, Clock &clock)
{
    const auto h
        = cache.latestAtOrBefore(ExerciseScenario::gaugeFeedId(), QStringLiteral("U234503001"),
                                 QStringLiteral("H"), clock.now());
    const auto bay
        = cache.latestAtOrBefore(ExerciseScenario::exerciseBayFeedId(), QStringLiteral("bay-7"),
                                 QStringLiteral("vacant"), clock.now());
    QStringList ways;
    for (qint64 id : scenario.closedWaysAt(clock.now()))
        ways << QString::number(id);
    return QStringLiteral("H=%1 at %2; bay=%3; closed=%4")
        .arg(h ? QString::number(h->value) : QStringLiteral("none"),
             h ? h->time.toString(Qt::ISODate) : QString(), bay ? bay->text : QStringLiteral("-"),
             ways.join(u','));
}

ExerciseScenario floodScenario()
{
    ExerciseScenario s;
    ExerciseEvent curve;
    curve.at = utc(12, 12);
    curve.kind = ExerciseEvent::Kind::GaugeCurve;
    curve.target = QStringLiteral("U234503001");
    curve.payload = {{QStringLiteral("quantity"), QStringLiteral("H")},
                     {QStringLiteral("points"),
                      QJsonArray {QJsonArray {0, 1.10}, QJsonArray {3600, 1.65},
                                  QJsonArray {7200, 2.40}, QJsonArray {10800, 2.05}}}};
    s.addEvent(curve);
    ExerciseEvent closure;
    closure.at = utc(12, 13, 30);
    closure.kind = ExerciseEvent::Kind::CloseWay;
    closure.target = QStringLiteral("24562111");
    s.addEvent(closure);
    ExerciseEvent bay;
    bay.at = utc(12, 14);
    bay.kind = ExerciseEvent::Kind::BayTaken;
    bay.target = QStringLiteral("bay-7");
    s.addEvent(bay);
    return s;
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badge_data();
    void badge();
    void speedLimits();
    void determinism_data();
    void determinism();
    void eventsSavedInPack();
};

void TestReplay::badge_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("text");
    QTest::newRow("winter, UTC+1") << utc(12, 13) << "Exercise — replay of 12/01/2021 14:00";
    QTest::newRow("summer, UTC+2") << QDateTime(QDate(2021, 7, 14), QTime(8, 30), Qt::UTC)
                                   << "Exercise — replay of 14/07/2021 10:30";
}

void TestReplay::badge()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, text);
    QCOMPARE(ExerciseScenario::badgeText(instant), text);
}

void TestReplay::speedLimits()
{
    ReplayClock clock(utc(12, 10), utc(12, 18));
    clock.setSpeed(10000);
    QCOMPARE(clock.speed(), 3600.0);
    clock.setSpeed(0.1);
    QCOMPARE(clock.speed(), 1.0);
    clock.seek(utc(13, 0));
    QCOMPARE(clock.now(), utc(12, 18)); // clamped to the recorded period
}

void TestReplay::determinism_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before the flood") << utc(12, 11) << "H=none at ; bay=-; closed=";
    QTest::newRow("rising") << utc(12, 13, 10) << "H=1.65 at 2021-01-12T13:00:00Z; bay=-; closed=";
    QTest::newRow("street closed")
        << utc(12, 13, 45) << "H=1.65 at 2021-01-12T13:00:00Z; bay=-; closed=24562111";
    QTest::newRow("peak, bay taken")
        << utc(12, 14, 0) << "H=2.4 at 2021-01-12T14:00:00Z; bay=full; closed=24562111";
    QTest::newRow("falling") << utc(12, 17)
                             << "H=2.05 at 2021-01-12T15:00:00Z; bay=full; closed=24562111";
}

void TestReplay::determinism()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, expected);
    const ExerciseScenario scenario = floodScenario();
    ObservationCache cache(QStringLiteral(":memory:"));
    QString error;
    QVERIFY2(cache.open(&error), qPrintable(error));
    QVERIFY(cache.store(scenario.syntheticObservations(), &error) >= 0);
    ReplayClock clock(utc(12, 10), utc(12, 18));
    clock.seek(instant);
    const QString first = stateAt(cache, scenario, clock);
    QCOMPARE(first, expected);
    // Elsewhere and back: the same instant gives the same state.
    clock.seek(utc(12, 17, 59));
    stateAt(cache, scenario, clock);
    clock.seek(utc(12, 10));
    stateAt(cache, scenario, clock);
    clock.seek(instant);
    QCOMPARE(stateAt(cache, scenario, clock), first);
    ManualClock manual(instant);
    QCOMPARE(stateAt(cache, scenario, manual), first);
}

void TestReplay::eventsSavedInPack()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    GDALAllRegister();
    QTemporaryDir dir;
    PackRequest request;
    request.project.setMapCrs(Crs::lambert93());
    ProjectLayer layer;
    layer.id = QStringLiteral("communes");
    layer.type = QStringLiteral("vector");
    layer.source = communes;
    request.project.layers() << layer;
    request.outPath = dir.filePath(QStringLiteral("exercise.gpkg"));
    const PackResult result = writePack(request);
    QVERIFY2(result.ok, qPrintable(result.error));

    QString error;
    const ExerciseScenario scenario = floodScenario();
    QVERIFY2(scenario.save(request.outPath, &error), qPrintable(error));
    ExerciseScenario loaded;
    QVERIFY2(loaded.load(request.outPath, &error), qPrintable(error));
    QCOMPARE(loaded.events().size(), 3);
    QCOMPARE(loaded.events()[1].kind, ExerciseEvent::Kind::CloseWay);
    QCOMPARE(loaded.closedWaysAt(utc(12, 14)), QList<qint64> {24562111});

    // The pack still opens, and its history now holds the exercise observations.
    OfflinePack pack;
    QVERIFY2(pack.open(request.outPath, &error), qPrintable(error));
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open(&error));
    QCOMPARE(pack.loadObservations(cache, &error), qint64(5));
    // Saving again replaces the events rather than adding to them.
    QVERIFY(loaded.save(request.outPath, &error));
    QCOMPARE(pack.observationCount(), qint64(5));
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
