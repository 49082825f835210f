#include "base/Project.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace territoire;

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }
    void roundTripKeepsEverything();
    void sourcesAreStoredRelative();
    void badFilesNameTheFileAndReason_data();
    void badFilesNameTheFileAndReason();
    void failedLoadLeavesProjectUnchanged();
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

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
