// Parking feeds through the real feed engine and network stack, against a loopback server
// replaying recorded answers: good, stale, malformed, empty and failing.
#include "MockHttpServer.h"
#include "SharedData.h"

#include "base/Clock.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "parking/BayStatusModel.h"
#include "parking/InventoryReader.h"
#include "parking/ParkingFeed.h"
#include "parking/ParkingSetup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace territoire;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QJsonObject route(const char *path, int status, const QJsonObject &body)
{
    QJsonObject r {{"path", QLatin1String(path)}, {"status", status}};
    for (auto it = body.begin(); it != body.end(); ++it)
        r.insert(it.key(), it.value());
    return r;
}

} // namespace

class TestParkingFeeds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void friedrichshafenThroughEngine();
    void badAnswers_data();
    void badAnswers();
    void fetchOnceForCli();

private:
    QString m_dataDir;
    BayList m_bays;
    territoire::test::MockHttpServer m_server;
};

void TestParkingFeeds::initTestCase()
{
    TERRITOIRE_SHARED_FILE(staticFile,
                           "data/parking-datex2-parkapi/friedrichshafen-sensors-static.xml");
    m_dataDir = QFileInfo(staticFile).absolutePath();
    InventorySource source;
    source.id = QStringLiteral("fn");
    source.path = staticFile;
    source.format = QStringLiteral("datex2");
    const InventoryResult inventory = readInventory(source);
    QVERIFY2(inventory.isOk(), qPrintable(inventory.error));
    m_bays = inventory.bays;

    const QJsonObject xml {{"Content-Type", "application/xml"}};
    const QJsonArray routes {
        route("/fn/status", 200,
              {{"body_file", "friedrichshafen-sensors-realtime.xml"}, {"headers", xml}}),
        route("/malformed", 200,
              {{"body", "<d2LogicalModel xmlns=\"http://datex2.eu/schema/2/2_0\"><payload"},
               {"headers", xml}}),
        route("/empty", 200, {{"body", ""}, {"headers", xml}}),
        route("/no-records", 200,
              {{"body", "<d2LogicalModel xmlns=\"http://datex2.eu/schema/2/2_0\"/>"},
               {"headers", xml}}),
        route("/error", 503, {{"body", "Service Unavailable"}}),
    };
    QString error;
    QVERIFY2(m_server.start(QJsonObject {{"base_dir", m_dataDir}, {"routes", routes}}, &error),
             qPrintable(error));
}

void TestParkingFeeds::friedrichshafenThroughEngine()
{
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    FeedEngine engine(&clock, &cache);
    engine.setMaxRetries(0);
    BayStatusModel model(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("fn-sensors");
    feed.url = QUrl(m_server.baseUrl().toString() + QStringLiteral("/fn/status"));
    feed.format = StatusFormat::Datex2;
    feed.freshnessSeconds = 900;
    model.setFeeds({feed});
    model.setBays(m_bays);
    connectParkingFeeds(model, engine, &clock);

    QSignalSpy changed(&model, &BayStatusModel::statusChanged);
    engine.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
    QHash<BayStatus, int> counts = model.statusCounts();
    QCOMPARE(counts.value(BayStatus::Free), 48);
    QCOMPARE(counts.value(BayStatus::Taken), 7);
    QCOMPARE(engine.status(feed.id).state, FeedStatus::Ok);
    QVERIFY(cache.count(feed.id) == 55);

    // 06:41 + 15 min: fresh until 06:56; at 07:00 every bay is unknown, none free.
    clock.setNow(utc("2025-07-18T07:00:00Z"));
    counts = model.statusCounts();
    QCOMPARE(counts.value(BayStatus::Free), 0);
    QCOMPARE(counts.value(BayStatus::Unknown), 55);

    // A replay back to 06:45 reads the state from the cache again.
    clock.setNow(utc("2025-07-18T06:45:00Z"));
    BayStatusModel replayed(&clock);
    replayed.setFeeds({feed});
    replayed.setBays(m_bays);
    replayed.reloadFromCache(cache);
    QCOMPARE(replayed.statusCounts().value(BayStatus::Free), 48);
}

void TestParkingFeeds::badAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed XML") << "/malformed"
                                   << "malformed XML";
    QTest::newRow("empty body") << "/empty"
                                << "empty";
    QTest::newRow("no status record") << "/no-records"
                                      << "no parking status";
    QTest::newRow("HTTP 503") << "/error"
                              << "503";
}

void TestParkingFeeds::badAnswers()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    FeedEngine engine(&clock, &cache);
    engine.setMaxRetries(0);
    BayStatusModel model(&clock);
    ParkingFeedConfig good;
    good.id = QStringLiteral("fn-sensors");
    good.url = QUrl(m_server.baseUrl().toString() + QStringLiteral("/fn/status"));
    good.format = StatusFormat::Datex2;
    model.setFeeds({good});
    model.setBays(m_bays);
    connectParkingFeeds(model, engine, &clock);
    QSignalSpy finished(&engine, &FeedEngine::pollFinished);
    engine.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.statusCounts().value(BayStatus::Free) == 48, 10000);

    // The same feed now answers badly: failing with the reason, last good values kept.
    ParkingFeedConfig bad = good;
    bad.url = QUrl(m_server.baseUrl().toString() + path);
    engine.addFeed(std::make_unique<ParkingFeed>(bad, &clock));
    finished.clear();
    engine.refresh(bad.id);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000);
    const FeedStatus status = engine.status(bad.id);
    QCOMPARE(status.state, FeedStatus::Failing);
    QVERIFY2(status.reason.contains(reason, Qt::CaseInsensitive), qPrintable(status.reason));
    QCOMPARE(model.statusCounts().value(BayStatus::Free), 48);
}

void TestParkingFeeds::fetchOnceForCli()
{
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    BayStatusModel model(&clock);
    ParkingFeedConfig good;
    good.id = QStringLiteral("fn-sensors");
    good.url = QUrl(m_server.baseUrl().toString() + QStringLiteral("/fn/status"));
    good.format = StatusFormat::Datex2;
    ParkingFeedConfig broken = good;
    broken.id = QStringLiteral("broken");
    broken.url = QUrl(m_server.baseUrl().toString() + QStringLiteral("/empty"));
    model.setFeeds({good, broken});
    model.setBays(m_bays);
    const QStringList problems = fetchStatusOnce(model, 10000);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].contains(QStringLiteral("broken")) || problems[0].contains("empty"),
             qPrintable(problems[0]));
    QCOMPARE(model.statusCounts().value(BayStatus::Free), 48);
}

QTEST_GUILESS_MAIN(TestParkingFeeds)
#include "tst_feeds.moc"
