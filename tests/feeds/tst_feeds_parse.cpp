// Parsing, units, UTC instants, station positions, vigilance, trend, thresholds and JSON
// snapshots: everything of the feeds area that needs no network.
#include "SharedData.h"

#include "base/Clock.h"
#include "feeds/ObservationCache.h"
#include "feeds/SnapshotStore.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/GaugeUnits.h"
#include "feeds/gauges/HubEau.h"
#include "feeds/gauges/Vigicrues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace territoire;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestFeedsParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void units_data();
    void units();
    void instants_data();
    void instants();
    void dstSeries_data();
    void dstSeries();
    void recordedHubEau_data();
    void recordedHubEau();
    void stationCoordinates_data();
    void stationCoordinates();
    void demonstratorStations();
    void geoJsonStations();
    void vigilanceLevels_data();
    void vigilanceLevels();
    void stationReaches();
    void reachOfStation_data();
    void reachOfStation();
    void trend_data();
    void trend();
    void thresholdHysteresis();
    void readingStates_data();
    void readingStates();
    void snapshotScenarios_data();
    void snapshotScenarios();
    void snapshotAtomicSave();
};

void TestFeedsParse::units_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("stored");
    QTest::newRow("hubeau H mm to m") << "hubeau"
                                      << "H" << 1234.0 << 1.234;
    QTest::newRow("hubeau negative H") << "hubeau"
                                       << "H" << -120.0 << -0.12;
    QTest::newRow("hubeau Q l/s to m3/s") << "hubeau"
                                          << "Q" << 5020.0 << 5.02;
    QTest::newRow("hubeau small Q") << "hubeau"
                                    << "Q" << 12.0 << 0.012;
    QTest::newRow("vigicrues H m") << "vigicrues"
                                   << "H" << 1.5 << 1.5;
    QTest::newRow("vigicrues Q m3/s") << "vigicrues"
                                      << "Q" << 47.8 << 47.8;
}

void TestFeedsParse::units()
{
    QFETCH(QString, source);
    QFETCH(QString, quantity);
    QFETCH(double, raw);
    QFETCH(double, stored);
    QCOMPARE(toStoredValue(source, quantity, raw), stored);
    QVERIFY(!WaterHeight().isValid());
    QVERIFY(!Flow().isValid());
    QCOMPARE(unitSymbol(QStringLiteral("Q")), QStringLiteral("m³/s"));
    QCOMPARE(unitSymbol(QStringLiteral("H")), QStringLiteral("m"));
}

void TestFeedsParse::instants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utcIso");
    QTest::newRow("Z") << "2025-03-30T00:30:00Z"
                       << "2025-03-30T00:30:00Z";
    QTest::newRow("+00:00") << "2025-03-30T01:00:00+00:00"
                            << "2025-03-30T01:00:00Z";
    QTest::newRow("+02:00 summer") << "2025-03-30T03:30:00+02:00"
                                   << "2025-03-30T01:30:00Z";
    QTest::newRow("+01:00 winter") << "2025-10-26T03:30:00+01:00"
                                   << "2025-10-26T02:30:00Z";
    QTest::newRow("+0100 vigicrues") << "2021-01-23T13:58:40+0100"
                                     << "2021-01-23T12:58:40Z";
    QTest::newRow("no offset refused") << "2025-03-30T03:30:00"
                                       << "";
    QTest::newRow("garbage") << "yesterday"
                             << "";
}

void TestFeedsParse::instants()
{
    QFETCH(QString, text);
    QFETCH(QString, utcIso);
    const QDateTime t = hubeau::parseInstant(text);
    if (utcIso.isEmpty()) {
        QVERIFY2(!t.isValid(), qPrintable(t.toString(Qt::ISODate)));
        return;
    }
    QVERIFY(t.isValid());
    QCOMPARE(t.timeSpec(), Qt::UTC);
    QCOMPARE(hubeau::formatInstant(t), utcIso);
}

void TestFeedsParse::dstSeries_data()
{
    // hubeau-units-utc/expected.md, one row per table line.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("station");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("utcIso");
    QTest::addColumn<QString>("paris");
    QTest::addColumn<double>("value");
    const QString spring = QStringLiteral("observations-dst-spring.json");
    const QString autumn = QStringLiteral("observations-dst-autumn.json");
    const QString a = QStringLiteral("U299000101");
    QTest::newRow("spring H 00:30Z") << spring << a << "H"
                                     << "2025-03-30T00:30:00Z"
                                     << "01:30 +01:00" << 1.234;
    QTest::newRow("spring H 01:00Z") << spring << a << "H"
                                     << "2025-03-30T01:00:00Z"
                                     << "03:00 +02:00" << 1.250;
    QTest::newRow("spring H 01:30Z") << spring << a << "H"
                                     << "2025-03-30T01:30:00Z"
                                     << "03:30 +02:00" << 1.262;
    QTest::newRow("spring H negative B") << spring << "U299000201"
                                         << "H"
                                         << "2025-03-30T02:00:00Z"
                                         << "04:00 +02:00" << -0.120;
    QTest::newRow("spring Q 00:30Z") << spring << a << "Q"
                                     << "2025-03-30T00:30:00Z"
                                     << "01:30 +01:00" << 5.020;
    QTest::newRow("spring Q 01:30Z") << spring << a << "Q"
                                     << "2025-03-30T01:30:00Z"
                                     << "03:30 +02:00" << 4.980;
    QTest::newRow("autumn H 00:30Z") << autumn << a << "H"
                                     << "2025-10-26T00:30:00Z"
                                     << "02:30 +02:00" << 0.910;
    QTest::newRow("autumn H 01:30Z") << autumn << a << "H"
                                     << "2025-10-26T01:30:00Z"
                                     << "02:30 +01:00" << 0.905;
    QTest::newRow("autumn H 02:30Z") << autumn << a << "H"
                                     << "2025-10-26T02:30:00Z"
                                     << "03:30 +01:00" << 0.902;
    QTest::newRow("autumn Q 00:30Z") << autumn << a << "Q"
                                     << "2025-10-26T00:30:00Z"
                                     << "02:30 +02:00" << 0.012;
}

void TestFeedsParse::dstSeries()
{
    QFETCH(QString, file);
    QFETCH(QString, station);
    QFETCH(QString, quantity);
    QFETCH(QString, utcIso);
    QFETCH(QString, paris);
    QFETCH(double, value);
    TERRITOIRE_SHARED_FILE(dir, "cases/hubeau-units-utc/expected.md");
    const QString path = QFileInfo(dir).dir().filePath(file);
    const hubeau::ObservationsPage page
        = hubeau::parseObservations(readFile(path), QStringLiteral("hubeau-hydrometrie"));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.skipped, 0);
    QCOMPARE(page.observations.size(), page.count);
    bool found = false;
    for (const Observation &o : page.observations) {
        if (o.entityId != station || o.quantity != quantity
            || hubeau::formatInstant(o.time) != utcIso)
            continue;
        found = true;
        QVERIFY2(qAbs(o.value - value) < 1e-9, qPrintable(QString::number(o.value, 'f', 6)));
        const QDateTime local = o.time.toTimeZone(QTimeZone("Europe/Paris"));
        QCOMPARE(local.toString(QStringLiteral("HH:mm t")).left(5) + QLatin1Char(' ')
                     + local.timeZone().displayName(local, QTimeZone::OffsetName).mid(3),
                 paris);
    }
    QVERIFY2(found, qPrintable(utcIso));
}

void TestFeedsParse::recordedHubEau_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("observations");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<double>("firstValue");
    QTest::addColumn<QString>("nextContains");
    QTest::newRow("v2 H Blois")
        << "data/hubeau-hydrometrie/observations_tr_K447001001_H_2026-09-13.json" << 1 << 0 << "H"
        << -1.232 << "cursor=AoJwwPSO";
    QTest::newRow("v2 Q Blois")
        << "data/hubeau-hydrometrie/observations_tr_K447001001_Q_2026-09-13.json" << 2 << 0 << "Q"
        << 47.8 << "%3D%3D&size=2";
    QTest::newRow("v2 by site, null station")
        << "data/hubeau-hydrometrie/observations_tr_site_K4470010_2026-09-13.json" << 1 << 1 << "Q"
        << 47.8 << "code_entite=K4470010";
    QTest::newRow("v1 Aspiran integer") << "data/hubeau-v1-mattisg-crues/Y230002001-2019-12-20.json"
                                        << 1 << 0 << "H" << 4.002 << "/api/v1/";
}

void TestFeedsParse::recordedHubEau()
{
    QFETCH(QString, file);
    QFETCH(int, observations);
    QFETCH(int, skipped);
    QFETCH(QString, quantity);
    QFETCH(double, firstValue);
    QFETCH(QString, nextContains);
    const QString path = test::sharedPath(file);
    if (!QFileInfo::exists(path)) {
        if (test::underCi())
            QFAIL(qPrintable(path));
        QSKIP(qPrintable(path));
    }
    const auto page = hubeau::parseObservations(readFile(path), QStringLiteral("f"));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.observations.size(), observations);
    QCOMPARE(page.skipped, skipped);
    QCOMPARE(page.observations.first().quantity, quantity);
    QCOMPARE(page.observations.first().value, firstValue);
    QVERIFY2(QString::fromLatin1(page.next.toEncoded()).contains(nextContains),
             page.next.toEncoded().constData());
}

void TestFeedsParse::stationCoordinates_data()
{
    // hubeau-stations-coords/expected.md
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("drawn");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("altitude");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("A consistent") << "U299000101" << true << 6.8653040 << 47.6335463 << 352.4
                                  << false;
    QTest::newRow("B from Lambert-93")
        << "U299000201" << true << 6.8797530 << 47.6727188 << 361.0 << false;
    QTest::newRow("C swapped") << "U299000301" << true << 6.8735980 << 47.6871614 << 374.2 << true;
    QTest::newRow("D unknown") << "U299000401" << false << 0.0 << 0.0 << qQNaN() << true;
    QTest::newRow("E altitude mm")
        << "U299000501" << true << 6.9261463 << 47.6269194 << 348.2 << true;
}

void TestFeedsParse::stationCoordinates()
{
    QFETCH(QString, code);
    QFETCH(bool, drawn);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, altitude);
    QFETCH(bool, flagged);
    TERRITOIRE_SHARED_FILE(path, "cases/hubeau-stations-coords/stations.json");
    QString error;
    const QList<GaugeStation> stations = hubeau::parseStations(readFile(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stations.size(), 5);
    const auto it = std::find_if(stations.begin(), stations.end(),
                                 [&](const GaugeStation &s) { return s.code == code; });
    QVERIFY(it != stations.end());
    QCOMPARE(it->hasPosition(), drawn);
    if (drawn) {
        QVERIFY2(qAbs(it->position.lon - lon) < 1e-6,
                 qPrintable(QString::number(it->position.lon, 'f', 8)));
        QVERIFY2(qAbs(it->position.lat - lat) < 1e-6,
                 qPrintable(QString::number(it->position.lat, 'f', 8)));
    }
    if (std::isnan(altitude))
        QVERIFY(std::isnan(it->altitudeMetres));
    else
        QVERIFY2(qAbs(it->altitudeMetres - altitude) < 1e-9,
                 qPrintable(QString::number(it->altitudeMetres)));
    QCOMPARE(!it->warnings.isEmpty(), flagged);
}

void TestFeedsParse::demonstratorStations()
{
    TERRITOIRE_SHARED_FILE(path, "data/hubeau-brgm-demonstrateurs/demo_hydrotr_stations.json");
    QString error;
    const QList<GaugeStation> stations = hubeau::parseStations(readFile(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stations.size(), 2806);
    const auto belfort = std::find_if(stations.begin(), stations.end(), [](const GaugeStation &s) {
        return s.code == QLatin1String("U234503001");
    });
    QVERIFY(belfort != stations.end());
    QCOMPARE(belfort->name, QStringLiteral("La Savoureuse à Belfort"));
    QVERIFY(qAbs(belfort->position.lat - 47.640841) < 1e-6);
    QVERIFY(qAbs(belfort->position.lon - 6.859179) < 1e-6);
}

void TestFeedsParse::geoJsonStations()
{
    // A referentiel/stations answer asked with format=geojson.
    TERRITOIRE_SHARED_FILE(
        path, "data/hubeau-hydrometrie/referentiel_stations_extrait_2026-09-13.geojson");
    QString error;
    const QList<GaugeStation> stations = hubeau::parseStations(readFile(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stations.size(), 2);
    const GaugeStation &blois = stations.at(1);
    QCOMPARE(blois.code, QStringLiteral("K447001001"));
    QCOMPARE(blois.name, QStringLiteral("La Loire à Blois"));
    QCOMPARE(blois.river, QStringLiteral("la Loire"));
    QCOMPARE(blois.departement, QStringLiteral("41"));
    QVERIFY(blois.hasPosition());
    QVERIFY(qAbs(blois.position.lon - 1.3351479476905552) < 1e-9);
    QVERIFY(qAbs(blois.position.lat - 47.584957074484784) < 1e-9);
    QCOMPARE(stations.at(0).code, QStringLiteral("1011000101"));
    QCOMPARE(stations.at(0).river, QStringLiteral("Grande Rivière à Goyaves"));
}

void TestFeedsParse::vigilanceLevels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("level");
    QTest::newRow("reach Savoureuse RS18 green") << "InfoVigiCru_TypEntVigiCru2_detail.json"
                                                 << ""
                                                 << "RS18" << 1;
    QTest::newRow("reach Allan RS17 yellow") << "InfoVigiCru_TypEntVigiCru2_detail.json"
                                             << ""
                                             << "RS17" << 2;
    QTest::newRow("departement 90 yellow") << "InfoVigiCru_TypEntVigiCru4.json"
                                           << ""
                                           << "departement:90" << 2;
    QTest::newRow("single reach from URL")
        << "InfoVigiCru_CdEntVigiCruAP1.json"
        << "http://x/InfoVigiCru.jsonld?CdEntVigiCru=AP1&TypEntVigiCru=8"
        << "AP1" << 1;
}

void TestFeedsParse::vigilanceLevels()
{
    QFETCH(QString, file);
    QFETCH(QString, url);
    QFETCH(QString, entity);
    QFETCH(int, level);
    const QString path = test::sharedPath(QStringLiteral("data/vigicrues/") + file);
    if (!QFileInfo::exists(path)) {
        if (test::underCi())
            QFAIL(qPrintable(path));
        QSKIP(qPrintable(path));
    }
    QString error;
    const ObservationList list
        = vigicrues::parseVigilance(readFile(path), QUrl(url), QStringLiteral("vigicrues"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const Observation &o) { return o.entityId == entity; });
    QVERIFY2(it != list.end(), qPrintable(entity));
    QCOMPARE(int(it->value), level);
    QCOMPARE(it->time.timeSpec(), Qt::UTC);
    QVERIFY(it->time.isValid());
}

void TestFeedsParse::stationReaches()
{
    TERRITOIRE_SHARED_FILE(path, "data/vigicrues/TronEntVigiCru_CdEntVigiCruAP1.json");
    const auto map = vigicrues::parseStationReaches(readFile(path));
    QCOMPARE(map.value(QStringLiteral("D019223001")), QStringLiteral("AP1"));
    QCOMPARE(map.size(), 3);
    const auto list = vigicrues::parseStationReaches(readFile(
        test::sharedPath(QStringLiteral("data/vigicrues/StaEntVigiCru_CdEntVigiCru1.json"))));
    QCOMPARE(list.size(), 49); // 68 stations, 19 of them under the pseudo-reach "Autre station"
    QCOMPARE(list.value(QStringLiteral("E351122001")), QStringLiteral("AP13"));
    QVERIFY(!list.contains(QStringLiteral("E156371002"))); // "Autre station": no reach
    // The real station detail of Delettes names no reach; the list of all stations has none.
    QVERIFY(vigicrues::parseStationReaches(
                readFile(test::sharedPath(QStringLiteral("data/vigicrues/"
                                                         "StaEntVigiCru_"
                                                         "CdEntVigiCruE351122001.json"))))
                .isEmpty());
    QString error;
    QVERIFY(
        vigicrues::parseStationReaches(
            readFile(test::sharedPath(QStringLiteral("data/vigicrues/StaEntVigiCru.json"))), &error)
            .isEmpty());
    QVERIFY(error.isEmpty());
    vigicrues::parseStationReaches("{\"vic:StaEntVigiCru\": [", &error);
    QVERIFY2(error.contains("malformed JSON"), qPrintable(error));
}

void TestFeedsParse::reachOfStation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reach");
    // Mapping parsed from the real territory 1 answer (Vigicrues 10-character codes).
    QTest::newRow("same 10-character code")
        << QStringLiteral("D019223001") << QStringLiteral("AP1");
    QTest::newRow("lower case, spaces") << QStringLiteral(" d019223001 ") << QStringLiteral("AP1");
    QTest::newRow("8-character site code") << QStringLiteral("E3511220") << QStringLiteral("AP13");
    QTest::newRow("8-character code of 2 reaches")
        << QStringLiteral("E3641210") << QStringLiteral(""); // E364121001 only: AP14
    QTest::newRow("another station of the site")
        << QStringLiteral("E351122099") << QStringLiteral("");
    QTest::newRow("not listed") << QStringLiteral("U234503001") << QStringLiteral("");
}

void TestFeedsParse::reachOfStation()
{
    QFETCH(QString, code);
    QFETCH(QString, reach);
    TERRITOIRE_SHARED_FILE(path, "data/vigicrues/StaEntVigiCru_CdEntVigiCru1.json");
    QHash<QString, QString> map = vigicrues::parseStationReaches(readFile(path));
    map.insert(QStringLiteral("E364121002"), QStringLiteral("XX1")); // a second reach
    QCOMPARE(vigicrues::reachOfStation(map, code), reach);
}

void TestFeedsParse::trend_data()
{
    QTest::addColumn<QList<double>>("values"); // every 30 min
    QTest::addColumn<QString>("trend");
    QTest::newRow("rising spring") << QList<double> {1.234, 1.250, 1.262} << "rising";
    QTest::newRow("falling autumn") << QList<double> {0.910, 0.905, 0.902} << "falling";
    QTest::newRow("steady") << QList<double> {1.0, 1.001, 1.002} << "steady";
    QTest::newRow("one value") << QList<double> {1.0} << "unknown";
    QTest::newRow("negative rising") << QList<double> {-0.5, -0.3, -0.12} << "rising";
}

void TestFeedsParse::trend()
{
    QFETCH(QList<double>, values);
    QFETCH(QString, trend);
    ObservationList series;
    QDateTime t = utc("2025-03-30T00:30:00Z");
    for (double v : values) {
        series.append({QStringLiteral("f"), QStringLiteral("s"), QStringLiteral("H"), t, v, {}});
        t = t.addSecs(1800);
    }
    QCOMPARE(trendKey(computeTrend(series, 60, 0.005)), trend);
}

void TestFeedsParse::thresholdHysteresis()
{
    ThresholdMonitor monitor;
    monitor.setHysteresis(QStringLiteral("H"), 0.05);
    GaugeThreshold t;
    t.value = 2.0;
    t.label = QStringLiteral("Alerte");
    const QList<GaugeThreshold> list {t};
    const QList<double> values {1.90, 2.00, 1.99, 2.01, 1.98, 2.02, 1.96, 1.94, 1.99, 2.05};
    QStringList events;
    QDateTime time = utc("2025-01-01T00:00:00Z");
    for (double v : values) {
        time = time.addSecs(300);
        for (const GaugeAlert &a :
             monitor.update(QStringLiteral("S"), QStringLiteral("H"), v, time, list))
            events.append(QStringLiteral("%1%2")
                              .arg(a.upward ? QLatin1Char('+') : QLatin1Char('-'))
                              .arg(a.value));
    }
    // Up at 2.00, hovering does nothing, down only below 1.95, up again at 2.05... at 1.99? no:
    // re-armed at 1.94, so 1.99 stays below and 2.05 crosses.
    QCOMPARE(events.join(QLatin1Char(' ')), QStringLiteral("+2 -1.94 +2.05"));
    // A value already seen (same time) raises nothing again.
    QVERIFY(monitor.update(QStringLiteral("S"), QStringLiteral("H"), 1.0, time, list).isEmpty());
}

void TestFeedsParse::readingStates_data()
{
    QTest::addColumn<int>("minutesAfter");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("vigilance");
    QTest::addColumn<QString>("state");
    QTest::newRow("normal") << 10 << 5.0 << 1 << "normal";
    QTest::newRow("above threshold") << 10 << 1.25 << 1 << "above-threshold";
    QTest::newRow("vigilance yellow") << 10 << 5.0 << 2 << "vigilance";
    QTest::newRow("threshold beats vigilance") << 10 << 1.0 << 3 << "above-threshold";
    QTest::newRow("stale after 60 min") << 61 << 1.0 << 3 << "stale";
    QTest::newRow("not stale at 60 min") << 60 << 5.0 << 1 << "normal";
}

void TestFeedsParse::readingStates()
{
    QFETCH(int, minutesAfter);
    QFETCH(double, threshold);
    QFETCH(int, vigilance);
    QFETCH(QString, state);
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    const QDateTime last = utc("2025-03-30T01:30:00Z");
    const QString hub = gauge::hubEauFeedId();
    cache.store({{hub, "S", "H", utc("2025-03-30T00:30:00Z"), 1.234, {}},
                 {hub, "S", "H", utc("2025-03-30T01:00:00Z"), 1.250, {}},
                 {hub, "S", "H", last, 1.262, {}},
                 {gauge::vigicruesFeedId(),
                  "RS18",
                  "vigilance",
                  utc("2025-03-29T12:00:00Z"),
                  double(vigilance),
                  {}}});
    ManualClock clock(last.addSecs(minutesAfter * 60));
    GaugeNetwork network(&cache, &clock);
    GaugeSettings settings;
    settings.reaches.insert(QStringLiteral("S"), QStringLiteral("RS18"));
    GaugeThreshold t;
    t.value = threshold;
    settings.thresholds.insert(QStringLiteral("S"), {t});
    network.setSettings(settings);
    const GaugeReading r = network.reading(QStringLiteral("S"));
    QCOMPARE(gaugeStateKey(r.state), state);
    QCOMPARE(r.height.metres(), 1.262);
    QCOMPARE(r.heightTime, last);
    QCOMPARE(trendKey(r.trend), QStringLiteral("rising"));
    QCOMPARE(r.vigilance, vigilance);
    // The same cache read at an earlier instant (replay) shows the earlier value.
    const GaugeReading earlier = network.reading(QStringLiteral("S"), utc("2025-03-30T01:10:00Z"));
    QCOMPARE(earlier.height.metres(), 1.250);
}

void TestFeedsParse::snapshotScenarios_data()
{
    // cache-crash-midwrite/expected.md, scenarios 1-3 (JSON snapshots).
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("stations");
    QTest::newRow("1 truncated") << "scenario-1-truncated" << false << 0;
    QTest::newRow("2 leftover temp") << "scenario-2-leftover-temp" << true << 2;
    QTest::newRow("3 zero filled") << "scenario-3-zero-filled" << false << 0;
}

void TestFeedsParse::snapshotScenarios()
{
    QFETCH(QString, scenario);
    QFETCH(bool, usable);
    QFETCH(int, stations);
    TERRITOIRE_SHARED_FILE(reference, "cases/cache-crash-midwrite/reference-good-cache.json");
    const QDir source(QFileInfo(reference).dir().filePath(scenario + QStringLiteral("/cache")));
    QTemporaryDir dir;
    for (const QString &name : source.entryList(QDir::Files)) {
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
        QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    SnapshotStore store(dir.path());
    const auto result = store.load(QStringLiteral("stations-90"));
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY2(!left.contains(QStringLiteral("stations-90.json.a1B2c3")), qPrintable(left.join(',')));
    if (usable) {
        QCOMPARE(int(result.status), int(SnapshotStore::LoadStatus::Ok));
        QCOMPARE(result.object.value("stations").toArray().size(), stations);
        QCOMPARE(result.object.value("saved_at_utc").toString(),
                 QStringLiteral("2025-11-01T06:05:00Z"));
        QVERIFY(left.contains(QStringLiteral("stations-90.json")));
        return;
    }
    QCOMPARE(int(result.status), int(SnapshotStore::LoadStatus::Corrupt));
    QVERIFY(result.object.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("stations-90.json")),
             qPrintable(result.message));
    QVERIFY2(left.contains(QStringLiteral("stations-90.json.corrupt")), qPrintable(left.join(',')));
    QVERIFY(!left.contains(QStringLiteral("stations-90.json")));
    // Once the network is back the file is rewritten completely.
    const QJsonObject good = QJsonDocument::fromJson(readFile(reference)).object();
    QString error;
    QVERIFY2(store.save(QStringLiteral("stations-90"), good, &error), qPrintable(error));
    const auto again = store.load(QStringLiteral("stations-90"));
    QCOMPARE(int(again.status), int(SnapshotStore::LoadStatus::Ok));
    QCOMPARE(again.object, good);
}

void TestFeedsParse::snapshotAtomicSave()
{
    QTemporaryDir dir;
    SnapshotStore store(dir.path());
    QJsonObject o {{"a", 1}};
    QVERIFY(store.save(QStringLiteral("x"), o));
    QFile orphan(dir.filePath(QStringLiteral("x.json.Zz9Yy8")));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.write("{\"a\": ");
    orphan.close();
    QCOMPARE(store.cleanOrphans(), 1);
    QCOMPARE(store.load(QStringLiteral("x")).object, o);
    // A save into a folder that cannot be written fails with the file named.
    SnapshotStore bad(QStringLiteral("/proc/territoire-no-such-dir"));
    QString error;
    QVERIFY(!bad.save(QStringLiteral("x"), o, &error));
    QVERIFY2(error.contains(QStringLiteral("x.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFeedsParse)
#include "tst_feeds_parse.moc"
