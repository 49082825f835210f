#include "CliRun.h"
#include "SharedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace territoire::test;

namespace {

QJsonArray layersOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("layers")).toArray();
}

} // namespace

// territoire-cli info: text and JSON descriptions, exit codes 0 / 1 / 2.
class TestCliInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void communesAsJson()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        const Run run = runCli({"info", path, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray layers = layersOf(run);
        QCOMPARE(layers.size(), 1);
        const QJsonObject layer = layers.first().toObject();
        QCOMPARE(layer.value("name").toString(),
                 QStringLiteral("communes-90-territoire-de-belfort"));
        QVERIFY(layer.value("geometry").toString().contains(QLatin1String("Polygon")));
        QCOMPARE(layer.value("features").toInt(), 102);
        QCOMPARE(layer.value("crs").toString(), QStringLiteral("EPSG:4326"));
        const QJsonArray extent = layer.value("extent").toArray();
        QCOMPARE(extent.size(), 4);
        QVERIFY2(qAbs(extent[0].toDouble() - 6.75625) < 1e-4
                     && qAbs(extent[3].toDouble() - 47.82505) < 1e-4,
                 QJsonDocument(extent).toJson().constData());
        QCOMPARE(layer.value("fields").toArray(), QJsonArray({"code", "nom"}));
        QCOMPARE(layer.value("warnings").toArray().size(), 0);
    }

    void warningsAndSuggestedCrs()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geojson-legacy-crs/c_no_crs_projected.geojson");
        const Run run = runCli({"info", "--json", path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject layer = layersOf(run).first().toObject();
        QCOMPARE(layer.value("features").toInt(), 2);
        QCOMPARE(layer.value("crs").toString(), QStringLiteral("EPSG:4326"));
        QCOMPARE(layer.value("suggestedCrs").toString(), QStringLiteral("EPSG:2154"));
        const QJsonArray extent = layer.value("extent").toArray();
        QCOMPARE(extent[0].toDouble(), 989413.82);
        QCOMPARE(extent[3].toDouble(), 6734344.21);
        const QString warnings = QJsonDocument(layer.value("warnings").toArray()).toJson();
        QVERIFY2(warnings.contains(QLatin1String("c_no_crs_projected.geojson"))
                     && warnings.contains(QLatin1String("out of range")),
                 qPrintable(warnings));
    }

    void shapefileEncodingAndLambert93()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/dbf-encoding-accents/lieux_cp1252_nocpg.shp");
        const Run run = runCli({"info", "--json", path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject layer = layersOf(run).first().toObject();
        QCOMPARE(layer.value("geometry").toString(), QStringLiteral("Point"));
        QCOMPARE(layer.value("features").toInt(), 6);
        QCOMPARE(layer.value("crs").toString(), QStringLiteral("EPSG:2154"));
        QCOMPARE(layer.value("fields").toArray(),
                 QJsonArray({"id", "insee", "commune", "libelle"}));
        QCOMPARE(layer.value("encoding").toString(), QStringLiteral("windows-1252"));
    }

    void osmSublayers()
    {
        TERRITOIRE_SHARED_FILE(
            path, "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
        const Run run = runCli({"info", "--json", path});
        QCOMPARE(run.exitCode, 0);
        QStringList names;
        for (const QJsonValue &v : layersOf(run))
            names.append(v.toObject().value("name").toString());
        QVERIFY2(names.contains("points") && names.contains("lines")
                     && names.contains("multipolygons"),
                 qPrintable(names.join(',')));
    }

    void demRaster()
    {
        TERRITOIRE_SHARED_FILE(path, "data/dem-srtm/N47E007.hgt");
        const Run run = runCli({"info", "--json", path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject layer = layersOf(run).first().toObject();
        QCOMPARE(layer.value("geometry").toString(), QStringLiteral("Raster"));
        QCOMPARE(layer.value("crs").toString(), QStringLiteral("EPSG:4326"));
        QCOMPARE(layer.value("size").toArray(), QJsonArray({1201, 1201}));
    }

    void sampleProject()
    {
        TERRITOIRE_SHARED_FILE(data, "data/admin-boundaries");
        const QString project = QStringLiteral(TERRITOIRE_SOURCE_DIR)
            + QStringLiteral("/resources/samples/territoire-de-belfort.territoire");
        const Run run = runCli({"info", "--json", project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray layers = layersOf(run);
        QStringList names;
        for (const QJsonValue &v : layers)
            names.append(v.toObject().value("name").toString());
        QVERIFY2(names.contains(QStringLiteral("Communes"))
                     && names.contains(QStringLiteral("Routes (OSM)")),
                 qPrintable(names.join(',')));
        for (const QJsonValue &v : layers) {
            const QJsonObject layer = v.toObject();
            if (layer.value("name").toString() == QLatin1String("Communes"))
                QCOMPARE(layer.value("features").toInt(), 102);
        }
    }

    void textOutput()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/cantons-90-territoire-de-belfort.geojson");
        const Run run = runCli({"info", path});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QLatin1String("EPSG:4326")) && text.contains(QLatin1String("9")),
                 qPrintable(text));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
            << QStringList {"info", "/nonexistent/communes.gpkg"} << 1 << "communes.gpkg";
        QTest::newRow("missing project")
            << QStringList {"info", "/nonexistent/sample.territoire"} << 1 << "sample.territoire";
        QTest::newRow("no source") << QStringList {"info"} << 2 << "";
        QTest::newRow("two sources") << QStringList {"info", "a.gpkg", "b.gpkg"} << 2 << "";
        QTest::newRow("unknown option")
            << QStringList {"info", "--frobnicate", "a.gpkg"} << 2 << "frobnicate";
        QTest::newRow("help") << QStringList {"info", "--help"} << 0 << "";
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // The language: the system locale (LC_ALL / LANG), overridden by TERRITOIRE_LANG or a
    // global --lang. Qt reads the variables itself: no generated fr_FR locale is needed.
    void language_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QStringList french {"LC_ALL=fr_FR.UTF-8", "LANG=fr_FR.UTF-8"};
        const QStringList c {"LC_ALL=C.UTF-8", "LANG=C.UTF-8"};
        QTest::newRow("fr locale")
            << french << QStringList {"--help"} << "Utilisation : territoire-cli COMMANDE";
        QTest::newRow("C locale") << c << QStringList {"--help"} << "Usage: territoire-cli COMMAND";
        QTest::newRow("--lang fr") << c << QStringList {"--lang", "fr", "--help"}
                                   << "Utilisation : territoire-cli COMMANDE";
        QTest::newRow("--lang=en")
            << french << QStringList {"--lang=en", "--help"} << "Usage: territoire-cli COMMAND";
        QTest::newRow("TERRITOIRE_LANG=en")
            << french + QStringList {"TERRITOIRE_LANG=en"} << QStringList {"--help"}
            << "Usage: territoire-cli COMMAND";
        QTest::newRow("TERRITOIRE_LANG=fr")
            << c + QStringList {"TERRITOIRE_LANG=fr"} << QStringList {"--help"}
            << "Utilisation : territoire-cli COMMANDE";
    }
    void language()
    {
        QFETCH(QStringList, environment);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "TERRITOIRE_LANG"})
            env.remove(QString::fromLatin1(name));
        for (const QString &pair : environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TERRITOIRE_CLI), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void corruptGeoPackage()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("broken.gpkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(2000, '\x7f'));
        file.close();
        const Run run = runCli({"info", "--json", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("broken.gpkg")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliInfo)
#include "tst_cli_info.moc"
