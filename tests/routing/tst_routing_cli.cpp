#include "SharedData.h"

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
    void farPoint();
    void badInput_data();
    void badInput();
    void humanSummary();
    void coverageGeoPackage();
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
    QVERIFY2(run.out.contains("Compliant with the profile."), run.out.constData());
    QVERIFY2(run.out.contains("slope unknown on way 6110"), run.out.constData());
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

QTEST_GUILESS_MAIN(TestRoutingCli)
#include "tst_routing_cli.moc"
