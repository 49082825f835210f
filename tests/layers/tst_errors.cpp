#include "LayerTestUtil.h"
#include "SharedData.h"
#include "layers/LayerTypes.h"
#include "layers/RasterLayer.h"
#include "layers/SourceInspector.h"
#include "layers/VectorLayer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gdal_utils.h>

using namespace territoire;
using namespace territoire::test;

namespace {

bool copyFile(const QString &from, const QString &to, qint64 keepBytes = -1)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray data = in.readAll();
    out.write(keepBytes >= 0 ? data.left(keepBytes) : data);
    return true;
}

} // namespace

// Bad input gives a sentence naming the file and the reason, never a crash.
class TestErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerLayerTypes(); }

    void badSources_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << "missing"
                                      << "does not exist";
        QTest::newRow("corrupt GeoPackage") << "gpkg"
                                            << "GeoPackage";
        QTest::newRow("truncated shapefile") << "shp"
                                             << "truncated";
        QTest::newRow("shapefile without its index") << "shx"
                                                     << "missing";
        QTest::newRow("empty file") << "empty"
                                    << "empty";
        QTest::newRow("not GIS data") << "text"
                                      << "";
    }
    void badSources()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        TERRITOIRE_SHARED_FILE(shp, "cases/dbf-encoding-accents/lieux_utf8_cpg.shp");
        TERRITOIRE_SHARED_FILE(communes,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        QTemporaryDir tmp;
        QString path;
        if (kind == QLatin1String("missing")) {
            path = tmp.filePath(QStringLiteral("nowhere.gpkg"));
        } else if (kind == QLatin1String("gpkg")) {
            // A real GeoPackage cut in the middle, as after a failed copy.
            const QString full = tmp.filePath(QStringLiteral("full.gpkg"));
            const char *args[] = {"-f", "GPKG", nullptr};
            GDALVectorTranslateOptions *o
                = GDALVectorTranslateOptionsNew(const_cast<char **>(args), nullptr);
            GDALDatasetH src = GDALOpenEx(communes.toUtf8().constData(), GDAL_OF_VECTOR, nullptr,
                                          nullptr, nullptr);
            GDALClose(GDALVectorTranslate(full.toUtf8().constData(), nullptr, 1, &src, o, nullptr));
            GDALVectorTranslateOptionsFree(o);
            GDALClose(src);
            path = tmp.filePath(QStringLiteral("corrupt.gpkg"));
            QVERIFY(copyFile(full, path, QFileInfo(full).size() / 3));
        } else if (kind == QLatin1String("shp") || kind == QLatin1String("shx")) {
            const QString base = shp.chopped(4);
            path = tmp.filePath(QStringLiteral("lieux.shp"));
            QVERIFY(copyFile(shp, path, kind == QLatin1String("shp") ? 150 : -1));
            if (kind == QLatin1String("shp"))
                QVERIFY(copyFile(base + ".shx", tmp.filePath(QStringLiteral("lieux.shx"))));
            QVERIFY(copyFile(base + ".dbf", tmp.filePath(QStringLiteral("lieux.dbf"))));
        } else if (kind == QLatin1String("empty")) {
            path = tmp.filePath(QStringLiteral("empty.geojson"));
            QVERIFY(copyFile(shp, path, 0));
        } else {
            path = tmp.filePath(QStringLiteral("notes.txt"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Réunion du conseil municipal\nordre du jour\n");
        }
        const QString fileName = QFileInfo(path).fileName();

        // The loader, the descriptor builder, the inspector and the layer all say why.
        const VectorLoadResult result = loadVector(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(fileName) && result.error.contains(reason),
                 qPrintable(result.error));
        QString error;
        QVERIFY(descriptorsForSource(path, &error).isEmpty());
        QVERIFY2(error.contains(fileName), qPrintable(error));
        QList<LayerInfo> infos;
        QVERIFY(!SourceInspector::inspectSource(path, &infos, &error));
        QVERIFY2(error.contains(fileName), qPrintable(error));

        ProjectLayer d;
        d.source = path;
        d.name = QStringLiteral("broken");
        VectorLayer layer(d);
        QVERIFY(!layer.waitForLoaded());
        QVERIFY(layer.extent().isNull());
        QVERIFY(layer.warnings().join(' ').contains(fileName));
        MapSettings settings;
        QVERIFY(!layer.createRenderJob(settings));
    }

    void unknownCrsOverride()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/dbf-encoding-accents/lieux_utf8_cpg.shp");
        ProjectLayer d;
        d.source = path;
        d.crsOverride = QStringLiteral("EPSG:123456789");
        VectorLayer layer(d);
        QVERIFY(!layer.waitForLoaded());
        const QString error = layer.errorString();
        QVERIFY2(error.contains(QLatin1String("lieux_utf8_cpg.shp"))
                     && error.contains(QLatin1String("EPSG:123456789")),
                 qPrintable(error));
    }

    void missingRaster()
    {
        ProjectLayer d;
        d.type = QStringLiteral("raster");
        d.source = QStringLiteral("/nonexistent/dem.tif");
        RasterLayer layer(d);
        QVERIFY(!layer.isValid());
        QVERIFY2(layer.errorString().contains(QLatin1String("dem.tif"))
                     && layer.errorString().contains(QLatin1String("does not exist")),
                 qPrintable(layer.errorString()));
        MapSettings settings;
        QVERIFY(!layer.createRenderJob(settings));
    }

    void unknownSublayer()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/cantons-90-territoire-de-belfort.geojson");
        const VectorLoadResult result = loadVector(path, QStringLiteral("routes"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("cantons-90"))
                     && result.error.contains("routes"),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
