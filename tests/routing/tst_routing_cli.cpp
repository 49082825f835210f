#include "SharedData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TERRITOIRE_LANG"), QStringLiteral("en")); // messages checked below
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TERRITOIRE_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject routeProperties(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("features"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("properties"))
        .toObject();
}

} // namespace

class TestRoutingCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }
    void routeJson_data();
    void routeJson();
    void noCompliantRoute();
    void slopesFromTheDem();
    void disconnectedWays();
    void farPoint();
    void badInput_data();
    void badInput();
    void humanSummary();
    void missingDem();
    void unverifiedStretches();
    void coverageGeoPackage();
    void coverageDestinations();
    void coverageOpensInQgis();
};

void TestRoutingCli::routeJson_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<double>("length");
    QTest::newRow("H to G, oneway:foot") << "6.8799212,47.6383783"
                                         << "6.8796552,47.6383872"
                                         << "norm-2007" << 80.06;
    QTest::newRow("A to B, ramp") << "6.8795898,47.6374881"
                                  << "6.8796160,47.6378477"
                                  << "norm-2007" << 80.06;
    QTest::newRow("A to B walking") << "6.8795898,47.6374881"
                                    << "6.8796160,47.6378477"
                                    << "pedestrian" << 40.03;
}

void TestRoutingCli::routeJson()
{
    TERRITOIRE_SHARED_FILE(osm, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, profile);
    QFETCH(double, length);
    const Run run = runCli({QStringLiteral("route"), QStringLiteral("--osm"), osm,
                            QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                            QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject p = routeProperties(run.out);
    QVERIFY2(std::abs(p.value(QStringLiteral("length_m")).toDouble() - length) <= 0.5,
             run.out.constData());
    QCOMPARE(p.value(QStringLiteral("profile")).toString(), profile);
    QCOMPARE(p.value(QStringLiteral("compliant")).toBool(), true);
    QVERIFY(p.value(QStringLiteral("duration_s")).toDouble() > 0);
    QVERIFY(p.value(QStringLiteral("warnings")).isArray());
    QVERIFY(!p.value(QStringLiteral("stretches")).toArray().isEmpty());
}

void TestRoutingCli::noCompliantRoute()
{
    TERRITOIRE_SHARED_FILE(osm, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const Run run
        = runCli({QStringLiteral("route"), QStringLiteral("--osm"), osm, QStringLiteral("--from"),
                  QStringLiteral("6.8795898,47.6374881"), QStringLiteral("--to"),
                  QStringLiteral("6.8796552,47.6383872"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject p = routeProperties(run.out);
    QCOMPARE(p.value(QStringLiteral("compliant")).toBool(), false);
    const QJsonArray blocked = p.value(QStringLiteral("blocked_by")).toArray();
    QCOMPARE(blocked.size(), 2);
    QCOMPARE(blocked[0].toObject().value(QStringLiteral("way_id")).toInteger(), 6108);
    QVERIFY(std::abs(p.value(QStringLiteral("length_m")).toDouble() - 140.11) <= 0.5);
    QVERIFY2(run.err.contains(QStringLiteral("wheelchair=limited")), qPrintable(run.err));
}

// Delle (Belfort-sud): no incline tag in the extract; with the SRTM tile the slopes come from
// the DEM and say so; without it they are unknown, never 0.
void TestRoutingCli::slopesFromTheDem()
{
    TERRITOIRE_SHARED_FILE(osm,
                           "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
    TERRITOIRE_SHARED_FILE(dem, "data/dem-srtm/N47E007.hgt");
    const QStringList query {QStringLiteral("route"),
                             QStringLiteral("--osm"),
                             osm,
                             QStringLiteral("--from"),
                             QStringLiteral("7.001546,47.507924"),
                             QStringLiteral("--to"),
                             QStringLiteral("7.006143,47.510364"),
                             QStringLiteral("--json")};
    for (const bool withDem : {true, false}) {
        const Run run
            = runCli(withDem ? query + QStringList {QStringLiteral("--dem"), dem} : query);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject p = routeProperties(run.out);
        QVERIFY(std::abs(p.value(QStringLiteral("length_m")).toDouble() - 644.3) < 1.0);
        int fromDem = 0, unknown = 0;
        for (const QJsonValue &value : p.value(QStringLiteral("stretches")).toArray()) {
            const QJsonObject stretch = value.toObject();
            const QString source = stretch.value(QStringLiteral("slope_source")).toString();
            if (source == QLatin1String("dem")) {
                ++fromDem;
                // Delle's streets: gentle, and a number, not a placeholder.
                QVERIFY(std::abs(stretch.value(QStringLiteral("slope")).toDouble()) < 0.15);
            } else {
                QCOMPARE(source, QStringLiteral("unknown"));
                QVERIFY(stretch.value(QStringLiteral("slope")).isNull());
                ++unknown;
            }
        }
        const bool warned = p.value(QStringLiteral("warnings"))
                                .toVariant()
                                .toStringList()
                                .join(QLatin1Char('\n'))
                                .contains(QLatin1String("does not cover the whole route"));
        QVERIFY(!warned); // the tile covers the route itself (from 7.0015° E)
        if (withDem)
            QVERIFY2(fromDem >= 4, qPrintable(QString::number(fromDem)));
        else
            QCOMPARE(fromDem, 0);
        QVERIFY(unknown >= 1); // the first street starts west of the tile (7° E)
    }
}

// osm-incline-values: 16 ways that share no node. From way 1000 to way 1001 there is no
// route at all, relaxed or not: exit status 3, the reason and an empty blocked_by[].
void TestRoutingCli::disconnectedWays()
{
    TERRITOIRE_SHARED_FILE(osm, "cases/osm-incline-values/incline-values.osm");
    const Run run
        = runCli({QStringLiteral("route"), QStringLiteral("--osm"), osm, QStringLiteral("--from"),
                  QStringLiteral("6.8633024,47.6335224"), QStringLiteral("--to"),
                  QStringLiteral("6.8636009,47.6339631"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    QVERIFY(json.value(QStringLiteral("features")).toArray().isEmpty());
    QVERIFY(json.value(QStringLiteral("blocked_by")).isArray());
    QVERIFY2(
        json.value(QStringLiteral("error")).toString().contains(QStringLiteral("do not connect")),
        run.out.constData());
    QVERIFY2(run.err.contains(QStringLiteral("do not connect")), qPrintable(run.err));
}

void TestRoutingCli::farPoint()
{
    TERRITOIRE_SHARED_FILE(osm, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const Run run = runCli({QStringLiteral("route"), QStringLiteral("--osm"), osm,
                            QStringLiteral("--from"), QStringLiteral("6.88,47.63"),
                            QStringLiteral("--to"), QStringLiteral("6.8796552,47.6383872")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no footway within 50 m of 6.88,47.63")),
             qPrintable(run.err));
}

void TestRoutingCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing options") << QStringList {QStringLiteral("route")} << 2 << "--osm";
    QTest::newRow("bad coordinates")
        << QStringList {QStringLiteral("route"),  QStringLiteral("--osm"), QStringLiteral("x.osm"),
                        QStringLiteral("--from"), QStringLiteral("6.8"),   QStringLiteral("--to"),
                        QStringLiteral("1,2")}
        << 2 << "lon,lat";
    QTest::newRow("missing file") << QStringList {QStringLiteral("route"),
                                                  QStringLiteral("--osm"),
                                                  QStringLiteral("/nonexistent/net.osm"),
                                                  QStringLiteral("--from"),
                                                  QStringLiteral("6.8,47.6"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("6.8,47.6")}
                                  << 1 << "/nonexistent/net.osm";
    QTest::newRow("unknown profile")
        << QStringList {QStringLiteral("route"),    QStringLiteral("--osm"),
                        QStringLiteral("x.osm"),    QStringLiteral("--from"),
                        QStringLiteral("6.8,47.6"), QStringLiteral("--to"),
                        QStringLiteral("6.8,47.6"), QStringLiteral("--profile"),
                        QStringLiteral("rocket")}
        << 2 << "rocket";
    QTest::newRow("coverage without bays")
        << QStringList {QStringLiteral("coverage"), QStringLiteral("--osm"),
                        QStringLiteral("x.osm")}
        << 2 << "--bays";
}

void TestRoutingCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestRoutingCli::humanSummary()
{
    TERRITOIRE_SHARED_FILE(osm, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const Run run = runCli({QStringLiteral("route"), QStringLiteral("--osm"), osm,
                            QStringLiteral("--from"), QStringLiteral("6.8799212,47.6383783"),
                            QStringLiteral("--to"), QStringLiteral("6.8796552,47.6383872")});
    QCOMPARE(run.exitCode, 0);
    // No known breach, but the slope of way 6110 is unknown: not called "compliant".
    QVERIFY2(run.out.contains("No known breach of the profile; 80 m could not be verified"),
             run.out.constData());
    QVERIFY2(!run.out.contains("Compliant with the profile."), run.out.constData());
    QVERIFY2(run.out.contains("slope unknown on way 6110"), run.out.constData());
}

// A missing or unreadable --dem is an error with its reason, not a silent route without it.
void TestRoutingCli::missingDem()
{
    TERRITOIRE_SHARED_FILE(osm, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    QTemporaryDir tmp;
    const QString garbage = tmp.filePath(QStringLiteral("garbage.hgt"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an elevation model");
    file.close();
    const QList<std::pair<QString, QString>> cases {
        {tmp.filePath(QStringLiteral("nope.hgt")), QStringLiteral("the file does not exist")},
        {tmp.path(), QStringLiteral("the file cannot be read")},
        {garbage, QStringLiteral("garbage.hgt: ")}};
    for (const auto &[dem, reason] : cases) {
        const Run run = runCli({QStringLiteral("route"), QStringLiteral("--osm"), osm,
                                QStringLiteral("--from"), QStringLiteral("6.8799212,47.6383783"),
                                QStringLiteral("--to"), QStringLiteral("6.8796552,47.6383872"),
                                QStringLiteral("--dem"), dem});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY2(!run.err.trimmed().endsWith(QLatin1Char(':')), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

// Paris, Gare du Nord: no breach is known on this route but every stretch lacks data; the
// JSON says how much could not be verified and the headline does not claim compliance.
void TestRoutingCli::unverifiedStretches()
{
    TERRITOIRE_SHARED_FILE(osm, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const QStringList query {
        QStringLiteral("route"),         QStringLiteral("--osm"),          osm,
        QStringLiteral("--from"),        QStringLiteral("2.3480,48.8790"), QStringLiteral("--to"),
        QStringLiteral("2.3530,48.8780")};
    const Run json = runCli(query + QStringList {QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject p = routeProperties(json.out);
    QCOMPARE(p.value(QStringLiteral("compliant")).toBool(), true);
    const double length = p.value(QStringLiteral("length_m")).toDouble();
    const double unverified = p.value(QStringLiteral("unverified_m")).toDouble();
    QVERIFY2(unverified > 100 && unverified <= length + 0.01,
             qPrintable(QStringLiteral("%1 of %2").arg(unverified).arg(length)));
    // The Belfort SRTM tile does not cover Paris: said in the route's warnings.
    TERRITOIRE_SHARED_FILE(dem, "data/dem-srtm/N47E007.hgt");
    const Run far
        = runCli(query + QStringList {QStringLiteral("--json"), QStringLiteral("--dem"), dem});
    QCOMPARE(far.exitCode, 0);
    QVERIFY2(routeProperties(far.out)
                 .value(QStringLiteral("warnings"))
                 .toVariant()
                 .toStringList()
                 .join(QLatin1Char('\n'))
                 .contains(QLatin1String("does not cover the whole route")),
             far.out.constData());
    const Run text = runCli(query);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("No known breach of the profile; ")
                 && text.out.contains(" m could not be verified (missing data)."),
             text.out.constData());
}

void TestRoutingCli::coverageGeoPackage()
{
    TERRITOIRE_SHARED_FILE(osm, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("coverage.gpkg"));
    const Run run = runCli({QStringLiteral("coverage"), QStringLiteral("--osm"), osm,
                            QStringLiteral("--bays"), osm, QStringLiteral("--out"), out,
                            QStringLiteral("--profile"), QStringLiteral("manual-wheelchair")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("20 bays"), run.out.constData());

    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    QVERIFY(dataset);
    OGRLayer *bays = dataset->GetLayerByName("bays");
    QVERIFY(bays);
    QCOMPARE(bays->GetFeatureCount(), GIntBig(20));
    OGRLayer *coverage = dataset->GetLayerByName("coverage");
    QVERIFY(coverage && coverage->GetFeatureCount() > 0);
    OGRLayer *audit = dataset->GetLayerByName("audit");
    QVERIFY(audit && audit->GetFeatureCount() > 0);
    OGRLayer *styles = dataset->GetLayerByName("layer_styles");
    QVERIFY(styles);
    QCOMPARE(styles->GetFeatureCount(), GIntBig(3));
    styles->SetAttributeFilter("f_table_name = 'audit'");
    std::unique_ptr<OGRFeature> style(styles->GetNextFeature());
    QVERIFY(style);
    QVERIFY(QString::fromUtf8(style->GetFieldAsString("styleQML"))
                .contains(QStringLiteral("categorizedSymbol")));
    QCOMPARE(style->GetFieldAsInteger("useAsDefault"), 1);
}

// Destinations in Paris: one on the network near the bays, one in the extract far from any
// footway, one outside the extract.
QString writeDestinations(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("destinations.geojson"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Rue La Fayette"},
 "geometry":{"type":"Point","coordinates":[2.3490,48.8790]}},
{"type":"Feature","properties":{"name":"Far away"},
 "geometry":{"type":"Point","coordinates":[2.3570,48.8722]}}]})");
    return path;
}

void TestRoutingCli::coverageDestinations()
{
    TERRITOIRE_SHARED_FILE(osm, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("coverage.gpkg"));
    const Run run = runCli({QStringLiteral("coverage"), QStringLiteral("--osm"), osm,
                            QStringLiteral("--bays"), osm, QStringLiteral("--destinations"),
                            writeDestinations(dir), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The far place is a gap, named, with the reason.
    QVERIFY2(run.out.contains("Far away: no way usable with norm-2007 within 50 m"),
             run.out.constData());
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    QVERIFY(dataset);
    OGRLayer *destinations = dataset->GetLayerByName("destinations");
    QVERIFY(destinations);
    QCOMPARE(destinations->GetFeatureCount(), GIntBig(2));
    std::unique_ptr<OGRFeature> served(destinations->GetNextFeature());
    QCOMPARE(QString::fromUtf8(served->GetFieldAsString("label")),
             QStringLiteral("Rue La Fayette"));
    QCOMPARE(QString::fromUtf8(served->GetFieldAsString("covered")), QStringLiteral("yes"));
    // Walked on compliant paths from bay 2549712882, farther than the straight line.
    QCOMPARE(QString::fromUtf8(served->GetFieldAsString("nearest_bay")),
             QStringLiteral("2549712882"));
    const double distance = served->GetFieldAsDouble("distance_m");
    QVERIFY2(distance > 30 && distance <= 200, qPrintable(QString::number(distance)));
    std::unique_ptr<OGRFeature> gap(destinations->GetNextFeature());
    QCOMPARE(QString::fromUtf8(gap->GetFieldAsString("covered")), QStringLiteral("no"));
    QVERIFY(!gap->IsFieldSetAndNotNull(gap->GetFieldIndex("distance_m")));
}

// Opens the export with QGIS's own Python API when python3-qgis is installed: every layer
// valid, its style loaded from layer_styles, the audit categorized by verdict.
void TestRoutingCli::coverageOpensInQgis()
{
    TERRITOIRE_SHARED_FILE(osm, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
    TERRITOIRE_REQUIRE(probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit
                           && probe.exitCode() == 0,
                       "python3-qgis is not installed: QGIS cannot be asked to open the export");
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("coverage.gpkg"));
    const Run run = runCli({QStringLiteral("coverage"), QStringLiteral("--osm"), osm,
                            QStringLiteral("--bays"), osm, QStringLiteral("--destinations"),
                            writeDestinations(dir), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString script = QStringLiteral(R"(
import sys
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
for name in ["bays", "coverage", "destinations", "audit"]:
    layer = QgsVectorLayer(sys.argv[1] + "|layername=" + name, name, "ogr")
    message, ok = layer.loadDefaultStyle()
    renderer = layer.renderer()
    print(name, layer.isValid(), layer.featureCount() > 0, ok, renderer.type() if renderer else "none")
app.exitQgis()
)");
    QProcess qgis;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    qgis.setProcessEnvironment(environment);
    qgis.start(python, {QStringLiteral("-c"), script, out});
    QVERIFY(qgis.waitForFinished(120000));
    const QString printed = QString::fromUtf8(qgis.readAllStandardOutput());
    for (const QString &expected : {QStringLiteral("bays True True True singleSymbol"),
                                    QStringLiteral("coverage True True True singleSymbol"),
                                    QStringLiteral("destinations True True True categorizedSymbol"),
                                    QStringLiteral("audit True True True categorizedSymbol")})
        QVERIFY2(printed.contains(expected),
                 qPrintable(printed + QString::fromUtf8(qgis.readAllStandardError())));
}

QTEST_GUILESS_MAIN(TestRoutingCli)
#include "tst_routing_cli.moc"
