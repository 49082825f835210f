#include "SharedData.h"
#include "TileServer.h"

#include "base/Clock.h"
#include "export/PdfExporter.h"
#include "export/PrintLayout.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "layers/LayerTypes.h"
#include "map/LayerRegistry.h"
#include "offline/BasemapLayer.h"
#include "offline/ExerciseScenario.h"
#include "offline/NetworkPolicy.h"
#include "offline/OfflinePack.h"
#include "offline/PackWriter.h"
#include "offline/ProjectSource.h"
#include "render/MapRenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <gdal_utils.h>

using namespace territoire;

namespace {

ProjectLayer vectorLayer(const QString &id, const QString &source, const QString &sublayer = {})
{
    ProjectLayer l;
    l.id = id;
    l.type = QStringLiteral("vector");
    l.name = id;
    l.source = source;
    l.sublayer = sublayer;
    return l;
}

// Layers of a project, built through the registry and loaded.
std::vector<std::unique_ptr<MapLayer>> buildLayers(const Project &project, QString *error)
{
    std::vector<std::unique_ptr<MapLayer>> layers;
    LayerContext context;
    context.project = &project;
    for (const ProjectLayer &d : project.layers()) {
        auto layer = LayerRegistry::instance().create(d, context, error);
        if (!layer)
            return {};
        waitForLayerLoaded(layer.get());
        layers.push_back(std::move(layer));
    }
    return layers;
}

QImage render(const Project &project, const MapSettings &settings, QString *error)
{
    auto layers = buildLayers(project, error);
    QList<MapLayer *> list;
    for (auto &l : layers)
        list.append(l.get());
    return MapRenderer::renderImage(settings, list, Qt::white, error);
}

// Share of pixels whose colour differs by more than `threshold` on any channel.
double differingShare(const QImage &a, const QImage &b, int threshold)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return 1.0;
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > threshold
                || std::abs(qGreen(p[col]) - qGreen(q[col])) > threshold
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > threshold)
                ++differing;
        }
    }
    return double(differing) / (x.width() * x.height());
}

} // namespace

class TestPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void roundTrip();
    void pdfFromPackOffline();
    void refused_data();
    void refused();
    void areaFromLayer();
    void cancelLeavesNoFile();

private:
    bool makeProject(Project &project, QString *error);
    bool recordHistory(const QString &cachePath, QString *error);

    test::TileServer m_server;
    QTemporaryDir m_dir;
    QString m_pack;
};

void TestPack::initTestCase()
{
    registerLayerTypes();
    registerBasemapLayerType();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestPack::cleanup()
{
    NetworkPolicy::instance().setOffline(false);
}

bool TestPack::recordHistory(const QString &cachePath, QString *error)
{
    // The recorded real Hub'Eau answers of the Sâne Vive gauge, parsed as the feed engine
    // does and stored in an observation cache: the history a pack copies.
    ObservationCache cache(cachePath);
    if (!cache.open(error))
        return false;
    HubEauFeed feed(QStringLiteral("https://hubeau.eaufrance.fr/api/v2/hydrometrie"),
                    {QStringLiteral("K447001001")});
    const QStringList files = {
        QStringLiteral("observations_tr_K447001001_H_2026-09-13.json"),
        QStringLiteral("observations_tr_K447001001_Q_2026-09-13.json"),
        QStringLiteral("observations_tr_site_K4470010_2026-09-13.json"),
    };
    for (const QString &name : files) {
        QFile f(test::sharedPath(QStringLiteral("data/hubeau-hydrometrie/") + name));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.fileName() + QStringLiteral(": ") + f.errorString();
            return false;
        }
        ObservationList observations;
        QString parseError;
        feed.parse(f.readAll(), QUrl(QStringLiteral("https://hubeau.eaufrance.fr/")), observations,
                   parseError);
        if (!parseError.isEmpty()) {
            *error = name + QStringLiteral(": ") + parseError;
            return false;
        }
        if (cache.store(observations, error) < 0)
            return false;
    }
    return true;
}

bool TestPack::makeProject(Project &project, QString *error)
{
    const QString communes = test::sharedPath(
        QStringLiteral("data/admin-boundaries/communes-90-territoire-de-belfort.geojson"));
    const QString departement = test::sharedPath(
        QStringLiteral("data/admin-boundaries/departement-90-territoire-de-belfort.geojson"));
    const QString osm = test::sharedPath(
        QStringLiteral("data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf"));
    project.setTitle(QStringLiteral("Exercice crue"));
    project.setMapCrs(Crs::lambert93());
    BasemapSource basemap;
    basemap.id = QStringLiteral("local");
    basemap.title = QStringLiteral("Local tiles");
    basemap.urlTemplate = m_server.xyzTemplate();
    basemap.attribution = QStringLiteral("© local test tiles");
    basemap.maxZoom = 18;
    basemap.cacheDir = m_dir.filePath(QStringLiteral("tile-cache"));
    project.layers() << BasemapLayer::descriptorFor(basemap, QStringLiteral("fond"))
                     << vectorLayer(QStringLiteral("departement"), departement)
                     << vectorLayer(QStringLiteral("communes"), communes)
                     << vectorLayer(QStringLiteral("routes"), osm, QStringLiteral("lines"));
    project.setSection(QStringLiteral("routing"),
                       QJsonObject {{QStringLiteral("osm"), osm},
                                    {QStringLiteral("profile"), QStringLiteral("norm-2007")}});
    return project.save(m_dir.filePath(QStringLiteral("exercise.territoire")), error);
}

void TestPack::roundTrip()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    TERRITOIRE_SHARED_FILE(osm,
                           "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
    TERRITOIRE_SHARED_FILE(hubeau,
                           "data/hubeau-hydrometrie/observations_tr_K447001001_H_2026-09-13.json");
    Project project;
    QString error;
    QVERIFY2(makeProject(project, &error), qPrintable(error));
    const QString cachePath = m_dir.filePath(QStringLiteral("observations.sqlite"));
    QVERIFY2(recordHistory(cachePath, &error), qPrintable(error));

    MapSettings view;
    view.setCrs(Crs::lambert93());
    view.setOutputSize(QSize(640, 480));
    view.setExtent(QRectF(QPointF(985000, 6712000), QPointF(1015000, 6742000)));
    const QImage online = render(project, view, &error);
    QVERIFY2(!online.isNull(), qPrintable(error));
    QVERIFY(m_server.requestCount() > 0);

    PackRequest request;
    request.project = project;
    request.outPath = m_dir.filePath(QStringLiteral("exercise.gpkg"));
    // The view and a margin (map CRS): the whole rendered map is inside the pack.
    request.area = QStringLiteral("975000,6700000,1025000,6755000");
    request.basemapMinZoom = 9;
    request.basemapMaxZoom = 12;
    request.observationCachePath = cachePath;
    request.from = QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC);
    request.to = QDateTime(QDate(2026, 9, 30), QTime(0, 0), Qt::UTC);
    QList<double> fractions;
    const PackResult result = writePack(request, [&](double f, const QString &) {
        fractions << f;
        return true;
    });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.vectorLayers, 3);
    QVERIFY2(result.basemapTiles > 20, qPrintable(QString::number(result.basemapTiles)));
    QCOMPARE(result.missingTiles, 0);
    QVERIFY2(result.observations >= 2, qPrintable(QString::number(result.observations)));
    QCOMPARE(result.files, 1); // the OSM extract for routing
    QVERIFY(result.bytesAfter == QFileInfo(request.outPath).size());
    QVERIFY(result.bytesBefore > 0);
    QVERIFY(!fractions.isEmpty() && qFuzzyCompare(fractions.last(), 1.0));
    QVERIFY(!QFileInfo::exists(request.outPath + QStringLiteral(".part")));
    m_pack = request.outPath;

    // GDAL (and so QGIS) sees the layers, the basemap tiles and the styles.
    GDALDatasetH ds = GDALOpenEx(m_pack.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_RASTER,
                                 nullptr, nullptr, nullptr);
    QVERIFY(ds);
    QVERIFY(GDALDatasetGetLayerByName(ds, "l_communes"));
    QVERIFY(GDALDatasetGetLayerByName(ds, "l_routes"));
    QVERIFY(GDALDatasetGetLayerByName(ds, "layer_styles"));
    const qint64 communesIn = OGR_L_GetFeatureCount(GDALDatasetGetLayerByName(ds, "l_communes"), 1);
    GDALClose(ds);
    GDALDatasetH source
        = GDALOpenEx(communes.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(source);
    const qint64 communesSource = OGR_L_GetFeatureCount(GDALDatasetGetLayer(source, 0), 1);
    GDALClose(source);
    QCOMPARE(communesIn, communesSource); // every commune of the département is inside
    GDALDatasetH tilesDs = GDALOpenEx(("GPKG:" + m_pack + ":basemap_fond").toUtf8().constData(),
                                      GDAL_OF_RASTER, nullptr, nullptr, nullptr);
    QVERIFY(tilesDs);
    QCOMPARE(GDALGetRasterCount(tilesDs), 4);
    QCOMPARE(GDALGetOverviewCount(GDALGetRasterBand(tilesDs, 1)), 3);
    GDALClose(tilesDs);

    // Open offline: no request at all, the same map.
    m_server.clearRequests();
    OfflinePack pack;
    Project reopened;
    QVERIFY2(loadProjectOrPack(m_pack, &reopened, &error, &pack), qPrintable(error));
    QVERIFY(NetworkPolicy::instance().isOffline());
    QCOMPARE(reopened.title(), QStringLiteral("Exercice crue"));
    QCOMPARE(reopened.layers().size(), 4);
    for (const ProjectLayer &l : reopened.layers())
        QVERIFY2(l.source == m_pack, qPrintable(l.id + QStringLiteral(": ") + l.source));
    const QString routingOsm
        = reopened.section(QStringLiteral("routing")).value(QStringLiteral("osm")).toString();
    QVERIFY2(routingOsm.startsWith(pack.extractDir()), qPrintable(routingOsm));
    QCOMPARE(QFileInfo(routingOsm).size(), QFileInfo(osm).size());

    const QImage offline = render(reopened, view, &error);
    QVERIFY2(!offline.isNull(), qPrintable(error));
    QCOMPARE(m_server.requestCount(), 0);
    const double share = differingShare(online, offline, 24);
    if (share > 0.02) {
        online.save(QDir::temp().filePath(QStringLiteral("territoire-pack-online.png")));
        offline.save(QDir::temp().filePath(QStringLiteral("territoire-pack-offline.png")));
    }
    QVERIFY2(share <= 0.02, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100)));

    ObservationCache replay(QStringLiteral(":memory:"));
    QVERIFY(replay.open(&error));
    QCOMPARE(pack.loadObservations(replay, &error), result.observations);
    const auto h
        = replay.latestAtOrBefore(QStringLiteral("hubeau-hydrometrie"),
                                  QStringLiteral("K447001001"), QStringLiteral("H"), request.to);
    QVERIFY(h.has_value());
    QCOMPARE(h->value, -1.232); // -1232 mm in the recorded answer
}

void TestPack::pdfFromPackOffline()
{
    // The pack of roundTrip, opened offline, exported to PDF with the exercise badge: the map
    // draws from the pack, nothing is asked of the tile server, the badge is on the page.
    QVERIFY2(!m_pack.isEmpty(), "roundTrip must run first");
    Project project;
    QString error;
    QVERIFY2(loadProjectOrPack(m_pack, &project, &error), qPrintable(error));
    m_server.clearRequests();
    auto layers = buildLayers(project, &error);
    QVERIFY2(!layers.empty(), qPrintable(error));
    QList<MapLayer *> list;
    for (auto &l : layers)
        list.append(l.get());
    PrintLayout layout = defaultLayout(PageSetup());
    layout.map.extent = QRectF(QPointF(985000, 6712000), QPointF(1015000, 6742000));
    const QDateTime replayed(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC);
    ManualClock clock(replayed);
    PdfExporter exporter(layout, Crs::lambert93(), list, &clock);
    ExportOptions options;
    options.dpi = 96;
    options.badgeText = ExerciseScenario::badgeText(clock.now());
    exporter.setOptions(options);
    const QString pdf = m_dir.filePath(QStringLiteral("exercise.pdf"));
    const ExportResult result = exporter.exportPdf(pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(m_server.requestCount(), 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext failed");
    // pdftotext breaks the badge where map labels cross it: compare without line breaks.
    QString page = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &part : {QStringLiteral("Exercise"), QStringLiteral("— replay"),
                                QStringLiteral("of 12/01/2021 14:00")})
        QVERIFY2(page.contains(part), qPrintable(page));
    QVERIFY2(page.contains(QStringLiteral("© local test tiles")), qPrintable(page));
}

void TestPack::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated pack") << "truncated"
                                    << "damaged or truncated";
    QTest::newRow("GeoJSON named .gpkg") << "geojson"
                                         << "not a GeoPackage";
    QTest::newRow("empty file") << "empty"
                                << "not a GeoPackage";
    QTest::newRow("plain GeoPackage") << "gpkg"
                                      << "not a Territoire offline pack";
    QTest::newRow("missing file") << "missing"
                                  << "does not exist";
}

void TestPack::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    TERRITOIRE_SHARED_FILE(geojson,
                           "data/admin-boundaries/departement-90-territoire-de-belfort.geojson");
    const QString path = m_dir.filePath(kind + QStringLiteral("-bad.gpkg"));
    if (kind == QLatin1String("truncated")) {
        QVERIFY2(!m_pack.isEmpty(), "roundTrip must run first");
        QFile in(m_pack);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    } else if (kind == QLatin1String("geojson")) {
        QVERIFY(QFile::copy(geojson, path));
    } else if (kind == QLatin1String("empty")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(2048, '\0'));
    } else if (kind == QLatin1String("gpkg")) {
        GDALDatasetH src
            = GDALOpenEx(geojson.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(src);
        GDALDatasetH out
            = GDALVectorTranslate(path.toUtf8().constData(), nullptr, 1, &src, nullptr, nullptr);
        GDALClose(src);
        QVERIFY(out);
        GDALClose(out);
    }
    OfflinePack pack;
    QString error;
    QVERIFY(!pack.open(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    Project project;
    QVERIFY(!loadProjectOrPack(path, &project, &error));
}

void TestPack::areaFromLayer()
{
    // Clipping to the département polygon: the OSM roads beyond the border are cut away.
    TERRITOIRE_SHARED_FILE(osm,
                           "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
    TERRITOIRE_SHARED_FILE(departement,
                           "data/admin-boundaries/departement-90-territoire-de-belfort.geojson");
    PackRequest request;
    request.project.setMapCrs(Crs::lambert93());
    request.project.layers() << vectorLayer(QStringLiteral("departement"), departement)
                             << vectorLayer(QStringLiteral("routes"), osm, QStringLiteral("lines"))
                             << vectorLayer(QStringLiteral("poi"), osm, QStringLiteral("points"));
    request.area = QStringLiteral("departement");
    request.outPath = m_dir.filePath(QStringLiteral("clipped.gpkg"));
    const PackResult result = writePack(request);
    QVERIFY2(result.ok, qPrintable(result.error));
    // The size before counts each source once, though two layers read the OSM extract.
    QCOMPARE(result.bytesBefore, QFileInfo(departement).size() + QFileInfo(osm).size());
    GDALDatasetH in
        = GDALOpenEx(osm.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    GDALDatasetH out = GDALOpenEx(request.outPath.toUtf8().constData(), GDAL_OF_VECTOR, nullptr,
                                  nullptr, nullptr);
    QVERIFY(in && out);
    qint64 before = 0;
    OGRLayerH lines = GDALDatasetGetLayerByName(in, "lines");
    OGR_L_ResetReading(lines);
    while (OGRFeatureH f = OGR_L_GetNextFeature(lines)) {
        ++before;
        OGR_F_Destroy(f);
    }
    OGRLayerH packed = GDALDatasetGetLayerByName(out, "l_routes");
    QVERIFY(packed);
    const qint64 after = OGR_L_GetFeatureCount(packed, 1);
    OGREnvelope e;
    OGR_L_GetExtent(packed, &e, 1);
    GDALClose(in);
    GDALClose(out);
    QVERIFY2(after > 0 && after < before,
             qPrintable(QStringLiteral("%1 of %2").arg(after).arg(before)));
    // Nothing east of the département's easternmost point (7.14346°E) remains.
    QVERIFY2(e.MaxX <= 7.14347, qPrintable(QString::number(e.MaxX, 'f', 5)));
}

void TestPack::cancelLeavesNoFile()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    PackRequest request;
    request.project.setMapCrs(Crs::lambert93());
    request.project.layers() << vectorLayer(QStringLiteral("communes"), communes);
    request.outPath = m_dir.filePath(QStringLiteral("cancelled.gpkg"));
    int calls = 0;
    const PackResult result
        = writePack(request, [&](double, const QString &) { return ++calls < 3; });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(!QFileInfo::exists(request.outPath));
    QVERIFY(!QFileInfo::exists(request.outPath + QStringLiteral(".part")));
}

QTEST_MAIN(TestPack)
#include "tst_pack.moc"
