// territoire-cli export-pdf on projects built from the shared data: the pdf-scale-dpi case on
// the command line, usage errors, a missing project and an atlas of the communes.
#include "PdfTools.h"
#include "SharedData.h"

#include "base/Project.h"
#include "export/LayoutStore.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeUnits.h"
#include "feeds/gauges/HubEau.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace territoire;
using namespace territoire::test;

namespace {

const QString cli = QStringLiteral(TERRITOIRE_BINARY_DIR "/app/cli/territoire-cli");

int runCli(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(cli, QStringList {QStringLiteral("export-pdf")} + arguments);
    if (!process.waitForFinished(600000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

ProjectLayer vectorLayer(const QString &id, const QString &path)
{
    ProjectLayer layer;
    layer.id = id;
    layer.name = id;
    layer.type = QStringLiteral("vector");
    layer.source = path;
    return layer;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scaleCase_data();
    void scaleCase();
    void usageErrors_data();
    void usageErrors();
    void missingProject();
    void framingOutsideLayers_data();
    void framingOutsideLayers();
    void atlasOfCommunes();
    void storedLayoutAndOptions_data();
    void storedLayoutAndOptions();
    void liveGaugesWithTheirTime();
    void legendListsOnlyUsedCategories();

private:
    QString writeProject(const QString &name, const QList<ProjectLayer> &layers);
    QTemporaryDir m_dir;
};

void TestExportCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(cli), qPrintable(cli));
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITOIRE_KEEP_TEST_FILES"));
}

QString TestExportCli::writeProject(const QString &name, const QList<ProjectLayer> &layers)
{
    Project project;
    project.setTitle(QString::fromUtf8("Essai d’échelle — Belfort"));
    project.setMapCrs(Crs::lambert93());
    project.layers() = layers;
    const QString path = m_dir.filePath(name);
    QString error;
    if (!project.save(path, &error))
        qWarning() << error;
    return path;
}

void TestExportCli::scaleCase_data()
{
    QTest::addColumn<int>("dpi");
    for (int dpi : {72, 300, 1200})
        QTest::addRow("%d dpi", dpi) << dpi;
}

void TestExportCli::scaleCase()
{
    QFETCH(int, dpi);
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TERRITOIRE_SHARED_FILE(ruler, "cases/pdf-scale-dpi/ruler_500m_l93.shp");
    const QString project = writeProject(QStringLiteral("scale.territoire"),
                                         {vectorLayer(QStringLiteral("grid_1km_l93"), grid),
                                          vectorLayer(QStringLiteral("ruler_500m_l93"), ruler)});
    const QString pdf = m_dir.filePath(QStringLiteral("scale-%1.pdf").arg(dpi));
    QString output;
    const int code = runCli(
        {project, QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("A4"),
         QStringLiteral("--orientation"), QStringLiteral("landscape"), QStringLiteral("--scale"),
         QStringLiteral("10000"), QStringLiteral("--center"), QStringLiteral("990000,6733000"),
         QStringLiteral("--dpi"), QString::number(dpi)},
        &output);
    QVERIFY2(code == 0, qPrintable(output));

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("841.89 x 595.28 pts")), qPrintable(info));
    const QString text
        = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    QVERIFY2(text.contains(QLatin1String("1:10 000")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Essai d’échelle — Belfort")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("grid_1km_l93")), qPrintable(text));

    // GDAL reads Lambert-93 and a pixel size of exactly 1:10 000 at its 150 dpi, centred on
    // the asked centre.
    const QJsonObject gdal = gdalInfo(pdf);
    const QString wkt = gdal.value(QStringLiteral("coordinateSystem"))
                            .toObject()
                            .value(QStringLiteral("wkt"))
                            .toString();
    QVERIFY2(wkt.contains(QLatin1String("ID[\"EPSG\",2154]")), qPrintable(wkt));
    const QJsonArray gt = gdal.value(QStringLiteral("geoTransform")).toArray();
    QCOMPARE(gt.size(), 6);
    const double gdalDpi
        = gdal.value(QStringLiteral("size")).toArray().at(0).toDouble() / 297.0 * 25.4;
    const double expected = 10000 * 0.0254 / gdalDpi;
    QVERIFY2(qAbs(gt[1].toDouble() - expected) < expected * 1e-3,
             qPrintable(QString::number(gt[1].toDouble())));
    QVERIFY2(qAbs(-gt[5].toDouble() - expected) < expected * 1e-3,
             qPrintable(QString::number(gt[5].toDouble())));
    QVERIFY(QFileInfo(pdf).size() < 200 * 1024);
}

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no project") << QStringList {QStringLiteral("--out"), QStringLiteral("x.pdf")};
    QTest::newRow("no --out") << QStringList {QStringLiteral("p.territoire")};
    QTest::newRow("bad paper") << QStringList {QStringLiteral("p.territoire"),
                                               QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                               QStringLiteral("--paper"), QStringLiteral("B5")};
    QTest::newRow("bad dpi") << QStringList {QStringLiteral("p.territoire"),
                                             QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                             QStringLiteral("--dpi"), QStringLiteral("5")};
    QTest::newRow("bad centre") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--scale"),      QStringLiteral("1000"),  QStringLiteral("--center"),
        QStringLiteral("1;2")};
    QTest::newRow("scale and extent") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--scale"),      QStringLiteral("1000"),  QStringLiteral("--extent"),
        QStringLiteral("0,0,1,1")};
    QTest::newRow("empty extent") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--extent"), QStringLiteral("990000,6733000,990000,6734000")};
    QTest::newRow("reversed extent") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--extent"), QStringLiteral("995000,6733000,990000,6734000")};
    QTest::newRow("bad --at") << QStringList {QStringLiteral("p.territoire"),
                                              QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                              QStringLiteral("--at"), QStringLiteral("yesterday")};
    QTest::newRow("atlas without title field") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--atlas"), QStringLiteral("communes")};
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QString output;
    QCOMPARE(runCli(arguments, &output), 2);
    QVERIFY2(output.contains(QLatin1String("export-pdf")), qPrintable(output));
}

void TestExportCli::missingProject()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.territoire"));
    QString output;
    QCOMPARE(runCli({missing, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("m.pdf"))},
                    &output),
             1);
    QVERIFY2(output.contains(QLatin1String("missing.territoire")), qPrintable(output));
}

// An extent or a centre outside every layer (degrees in a Lambert-93 map) would export an empty
// frame labelled "Scale 1:1": it is refused as a usage error naming the option and the reason.
void TestExportCli::framingOutsideLayers_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("extent in degrees")
        << QStringList {QStringLiteral("--extent"), QStringLiteral("6.8,47.5,7.0,47.7")}
        << QStringLiteral("looks like longitude/latitude; the map CRS is EPSG:2154");
    QTest::newRow("extent far away")
        << QStringList {QStringLiteral("--extent"), QStringLiteral("500000,6000000,510000,6010000")}
        << QStringLiteral("--extent 500000,6000000,510000,6010000 does not intersect any layer");
    QTest::newRow("centre in degrees")
        << QStringList {QStringLiteral("--scale"), QStringLiteral("10000"),
                        QStringLiteral("--center"), QStringLiteral("6.86,47.64")}
        << QStringLiteral("--center 6.86,47.64 is outside every layer");
}

void TestExportCli::framingOutsideLayers()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    const QString project = writeProject(QStringLiteral("outside.territoire"),
                                         {vectorLayer(QStringLiteral("communes"), communes)});
    const QString pdf = m_dir.filePath(QStringLiteral("outside.pdf"));
    QString output;
    QCOMPARE(runCli(QStringList {project, QStringLiteral("--out"), pdf} + options, &output), 2);
    QVERIFY2(output.contains(message), qPrintable(output));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestExportCli::atlasOfCommunes()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    const QString project = writeProject(QStringLiteral("atlas.territoire"),
                                         {vectorLayer(QStringLiteral("communes"), communes)});
    const QString pdf = m_dir.filePath(QStringLiteral("atlas.pdf"));
    QString output;
    const int code = runCli(
        {project, QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("A4"),
         QStringLiteral("--orientation"), QStringLiteral("portrait"), QStringLiteral("--dpi"),
         QStringLiteral("72"), QStringLiteral("--atlas"), QStringLiteral("communes"),
         QStringLiteral("--atlas-title"), QStringLiteral("nom")},
        &output);
    QVERIFY2(code == 0, qPrintable(output));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+102\\n"))),
             qPrintable(info));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QString::fromUtf8("Évette-Salbert")));
}

void TestExportCli::storedLayoutAndOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("scaleText");
    // The stored layout: A3 portrait at 1:20 000 with its own title and author.
    QTest::newRow("stored layout")
        << QStringList {QStringLiteral("--layout"), QStringLiteral("conseil")}
        << "841.89 x 1190.55 pts" << QString::fromUtf8("Réseau — conseil") << "1:20 000";
    QTest::newRow("stored layout, other title and scale")
        << QStringList {QStringLiteral("--layout"), QStringLiteral("conseil"),
                        QStringLiteral("--title"),  QString::fromUtf8("Crue — Belfort"),
                        QStringLiteral("--scale"),  QStringLiteral("5000")}
        << "841.89 x 1190.55 pts" << QString::fromUtf8("Crue — Belfort") << "1:5 000";
    // An extent 5 km wide in a frame of 286 mm gives 1:17 482 (rounded to whole numbers).
    QTest::newRow("A3 landscape fitted on an extent")
        << QStringList {QStringLiteral("--paper"),  QStringLiteral("A3"),
                        QStringLiteral("--extent"), QStringLiteral("987500,6731000,992500,6735000"),
                        QStringLiteral("--title"),  QStringLiteral("Emprise")}
        << "1190.55 x 841.89 pts"
        << "Emprise"
        << "1:";
}

void TestExportCli::storedLayoutAndOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, pageSize);
    QFETCH(QString, title);
    QFETCH(QString, scaleText);
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    // The producer named on the layer in the project is credited on the page.
    ProjectLayer gridLayer = vectorLayer(QStringLiteral("grid_1km_l93"), grid);
    gridLayer.options.insert(QStringLiteral("attribution"),
                             QString::fromUtf8("Département du Territoire de Belfort"));
    const QString path = writeProject(QStringLiteral("stored.territoire"), {gridLayer});
    Project project;
    QString error;
    QVERIFY2(project.load(path, &error), qPrintable(error));
    PrintLayout layout
        = defaultLayout(PageSetup(PageSetup::Paper::A3, PageSetup::Orientation::Portrait),
                        QStringLiteral("conseil"));
    layout.setTitle(QString::fromUtf8("Réseau — conseil"));
    layout.item(LayoutItem::Type::Author)->text = QStringLiteral("Direction des routes");
    layout.map.mode = MapFrameSpec::Mode::Scale;
    layout.map.scale = 20000;
    layout.map.center = QPointF(990000, 6733000);
    LayoutStore::save(project, layout);
    QVERIFY2(project.save(path, &error), qPrintable(error));

    const QString pdf
        = m_dir.filePath(QStringLiteral("stored-%1.pdf").arg(QTest::currentDataTag()));
    QString output;
    QVERIFY2(runCli(QStringList {path, QStringLiteral("--out"), pdf, QStringLiteral("--dpi"),
                                 QStringLiteral("72")}
                        + options,
                    &output)
                 == 0,
             qPrintable(output));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(pageSize), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Title:           ") + title), qPrintable(info));
    const QString text
        = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    QVERIFY2(text.contains(title), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Scale ") + scaleText), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Sources: Département du Territoire de Belfort")),
             qPrintable(text));
    if (options.contains(QStringLiteral("--layout")))
        QVERIFY2(text.contains(QLatin1String("Direction des routes")), qPrintable(text));
    if (options.contains(QStringLiteral("--extent"))) {
        // The whole extent is shown: GDAL reads a frame at least 5 km x 4 km around it.
        const QJsonArray gt = gdalInfo(pdf).value(QStringLiteral("geoTransform")).toArray();
        QCOMPARE(gt.size(), 6);
        QVERIFY2(gt[0].toDouble() < 987500, qPrintable(QString::number(gt[0].toDouble())));
        QVERIFY2(gt[3].toDouble() > 6735000, qPrintable(QString::number(gt[3].toDouble())));
    }
}

void TestExportCli::liveGaugesWithTheirTime()
{
    // A recorded Hub'Eau answer (one height at 2026-08-27T08:00:00Z) in an observation cache.
    TERRITOIRE_SHARED_FILE(answer,
                           "data/hubeau-hydrometrie/observations_tr_K447001001_H_2026-09-13.json");
    QFile file(answer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const hubeau::ObservationsPage page
        = hubeau::parseObservations(file.readAll(), gauge::hubEauFeedId());
    QCOMPARE(page.observations.size(), 1);
    const QString cachePath = m_dir.filePath(QStringLiteral("observations.sqlite"));
    {
        ObservationCache cache(cachePath);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QCOMPARE(cache.store(page.observations, &error), 1);
    }

    // A project with the station (La Loire à Blois) on a gauges layer.
    ProjectLayer gauges;
    gauges.id = QStringLiteral("gauges");
    gauges.name = QStringLiteral("Stations Hub'Eau");
    gauges.type = QStringLiteral("gauges");
    gauges.source = QStringLiteral("hubeau");
    gauges.options.insert(
        QStringLiteral("stations"),
        QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("K447001001")},
                                 {QStringLiteral("name"), QString::fromUtf8("La Loire à Blois")},
                                 {QStringLiteral("river"), QStringLiteral("La Loire")},
                                 {QStringLiteral("lon"), 1.335147948},
                                 {QStringLiteral("lat"), 47.584957074}}});
    const QString project = writeProject(QStringLiteral("gauges.territoire"), {gauges});
    const QString pdf = m_dir.filePath(QStringLiteral("gauges.pdf"));
    QString output;
    const int code = runCli({project, QStringLiteral("--out"), pdf, QStringLiteral("--dpi"),
                             QStringLiteral("72"), QStringLiteral("--scale"),
                             QStringLiteral("25000"), QStringLiteral("--center"),
                             QStringLiteral("574873,6721828"), QStringLiteral("--cache"), cachePath,
                             QStringLiteral("--at"), QStringLiteral("2026-08-27T09:30:00Z")},
                            &output);
    QVERIFY2(code == 0, qPrintable(output));
    const QString text
        = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    // The observation time shown (French summer time), its producer, the gauge in the legend.
    QVERIFY2(text.contains(QLatin1String("Live data observed at 27/08/2026 10:00 CEST")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Hub'Eau")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Stations Hub'Eau")), qPrintable(text));

    // A cache that does not exist is an error naming it.
    QVERIFY(runCli({project, QStringLiteral("--out"), pdf, QStringLiteral("--cache"),
                    m_dir.filePath(QStringLiteral("none.sqlite"))},
                   &output)
            == 1);
    QVERIFY2(output.contains(QLatin1String("none.sqlite")), qPrintable(output));
}

// The sample project's OSM line layers: the legend of the roads lists no waterway and the
// legend of the rivers no road class (only categories some feature falls in).
void TestExportCli::legendListsOnlyUsedCategories()
{
    TERRITOIRE_SHARED_FILE(osm, "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm");
    auto osmLines = [&](const QString &name, const QString &filter) {
        ProjectLayer layer = vectorLayer(name, osm);
        layer.sublayer = QStringLiteral("lines");
        layer.options.insert(QStringLiteral("filter"), filter);
        return layer;
    };
    const QString project
        = writeProject(QStringLiteral("osm-legend.territoire"),
                       {osmLines(QStringLiteral("Rivers"), QStringLiteral("waterway IS NOT NULL")),
                        osmLines(QStringLiteral("Roads"), QStringLiteral("highway IS NOT NULL"))});
    const QString pdf = m_dir.filePath(QStringLiteral("osm-legend.pdf"));
    QString output;
    const int code = runCli({project, QStringLiteral("--out"), pdf, QStringLiteral("--paper"),
                             QStringLiteral("A3"), QStringLiteral("--orientation"),
                             QStringLiteral("landscape")},
                            &output);
    QVERIFY2(code == 0, qPrintable(output));
    const QStringList lines
        = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(QLatin1Char('\n'));
    // Rows of a layer's group: from its name to the next layer name or the blank line.
    auto group = [&](const QString &name, const QString &next) {
        QStringList rows;
        qsizetype i = lines.indexOf(name);
        if (i < 0)
            return rows;
        for (++i; i < lines.size() && lines[i] != next && !lines[i].trimmed().isEmpty(); ++i)
            rows.append(lines[i].trimmed());
        return rows;
    };
    const QStringList roads = group(QStringLiteral("Roads"), QStringLiteral("Rivers"));
    const QStringList rivers = group(QStringLiteral("Rivers"), QStringLiteral("Roads"));
    const QString all = lines.join(QLatin1Char('|'));
    QVERIFY2(roads.contains(QStringLiteral("Residential road")), qPrintable(all));
    QVERIFY2(rivers.contains(QStringLiteral("Stream")), qPrintable(all));
    for (const QString &water : {QStringLiteral("River"), QStringLiteral("Canal"),
                                 QStringLiteral("Stream"), QStringLiteral("Ditch or drain")})
        QVERIFY2(!roads.contains(water), qPrintable(water + QStringLiteral(": ") + all));
    for (const QString &row : rivers)
        QVERIFY2(!row.endsWith(QLatin1String(" road")) && row != QLatin1String("Railway")
                     && row != QLatin1String("Other"),
                 qPrintable(row + QStringLiteral(": ") + all));
    QVERIFY2(!roads.contains(QStringLiteral("Motorway")), qPrintable(all));
}

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
