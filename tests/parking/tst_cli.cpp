// territoire-cli parking and nearest-bay, run as a user would, on recorded answers.
#include "SharedData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString cliPath()
{
    return QStringLiteral(TERRITOIRE_BINARY_DIR "/app/cli/territoire-cli");
}

bool writeJson(const QString &path, const QJsonDocument &doc)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(doc.toJson()) > 0;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject project(const QJsonObject &parking)
{
    return QJsonObject {
        {"format", "territoire-project"}, {"version", 1},
        {"title", "parking test"},        {"crs", "EPSG:2154"},
        {"layers", QJsonArray {}},        {"sections", QJsonObject {{"parking", parking}}}};
}

} // namespace

class TestParkingCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parkingJsonFromRecordedDatex();
    void parkingStaleIsUnknown();
    void nearestBayByPath();
    void nearestBayOnParisData();
    void sampleProjectHasBays();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestParkingCli::initTestCase()
{
    TERRITOIRE_REQUIRE(QFileInfo::exists(cliPath()), "territoire-cli is not built");
    QVERIFY(m_dir.isValid());
}

void TestParkingCli::parkingJsonFromRecordedDatex()
{
    TERRITOIRE_SHARED_FILE(staticFile,
                           "data/parking-datex2-parkapi/friedrichshafen-sensors-static.xml");
    const QJsonObject parking {
        {"sources",
         QJsonArray {QJsonObject {{"id", "fn"}, {"path", staticFile}, {"format", "datex2"}}}},
        {"feeds",
         QJsonArray {QJsonObject {{"id", "fn-sensors"},
                                  {"url", "http://127.0.0.1:9/unused"},
                                  {"format", "datex2"},
                                  {"freshness", 900},
                                  {"file", "friedrichshafen-sensors-realtime.xml"}}}}};
    const QString path = m_dir.filePath(QStringLiteral("datex.territoire"));
    QVERIFY(writeJson(path, QJsonDocument(project(parking))));
    const Run run = runCli({QStringLiteral("parking"), QStringLiteral("--project"), path,
                            QStringLiteral("--json"), QStringLiteral("--source"),
                            QFileInfo(staticFile).absolutePath(), QStringLiteral("--at"),
                            QStringLiteral("2025-07-18T06:45:00Z")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray bays = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(bays.size(), 55);
    int free = 0;
    for (const QJsonValue &v : bays) {
        const QJsonObject bay = v.toObject();
        for (const char *key : {"id", "source", "lon", "lat", "status", "status_at", "capacity"})
            QVERIFY2(bay.contains(QLatin1String(key)), key);
        free += bay["status"].toString() == QLatin1String("free") ? 1 : 0;
        if (bay["id"].toString() == QLatin1String("PH19")) {
            QCOMPARE(bay["status"].toString(), QStringLiteral("taken"));
            QCOMPARE(bay["status_at"].toString(), QStringLiteral("2025-07-18T06:41:01Z"));
            QCOMPARE(bay["source"].toString(), QStringLiteral("fn"));
            QCOMPARE(bay["capacity"].toInt(), 1);
        }
    }
    QCOMPARE(free, 48);
}

void TestParkingCli::parkingStaleIsUnknown()
{
    TERRITOIRE_SHARED_FILE(staticFile,
                           "data/parking-datex2-parkapi/friedrichshafen-sensors-static.xml");
    const QString path = m_dir.filePath(QStringLiteral("datex.territoire"));
    QVERIFY(QFileInfo::exists(path));
    const Run run = runCli({QStringLiteral("parking"), QStringLiteral("--project"), path,
                            QStringLiteral("--json"), QStringLiteral("--source"),
                            QFileInfo(staticFile).absolutePath(), QStringLiteral("--at"),
                            QStringLiteral("2025-07-18T09:00:00Z")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
        QCOMPARE(v.toObject()["status"].toString(), QStringLiteral("unknown"));
}

void TestParkingCli::nearestBayByPath()
{
    const QString osm
        = QStringLiteral(TERRITOIRE_SOURCE_DIR "/tests/parking/data/steps-detour.osm");
    const QJsonObject spots {
        {"items",
         QJsonArray {QJsonObject {{"uid", "node/101"},
                                  {"realtime_status", "AVAILABLE"},
                                  {"realtime_data_updated_at", "2025-07-18T06:40:00Z"}},
                     QJsonObject {{"uid", "node/102"},
                                  {"realtime_status", "AVAILABLE"},
                                  {"realtime_data_updated_at", "2025-07-18T06:40:00Z"}}}}};
    QVERIFY(writeJson(m_dir.filePath(QStringLiteral("spots.json")), QJsonDocument(spots)));
    const QJsonObject parking {
        {"sources", QJsonArray {QJsonObject {{"id", "osm"}, {"path", osm}, {"format", "osm"}}}},
        {"feeds",
         QJsonArray {QJsonObject {{"id", "spots"},
                                  {"url", "http://127.0.0.1:9/unused"},
                                  {"format", "parkapi"},
                                  {"file", "spots.json"}}}},
        {"routing", QJsonObject {{"network", osm}}}};
    const QString path = m_dir.filePath(QStringLiteral("nearest.territoire"));
    QVERIFY(writeJson(path, QJsonDocument(project(parking))));
    const Run run = runCli({QStringLiteral("nearest-bay"), QStringLiteral("--project"), path,
                            QStringLiteral("--to"), QStringLiteral("6.8620,47.6380"),
                            QStringLiteral("--count"), QStringLiteral("2"),
                            QStringLiteral("--json"), QStringLiteral("--source"), m_dir.path(),
                            QStringLiteral("--at"), QStringLiteral("2025-07-18T06:45:00Z")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    const QJsonArray bays = answer["bays"].toArray();
    QCOMPARE(bays.size(), 2);
    QCOMPARE(bays[0].toObject()["id"].toString(), QStringLiteral("node/102"));
    QVERIFY(bays[0].toObject()["compliant"].toBool());
    QVERIFY(bays[0].toObject()["length_m"].toDouble() < bays[1].toObject()["length_m"].toDouble());
    QVERIFY(bays[1].toObject()["straight_line_m"].toDouble()
            < bays[0].toObject()["straight_line_m"].toDouble());
    // The destination typed by the user never reaches the logs.
    QVERIFY2(!run.err.contains("47.638"), run.err.constData());
}

void TestParkingCli::nearestBayOnParisData()
{
    // The Rue Fénelon steps (see test_parking_nearest): every OSM disabled bay reported
    // AVAILABLE by a recorded ParkAPI answer; the bay nearest as the crow flies is behind the
    // steps and must not come first.
    TERRITOIRE_SHARED_FILE(osm, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    // First the bays of the extract (ids "node/<id>"), then a recorded answer: all free.
    QJsonArray items;
    const QString listPath = m_dir.filePath(QStringLiteral("paris-bays.territoire"));
    const QJsonObject listOnly {
        {"sources", QJsonArray {QJsonObject {{"id", "osm"}, {"path", osm}, {"format", "osm"}}}}};
    QVERIFY(writeJson(listPath, QJsonDocument(project(listOnly))));
    const Run list = runCli({QStringLiteral("parking"), QStringLiteral("--project"), listPath,
                             QStringLiteral("--json"), QStringLiteral("--source"), m_dir.path(),
                             QStringLiteral("--at"), QStringLiteral("2025-07-18T06:45:00Z")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
        if (v.toObject()["kind"].toString() != QLatin1String("space"))
            continue;
        items.append(QJsonObject {{"uid", v.toObject()["id"]},
                                  {"realtime_status", "AVAILABLE"},
                                  {"realtime_data_updated_at", "2025-07-18T06:40:00Z"}});
    }
    QCOMPARE(items.size(), 20);
    QVERIFY(writeJson(m_dir.filePath(QStringLiteral("paris-spots.json")),
                      QJsonDocument(QJsonObject {{"items", items}})));

    const QJsonObject parking {
        {"sources", QJsonArray {QJsonObject {{"id", "osm"}, {"path", osm}, {"format", "osm"}}}},
        {"feeds",
         QJsonArray {QJsonObject {{"id", "spots"},
                                  {"url", "http://127.0.0.1:9/unused"},
                                  {"format", "parkapi"},
                                  {"file", "paris-spots.json"}}}},
        {"routing", QJsonObject {{"network", osm}}}};
    const QString path = m_dir.filePath(QStringLiteral("paris.territoire"));
    QVERIFY(writeJson(path, QJsonDocument(project(parking))));
    const Run run = runCli({QStringLiteral("nearest-bay"), QStringLiteral("--project"), path,
                            QStringLiteral("--to"), QStringLiteral("2.3513230,48.8786229"),
                            QStringLiteral("--profile"), QStringLiteral("norm-2007"),
                            QStringLiteral("--count"), QStringLiteral("3"),
                            QStringLiteral("--json"), QStringLiteral("--source"), m_dir.path(),
                            QStringLiteral("--at"), QStringLiteral("2025-07-18T06:45:00Z")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer["free_bays"].toInt(), 20);
    const QJsonArray bays = answer["bays"].toArray();
    QCOMPARE(bays.size(), 3);
    const QJsonObject first = bays[0].toObject();
    QCOMPARE(first["id"].toString(), QStringLiteral("node/2549712900")); // not 2549712856
    QVERIFY(first["compliant"].toBool());
    QCOMPARE(first["status"].toString(), QStringLiteral("free"));
    QCOMPARE(first["status_at"].toString(), QStringLiteral("2025-07-18T06:40:00Z"));
    QVERIFY(first["straight_line_m"].toDouble() > 80);
    for (const QJsonValue &v : bays) {
        for (const char *key : {"id", "source", "lon", "lat", "length_m", "compliant"})
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
    }
}

void TestParkingCli::sampleProjectHasBays()
{
    // The sample project opened by scripts/run shows PMR bays in Belfort.
    TERRITOIRE_SHARED_FILE(csv, "cases/csv-pmr-parking-schema/parkings-pmr.csv");
    const QString sample = QStringLiteral(TERRITOIRE_SOURCE_DIR
                                          "/resources/samples/territoire-de-belfort.territoire");
    const Run run = runCli(
        {QStringLiteral("parking"), QStringLiteral("--project"), sample, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    int drawn = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array()) {
        const QJsonObject bay = v.toObject();
        if (bay["lon"].isDouble() && bay["lat"].isDouble()) {
            ++drawn;
            QVERIFY(bay["lon"].toDouble() > 6.75 && bay["lon"].toDouble() < 7.15);
        }
    }
    QVERIFY2(drawn >= 3, run.out.constData());
}

void TestParkingCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("parking without project") << QStringList {"parking"} << 2;
    QTest::newRow("nearest-bay without --to")
        << QStringList {"nearest-bay", "--project", "x.territoire"} << 2;
    QTest::newRow("nearest-bay with a bad --to")
        << QStringList {"nearest-bay", "--project", "x.territoire", "--to", "47.6;6.8"} << 2;
    QTest::newRow("missing project file")
        << QStringList {"parking", "--project", "/nonexistent/p.territoire"} << 1;
}

void TestParkingCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestParkingCli)
#include "tst_cli.moc"
