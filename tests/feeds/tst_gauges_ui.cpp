// The river gauges as users see them: the sample project's 11 stations against the real station
// list, the gauge layer (symbol colour by state, label with value and trend arrow, identify
// tooltip with observation and poll times), thresholds stored in the project, alerts raised by
// polls with hysteresis, the hydrograph window (ranges, thresholds drawn, zoom, CSV and PNG
// export) and the feed panel (states, reasons, manual refresh).
#include "MockHttpServer.h"
#include "SharedData.h"

#include "gauges/FeedPanel.h"
#include "gauges/HydrographWindow.h"

#include "base/Clock.h"
#include "base/Project.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "feeds/gauges/GaugeLayer.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/HubEau.h"
#include "feeds/gauges/StationSnapshot.h"
#include "render/MapRenderer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

using namespace territoire;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The spring case (hubeau-units-utc) in a cache, plus an H value three days older.
void storeSpring(ObservationCache &cache, const QString &springPath)
{
    ObservationList list
        = hubeau::parseObservations(readFile(springPath), gauge::hubEauFeedId()).observations;
    list.append({gauge::hubEauFeedId(), "U299000101", "H", utc("2025-03-27T01:30:00Z"), 0.8, {}});
    cache.store(list);
}

GaugeStation stationAt(const QString &code, double lon, double lat)
{
    GaugeStation s;
    s.code = code;
    s.name = code;
    s.position = LonLat(lon, lat);
    return s;
}

ProjectLayer gaugeLayerDescriptor(const QList<GaugeStation> &stations)
{
    ProjectLayer d;
    d.id = QStringLiteral("gauges");
    d.type = QStringLiteral("gauges");
    d.name = QStringLiteral("Gauges");
    d.options.insert(QStringLiteral("stations"), stationsToJson(stations));
    return d;
}

QString attribute(const IdentifyResult &result, const QString &name)
{
    for (const auto &a : result.attributes) {
        if (a.first == name)
            return a.second.toString();
    }
    return {};
}

} // namespace

class TestGaugesUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleProjectStations();
    void layerSymbols_data();
    void layerSymbols();
    void identifyTooltip();
    void thresholdsStoredInProject();
    void alertsFromPolls();
    void hydrographRanges_data();
    void hydrographRanges();
    void hydrographExport();
    void feedPanel();
    void stationSnapshots_data();
    void stationSnapshots();
};

void TestGaugesUi::sampleProjectStations()
{
    // The sample project shows the 11 real-time stations of the département, with the codes,
    // names and positions of Hub'Eau's own station list.
    const QString path = QStringLiteral(TERRITOIRE_SOURCE_DIR)
        + QStringLiteral("/resources/samples/territoire-de-belfort.territoire");
    TERRITOIRE_SHARED_FILE(demo, "data/hubeau-brgm-demonstrateurs/demo_hydrotr_stations.json");
    Project project;
    QString error;
    QVERIFY2(project.load(path, &error), qPrintable(error));
    const QList<GaugeStation> sample = projectGaugeStations(project);
    QCOMPARE(sample.size(), 11);
    QHash<QString, GaugeStation> reference;
    for (const GaugeStation &s : hubeau::parseStations(readFile(demo)))
        reference.insert(s.code, s);
    for (const GaugeStation &s : sample) {
        QVERIFY2(reference.contains(s.code), qPrintable(s.code));
        const GaugeStation &r = reference.value(s.code);
        QCOMPARE(s.name, r.name);
        QVERIFY2(haversineMetres(s.position, r.position) < 0.5, qPrintable(s.code));
    }
    QCOMPARE(sample.first().code, QStringLiteral("U234503001"));
    QCOMPARE(sample.first().name, QStringLiteral("La Savoureuse à Belfort"));
    // The Savoureuse at Belfort follows Vigicrues reach RS18 (Savoureuse).
    QCOMPARE(GaugeSettings::fromProject(project).reaches.value("U234503001"),
             QStringLiteral("RS18"));
}

void TestGaugesUi::layerSymbols_data()
{
    QTest::addColumn<int>("minutesAfter"); // clock minutes after the newest value (01:30Z)
    QTest::addColumn<double>("threshold"); // metres
    QTest::addColumn<int>("vigilance");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QString>("label");
    QTest::newRow("normal") << 10 << 5.0 << 1 << "normal" << QColor("#2e86de") << "1.26 m ↑";
    QTest::newRow("above threshold, its colour")
        << 10 << 1.25 << 1 << "above-threshold" << QColor("#8e44ad") << "1.26 m ↑";
    QTest::newRow("orange reach") << 10 << 5.0 << 3 << "vigilance" << QColor("#e67e22")
                                  << "1.26 m ↑";
    QTest::newRow("stale grey") << 61 << 1.25 << 3 << "stale" << QColor("#95a5a6") << "1.26 m ↑";
}

void TestGaugesUi::layerSymbols()
{
    QFETCH(int, minutesAfter);
    QFETCH(double, threshold);
    QFETCH(int, vigilance);
    QFETCH(QString, state);
    QFETCH(QColor, color);
    QFETCH(QString, label);
    TERRITOIRE_SHARED_FILE(spring, "cases/hubeau-units-utc/observations-dst-spring.json");
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    storeSpring(cache, spring);
    cache.store({{gauge::vigicruesFeedId(),
                  "RS18",
                  "vigilance",
                  utc("2025-03-29T12:00:00Z"),
                  double(vigilance),
                  {}}});
    ManualClock clock(utc("2025-03-30T01:30:00Z").addSecs(minutesAfter * 60));
    GaugeNetwork network(&cache, &clock);
    GaugeSettings settings;
    settings.reaches.insert("U299000101", "RS18");
    GaugeThreshold t;
    t.value = threshold;
    t.label = QStringLiteral("Alerte");
    t.color = QColor("#8e44ad");
    settings.thresholds.insert("U299000101", {t});
    network.setSettings(settings);
    GaugeLayer layer(&network);
    layer.applyDescriptor(gaugeLayerDescriptor(
        {stationAt("U299000101", 6.8653, 47.6335), GaugeStation::fromJson({{"code", "NOPOS"}})}));
    QCOMPARE(layer.stations().size(), 2);

    const GaugeReading r = network.reading("U299000101");
    QCOMPARE(gaugeStateKey(r.state), state);
    QCOMPARE(GaugeLayer::stateColor(r), color);
    QCOMPARE(GaugeLayer::labelText(r), label);

    // Drawn: the pixel at the station is the state colour; the station without a position is
    // not drawn anywhere (the rest of the image stays white).
    MapSettings map;
    map.setCrs(Crs::wgs84());
    map.setOutputSize(QSize(200, 200));
    map.setExtent(QRectF(QPointF(6.8553, 47.6235), QPointF(6.8753, 47.6435)));
    const QImage image = MapRenderer::renderImage(map, {&layer});
    const QColor centre = image.pixelColor(100, 100);
    QVERIFY2(qAbs(centre.red() - color.red()) <= 2 && qAbs(centre.green() - color.green()) <= 2
                 && qAbs(centre.blue() - color.blue()) <= 2,
             qPrintable(centre.name()));
    QCOMPARE(image.pixelColor(2, 198), QColor(Qt::white));
}

void TestGaugesUi::identifyTooltip()
{
    // hubeau-units-utc: the latest spring H is 1.262 m at 03:30 (+02:00); the tooltip shows
    // that local time with its offset, the UTC instant, and the last successful poll.
    TERRITOIRE_SHARED_FILE(spring, "cases/hubeau-units-utc/observations-dst-spring.json");
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    storeSpring(cache, spring);
    cache.setLastSuccess(gauge::hubEauFeedId(), utc("2025-03-30T01:32:00Z"));
    ManualClock clock(utc("2025-03-30T01:40:00Z"));
    GaugeNetwork network(&cache, &clock);
    GaugeLayer layer(&network);
    layer.applyDescriptor(gaugeLayerDescriptor({stationAt("U299000101", 6.8653, 47.6335)}));
    MapSettings map;
    map.setCrs(Crs::wgs84());
    map.setOutputSize(QSize(200, 200));
    map.setExtent(QRectF(QPointF(6.8, 47.6), QPointF(6.9, 47.7)));
    const QList<IdentifyResult> results = layer.identify(QPointF(6.8653, 47.6335), 0.001, map);
    QCOMPARE(results.size(), 1);
    const IdentifyResult &r = results.first();
    QCOMPARE(attribute(r, "Height"), QStringLiteral("1.262 m"));
    QCOMPARE(attribute(r, "Height observed at"),
             QStringLiteral("2025-03-30 03:30 UTC+02:00 (2025-03-30T01:30:00Z)"));
    QCOMPARE(attribute(r, "Flow"), QStringLiteral("4.980 m³/s"));
    QCOMPARE(attribute(r, "Trend (last hour)"), QStringLiteral("rising"));
    QCOMPARE(attribute(r, "Last successful poll"),
             QStringLiteral("2025-03-30 03:32 UTC+02:00 (2025-03-30T01:32:00Z)"));
    QVERIFY(layer.identify(QPointF(6.7, 47.5), 0.001, map).isEmpty());
    // A click on the symbol opens this station's hydrograph; a click beside it, none.
    QCOMPARE(layer.stationAt(QPointF(6.8655, 47.6336), 0.001, map), QStringLiteral("U299000101"));
    QVERIFY(layer.stationAt(QPointF(6.8700, 47.6335), 0.001, map).isEmpty());
}

void TestGaugesUi::thresholdsStoredInProject()
{
    GaugeNetwork network(nullptr, nullptr);
    GaugeThreshold crue;
    crue.quantity = QStringLiteral("H");
    crue.value = 2.35;
    crue.label = QStringLiteral("Crue de 1990");
    crue.color = QColor("#c0392b");
    crue.source = QStringLiteral("crue de 1990");
    GaugeThreshold flow;
    flow.quantity = QStringLiteral("Q");
    flow.value = 48.5;
    flow.label = QStringLiteral("Pré-alerte");
    QSignalSpy changed(&network, &GaugeNetwork::settingsChanged);
    network.setThresholds("U234503001", {crue, flow});
    QCOMPARE(changed.size(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath("p.territoire");
    Project project;
    project.setSection("gauges", network.settings().toJson());
    QString error;
    QVERIFY2(project.save(path, &error), qPrintable(error));
    Project loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    const QList<GaugeThreshold> back
        = GaugeSettings::fromProject(loaded).thresholds.value("U234503001");
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).value, 2.35);
    QCOMPARE(back.at(0).label, QStringLiteral("Crue de 1990"));
    QCOMPARE(back.at(0).color, QColor("#c0392b"));
    QCOMPARE(back.at(0).source, QStringLiteral("crue de 1990"));
    QCOMPARE(back.at(1).quantity, QStringLiteral("Q"));
    QCOMPARE(back.at(1).value, 48.5);
}

void TestGaugesUi::alertsFromPolls()
{
    // Two polls through the real engine: the first crosses 1.25 m (one alert), the second
    // hovers around the threshold within the hysteresis band (no new alert).
    const auto body = [](const QList<QPair<const char *, int>> &values) {
        QJsonArray data;
        for (const auto &[time, mm] : values)
            data.append(QJsonObject {{"code_station", "U234503001"},
                                     {"grandeur_hydro", "H"},
                                     {"date_obs", time},
                                     {"resultat_obs", mm}});
        return QJsonObject {{"count", data.size()}, {"next", QJsonValue()}, {"data", data}};
    };
    const QJsonArray routes {
        QJsonObject {
            {"path", "/hub/observations_tr"},
            {"match_query", false},
            {"times", 1},
            {"status", 200},
            {"body_json", body({{"2025-03-30T00:00:00Z", 1200}, {"2025-03-30T00:15:00Z", 1262}})}},
        QJsonObject {{"path", "/hub/observations_tr"},
                     {"match_query", false},
                     {"status", 200},
                     {"body_json",
                      body({{"2025-03-30T00:30:00Z", 1240},
                            {"2025-03-30T00:45:00Z", 1255},
                            {"2025-03-30T01:00:00Z", 1230}})}}};
    test::MockHttpServer server;
    QString error;
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    ManualClock clock(utc("2025-03-30T01:05:00Z"));
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    FeedEngine engine(&clock, &cache);
    engine.setMaxRetries(0);
    GaugeNetwork network(&cache, &clock);
    GaugeSettings settings;
    GaugeThreshold t;
    t.value = 1.25;
    t.label = QStringLiteral("Alerte");
    settings.thresholds.insert("U234503001", {t});
    network.setSettings(settings); // hysteresis 0.05 m by default
    network.setStations({stationAt("U234503001", 6.859179, 47.640841)});
    network.setFeedEngine(&engine);
    engine.addFeed(std::make_unique<HubEauFeed>(server.baseUrl().toString() + "/hub",
                                                QStringList {"U234503001"}));
    QSignalSpy alerts(&network, &GaugeNetwork::alertRaised);
    QSignalSpy polls(&engine, &FeedEngine::pollFinished);
    engine.refresh(gauge::hubEauFeedId());
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 1, 10000);
    QCOMPARE(alerts.size(), 1);
    const GaugeAlert alert = alerts.first().first().value<GaugeAlert>();
    QVERIFY(alert.upward);
    QCOMPARE(alert.value, 1.262);
    QCOMPARE(alert.time, utc("2025-03-30T00:15:00Z"));
    QCOMPARE(alert.message(), QStringLiteral("U234503001: 1.262 m crossed \"Alerte\" (1.250 m)"));
    engine.refresh(gauge::hubEauFeedId());
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 2, 10000);
    QVERIFY(polls.last().at(1).toBool());
    QCOMPARE(alerts.size(), 1); // 1.240, 1.255, 1.230: never below 1.20, no new alert
    QCOMPARE(network.alerts().size(), 1);
}

void TestGaugesUi::hydrographRanges_data()
{
    QTest::addColumn<int>("range"); // index: 24 hours, 7 days, whole recording
    QTest::addColumn<int>("heights");
    QTest::newRow("24 hours") << 0 << 3;
    QTest::newRow("7 days") << 1 << 4;
    QTest::newRow("whole recording") << 2 << 4;
}

void TestGaugesUi::hydrographRanges()
{
    QFETCH(int, range);
    QFETCH(int, heights);
    TERRITOIRE_SHARED_FILE(spring, "cases/hubeau-units-utc/observations-dst-spring.json");
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    storeSpring(cache, spring);
    ManualClock clock(utc("2025-03-30T02:00:00Z"));
    GaugeNetwork network(&cache, &clock);
    GaugeThreshold t;
    t.value = 1.25;
    t.label = QStringLiteral("Alerte");
    t.source = QStringLiteral("crue de 1990");
    network.setThresholds("U299000101", {t});
    HydrographWindow window(&network, "U299000101");
    auto *rangeBox = window.findChild<QComboBox *>();
    QVERIFY(rangeBox);
    rangeBox->setCurrentIndex(range);
    auto *view = window.findChild<QChartView *>();
    QVERIFY(view);
    QCOMPARE(view->rubberBand(), QChartView::RectangleRubberBand); // zoom with the mouse
    QHash<QString, QLineSeries *> byName;
    for (QAbstractSeries *s : view->chart()->series())
        byName.insert(s->name(), qobject_cast<QLineSeries *>(s));
    QVERIFY2(byName.contains("Height (m)") && byName.contains("Flow (m³/s)"),
             qPrintable(QStringList(byName.keys()).join(',')));
    QCOMPARE(byName.value("Height (m)")->count(), heights);
    QCOMPARE(byName.value("Flow (m³/s)")->count(), 2);
    // H and Q on their own axes, one on each side.
    QCOMPARE(byName.value("Height (m)")->attachedAxes().last()->alignment(), Qt::AlignLeft);
    QCOMPARE(byName.value("Flow (m³/s)")->attachedAxes().last()->alignment(), Qt::AlignRight);
    // The threshold is drawn across the whole time range, on the height axis.
    QLineSeries *line = byName.value("Alerte (crue de 1990)");
    QVERIFY(line);
    QCOMPARE(line->count(), 2);
    QCOMPARE(line->at(0).y(), 1.25);
    QCOMPARE(line->at(1).x(), double(clock.now().toMSecsSinceEpoch()));
}

void TestGaugesUi::hydrographExport()
{
    TERRITOIRE_SHARED_FILE(spring, "cases/hubeau-units-utc/observations-dst-spring.json");
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    storeSpring(cache, spring);
    ManualClock clock(utc("2025-03-30T02:00:00Z"));
    GaugeNetwork network(&cache, &clock);
    HydrographWindow window(&network, "U299000101");
    QTemporaryDir dir;
    QString error;
    QVERIFY2(window.exportCsv(dir.filePath("h.csv"), &error), qPrintable(error));
    const QStringList lines
        = QString::fromUtf8(readFile(dir.filePath("h.csv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines,
             (QStringList {"station,time_utc,quantity,value,unit",
                           "U299000101,2025-03-30T00:30:00Z,H,1.234,m",
                           "U299000101,2025-03-30T01:00:00Z,H,1.250,m",
                           "U299000101,2025-03-30T01:30:00Z,H,1.262,m",
                           "U299000101,2025-03-30T00:30:00Z,Q,5.020,m³/s",
                           "U299000101,2025-03-30T01:30:00Z,Q,4.980,m³/s"}));
    QVERIFY(!window.exportCsv(QStringLiteral("/proc/no-such-dir/h.csv"), &error));
    QVERIFY2(error.contains("/proc/no-such-dir/h.csv"), qPrintable(error));
    window.resize(640, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.exportPng(dir.filePath("h.png")));
    const QImage png(dir.filePath("h.png"));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 100 && png.height() > 100);
}

void TestGaugesUi::feedPanel()
{
    const QJsonArray routes {
        QJsonObject {{"path", "/ok"},
                     {"status", 200},
                     {"body",
                      "{\"count\":1,\"next\":null,\"data\":[{\"code_station\":\"S\","
                      "\"grandeur_hydro\":\"H\",\"date_obs\":\"2025-03-30T00:00:00Z\","
                      "\"resultat_obs\":10}]}"}},
        QJsonObject {
            {"path", "/vig"}, {"status", 503}, {"body", "{\"message\": \"maintenance\"}"}}};
    test::MockHttpServer server;
    QString error;
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    ManualClock clock(utc("2025-03-30T00:10:00Z"));
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    FeedEngine engine(&clock, &cache);
    engine.setMaxRetries(0);
    struct OkFeed : HubEauFeed
    {
        using HubEauFeed::HubEauFeed;
        QUrl url;
        QNetworkRequest nextRequest(const QDateTime &) const override
        {
            return QNetworkRequest(url);
        }
    };
    auto ok = std::make_unique<OkFeed>(QString(), QStringList());
    ok->url = QUrl(server.baseUrl().toString() + "/ok");
    engine.addFeed(std::move(ok));
    engine.addFeed(std::make_unique<VigicruesFeed>(server.baseUrl().toString(), "vig"));
    FeedPanel panel(&engine);
    auto *table = panel.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Not polled yet"));
    QSignalSpy finished(&engine, &FeedEngine::pollFinished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("HTTP 503"));
    auto *refresh = panel.findChild<QPushButton *>();
    QVERIFY(refresh);
    refresh->click(); // nothing selected: every feed
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Hub'Eau river gauges"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("OK"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("30/03 01:10:00"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Failing"));
    QVERIFY2(table->item(1, 4)->text().contains("HTTP 503: maintenance"),
             qPrintable(table->item(1, 4)->text()));
    // Late after twice the interval without success.
    clock.advance(5 * 60);
    panel.refreshView();
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Late"));
    // Offline: no request, the state says so.
    engine.setOffline(true);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Offline"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("—"));
}

void TestGaugesUi::stationSnapshots_data()
{
    // cache-crash-midwrite, scenarios 1-3, as the gauges read their saved station list.
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<int>("stations");
    QTest::newRow("1 truncated") << "scenario-1-truncated" << true << 0;
    QTest::newRow("2 leftover temp") << "scenario-2-leftover-temp" << false << 2;
    QTest::newRow("3 zero filled") << "scenario-3-zero-filled" << true << 0;
}

void TestGaugesUi::stationSnapshots()
{
    QFETCH(QString, scenario);
    QFETCH(bool, damaged);
    QFETCH(int, stations);
    TERRITOIRE_SHARED_FILE(reference, "cases/cache-crash-midwrite/reference-good-cache.json");
    const QDir source(QFileInfo(reference).dir().filePath(scenario + QStringLiteral("/cache")));
    QTemporaryDir dir;
    for (const QString &name : source.entryList(QDir::Files)) {
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
        QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    SnapshotStore store(dir.path());
    hubeau::StationQuery query;
    query.departement = QStringLiteral("90");
    QCOMPARE(stationSnapshotName(query), QStringLiteral("stations-90"));
    const StationSnapshot loaded = loadStationSnapshot(store, stationSnapshotName(query));
    QCOMPARE(loaded.damaged, damaged);
    QCOMPARE(loaded.stations.size(), stations);
    if (damaged) {
        QVERIFY2(loaded.message.contains("stations-90.json"), qPrintable(loaded.message));
    } else {
        // Saved 2025-11-01 07:05 Europe/Paris; positions as recorded, never 0,0.
        QCOMPARE(loaded.savedAt, utc("2025-11-01T06:05:00Z"));
        QCOMPARE(loaded.stations.at(1).code, QStringLiteral("U299000201"));
        QVERIFY(qAbs(loaded.stations.at(1).position.lon - 6.879752986) < 1e-9);
        QVERIFY(qAbs(loaded.stations.at(1).position.lat - 47.672718756) < 1e-9);
    }
    // Once Hub'Eau answers, the list is rewritten completely and reads back the same.
    const QList<GaugeStation> fresh
        = hubeau::parseStations(readFile(test::sharedPath("cases/hubeau-stations-coords/"
                                                          "stations.json")));
    QString error;
    QVERIFY2(saveStationSnapshot(store, "stations-90", fresh, utc("2025-11-02T06:05:00Z"), "test",
                                 &error),
             qPrintable(error));
    const StationSnapshot again = loadStationSnapshot(store, "stations-90");
    QVERIFY(!again.damaged);
    QCOMPARE(again.stations.size(), 5);
    for (int i = 0; i < fresh.size(); ++i) {
        QCOMPARE(again.stations.at(i).code, fresh.at(i).code);
        QCOMPARE(again.stations.at(i).hasPosition(), fresh.at(i).hasPosition());
        if (fresh.at(i).hasPosition())
            QVERIFY(haversineMetres(again.stations.at(i).position, fresh.at(i).position) < 0.01);
    }
}

QTEST_MAIN(TestGaugesUi)
#include "tst_gauges_ui.moc"
