#include "LayerTestUtil.h"
#include "SharedData.h"
#include "layers/LayerTypes.h"
#include "layers/RasterLayer.h"
#include "map/LayerRenderJob.h"

#include <QImage>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

using namespace territoire;
using namespace territoire::test;

namespace {

// Converts a vector file with GDAL (like ogr2ogr); extra: more ogr2ogr arguments.
bool translateVector(const QString &source, const QString &target, const QStringList &extra)
{
    QList<QByteArray> args;
    for (const QString &a : extra)
        args.append(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH src
        = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    GDALDatasetH dst = GDALOpenEx(target.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                  nullptr, nullptr, nullptr);
    GDALDatasetH out = GDALVectorTranslate(dst ? nullptr : target.toUtf8().constData(), dst, 1,
                                           &src, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    const bool ok = out != nullptr;
    if (out)
        GDALClose(out);
    GDALClose(src);
    return ok;
}

// Counts the non-transparent pixels of a layer drawn at the given extent.
int drawnPixels(MapLayer &layer, const QRectF &extent, const Crs &crs = Crs::lambert93())
{
    MapSettings settings;
    settings.setCrs(crs);
    settings.setOutputSize(QSize(400, 300));
    settings.setExtent(extent);
    auto job = layer.createRenderJob(settings);
    if (!job)
        return 0;
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    RenderContext context(settings);
    if (!job->render(painter, context))
        return -1;
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

const QRectF belfortL93(QPointF(960000, 6700000), QPointF(1030000, 6760000));

} // namespace

// Every format the layers area reads, from ../shared/data.
class TestFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerLayerTypes(); }

    void geojson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        QTest::newRow("communes collection") << "communes-90-territoire-de-belfort.geojson" << 102;
        QTest::newRow("departement single Feature")
            << "departement-90-territoire-de-belfort.geojson" << 1;
        QTest::newRow("cantons") << "cantons-90-territoire-de-belfort.geojson" << 9;
        QTest::newRow("mixed Polygon/MultiPolygon")
            << "departements-bourgogne-franche-comte.geojson" << 8;
    }
    void geojson()
    {
        QFETCH(QString, file);
        QFETCH(int, features);
        TERRITOIRE_SHARED_FILE(dir, "data/admin-boundaries");
        const VectorLoadResult result = loadVector(dir + QLatin1Char('/') + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.featureCount, features);
        QCOMPARE(result.crs.crs.epsg(), 4326);
        QCOMPARE(result.fields.names, QStringList({"code", "nom"}));
        QVERIFY(result.warnings.isEmpty());
        // Extent 6.756–7.143 E, 47.433–47.825 N for the Territoire de Belfort files.
        if (file.contains(QLatin1String("-90-"))) {
            QVERIFY2(qAbs(result.sourceExtent.left() - 6.756) < 0.01
                         && qAbs(result.sourceExtent.bottom() - 47.825) < 0.01,
                     qPrintable(QString::number(result.sourceExtent.left())));
            QVERIFY(belfortL93.contains(result.mapExtent));
        }
    }

    void communeBelfort()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        const VectorLoadResult result = loadVector(path);
        const FeatureAt belfort = findFeature(result, "code", "90010");
        QVERIFY(belfort.isValid());
        QCOMPARE(belfort.value(result, "nom").toString(), QStringLiteral("Belfort"));
        QCOMPARE(belfort.kind(), GeometryKind::Polygon);
        // Belfort lies around (989 000, 6 734 000) in Lambert-93.
        QVERIFY(QRectF(QPointF(980000, 6725000), QPointF(1000000, 6745000))
                    .contains(belfort.chunk->bounds(belfort.index).center()));
    }

    void geopackageWithSeveralLayers()
    {
        TERRITOIRE_SHARED_FILE(dir, "data/admin-boundaries");
        QTemporaryDir tmp;
        const QString gpkg = tmp.filePath(QStringLiteral("belfort.gpkg"));
        QVERIFY(translateVector(dir + "/communes-90-territoire-de-belfort.geojson", gpkg,
                                {"-f", "GPKG", "-nln", "communes", "-t_srs", "EPSG:2154"}));
        QVERIFY(translateVector(dir + "/cantons-90-territoire-de-belfort.geojson", gpkg,
                                {"-nln", "cantons"}));
        // A styles table as QGIS (and our packs) write it: attributes only, not a map layer.
        {
            GDALDatasetUniquePtr dataset(
                GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QVERIFY(dataset);
            OGRLayer *styles = dataset->CreateLayer("layer_styles", nullptr, wkbNone, nullptr);
            QVERIFY(styles);
            OGRFieldDefn name("f_table_name", OFTString);
            QVERIFY(styles->CreateField(&name) == OGRERR_NONE);
            OGRFeature feature(styles->GetLayerDefn());
            feature.SetField("f_table_name", "communes");
            QVERIFY(styles->CreateFeature(&feature) == OGRERR_NONE);
        }
        QString error;
        const QList<ProjectLayer> descriptors = descriptorsForSource(gpkg, &error);
        QVERIFY2(descriptors.size() == 2, qPrintable(error));
        QCOMPARE(descriptors[0].sublayer, QStringLiteral("communes"));
        QCOMPARE(descriptors[1].sublayer, QStringLiteral("cantons"));
        const VectorLoadResult communes = loadVector(gpkg, QStringLiteral("communes"));
        QVERIFY2(communes.ok, qPrintable(communes.error));
        QCOMPARE(communes.featureCount, 102);
        QCOMPARE(communes.crs.crs.epsg(), 2154);
        QVERIFY2(communes.geometryType.contains(QLatin1String("Polygon")),
                 qPrintable(communes.geometryType));
        const VectorLoadResult cantons = loadVector(gpkg, QStringLiteral("cantons"));
        QCOMPARE(cantons.featureCount, 9);
        QCOMPARE(cantons.crs.crs.epsg(), 4326);
    }

    void flatgeobuf()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        QTemporaryDir tmp;
        const QString fgb = tmp.filePath(QStringLiteral("communes.fgb"));
        QVERIFY(translateVector(path, fgb, {"-f", "FlatGeobuf"}));
        const VectorLoadResult result = loadVector(fgb);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.driver, QStringLiteral("FlatGeobuf"));
        QCOMPARE(result.featureCount, 102);
        QCOMPARE(findFeature(result, "code", "90010").value(result, "nom").toString(),
                 QStringLiteral("Belfort"));
    }

    void osm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xml") << "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm";
        QTest::newRow("pbf")
            << "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf";
    }
    void osm()
    {
        QFETCH(QString, file);
        const QString path = sharedPath(file);
        if (!QFileInfo::exists(path)) {
            if (underCi())
                QFAIL(qPrintable(path));
            QSKIP("OSM extract missing");
        }
        QString error;
        const QList<ProjectLayer> descriptors = descriptorsForSource(path, &error);
        QStringList sublayers;
        for (const ProjectLayer &d : descriptors)
            sublayers.append(d.sublayer);
        QVERIFY2(sublayers.contains("points") && sublayers.contains("lines")
                     && sublayers.contains("multipolygons"),
                 qPrintable(sublayers.join(',') + error));

        VectorSourceSpec spec;
        spec.source = path;
        spec.sublayer = QStringLiteral("multipolygons");
        spec.filter = QStringLiteral("building IS NOT NULL");
        VectorLoadOptions options;
        const VectorLoadResult buildings = loadVectorSource(spec, options);
        QVERIFY2(buildings.ok, qPrintable(buildings.error));
        QVERIFY2(buildings.featureCount >= 2800 && buildings.featureCount <= 2920,
                 qPrintable(QString::number(buildings.featureCount)));
        QVERIFY(buildings.attributions.contains(QStringLiteral("© OpenStreetMap contributors")));

        spec.sublayer = QStringLiteral("lines");
        spec.filter = QStringLiteral("highway IS NOT NULL");
        const VectorLoadResult roads = loadVectorSource(spec, options);
        QVERIFY2(roads.featureCount >= 340 && roads.featureCount <= 400,
                 qPrintable(QString::number(roads.featureCount)));
        // South of the département: Delle is around (1 000 000, 6 710 000) in Lambert-93.
        QVERIFY(belfortL93.intersects(roads.mapExtent));
    }

    void srtmElevation()
    {
        TERRITOIRE_SHARED_FILE(path, "data/dem-srtm/N47E007.hgt");
        ProjectLayer d;
        d.type = QStringLiteral("raster");
        d.source = path;
        RasterLayer layer(d);
        QVERIFY2(layer.isValid(), qPrintable(layer.errorString()));
        QCOMPARE(layer.rasterSize(), QSize(1201, 1201));
        QCOMPARE(layer.crs().epsg(), 4326);
        QCOMPARE(layer.rendering(), RasterRendering::Elevation);
        QVERIFY2(layer.minimum() > 150 && layer.minimum() < 250 && layer.maximum() > 1300
                     && layer.maximum() <= 1597,
                 qPrintable(QStringLiteral("%1 %2").arg(layer.minimum()).arg(layer.maximum())));
        // The east of the département is covered; the west (x < 985 000) is not.
        const int pixels = drawnPixels(layer, belfortL93);
        QVERIFY2(pixels > 400 * 300 / 4 && pixels < 400 * 300, qPrintable(QString::number(pixels)));
        MapSettings settings;
        const QList<IdentifyResult> hit
            = layer.identify(toProjected(LonLat(7.0, 47.5)), 0, settings);
        QCOMPARE(hit.size(), 1);
        QVERIFY(hit.first().attributes.first().second.toDouble() > 300);
    }

    void cloudOptimisedGeoTiff()
    {
        TERRITOIRE_SHARED_FILE(hgt, "data/dem-srtm/N47E007.hgt");
        QTemporaryDir tmp;
        const QString cog = tmp.filePath(QStringLiteral("dem.tif"));
        const char *args[] = {"-of", "COG", "-co", "OVERVIEWS=AUTO", nullptr};
        GDALTranslateOptions *options = GDALTranslateOptionsNew(const_cast<char **>(args), nullptr);
        GDALDatasetH src = GDALOpen(hgt.toUtf8().constData(), GA_ReadOnly);
        GDALDatasetH out = GDALTranslate(cog.toUtf8().constData(), src, options, nullptr);
        GDALTranslateOptionsFree(options);
        GDALClose(out);
        GDALClose(src);
        ProjectLayer d;
        d.type = QStringLiteral("raster");
        d.source = cog;
        RasterLayer layer(d);
        QVERIFY2(layer.isValid(), qPrintable(layer.errorString()));
        QVERIFY(layer.overviewCount() > 0);
        QVERIFY(drawnPixels(layer, belfortL93) > 400 * 300 / 4);
        // A small output reads the overviews and still draws.
        QVERIFY(drawnPixels(layer, QRectF(QPointF(950000, 6600000), QPointF(1100000, 6800000)))
                > 1000);
    }
};

QTEST_MAIN(TestFormats)
#include "tst_formats.moc"
