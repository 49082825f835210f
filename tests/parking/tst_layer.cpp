// The "parking" map layer: drawn by status, legend counts, identify, data time, and the
// registry factory reading the project's parking section.
#include "SharedData.h"

#include "base/Clock.h"
#include "map/LayerRegistry.h"
#include "parking/BayLayer.h"

#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <gdal.h>

using namespace territoire;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Bay makeBay(const char *id, double lon, double lat)
{
    Bay bay;
    bay.id = QString::fromLatin1(id);
    bay.source = QStringLiteral("test");
    bay.position = LonLat(lon, lat);
    return bay;
}

SiteStatus status(const char *id, int vacant, const QDateTime &time)
{
    SiteStatus s;
    s.siteId = QString::fromLatin1(id);
    s.vacant = vacant;
    s.time = time;
    return s;
}

} // namespace

class TestParkingLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }
    void drawsByStatus();
    void legendIdentifyAndTime();
    void factoryReadsProjectSection();
    void countsPerCarParkAndZone();
};

void TestParkingLayer::drawsByStatus()
{
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    auto model = std::make_unique<BayStatusModel>(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("f");
    model->setFeeds({feed});
    model->setBays({makeBay("free", 6.860, 47.640), makeBay("taken", 6.862, 47.640),
                    makeBay("unknown", 6.864, 47.640)});
    model->applyStatuses(feed.id,
                         {status("free", 1, utc("2025-07-18T06:40:00Z")),
                          status("taken", 0, utc("2025-07-18T06:40:00Z"))});
    BayLayer layer(std::move(model));
    QSignalSpy repaint(&layer, &MapLayer::repaintRequested);

    MapSettings settings;
    settings.setCrs(Crs::lambert93());
    settings.setOutputSize(QSize(400, 200));
    const QPointF a = toProjected(LonLat(6.858, 47.639));
    const QPointF b = toProjected(LonLat(6.866, 47.641));
    settings.setExtent(QRectF(a, b).normalized());
    auto job = layer.createRenderJob(settings);
    QVERIFY(job);
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    RenderContext context(settings);
    QVERIFY(job->render(painter, context));
    painter.end();

    const auto colourAt = [&](const char *id, double lon) {
        const QPointF pixel = settings.toPixel(toProjected(LonLat(lon, 47.640)));
        return image.pixelColor(pixel.toPoint());
    };
    QCOMPARE(colourAt("free", 6.860), BayLayer::statusColor(BayStatus::Free));
    QCOMPARE(colourAt("taken", 6.862), BayLayer::statusColor(BayStatus::Taken));
    QCOMPARE(colourAt("unknown", 6.864), BayLayer::statusColor(BayStatus::Unknown));

    // A status change asks for a repaint.
    layer.model()->applyStatuses(QStringLiteral("f"),
                                 {status("taken", 1, utc("2025-07-18T06:44:00Z"))});
    QVERIFY(repaint.count() >= 1);

    // The walking path of a nearest-bay answer is drawn over the map, then cleared.
    const std::vector<LonLat> path {LonLat(6.860, 47.6405), LonLat(6.864, 47.6405)};
    const auto pathColourAt = [&] {
        auto routeJob = layer.createRenderJob(settings);
        QImage routed(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
        routed.fill(Qt::white);
        QPainter routePainter(&routed);
        RenderContext routeContext(settings);
        routeJob->render(routePainter, routeContext);
        routePainter.end();
        return routed.pixelColor(settings.toPixel(toProjected(LonLat(6.863, 47.6405))).toPoint());
    };
    layer.setHighlightedRoutes({path}, LonLat(6.864, 47.6405));
    QCOMPARE(pathColourAt(), QColor(0x1f, 0x5f, 0xbf));
    layer.clearHighlightedRoutes();
    QCOMPARE(pathColourAt(), QColor(Qt::white));
}

void TestParkingLayer::legendIdentifyAndTime()
{
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    auto model = std::make_unique<BayStatusModel>(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("f");
    model->setFeeds({feed});
    model->setBays({makeBay("a", 6.86, 47.64), makeBay("b", 6.87, 47.64)});
    model->applyStatuses(feed.id, {status("a", 1, utc("2025-07-18T06:40:00Z"))});
    BayLayer layer(std::move(model));
    QCOMPARE(layer.type(), QStringLiteral("parking"));
    QCOMPARE(layer.dataTime(), utc("2025-07-18T06:40:00Z"));
    const QList<LegendItem> legend = layer.legend();
    QCOMPARE(legend.size(), 3);
    QVERIFY2(legend[0].label.contains(QStringLiteral("(1)")), qPrintable(legend[0].label));
    QVERIFY2(legend[2].label.contains(QStringLiteral("(1)")), qPrintable(legend[2].label));
    QVERIFY(layer.extent().contains(QPointF(6.865, 47.64)));

    MapSettings settings;
    settings.setCrs(Crs::wgs84());
    const QList<IdentifyResult> hits = layer.identify(QPointF(6.86, 47.64), 0.001, settings);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].featureId, QStringLiteral("a"));
}

void TestParkingLayer::factoryReadsProjectSection()
{
    TERRITOIRE_SHARED_FILE(csv, "cases/csv-pmr-parking-schema/parkings-pmr-cp1252.csv");
    registerParkingLayerType();
    QVERIFY(LayerRegistry::instance().hasType(QStringLiteral("parking")));
    Project project;
    project.setSection(QStringLiteral("parking"),
                       QJsonObject {{"bounds", QJsonArray {6.756, 47.433, 7.144, 47.825}},
                                    {"sources",
                                     QJsonArray {QJsonObject {{"id", "pmr"},
                                                              {"path", csv},
                                                              {"preset", "schema-stationnement"},
                                                              {"attribution", "Test producer"}}}}});
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    LayerContext context;
    context.clock = &clock;
    context.project = &project;
    ProjectLayer descriptor;
    descriptor.id = QStringLiteral("bays");
    descriptor.type = QStringLiteral("parking");
    QString error;
    std::unique_ptr<MapLayer> layer = LayerRegistry::instance().create(descriptor, context, &error);
    QVERIFY2(layer, qPrintable(error));
    auto *bays = qobject_cast<BayLayer *>(layer.get());
    QVERIFY(bays);
    QCOMPARE(bays->visibleBays().size(), 6);
    QVERIFY(bays->attributions().contains(QStringLiteral("Test producer")));
    QVERIFY(!bays->warnings().isEmpty()); // rows 3, 4, 5 reported
    QVERIFY(!layer->name().isEmpty());

    // A descriptor whose file cannot be read gives a clear error.
    descriptor.source = QStringLiteral("/nonexistent/bays.csv");
    QVERIFY(!LayerRegistry::instance().create(descriptor, context, &error));
    QVERIFY2(error.contains(descriptor.source), qPrintable(error));
}

void TestParkingLayer::countsPerCarParkAndZone()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    auto model = std::make_unique<BayStatusModel>(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("f");
    model->setFeeds({feed});
    // Three sensor bays of one car park, and a lone street bay, all in Belfort.
    BayList bays {makeBay("s1", 6.8600, 47.6400), makeBay("s2", 6.8601, 47.6400),
                  makeBay("s3", 6.8602, 47.6400), makeBay("street", 6.8640, 47.6380)};
    for (int i = 0; i < 3; ++i)
        bays[i].zoneKey = QStringLiteral("P-Gare");
    model->setBays(bays);
    model->applyStatuses(feed.id,
                         {status("s1", 1, utc("2025-07-18T06:40:00Z")),
                          status("s2", 1, utc("2025-07-18T06:40:00Z")),
                          status("s3", 0, utc("2025-07-18T06:40:00Z")),
                          status("street", 1, utc("2025-07-18T06:40:00Z"))});
    BayLayer layer(std::move(model));
    const auto labelsAt = [&layer](const QRectF &lonLatBox) {
        MapSettings settings;
        settings.setCrs(Crs::lambert93());
        settings.setOutputSize(QSize(400, 300));
        settings.setExtent(QRectF(toProjected(LonLat(lonLatBox.left(), lonLatBox.top())),
                                  toProjected(LonLat(lonLatBox.right(), lonLatBox.bottom())))
                               .normalized());
        auto job = layer.createRenderJob(settings);
        QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        RenderContext context(settings);
        job->render(painter, context);
        painter.end();
        QStringList texts;
        for (const LabelCandidate &label : context.takeLabels())
            texts << label.text;
        return texts;
    };

    // Zoomed in: the car park's count; the lone bay has none.
    const QStringList near = labelsAt(QRectF(QPointF(6.855, 47.635), QPointF(6.868, 47.645)));
    QVERIFY2(near.contains(QStringLiteral("2 free / 3")), qPrintable(near.join(QLatin1Char('|'))));
    QCOMPARE(near.filter(QStringLiteral("free /")).size(), 1);

    // Zoomed out with the communes as zones: one count for Belfort instead.
    QString error;
    ZoneLayerConfig config;
    config.path = communes;
    layer.setZones(readZones(config, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList far = labelsAt(QRectF(QPointF(6.70, 47.55), QPointF(7.05, 47.75)));
    QCOMPARE(far.filter(QStringLiteral("free /")), QStringList {QStringLiteral("3 free / 4")});
}

QTEST_MAIN(TestParkingLayer)
#include "tst_layer.moc"
