#include "SharedData.h"
#include "TileServer.h"

#include "base/Crs.h"
#include "map/MapSettings.h"
#include "offline/BasemapLayer.h"
#include "offline/BasemapSource.h"
#include "offline/NetworkPolicy.h"
#include "offline/TmsCapabilities.h"
#include "offline/WmtsCapabilities.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace territoire;

namespace {

// A view in Web Mercator centred on tile z/x/y, covering 3 × 3 tiles at that level.
MapSettings viewOnTile(int z, int x, int y)
{
    MapSettings s;
    s.setCrs(Crs::fromEpsg(3857));
    s.setOutputSize(QSize(768, 768));
    s.setCenter(tiles::bounds3857(z, x, y).center());
    s.setResolution(2 * tiles::halfWorld / std::pow(2.0, z) / 256.0);
    return s;
}

QImage renderLayer(BasemapLayer &layer, const MapSettings &settings, bool *ok = nullptr)
{
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    auto job = layer.createRenderJob(settings);
    RenderContext context(settings);
    const bool done = job && job->render(painter, context);
    if (ok)
        *ok = done;
    return image;
}

bool isPlaceholder(QRgb c)
{
    return qRed(c) == qGreen(c) && qGreen(c) == qBlue(c) && qRed(c) >= 200;
}

// The colour tile_server.py gives tile z/x/y (inside its border).
QRgb serverColour(int z, int x, int y)
{
    return qRgb((40 + 30 * (x % 7)) % 256, (60 + 40 * (y % 5)) % 256, (20 * z) % 256);
}

bool near(QRgb a, QRgb b, int tolerance = 3)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance
        && std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wmtsCapabilities();
    void wmtsLimits_data();
    void wmtsLimits();
    void wmtsToBasemap_data();
    void wmtsToBasemap();
    void tmsService();
    void tmsTileMap_data();
    void tmsTileMap();
    void presets_data();
    void presets();
    void descriptorRoundTrip();
    void rendersThenServesFromCache();
    void offlineWithEmptyCacheMakesNoRequest();
    void truncatedCachedTile();
    void wmtsBasemapOnLocalServer();

private:
    test::TileServer m_server;
};

void TestBasemap::initTestCase()
{
    GDALAllRegister();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestBasemap::cleanup()
{
    NetworkPolicy::instance().setOffline(false);
}

void TestBasemap::wmtsCapabilities()
{
    TERRITOIRE_SHARED_FILE(path, "data/wmts-tms-capabilities/ign.xml");
    WmtsCapabilities caps;
    QString error;
    QVERIFY2(caps.load(path, &error), qPrintable(error));
    QCOMPARE(caps.providerName(), QStringLiteral("IGN"));
    QCOMPARE(caps.getTileKvpUrl(), QStringLiteral("http://wxs.ign.fr/geoportail/wmts?"));
    QCOMPARE(caps.layers().size(), 1);
    const WmtsLayer *layer
        = caps.layer(QStringLiteral("ORTHOPHOTOS").prepend(QStringLiteral("ORTHOIMAGERY.")));
    QVERIFY(layer);
    QCOMPARE(layer->formats, QStringList {QStringLiteral("image/jpeg")});
    QCOMPARE(layer->defaultStyle, QStringLiteral("normal"));
    QCOMPARE(layer->tileMatrixSets,
             (QStringList {QStringLiteral("PM"), QStringLiteral("Prefixed")}));
    const WmtsTileMatrixSet *pm = caps.tileMatrixSet(QStringLiteral("PM"));
    QVERIFY(pm);
    QCOMPARE(pm->epsg(), 3857);
    QCOMPARE(pm->matrices.size(), 22);
    // Sorted by scale, not by the document's text order (0, 1, 10, 11, ...).
    QCOMPARE(pm->matrices[2].identifier, QStringLiteral("2"));
    QCOMPARE(pm->matrices[21].identifier, QStringLiteral("21"));
    QCOMPARE(pm->matrices[10].matrixWidth, 1024);
    QVERIFY(pm->isWebMercatorQuadTree());

    QString bad;
    QVERIFY(
        !caps.parse("<html><body>502 Bad Gateway</body></html>", QStringLiteral("x.xml"), &bad));
    QVERIFY2(bad.contains(QLatin1String("x.xml")), qPrintable(bad));
    QVERIFY(!caps.parse("<Capabilities><Contents><Layer>", QStringLiteral("cut.xml"), &bad));
    QVERIFY2(bad.contains(QLatin1String("cut.xml")), qPrintable(bad));
}

void TestBasemap::wmtsLimits_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("matrix");
    QTest::addColumn<int>("minRow");
    QTest::addColumn<int>("maxRow");
    QTest::addColumn<int>("maxCol");
    QTest::newRow("PM level 0") << "PM"
                                << "0" << 0 << 1 << 1;
    QTest::newRow("PM level 8") << "PM"
                                << "8" << 7 << 256 << 256;
    QTest::newRow("PM level 9") << "PM"
                                << "9" << 15 << 512 << 512;
    QTest::newRow("Prefixed:1 matched to 1") << "Prefixed"
                                             << "1" << 0 << 2 << 2;
}

void TestBasemap::wmtsLimits()
{
    QFETCH(QString, set);
    QFETCH(QString, matrix);
    QFETCH(int, minRow);
    QFETCH(int, maxRow);
    QFETCH(int, maxCol);
    TERRITOIRE_SHARED_FILE(path, "data/wmts-tms-capabilities/ign.xml");
    WmtsCapabilities caps;
    QVERIFY(caps.load(path, nullptr));
    const WmtsLayer *layer = caps.layer(QStringLiteral("ORTHOIMAGERY.ORTHOPHOTOS"));
    QVERIFY(layer);
    const auto limits = layer->limits.value(set);
    QVERIFY2(limits.contains(matrix), qPrintable(QStringList(limits.keys()).join(u',')));
    QCOMPARE(limits.value(matrix).minRow, minRow);
    QCOMPARE(limits.value(matrix).maxRow, maxRow);
    QCOMPARE(limits.value(matrix).maxCol, maxCol);
}

void TestBasemap::wmtsToBasemap_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("serviceUrl");
    QTest::addColumn<QString>("expectedTile");
    QTest::addColumn<int>("maxZoom");
    QTest::newRow("PM, document's address")
        << "PM"
        << ""
        << "http://wxs.ign.fr/geoportail/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
           "&LAYER=ORTHOIMAGERY.ORTHOPHOTOS&STYLE=normal&FORMAT=image/jpeg&TILEMATRIXSET=PM"
           "&TILEMATRIX=15&TILEROW=11439&TILECOL=17008"
        << 21;
    QTest::newRow("Prefixed, mirror address")
        << "Prefixed"
        << "http://127.0.0.1:1/wmts"
        << "http://127.0.0.1:1/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
           "&LAYER=ORTHOIMAGERY.ORTHOPHOTOS&STYLE=normal&FORMAT=image/jpeg"
           "&TILEMATRIXSET=Prefixed&TILEMATRIX=15&TILEROW=11439&TILECOL=17008"
        << 1;
}

void TestBasemap::wmtsToBasemap()
{
    QFETCH(QString, set);
    QFETCH(QString, serviceUrl);
    QFETCH(QString, expectedTile);
    QFETCH(int, maxZoom);
    TERRITOIRE_SHARED_FILE(path, "data/wmts-tms-capabilities/ign.xml");
    WmtsCapabilities caps;
    QVERIFY(caps.load(path, nullptr));
    QString error;
    const BasemapSource source = BasemapSource::fromWmts(
        caps, QStringLiteral("ORTHOIMAGERY.ORTHOPHOTOS"), set, {}, {}, serviceUrl, &error);
    QVERIFY2(source.isValid(), qPrintable(error));
    QCOMPARE(source.tileUrl(15, 17008, 11439), expectedTile);
    QCOMPARE(source.maxZoom, maxZoom);
    QCOMPARE(source.attribution, QStringLiteral("© IGN"));
    if (set == QLatin1String("PM")) {
        QVERIFY(source.hasTile(8, 10, 7));
        QVERIFY(!source.hasTile(8, 10, 6)); // above MinTileRow 7
    }
    const BasemapSource none
        = BasemapSource::fromWmts(caps, QStringLiteral("NOPE"), {}, {}, {}, {}, &error);
    QVERIFY(!none.isValid());
    QVERIFY2(error.contains(QLatin1String("NOPE")), qPrintable(error));
}

void TestBasemap::tmsService()
{
    TERRITOIRE_SHARED_FILE(path, "data/wmts-tms-capabilities/tms-resource-geopf.xml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<TmsTileMapEntry> maps;
    QString error;
    QVERIFY2(tms::parseService(f.readAll(), path, &maps, &error), qPrintable(error));
    QCOMPARE(maps.size(), 6);
    QCOMPARE(maps.first().title, QStringLiteral("500k"));
    QCOMPARE(maps.first().extension, QStringLiteral("jpeg"));
    QCOMPARE(maps.first().href, QStringLiteral("https://data.geopf.fr/tms/1.0.0/500k"));
    QVERIFY(!tms::parseService("<Capabilities/>", QStringLiteral("x.xml"), &maps, &error));
    QVERIFY2(error.contains(QStringLiteral("x.xml")), qPrintable(error));
}

void TestBasemap::tmsTileMap_data()
{
    QTest::addColumn<QString>("format"); // replaces the document's TileFormat, empty: as is
    QTest::addColumn<QString>("url"); // tile 12/2124/1429, empty when refused
    QTest::addColumn<QString>("reason");
    QTest::newRow("Plan IGN vector tiles, refused") << ""
                                                    << ""
                                                    << "vector tiles";
    QTest::newRow("the same grid served as PNG")
        << "mime-type=\"image/png\" extension=\"png\""
        << "https://data.geopf.fr/tms/1.0.0/PLAN.IGN/12/2124/1429.png"
        << "";
}

void TestBasemap::tmsTileMap()
{
    QFETCH(QString, format);
    QFETCH(QString, url);
    QFETCH(QString, reason);
    TERRITOIRE_SHARED_FILE(path, "data/wmts-tms-capabilities/tileMap-resource-geopf.xml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray xml = f.readAll();
    if (!format.isEmpty())
        xml.replace("mime-type=\"application/x-protobuf\" extension=\"pbf\"", format.toUtf8());
    QString error;
    const BasemapSource source = tms::parseTileMap(xml, path, &error);
    if (url.isEmpty()) {
        QVERIFY(!source.isValid());
        QVERIFY2(error.contains(reason) && error.contains(path), qPrintable(error));
        return;
    }
    QVERIFY2(source.isValid(), qPrintable(error));
    QCOMPARE(source.title, QStringLiteral("Plan IGN"));
    QCOMPARE(source.tileUrl(12, 2124, 1429), url);
    QCOMPARE(source.minZoom, 0);
    QCOMPARE(source.maxZoom, 18);
    QVERIFY(source.hasTile(12, 1, 459));
    QVERIFY(!source.hasTile(12, 0, 459)); // mincol 1 at level 12
    QVERIFY(!source.hasTile(19, 0, 0));
}

void TestBasemap::presets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("attribution");
    QTest::addColumn<QString>("tile");
    QTest::newRow("OpenStreetMap") << "osm"
                                   << "© OpenStreetMap contributors"
                                   << "https://tile.openstreetmap.org/15/17008/11439.png";
    QTest::newRow("Plan IGN")
        << "plan-ign"
        << "© IGN – Géoplateforme, Plan IGN"
        << "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
           "&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png"
           "&TILEMATRIXSET=PM&TILEMATRIX=15&TILEROW=11439&TILECOL=17008";
}

void TestBasemap::presets()
{
    QFETCH(QString, id);
    QFETCH(QString, attribution);
    QFETCH(QString, tile);
    const BasemapSource s = BasemapSource::preset(id);
    QVERIFY(s.isValid());
    QCOMPARE(s.attribution, attribution);
    QCOMPARE(s.tileUrl(15, 17008, 11439), tile);
    const QString xml = s.gdalXml(true);
    QVERIFY2(xml.contains(QLatin1String("<OfflineMode>true</OfflineMode>")), qPrintable(xml));
    QVERIFY2(xml.contains(QLatin1String("<Cache>")), qPrintable(xml));
    QVERIFY(!s.gdalXml(false).contains(QLatin1String("OfflineMode")));
}

void TestBasemap::descriptorRoundTrip()
{
    registerBasemapLayerType();
    const ProjectLayer d
        = BasemapLayer::descriptorFor(BasemapSource::planIgn(), QStringLiteral("fond"));
    QCOMPARE(d.type, QStringLiteral("basemap"));
    QCOMPARE(d.source, QStringLiteral("preset:plan-ign"));
    QString error;
    auto layer = LayerRegistry::instance().create(d, LayerContext(), &error);
    QVERIFY2(layer, qPrintable(error));
    QCOMPARE(layer->attributions(),
             QStringList {QStringLiteral("© IGN – Géoplateforme, Plan IGN")});
    QCOMPARE(layer->crs().epsg(), 3857);
}

void TestBasemap::rendersThenServesFromCache()
{
    QTemporaryDir cache;
    BasemapSource source;
    source.id = QStringLiteral("local");
    source.urlTemplate = m_server.xyzTemplate();
    source.maxZoom = 18;
    source.cacheDir = cache.path();
    BasemapLayer layer(BasemapLayer::descriptorFor(source, QStringLiteral("local")));
    m_server.clearRequests();

    const MapSettings view = viewOnTile(15, 17008, 11439);
    bool ok = false;
    QImage first = renderLayer(layer, view, &ok);
    QVERIFY(ok);
    const int fetched = m_server.requestCount();
    QVERIFY2(fetched >= 9 && fetched <= 16, qPrintable(QString::number(fetched)));
    const QRgb centre = first.pixel(384, 384);
    QVERIFY2(near(centre, serverColour(15, 17008, 11439)), qPrintable(describe(centre)));
    QVERIFY(QFileInfo::exists(source.cachedTilePath(15, 17008, 11439)));

    m_server.clearRequests();
    QImage second = renderLayer(layer, view, &ok);
    QVERIFY(ok);
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(second, first);
}

void TestBasemap::offlineWithEmptyCacheMakesNoRequest()
{
    QTemporaryDir cache;
    BasemapSource source;
    source.urlTemplate = m_server.xyzTemplate();
    source.cacheDir = cache.path();
    BasemapLayer layer(BasemapLayer::descriptorFor(source, QStringLiteral("local")));
    NetworkPolicy::instance().setOffline(true);
    QVERIFY(layer.datasetName().contains(QLatin1String("<OfflineMode>true</OfflineMode>")));
    m_server.clearRequests();
    bool ok = false;
    const QImage image = renderLayer(layer, viewOnTile(14, 8504, 5719), &ok);
    QVERIFY(ok);
    QCOMPARE(m_server.requestCount(), 0);
    QVERIFY2(isPlaceholder(image.pixel(100, 100)), qPrintable(describe(image.pixel(100, 100))));
}

void TestBasemap::truncatedCachedTile()
{
    // cache-crash-midwrite scenario 4: the z15 tile over Belfort cut to 342 of 570 bytes.
    TERRITOIRE_SHARED_FILE(
        truncated,
        "cases/cache-crash-midwrite/scenario-4-truncated-tile/cache/tiles/15/17008/11439.png");
    QCOMPARE(QFileInfo(truncated).size(), 342);
    QVERIFY(QImage(truncated).isNull());
    QTemporaryDir cache;
    BasemapSource source;
    source.urlTemplate = m_server.xyzTemplate();
    source.maxZoom = 15;
    source.cacheDir = cache.path();
    BasemapLayer layer(BasemapLayer::descriptorFor(source, QStringLiteral("local")));
    const MapSettings view = viewOnTile(15, 17008, 11439);
    // Fill the cache online, then damage the Belfort tile as a crash in mid-write would.
    bool ok = false;
    renderLayer(layer, view, &ok);
    QVERIFY(ok);
    const QString cached = source.cachedTilePath(15, 17008, 11439);
    QVERIFY(QFile::remove(cached));
    QVERIFY(QFile::copy(truncated, cached));
    QFile::setPermissions(cached, QFile::ReadOwner | QFile::WriteOwner);

    // Offline: a placeholder where the damaged tile is, the neighbours drawn.
    NetworkPolicy::instance().setOffline(true);
    m_server.clearRequests();
    QImage offline = renderLayer(layer, view, &ok);
    QVERIFY(ok);
    QCOMPARE(m_server.requestCount(), 0);
    QVERIFY2(isPlaceholder(offline.pixel(384, 384)), qPrintable(describe(offline.pixel(384, 384))));
    QVERIFY2(near(offline.pixel(128, 384), serverColour(15, 17007, 11439)),
             qPrintable(describe(offline.pixel(128, 384))));
    QVERIFY2(near(offline.pixel(384, 640), serverColour(15, 17008, 11440)),
             qPrintable(describe(offline.pixel(384, 640))));

    // Online again: the damaged tile alone is fetched again and the cache repaired.
    NetworkPolicy::instance().setOffline(false);
    m_server.clearRequests();
    QImage online = renderLayer(layer, view, &ok);
    QVERIFY(ok);
    QCOMPARE(m_server.requests(), QStringList {QStringLiteral("/tiles/15/17008/11439.png")});
    QVERIFY2(near(online.pixel(384, 384), serverColour(15, 17008, 11439)),
             qPrintable(describe(online.pixel(384, 384))));
    QVERIFY(!QImage(cached).isNull());
}

void TestBasemap::wmtsBasemapOnLocalServer()
{
    TERRITOIRE_SHARED_FILE(path, "data/wmts-tms-capabilities/ign.xml");
    WmtsCapabilities caps;
    QVERIFY(caps.load(path, nullptr));
    QString error;
    BasemapSource source = BasemapSource::fromWmts(
        caps, QStringLiteral("ORTHOIMAGERY.ORTHOPHOTOS"), QStringLiteral("PM"), {},
        QStringLiteral("image/png"), m_server.wmtsUrl(), &error);
    QVERIFY2(source.isValid(), qPrintable(error));
    QTemporaryDir cache;
    source.cacheDir = cache.path();
    BasemapLayer layer(BasemapLayer::descriptorFor(source, QStringLiteral("ortho")));
    m_server.clearRequests();
    bool ok = false;
    const QImage image = renderLayer(layer, viewOnTile(15, 17008, 11439), &ok);
    QVERIFY(ok);
    const QStringList requests = m_server.requests();
    QVERIFY(!requests.isEmpty());
    QVERIFY2(requests.contains(QStringLiteral(
                 "/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=ORTHOIMAGERY.ORTHOPHOTOS"
                 "&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX=15&TILEROW=11439"
                 "&TILECOL=17008")),
             qPrintable(requests.join(u'\n')));
    QVERIFY2(near(image.pixel(384, 384), serverColour(15, 17008, 11439)),
             qPrintable(describe(image.pixel(384, 384))));
}

QTEST_MAIN(TestBasemap)
#include "tst_basemap.moc"
