// territoire-cli pack on the sample project (real data), and what GDAL and QGIS see in the
// pack it writes.
#include "SharedData.h"

#include "offline/ExerciseScenario.h"
#include "offline/NetworkPolicy.h"
#include "offline/OfflinePack.h"
#include "offline/ProjectSource.h"
#include "parking/ParkingConfig.h"
#include "parking/ParkingSetup.h"
#include "routing/OsmGraphReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>

using namespace territoire;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/no-history"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TERRITOIRE_CLI), arguments);
    Run run;
    if (!process.waitForFinished(180000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 featureCount(GDALDatasetH ds, const char *layer, const char *where = nullptr)
{
    OGRLayerH l = GDALDatasetGetLayerByName(ds, layer);
    if (!l)
        return -1;
    OGR_L_SetAttributeFilter(l, where);
    const qint64 n = OGR_L_GetFeatureCount(l, 1);
    OGR_L_SetAttributeFilter(l, nullptr);
    return n;
}

} // namespace

class TestPackCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void packSample();
    void qgisOpensPack();
    void packedSampleOpens();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_pack;
};

void TestPackCli::initTestCase()
{
    GDALAllRegister();
    m_sample = QStringLiteral(TERRITOIRE_SAMPLE_PROJECT);
    QVERIFY2(QFileInfo::exists(m_sample), qPrintable(m_sample));
}

void TestPackCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --out") << QStringList {QStringLiteral("project.territoire")} << 2
                              << "Usage: territoire-cli pack";
    QTest::newRow("zoom range reversed")
        << QStringList {QStringLiteral("p.territoire"), QStringLiteral("--out"),
                        QStringLiteral("x.gpkg"), QStringLiteral("--basemap-zoom"),
                        QStringLiteral("16-10")}
        << 2 << "Invalid --basemap-zoom \"16-10\"";
    QTest::newRow("time not ISO 8601")
        << QStringList {QStringLiteral("p.territoire"), QStringLiteral("--out"),
                        QStringLiteral("x.gpkg"), QStringLiteral("--from"),
                        QStringLiteral("12/01/2021")}
        << 2 << "Invalid time \"12/01/2021\"";
    QTest::newRow("period reversed") << QStringList {QStringLiteral("p.territoire"),
                                                     QStringLiteral("--out"),
                                                     QStringLiteral("x.gpkg"),
                                                     QStringLiteral("--from"),
                                                     QStringLiteral("2026-01-01T00:00:00Z"),
                                                     QStringLiteral("--to"),
                                                     QStringLiteral("2025-01-01T00:00:00Z")}
                                     << 2 << "is not before --to";
    QTest::newRow("named cache missing")
        << QStringList {QStringLiteral("p.territoire"), QStringLiteral("--out"),
                        QStringLiteral("x.gpkg"), QStringLiteral("--cache"),
                        QStringLiteral("/nonexistent/observations.sqlite")}
        << 1 << "/nonexistent/observations.sqlite";
    QTest::newRow("missing project")
        << QStringList {QStringLiteral("/nonexistent/p.territoire"), QStringLiteral("--out"),
                        QStringLiteral("x.gpkg")}
        << 1 << "/nonexistent/p.territoire";
}

void TestPackCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(QStringList {QStringLiteral("pack")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestPackCli::packSample()
{
    TERRITOIRE_SHARED_FILE(osm,
                           "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
    TERRITOIRE_SHARED_FILE(inventory, "cases/csv-pmr-parking-schema/parkings-pmr.csv");
    TERRITOIRE_SHARED_FILE(dem, "data/dem-srtm/N47E007.hgt");
    m_pack = m_dir.filePath(QStringLiteral("exercise.gpkg"));
    const Run run = cli({QStringLiteral("pack"), m_sample, QStringLiteral("--out"), m_pack,
                         QStringLiteral("--offline"), QStringLiteral("--from"),
                         QStringLiteral("2021-01-12T00:00:00Z"), QStringLiteral("--to"),
                         QStringLiteral("2021-01-13T00:00:00Z")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("vector layers: 7, rasters: 1")), qPrintable(run.out));
    // The size before and after, as the issue asks.
    static const QRegularExpression size(
        QStringLiteral("size before: ([0-9.]+) (MB|KB), after: ([0-9.]+) (MB|KB)"));
    const auto m = size.match(run.out);
    QVERIFY2(m.hasMatch(), qPrintable(run.out));
    QVERIFY(m.captured(1).toDouble() > 0 && m.captured(3).toDouble() > 0);
    QVERIFY2(run.err.contains(QStringLiteral("[100%]")), qPrintable(run.err));

    GDALDatasetH ds = GDALOpenEx(m_pack.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                 nullptr, nullptr, nullptr);
    QVERIFY(ds);
    // Attribute filters are applied in the pack: QGIS sees the buildings, not every polygon.
    const qint64 buildings = featureCount(ds, "l_osm_buildings");
    QVERIFY2(buildings > 0
                 && buildings == featureCount(ds, "l_osm_buildings", "building IS NOT NULL"),
             qPrintable(QString::number(buildings)));
    QVERIFY(featureCount(ds, "l_osm_admin") < buildings);
    QCOMPARE(featureCount(ds, "l_osm_roads", "highway IS NULL"), qint64(0));
    QCOMPARE(featureCount(ds, "layer_styles"), qint64(7));
    // The routing extract and the bay inventory travel in the pack.
    OGRLayerH files = GDALDatasetExecuteSQL(
        ds, "SELECT name, size FROM territoire_files ORDER BY name", nullptr, nullptr);
    QVERIFY(files);
    QStringList names;
    while (OGRFeatureH f = OGR_L_GetNextFeature(files)) {
        names << QString::fromUtf8(OGR_F_GetFieldAsString(f, 0));
        if (names.last() == QFileInfo(osm).fileName())
            QCOMPARE(OGR_F_GetFieldAsInteger64(f, 1), QFileInfo(osm).size());
        OGR_F_Destroy(f);
    }
    GDALDatasetReleaseResultSet(ds, files);
    GDALClose(ds);
    QVERIFY2(names.contains(QFileInfo(osm).fileName()), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QFileInfo(inventory).fileName()), qPrintable(names.join(u',')));
    GDALDatasetH raster = GDALOpenEx(("GPKG:" + m_pack + ":r_dem_srtm").toUtf8().constData(),
                                     GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    QVERIFY(raster);
    QVERIFY(GDALGetRasterXSize(raster) > 100);
    GDALClose(raster);
}

void TestPackCli::qgisOpensPack()
{
    QVERIFY2(!m_pack.isEmpty(), "packSample must run first");
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
        QSKIP("python3-qgis is not installed: QGIS cannot be checked here");
    QProcess qgis;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    qgis.setProcessEnvironment(env);
    qgis.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(TERRITOIRE_QGIS_CHECK_SCRIPT), m_pack});
    QVERIFY(qgis.waitForFinished(120000));
    const QString out = QString::fromUtf8(qgis.readAllStandardOutput());
    QVERIFY2(qgis.exitCode() == 0, qPrintable(out + qgis.readAllStandardError()));
    // QGIS reads every vector table with the style stored for it, and the raster.
    QVERIFY2(out.contains(QStringLiteral("l_departement valid styled #f3efe4")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("l_communes valid styled")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("r_dem_srtm raster valid")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("NOT")), qPrintable(out));
}

void TestPackCli::packedSampleOpens()
{
    // Bays and routing come from the pack: the inventory and the walking network are the
    // embedded copies, and the trainer's bay events have their parking feed.
    QVERIFY2(!m_pack.isEmpty(), "packSample must run first");
    OfflinePack pack;
    Project project;
    QString error;
    QVERIFY2(loadProjectOrPack(m_pack, &project, &error, &pack), qPrintable(error));
    QVERIFY(NetworkPolicy::instance().isOffline());
    QCOMPARE(pack.recordedFrom(), QDateTime(QDate(2021, 1, 12), QTime(0, 0), Qt::UTC));
    const ParkingConfig parking
        = ParkingConfig::fromJson(project.section(QStringLiteral("parking")), project.directory());
    QCOMPARE(parking.sources.size(), 1);
    QVERIFY2(parking.sources.first().path.startsWith(pack.extractDir()),
             qPrintable(parking.sources.first().path));
    QVERIFY2(parking.routingNetwork.startsWith(pack.extractDir()),
             qPrintable(parking.routingNetwork));
    QVERIFY(std::any_of(parking.feeds.cbegin(), parking.feeds.cend(), [](const auto &f) {
        return f.id == ExerciseScenario::exerciseBayFeedId();
    }));
    const LoadedInventories bays = loadInventories(parking);
    QVERIFY2(bays.bays.size() >= 2, qPrintable(bays.errors.join(u'\n')));
    const OsmReadResult network = OsmGraphReader().read(parking.routingNetwork);
    QVERIFY2(network.graph && network.graph->ways().size() > 100, qPrintable(network.error));
    for (const ProjectLayer &layer : project.layers()) {
        if (layer.type == QLatin1String("vector") || layer.type == QLatin1String("raster"))
            QVERIFY2(layer.source.contains(m_pack), qPrintable(layer.id + u' ' + layer.source));
    }
}

QTEST_GUILESS_MAIN(TestPackCli)
#include "tst_pack_cli.moc"
