#include "base/Project.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <unistd.h>

using namespace territoire;

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }
    void roundTripKeepsEverything();
    void sourcesAreStoredRelative();
    void gdalSubdatasetsKeptAsTheyAre();
    void badFilesNameTheFileAndReason_data();
    void badFilesNameTheFileAndReason();
    void failedLoadLeavesProjectUnchanged();
    void saveReplacesTheFileAtomically();
};

void TestProject::roundTripKeepsEverything()
{
    QTemporaryDir dir;
    Project project;
    project.setTitle(QStringLiteral("Territoire de Belfort"));
    project.setMapCrs(Crs::fromEpsg(3857));
    project.setExtent(QRectF(QPointF(1, 2), QPointF(3, 4)));
    ProjectLayer layer;
    layer.id = project.uniqueLayerId(QStringLiteral("Communes 90"));
    layer.type = QStringLiteral("vector");
    layer.source = dir.filePath(QStringLiteral("data/communes.geojson"));
    layer.name = QStringLiteral("Communes");
    layer.opacity = 0.5;
    layer.visible = false;
    layer.crsOverride = QStringLiteral("EPSG:2154");
    layer.style = QJsonObject {{"renderer", "single"}};
    project.layers().append(layer);
    project.setSection(QStringLiteral("gauges"), QJsonObject {{"interval", 300}});

    const QString path = dir.filePath(QStringLiteral("p.territoire"));
    QString error;
    QVERIFY2(project.save(path, &error), qPrintable(error));
    Project loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QCOMPARE(loaded.title(), project.title());
    QCOMPARE(loaded.mapCrs().epsg(), 3857);
    QCOMPARE(loaded.extent(), project.extent());
    QCOMPARE(loaded.layers().size(), 1);
    const ProjectLayer &l = loaded.layers().first();
    QCOMPARE(l.id, QStringLiteral("communes_90"));
    QCOMPARE(l.source, layer.source);
    QCOMPARE(l.opacity, 0.5);
    QCOMPARE(l.visible, false);
    QCOMPARE(l.crsOverride, layer.crsOverride);
    QCOMPARE(l.style, layer.style);
    QCOMPARE(loaded.section(QStringLiteral("gauges"))["interval"].toInt(), 300);
}

void TestProject::sourcesAreStoredRelative()
{
    QTemporaryDir dir;
    Project project;
    ProjectLayer layer;
    layer.source = dir.filePath(QStringLiteral("data/x.gpkg"));
    project.layers().append(layer);
    ProjectLayer pg;
    pg.source = QStringLiteral("PG:dbname=gis host=127.0.0.1");
    project.layers().append(pg);
    QVERIFY(project.save(dir.filePath(QStringLiteral("sub/../p.territoire")), nullptr));
    QFile file(dir.filePath(QStringLiteral("p.territoire")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("\"data/x.gpkg\""), text.constData());
    QVERIFY(text.contains("PG:dbname=gis host=127.0.0.1"));
}

void TestProject::gdalSubdatasetsKeptAsTheyAre()
{
    // A raster table of a GeoPackage (an offline pack) is a GDAL subdataset name: neither made
    // relative on save nor prefixed with the project folder on load.
    QTemporaryDir dir;
    const QString subdataset = QStringLiteral("GPKG:") + dir.filePath(QStringLiteral("x.gpkg"))
        + QStringLiteral(":r_dem_srtm");
    Project project;
    ProjectLayer layer;
    layer.source = subdataset;
    project.layers().append(layer);
    const QString path = dir.filePath(QStringLiteral("sub/p.territoire"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    QVERIFY(project.save(path, nullptr));
    QString error;
    Project loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QCOMPARE(loaded.layers().first().source, subdataset);
}

void TestProject::badFilesNameTheFileAndReason_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated JSON")
        << QByteArray("{\"format\": \"territoire-pro") << "invalid JSON";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("other format") << QByteArray("{\"format\": \"qgis\"}")
                                  << "not a Territoire project";
    QTest::newRow("NUL bytes") << QByteArray(64, '\0') << "invalid JSON";
    QTest::newRow("unknown CRS") << QByteArray(
        "{\"format\": \"territoire-project\", \"version\": 1, \"crs\": \"EPSG:999999\"}")
                                 << "unknown map CRS";
}

void TestProject::badFilesNameTheFileAndReason()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.territoire"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Project project;
    QString error;
    QVERIFY(!project.load(path, &error));
    QVERIFY2(error.contains(QStringLiteral("bad.territoire")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestProject::failedLoadLeavesProjectUnchanged()
{
    Project project;
    project.setTitle(QStringLiteral("kept"));
    QString error;
    QVERIFY(!project.load(QStringLiteral("/nonexistent/missing.territoire"), &error));
    QVERIFY(error.contains(QStringLiteral("missing.territoire")));
    QCOMPARE(project.title(), QStringLiteral("kept"));
}

// Saving writes a new file and renames it over the old one: a hard link to the old file keeps the
// old content (an in-place write would change both), and no temporary file is left behind.
void TestProject::saveReplacesTheFileAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atomic.territoire"));
    const QString link = dir.filePath(QStringLiteral("old-version.territoire"));
    Project project;
    project.setTitle(QStringLiteral("first"));
    QString error;
    QVERIFY2(project.save(path, &error), qPrintable(error));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);

    project.setTitle(QStringLiteral("second"));
    QVERIFY2(project.save(path, &error), qPrintable(error));
    Project reread;
    QVERIFY(reread.load(path, &error));
    QCOMPARE(reread.title(), QStringLiteral("second"));
    Project old;
    QVERIFY(old.load(link, &error));
    QCOMPARE(old.title(), QStringLiteral("first"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);

    // A save that cannot be written names the file and leaves nothing behind.
    const QString nowhere = dir.filePath(QStringLiteral("missing-folder/p.territoire"));
    QVERIFY(!project.save(nowhere, &error));
    QVERIFY2(error.contains(QLatin1String("p.territoire")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
