// The observation cache: deduplication, queries at an instant, retention, restart, a damaged
// file, and survival of a process killed with SIGKILL in the middle of its writes.
#include "feeds/ObservationCache.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace territoire;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Observation obs(const char *entity, const char *quantity, const char *time, double value)
{
    return {QStringLiteral("f"),
            QString::fromLatin1(entity),
            QString::fromLatin1(quantity),
            utc(time),
            value,
            {}};
}

} // namespace

class TestFeedsCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deduplication();
    void queriesAtInstant_data();
    void queriesAtInstant();
    void retention();
    void survivesRestart();
    void damagedFileSetAside();
    void killedMidWrite();
};

void TestFeedsCache::deduplication()
{
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    const ObservationList batch {obs("S", "H", "2025-10-26T00:30:00Z", 0.91),
                                 obs("S", "H", "2025-10-26T01:30:00Z", 0.905),
                                 obs("S", "Q", "2025-10-26T00:30:00Z", 0.012)};
    QCOMPARE(cache.store(batch), 3);
    QCOMPARE(cache.store(batch), 0);
    // The same instant written with another offset is the same row.
    Observation again = obs("S", "H", "2025-10-26T02:30:00+02:00", 0.91);
    QCOMPARE(cache.store({again}), 0);
    QCOMPARE(cache.count(), 3);
    // Invalid observations are skipped.
    QCOMPARE(cache.store({Observation {}}), 0);
    QCOMPARE(cache.entities(QStringLiteral("f")), QStringList {"S"});
}

void TestFeedsCache::queriesAtInstant_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<double>("value");
    QTest::newRow("before first") << "2025-10-26T00:00:00Z" << qQNaN();
    QTest::newRow("exactly first") << "2025-10-26T00:30:00Z" << 0.91;
    QTest::newRow("between, local 02:30 twice") << "2025-10-26T01:29:59Z" << 0.91;
    QTest::newRow("second 02:30 local") << "2025-10-26T01:30:00Z" << 0.905;
    QTest::newRow("after last") << "2025-10-27T00:00:00Z" << 0.902;
}

void TestFeedsCache::queriesAtInstant()
{
    QFETCH(QString, at);
    QFETCH(double, value);
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    cache.store({obs("S", "H", "2025-10-26T02:30:00Z", 0.902),
                 obs("S", "H", "2025-10-26T00:30:00Z", 0.91),
                 obs("S", "H", "2025-10-26T01:30:00Z", 0.905)});
    const auto latest
        = cache.latestAtOrBefore("f", "S", "H", QDateTime::fromString(at, Qt::ISODate));
    if (std::isnan(value)) {
        QVERIFY(!latest);
    } else {
        QVERIFY(latest);
        QCOMPARE(latest->value, value);
    }
    const ObservationList series
        = cache.series("f", "S", "H", utc("2025-10-26T00:30:00Z"), utc("2025-10-26T01:30:00Z"));
    QCOMPARE(series.size(), 2);
    QVERIFY(series.at(0).time < series.at(1).time);
    QCOMPARE(series.at(1).time.secsTo(series.at(0).time), -3600);
    QCOMPARE(cache.newestTime("f"), utc("2025-10-26T02:30:00Z"));
    QCOMPARE(cache.oldestTime("f"), utc("2025-10-26T00:30:00Z"));
}

void TestFeedsCache::retention()
{
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    cache.store(
        {obs("S", "H", "2025-01-01T00:00:00Z", 1), obs("S", "H", "2025-03-01T00:00:00Z", 2)});
    QCOMPARE(cache.applyRetention(utc("2025-03-10T00:00:00Z")), 0); // no retention set: keep all
    cache.setRetentionDays(30);
    QCOMPARE(cache.applyRetention(utc("2025-03-10T00:00:00Z")), 1);
    QCOMPARE(cache.count(), 1);
}

void TestFeedsCache::survivesRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("cache/observations.sqlite");
    {
        ObservationCache cache(path);
        QVERIFY(cache.open());
        QCOMPARE(cache.store({obs("S", "H", "2025-03-30T01:30:00Z", -0.12)}), 1);
        cache.setLastSuccess("f", utc("2025-03-30T01:32:00Z"));
    }
    ObservationCache cache(path);
    QVERIFY(cache.open());
    QCOMPARE(cache.count(), 1);
    QCOMPARE(cache.latestAtOrBefore("f", "S", "H", {})->value, -0.12);
    QCOMPARE(cache.lastSuccess("f"), utc("2025-03-30T01:32:00Z"));
}

void TestFeedsCache::damagedFileSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("observations.sqlite");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\0') + "not a database");
    f.close();
    ObservationCache cache(path);
    QString error, warning;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("was unreadable"));
    QVERIFY2(cache.open(&error, &warning), qPrintable(error));
    QVERIFY2(warning.contains(path), qPrintable(warning));
    QVERIFY(QFile::exists(path + ".corrupt-1"));
    QCOMPARE(cache.store({obs("S", "H", "2025-03-30T01:30:00Z", 1)}), 1);
}

void TestFeedsCache::killedMidWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("observations.sqlite");
    QProcess writer;
    writer.start(QStringLiteral(TERRITOIRE_CACHE_WRITER), {path});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    qint64 committed = 0;
    QByteArray pending;
    while (committed < 3000) {
        QVERIFY2(writer.waitForReadyRead(20000), writer.readAllStandardError().constData());
        pending += writer.readAllStandardOutput();
        const int end = pending.lastIndexOf('\n');
        if (end < 0)
            continue;
        const QList<QByteArray> lines = pending.left(end).split('\n');
        committed = lines.last().mid(10).toLongLong();
        pending = pending.mid(end + 1);
    }
    writer.kill(); // SIGKILL while it keeps writing
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    ObservationCache cache(path);
    QString error;
    QVERIFY2(cache.open(&error), qPrintable(error));
    QVERIFY2(cache.checkIntegrity(&error), qPrintable(error));
    const qint64 count = cache.count(QStringLiteral("crash"));
    QVERIFY2(count >= committed, qPrintable(QStringLiteral("%1 < %2").arg(count).arg(committed)));
    QCOMPARE(count % 100, 0); // whole batches only: a transaction is all or nothing
    QCOMPARE(cache.store({obs("S", "H", "2030-01-01T00:00:00Z", 1)}), 1);
}

QTEST_GUILESS_MAIN(TestFeedsCache)
#include "tst_feeds_cache.moc"
