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
#include <QJsonDocument>
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
    void recordedFeedsThroughEngine_data();
    void recordedFeedsThroughEngine();
    void badJsonAnswers_data();
    void montpellierProjectSection();
    void badJsonAnswers();

private:
    QString m_dataDir;
    BayList m_bays;
    territoire::test::MockHttpServer m_server;
};

void TestParkingFeeds::initTestCase()
{
    TERRITOIRE_SHARED_FILE(staticFile,
                           "data/parking-datex2-parkapi/friedrichshafen-sensors-static.xml");
    m_dataDir = QFileInfo(QFileInfo(staticFile).absolutePath()).absolutePath(); // data/
    InventorySource source;
    source.id = QStringLiteral("fn");
    source.path = staticFile;
    source.format = QStringLiteral("datex2");
    const InventoryResult inventory = readInventory(source);
    QVERIFY2(inventory.isOk(), qPrintable(inventory.error));
    m_bays = inventory.bays;

    const QJsonObject xml {{"Content-Type", "application/xml"}};
    const QJsonObject json {{"Content-Type", "application/json"}};
    // ParkAPI v3 per-bay answer: one fresh free bay, one taken, one free but an hour old.
    const QJsonObject parkApi {
        {"items",
         QJsonArray {QJsonObject {{"uid", "bay-1"},
                                  {"realtime_status", "AVAILABLE"},
                                  {"realtime_data_updated_at", "2025-05-01T09:58:00Z"}},
                     QJsonObject {{"uid", "bay-2"},
                                  {"realtime_status", "TAKEN"},
                                  {"realtime_data_updated_at", "2025-05-01T09:59:00Z"}},
                     QJsonObject {{"uid", "bay-3"},
                                  {"realtime_status", "AVAILABLE"},
                                  {"realtime_data_updated_at", "2025-05-01T09:00:00Z"}}}}};
    const QJsonArray routes {
        route("/fn/status", 200,
              {{"body_file", "parking-datex2-parkapi/friedrichshafen-sensors-realtime.xml"},
               {"headers", xml}}),
        route("/aachen", 200,
              {{"body_file", "parking-datex2-parkapi/aachen-realtime.xml"}, {"headers", xml}}),
        route("/strasbourg/2019", 200,
              {{"body_file", "parking-realtime-strasbourg/data.strasbourg.eu_status.json"},
               {"headers", json}}),
        route("/strasbourg/2020", 200,
              {{"body_file", "parking-realtime-strasbourg/status_error.json"}, {"headers", json}}),
        route(
            "/strasbourg/legacy", 200,
            {{"body_file", "parking-realtime-strasbourg/StatusResponse.json"}, {"headers", json}}),
        route("/montpellier", 200,
              {{"body_file", "parking-realtime-montpellier/data_parking.json"}, {"headers", json}}),
        route("/basel", 200,
              {{"body_file", "parking-datex2-parkapi/basel.json"}, {"headers", json}}),
        route("/freiburg", 200,
              {{"body_file", "parking-datex2-parkapi/freiburg_disabled_sensors.geojson"},
               {"headers", json}}),
        route("/parkapi", 200, {{"body_json", parkApi}, {"headers", json}}),
        route("/json-empty", 200, {{"body", ""}, {"headers", json}}),
        route("/json-truncated", 200,
              {{"body", "[{\"id\": \"urn:ngsi-ld:parking:001\", \"availableSpot"},
               {"headers", json}}),
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

void TestParkingFeeds::recordedFeedsThroughEngine_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("at"); // the clock
    QTest::addColumn<int>("freshness"); // seconds
    QTest::addColumn<QString>("expected"); // site=status;...

    // DATEX II per site: P12 (18:49) and P14 (4 February) are older than 15 minutes at 19:15.
    QTest::newRow("DATEX II Aachen, per site, stale sites unknown")
        << "/aachen"
        << "datex2"
        << "2025-02-07T19:15:00Z" << 900 << "P1=free;P18=taken;P5=unknown;P12=unknown;P14=unknown";
    QTest::newRow("Strasbourg 2019, unavailable count")
        << "/strasbourg/2019"
        << "strasbourg-opendatasoft"
        << "2019-04-03T09:00:00Z" << 900 << "11=free;4=free;28=unknown";
    QTest::newRow("Strasbourg 2019 an hour later: stale, never free")
        << "/strasbourg/2019"
        << "strasbourg-opendatasoft"
        << "2019-04-03T10:00:00Z" << 900 << "11=unknown;4=unknown;28=unknown";
    QTest::newRow("Strasbourg 2020, closed and unavailable")
        << "/strasbourg/2020"
        << "strasbourg-opendatasoft"
        << "2020-12-20T12:55:00Z" << 900 << "11=free;28=free;1=taken;17=unknown";
    QTest::newRow("Strasbourg legacy, dated by the clock")
        << "/strasbourg/legacy"
        << "strasbourg-legacy"
        << "2019-04-03T08:00:00Z" << 900 << "21=free;1=taken;28=unknown";
    // Some Montpellier car parks had stopped reporting days before the others.
    QTest::newRow("Montpellier NGSI, stale car parks unknown")
        << "/montpellier"
        << "montpellier-ngsi"
        << "2026-01-04T17:40:00Z" << 900
        << "urn:ngsi-ld:parking:001=free;urn:ngsi-ld:parking:004=free;"
           "urn:ngsi-ld:parking:009=unknown;urn:ngsi-ld:parking:024=unknown";
    QTest::newRow("Basel") << "/basel"
                           << "basel"
                           << "2024-07-28T12:10:00Z" << 900 << "badbahnhof=free;claramatte=free";
    QTest::newRow("Freiburg disabled bays, 1 = taken")
        << "/freiburg"
        << "geojson-status"
        << "2025-05-11T10:00:00Z" << 900
        << "P01 - Erbprinzenstrasse (R)=free;P03 - Rotteckring 3 (L)=taken";
    QTest::newRow("ParkAPI per bay, an hour-old AVAILABLE unknown")
        << "/parkapi"
        << "parkapi"
        << "2025-05-01T10:00:00Z" << 900 << "bay-1=free;bay-2=taken;bay-3=unknown";
}

void TestParkingFeeds::recordedFeedsThroughEngine()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(QString, at);
    QFETCH(int, freshness);
    QFETCH(QString, expected);

    ManualClock clock(QDateTime::fromString(at, Qt::ISODate).toUTC());
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    FeedEngine engine(&clock, &cache);
    engine.setMaxRetries(0);
    BayStatusModel model(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("city");
    feed.url = QUrl(m_server.baseUrl().toString() + path);
    feed.format = statusFormatFromKey(format);
    QVERIFY(feed.format != StatusFormat::Invalid);
    feed.freshnessSeconds = freshness;
    model.setFeeds({feed});
    BayList bays;
    QHash<QString, QString> wanted;
    for (const QString &pair : expected.split(QLatin1Char(';'))) {
        Bay bay;
        bay.id = pair.section(QLatin1Char('='), 0, 0);
        bay.source = QStringLiteral("city");
        bay.kind = Bay::Kind::CarPark;
        bays.append(bay);
        wanted.insert(bay.id, pair.section(QLatin1Char('='), 1));
    }
    model.setBays(bays);
    connectParkingFeeds(model, engine, &clock);

    QSignalSpy received(&engine, &FeedEngine::observationsReceived);
    engine.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(received.count() >= 1, 10000);
    QCOMPARE(engine.status(feed.id).state, FeedStatus::Ok);
    for (const Bay &bay : model.bays()) {
        QVERIFY2(bayStatusKey(bay.status) == wanted.value(bay.id),
                 qPrintable(QStringLiteral("%1: %2, expected %3 (time %4)")
                                .arg(bay.id, bayStatusKey(bay.status), wanted.value(bay.id),
                                     bay.statusTime.toString(Qt::ISODate))));
    }
}

void TestParkingFeeds::badJsonAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty JSON body") << "/json-empty"
                                     << "empty";
    QTest::newRow("truncated JSON") << "/json-truncated"
                                    << "malformed JSON";
    QTest::newRow("a DATEX II document instead of NGSI") << "/aachen"
                                                         << "malformed JSON";
}

void TestParkingFeeds::badJsonAnswers()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    ManualClock clock(utc("2026-01-04T17:40:00Z"));
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    FeedEngine engine(&clock, &cache);
    engine.setMaxRetries(0);
    BayStatusModel model(&clock);
    ParkingFeedConfig good;
    good.id = QStringLiteral("montpellier");
    good.url = QUrl(m_server.baseUrl().toString() + QStringLiteral("/montpellier"));
    good.format = StatusFormat::MontpellierNgsi;
    good.freshnessSeconds = 900;
    model.setFeeds({good});
    Bay antigone;
    antigone.id = QStringLiteral("urn:ngsi-ld:parking:001");
    antigone.kind = Bay::Kind::CarPark;
    model.setBays({antigone});
    connectParkingFeeds(model, engine, &clock);
    engine.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.statusCounts().value(BayStatus::Free) == 1, 10000);

    // The feed now answers badly: failing with the reason, the last good value kept while
    // fresh, then unknown once older than the freshness limit (never free).
    ParkingFeedConfig bad = good;
    bad.url = QUrl(m_server.baseUrl().toString() + path);
    engine.addFeed(std::make_unique<ParkingFeed>(bad, &clock));
    QSignalSpy finished(&engine, &FeedEngine::pollFinished);
    engine.refresh(bad.id);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000);
    const FeedStatus status = engine.status(bad.id);
    QCOMPARE(status.state, FeedStatus::Failing);
    QVERIFY2(status.reason.contains(reason, Qt::CaseInsensitive), qPrintable(status.reason));
    QCOMPARE(model.bays()[0].status, BayStatus::Free);
    clock.setNow(utc("2026-01-04T17:51:00Z")); // 17:35:07 + 15 min passed
    QCOMPARE(model.bays()[0].status, BayStatus::Unknown);
    QCOMPARE(model.bays()[0].statusTime, utc("2026-01-04T17:35:07Z"));
}

void TestParkingFeeds::montpellierProjectSection()
{
    // Montpellier open data with its field mapping and its feed id mapping written in the
    // project (no preset): reserved on-street places filtered to GIG/GIC, the Windows-1252 car
    // park list, and the NGSI feed polled through the engine.
    TERRITOIRE_SHARED_FILE(places, "data/montpellier-opendata/VilleMTP_MTP_PlacesReserv.geojson");
    TERRITOIRE_SHARED_FILE(carParks, "data/montpellier-opendata/VilleMTP_MTP_ParkingOuv.csv");
    const QString url = m_server.baseUrl().toString() + QStringLiteral("/montpellier");
    const QJsonObject section = QJsonDocument::fromJson(QStringLiteral(R"({
        "bounds": [3.80, 43.55, 3.95, 43.66],
        "sources": [
            {"id": "mtp-places", "path": "%1", "kind": "space",
             "attribution": "Ville de Montpellier, Licence Ouverte",
             "fields": {"filterField": "F01_TYPE_D", "filterValues": ["GIG/GIC"]}},
            {"id": "mtp-parkings", "path": "%2", "kind": "carpark",
             "fields": {"id": "ID", "name": "NOM", "totalPlaces": "NBRE_PLACE",
                        "lon": "COORD_X", "lat": "COORD_Y"}}
        ],
        "feeds": [
            {"id": "mtp-live", "url": "%3", "format": "montpellier-ngsi", "freshness": 900,
             "sources": ["mtp-parkings"],
             "idMap": {"1": "urn:ngsi-ld:parking:002", "2": "urn:ngsi-ld:parking:009",
                       "5": "urn:ngsi-ld:parking:007"}}
        ]})")
                                                            .arg(places, carParks, url)
                                                            .toUtf8())
                                    .object();
    QVERIFY(!section.isEmpty());
    ParkingConfig config = ParkingConfig::fromJson(section, QString());
    // What the project stores comes back unchanged.
    config = ParkingConfig::fromJson(config.toJson(QString()), QString());
    QCOMPARE(config.sources.size(), 2);
    QCOMPARE(config.sources[0].effectiveMapping().filterValues, QStringList {"GIG/GIC"});
    QCOMPARE(config.feeds.value(0).siteIdFor(QStringLiteral("1")),
             QStringLiteral("urn:ngsi-ld:parking:002"));

    const LoadedInventories loaded = loadInventories(config);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.bays.size(), 150 + 22);
    QVERIFY(loaded.attributions.contains(QStringLiteral("Ville de Montpellier, Licence Ouverte")));
    // The car park list repeats identifiers 11, 12, 13, 14 and 17.
    QCOMPARE(loaded.warnings.filter(QStringLiteral("identifier already used")).size(), 5);

    ManualClock clock(utc("2026-01-04T17:40:00Z"));
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    FeedEngine engine(&clock, &cache);
    engine.setMaxRetries(0);
    BayStatusModel model(&clock);
    model.setFeeds(config.feeds);
    model.setBays(loaded.bays);
    connectParkingFeeds(model, engine, &clock);
    QSignalSpy received(&engine, &FeedEngine::observationsReceived);
    engine.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(received.count() >= 1, 10000);

    QHash<QString, Bay> carPark;
    for (const Bay &bay : model.bays()) {
        if (bay.source == QLatin1String("mtp-parkings"))
            carPark.insert(bay.id, bay);
        else
            QCOMPARE(bay.status, BayStatus::Unknown); // no feed covers on-street places
    }
    QCOMPARE(carPark.value(QStringLiteral("1")).name, QStringLiteral("Arc de Triomphe"));
    QCOMPARE(carPark.value(QStringLiteral("1")).status, BayStatus::Free);
    QCOMPARE(carPark.value(QStringLiteral("1")).vacantPlaces, 110);
    QCOMPARE(carPark.value(QStringLiteral("5")).status, BayStatus::Free);
    // Triangle's last count (274 free) dates from 31 December: unknown, never free.
    QCOMPARE(carPark.value(QStringLiteral("2")).status, BayStatus::Unknown);
    QCOMPARE(carPark.value(QStringLiteral("2")).statusTime, utc("2025-12-31T16:39:58Z"));
    QCOMPARE(carPark.value(QStringLiteral("4")).status, BayStatus::Unknown); // not mapped
    QCOMPARE(model.statusCounts().value(BayStatus::Free), 2);
}

QTEST_GUILESS_MAIN(TestParkingFeeds)
#include "tst_feeds.moc"
