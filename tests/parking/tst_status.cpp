// Real-time status: the recorded DATEX II, ParkAPI and city answers, malformed and empty
// answers, and the status model (matching by id, staleness from the clock).
#include "SharedData.h"

#include "base/Clock.h"
#include "parking/BayStatusModel.h"
#include "parking/SiteStatus.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace territoire;

namespace {

QByteArray readShared(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const SiteStatus *findRecord(const SiteStatusList &records, const QString &id)
{
    for (const SiteStatus &r : records) {
        if (r.siteId == id)
            return &r;
    }
    return nullptr;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestParkingStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedAnswers_data();
    void recordedAnswers();
    void friedrichshafenPerBay();
    void stuttgartFacilities();
    void parkApiSpots();
    void strasbourgStates_data();
    void strasbourgStates();
    void badAnswers_data();
    void badAnswers();
    void modelMatchesAndGoesStale();
    void modelIdMapAndReplay();
    void modelUnavailableReplacesOlderCount();
    void observationRoundTrip();
};

void TestParkingStatus::recordedAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("totalVacant");
    QTest::newRow("DATEX II Aachen, 17 sites") << "data/parking-datex2-parkapi/aachen-realtime.xml"
                                               << "datex2" << 17 << 4309;
    QTest::newRow("DATEX II Friedrichshafen, 55 disabled bays")
        << "data/parking-datex2-parkapi/friedrichshafen-sensors-realtime.xml"
        << "datex2" << 55 << 48;
    QTest::newRow("Freiburg disabled bays GeoJSON")
        << "data/parking-datex2-parkapi/freiburg_disabled_sensors.geojson"
        << "geojson-status" << 20 << 18;
    QTest::newRow("Basel, placeholder skipped") << "data/parking-datex2-parkapi/basel.json"
                                                << "basel" << 16 << -1;
    QTest::newRow("Strasbourg Opendatasoft") << "data/parking-realtime-strasbourg/"
                                                "data.strasbourg.eu_status.json"
                                             << "strasbourg-opendatasoft" << 10 << -1;
    QTest::newRow("Strasbourg Opendatasoft, int ident")
        << "data/parking-realtime-strasbourg/status_error.json"
        << "strasbourg-opendatasoft" << 30 << -1;
    QTest::newRow("Strasbourg legacy, no-data sites kept as unknown")
        << "data/parking-realtime-strasbourg/StatusResponse.json"
        << "strasbourg-legacy" << 29 << 7621;
    QTest::newRow("Montpellier NGSI") << "data/parking-realtime-montpellier/data_parking.json"
                                      << "montpellier-ngsi" << 24 << -1;
}

void TestParkingStatus::recordedAnswers()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, records);
    QFETCH(int, totalVacant);
    const QString path = territoire::test::sharedPath(file);
    if (!QFileInfo::exists(path)) {
        if (territoire::test::underCi())
            QFAIL(qPrintable(path));
        QSKIP(qPrintable(path));
    }
    const QDateTime received = utc("2026-01-01T00:00:00Z");
    const StatusParseResult result
        = parseStatus(statusFormatFromKey(format), readShared(path), received);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.records.size(), records);
    int vacant = 0;
    for (const SiteStatus &r : result.records) {
        QVERIFY2(r.isValid(), qPrintable(r.siteId));
        vacant += qMax(0, r.vacant);
    }
    if (totalVacant >= 0)
        QCOMPARE(vacant, totalVacant);
}

void TestParkingStatus::friedrichshafenPerBay()
{
    TERRITOIRE_SHARED_FILE(path,
                           "data/parking-datex2-parkapi/friedrichshafen-sensors-realtime.xml");
    const StatusParseResult result = parseDatex2Status(readShared(path), {});
    QVERIFY2(result.isOk(), qPrintable(result.error));
    int free = 0;
    int taken = 0;
    for (const SiteStatus &r : result.records) {
        free += r.bayStatus() == BayStatus::Free ? 1 : 0;
        taken += r.bayStatus() == BayStatus::Taken ? 1 : 0;
    }
    QCOMPARE(free, 48);
    QCOMPARE(taken, 7);
    const SiteStatus *ph19 = findRecord(result.records, QStringLiteral("PH19"));
    QVERIFY(ph19);
    QCOMPARE(ph19->vacant, 0);
    QCOMPARE(ph19->bayStatus(), BayStatus::Taken);
    QCOMPARE(ph19->time, utc("2025-07-18T06:41:01.434Z"));
    QCOMPARE(result.publicationTime, utc("2025-07-18T06:42:00.036Z"));
}

void TestParkingStatus::stuttgartFacilities()
{
    TERRITOIRE_SHARED_FILE(path, "data/parking-datex2-parkapi/stuttgart-realtime.xml");
    const StatusParseResult result = parseDatex2Status(readShared(path), {});
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.records.size(), 49);
    const SiteStatus *first = findRecord(result.records, QStringLiteral("12717289"));
    QVERIFY(first);
    QCOMPARE(first->vacant, 245);
    QCOMPARE(first->time, utc("2022-02-11T13:16:01Z")); // +01:00 converted to UTC
    // Listed as closed and spacesAvailable: closed wins.
    const SiteStatus *closed = findRecord(result.records, QStringLiteral("12717253"));
    QVERIFY(closed);
    QCOMPARE(closed->state, SiteStatus::State::Closed);
    QCOMPARE(closed->bayStatus(), BayStatus::Taken);
}

void TestParkingStatus::parkApiSpots()
{
    const QByteArray body = R"({"items": [
        {"uid": "a", "realtime_status": "AVAILABLE",
         "realtime_data_updated_at": "2025-05-01T10:00:00Z"},
        {"uid": "b", "realtime_status": "TAKEN",
         "realtime_data_updated_at": "2025-05-01T10:01:00+02:00"},
        {"uid": "c", "realtime_status": "UNKNOWN"},
        {"uid": "d", "realtime_free_capacity": 3, "realtime_opening_status": "OPEN"}]})";
    const StatusParseResult result = parseParkApiStatus(body, utc("2025-05-01T11:00:00Z"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(findRecord(result.records, QStringLiteral("a"))->bayStatus(), BayStatus::Free);
    QCOMPARE(findRecord(result.records, QStringLiteral("b"))->bayStatus(), BayStatus::Taken);
    QCOMPARE(findRecord(result.records, QStringLiteral("b"))->time, utc("2025-05-01T08:01:00Z"));
    QCOMPARE(findRecord(result.records, QStringLiteral("d"))->vacant, 3);
    QCOMPARE(findRecord(result.records, QStringLiteral("d"))->time, utc("2025-05-01T11:00:00Z"));
    QCOMPARE(result.warnings.size(), 1); // "c" has no usable status
}

void TestParkingStatus::strasbourgStates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("vacant");
    // "frequentation temps reel indisponible" comes with libre = 0: not a count, not taken.
    QTest::newRow("2019, Hautepierre without real-time count")
        << "data.strasbourg.eu_status.json"
        << "strasbourg-opendatasoft"
        << "28" << int(BayStatus::Unknown) << -1;
    QTest::newRow("2019, Gutenberg open") << "data.strasbourg.eu_status.json"
                                          << "strasbourg-opendatasoft"
                                          << "11" << int(BayStatus::Free) << 93;
    QTest::newRow("2020, Zénith closed") << "status_error.json"
                                         << "strasbourg-opendatasoft"
                                         << "1" << int(BayStatus::Taken) << 0;
    QTest::newRow("2020, Petite France without real-time count")
        << "status_error.json"
        << "strasbourg-opendatasoft"
        << "17" << int(BayStatus::Unknown) << -1;
    QTest::newRow("legacy, status_4 closed") << "StatusResponse.json"
                                             << "strasbourg-legacy"
                                             << "1" << int(BayStatus::Taken) << 0;
    QTest::newRow("legacy, status_0 no data") << "StatusResponse.json"
                                              << "strasbourg-legacy"
                                              << "28" << int(BayStatus::Unknown) << -1;
}

void TestParkingStatus::strasbourgStates()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, site);
    QFETCH(int, status);
    QFETCH(int, vacant);
    TERRITOIRE_SHARED_FILE(dir, "data/parking-realtime-strasbourg/StatusResponse.json");
    const QString path = QFileInfo(dir).absolutePath() + QLatin1Char('/') + file;
    const StatusParseResult result
        = parseStatus(statusFormatFromKey(format), readShared(path), utc("2020-12-20T13:00:00Z"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const SiteStatus *record = findRecord(result.records, site);
    QVERIFY2(record, qPrintable(site));
    QCOMPARE(int(record->bayStatus()), status);
    QCOMPARE(record->vacant, vacant);
    QVERIFY(record->time.isValid());
}

void TestParkingStatus::badAnswers_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty DATEX II") << "datex2" << QByteArray() << "empty";
    QTest::newRow("truncated DATEX II")
        << "datex2"
        << QByteArray("<d2LogicalModel xmlns=\"http://datex2.eu/schema/2/2_0\">"
                      "<payloadPublication><parkingRecordStatus>")
        << "malformed XML";
    QTest::newRow("HTML error page as DATEX II")
        << "datex2" << QByteArray("<html><body>502 Bad Gateway</body></html>") << "DATEX II";
    QTest::newRow("whitespace JSON") << "parkapi" << QByteArray(" \n") << "empty";
    QTest::newRow("malformed JSON")
        << "strasbourg-opendatasoft" << QByteArray("{\"records\": [") << "malformed JSON";
    QTest::newRow("wrong JSON document")
        << "strasbourg-legacy" << QByteArray("{\"error\": 1}") << "Strasbourg";
    QTest::newRow("object instead of NGSI list")
        << "montpellier-ngsi" << QByteArray("{}") << "NGSI";
}

void TestParkingStatus::badAnswers()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const StatusParseResult result
        = parseStatus(statusFormatFromKey(format), body, utc("2025-01-01T00:00:00Z"));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY(result.records.isEmpty());
}

void TestParkingStatus::modelMatchesAndGoesStale()
{
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    BayStatusModel model(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("fn");
    feed.sources = {QStringLiteral("fn-static")};
    feed.freshnessSeconds = 600;
    model.setFeeds({feed});
    Bay a;
    a.id = QStringLiteral("PH19");
    a.source = QStringLiteral("fn-static");
    Bay b = a;
    b.id = QStringLiteral("PH21");
    Bay other = a;
    other.source = QStringLiteral("another-inventory"); // same id, not covered by the feed
    model.setBays({a, b, other});

    SiteStatus taken;
    taken.siteId = QStringLiteral("PH19");
    taken.vacant = 0;
    taken.time = utc("2025-07-18T06:41:00Z");
    SiteStatus free = taken;
    free.siteId = QStringLiteral("PH21");
    free.vacant = 1;
    QSignalSpy changed(&model, &BayStatusModel::statusChanged);
    model.applyStatuses(feed.id, {taken, free});
    QCOMPARE(changed.count(), 1);

    BayList bays = model.bays();
    QCOMPARE(bays[0].status, BayStatus::Taken);
    QCOMPARE(bays[1].status, BayStatus::Free);
    QCOMPARE(bays[1].statusTime, utc("2025-07-18T06:41:00Z"));
    QCOMPARE(bays[2].status, BayStatus::Unknown);

    // 10 minutes after the observation: still fresh; one second later: unknown, never free.
    clock.setNow(utc("2025-07-18T06:51:00Z"));
    QCOMPARE(model.bays()[1].status, BayStatus::Free);
    changed.clear();
    clock.advance(1);
    QCOMPARE(changed.count(), 1);
    bays = model.bays();
    QCOMPARE(bays[1].status, BayStatus::Unknown);
    QCOMPARE(bays[0].status, BayStatus::Unknown);
    QCOMPARE(bays[1].statusTime, utc("2025-07-18T06:41:00Z")); // last known time kept
    QCOMPARE(model.statusCounts().value(BayStatus::Unknown), 3);
}

void TestParkingStatus::modelIdMapAndReplay()
{
    ManualClock clock(utc("2026-01-04T17:00:00Z"));
    BayStatusModel model(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("mtp");
    feed.freshnessSeconds = 3600;
    feed.idMap.insert(QStringLiteral("1"), QStringLiteral("urn:ngsi-ld:parking:001"));
    model.setFeeds({feed});
    Bay antigone;
    antigone.id = QStringLiteral("1");
    antigone.kind = Bay::Kind::CarPark;
    model.setBays({antigone});

    SiteStatus older;
    older.siteId = QStringLiteral("urn:ngsi-ld:parking:001");
    older.vacant = 0;
    older.time = utc("2026-01-04T16:30:00Z");
    SiteStatus newer = older;
    newer.vacant = 157;
    newer.time = utc("2026-01-04T17:35:07Z"); // after the replay clock: not yet known
    model.applyStatuses(feed.id, {newer, older});
    QCOMPARE(model.bays()[0].status, BayStatus::Taken);
    clock.setNow(utc("2026-01-04T17:40:00Z"));
    QCOMPARE(model.bays()[0].status, BayStatus::Free);
    QCOMPARE(model.bays()[0].vacantPlaces, 157);
}

void TestParkingStatus::modelUnavailableReplacesOlderCount()
{
    ManualClock clock(utc("2019-04-03T09:00:00Z"));
    BayStatusModel model(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("strasbourg");
    model.setFeeds({feed});
    Bay hautepierre;
    hautepierre.id = QStringLiteral("28");
    hautepierre.kind = Bay::Kind::CarPark;
    model.setBays({hautepierre});
    SiteStatus counted;
    counted.siteId = QStringLiteral("28");
    counted.vacant = 120;
    counted.time = utc("2019-04-03T08:50:00Z");
    model.applyStatuses(feed.id, {counted});
    QCOMPARE(model.bays()[0].status, BayStatus::Free);

    // The next answer says the count is unavailable: unknown at once, not free until stale.
    const StatusParseResult next
        = parseStatus(StatusFormat::StrasbourgOpendatasoft,
                      readShared(territoire::test::sharedPath(QStringLiteral(
                          "data/parking-realtime-strasbourg/data.strasbourg.eu_status.json"))),
                      clock.now());
    QVERIFY2(next.isOk(), qPrintable(next.error));
    model.applyStatuses(feed.id, next.records);
    QCOMPARE(model.bays()[0].status, BayStatus::Unknown);
    QCOMPARE(model.bays()[0].statusTime, utc("2019-04-03T08:57:00Z"));
}

void TestParkingStatus::observationRoundTrip()
{
    SiteStatus record;
    record.siteId = QStringLiteral("P1");
    record.vacant = 12;
    record.state = SiteStatus::State::Open;
    record.time = utc("2025-02-07T19:05:34Z");
    const ObservationList observations = toObservations(QStringLiteral("aachen"), {record});
    QCOMPARE(observations.size(), 1);
    QVERIFY(observations[0].isValid());
    const SiteStatusList back = fromObservations(observations);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].vacant, 12);
    QCOMPARE(back[0].state, SiteStatus::State::Open);
    QCOMPARE(back[0].time, record.time);
}

QTEST_GUILESS_MAIN(TestParkingStatus)
#include "tst_status.moc"
