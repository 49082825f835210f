// territoire-cli gauges: replaying recorded answers (hubeau-units-utc expected outputs) and
// polling the loopback mock server once.
#include "MockHttpServer.h"
#include "SharedData.h"

#include "base/Project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace territoire;

namespace {

QString writeProject(const QString &dir, const QJsonArray &stations,
                     const QJsonObject &gaugesSection = {})
{
    Project project;
    ProjectLayer layer;
    layer.id = QStringLiteral("gauges");
    layer.type = QStringLiteral("gauges");
    layer.name = QStringLiteral("Gauges");
    layer.source = QStringLiteral("hubeau");
    layer.options.insert(QStringLiteral("stations"), stations);
    project.layers().append(layer);
    project.setSection(QStringLiteral("gauges"), gaugesSection);
    const QString path = dir + QStringLiteral("/test.territoire");
    QString error;
    if (!project.save(path, &error))
        qWarning() << error;
    return path;
}

QMap<QString, QJsonObject> runJson(const QStringList &args, int *exitCode, QString *stderrText,
                                   const QProcessEnvironment &env
                                   = QProcessEnvironment::systemEnvironment())
{
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TERRITOIRE_CLI), args);
    cli.waitForFinished(60000);
    *exitCode = cli.exitCode();
    *stderrText = QString::fromUtf8(cli.readAllStandardError());
    QMap<QString, QJsonObject> result;
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            result.insert(o.value("code").toString(), o);
    }
    return result;
}

} // namespace

class TestFeedsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaySpring_data();
    void replaySpring();
    void replayAutumnText();
    void replayRecordedFolder();
    void replaySkipsUnreadable();
    void liveOnceAgainstMock();
    void usageErrors();
};

void TestFeedsCli::replaySpring_data()
{
    // hubeau-units-utc/expected.md, "Command line".
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonValue>("h");
    QTest::addColumn<QJsonValue>("q");
    QTest::addColumn<QString>("observedAt");
    QTest::addColumn<QString>("trend");
    QTest::newRow("U299000101") << "U299000101" << QJsonValue(1.262) << QJsonValue(4.98)
                                << "2025-03-30T01:30:00Z"
                                << "rising";
    QTest::newRow("U299000201 negative")
        << "U299000201" << QJsonValue(-0.12) << QJsonValue() << "2025-03-30T02:00:00Z"
        << "unknown";
}

void TestFeedsCli::replaySpring()
{
    QFETCH(QString, code);
    QFETCH(QJsonValue, h);
    QFETCH(QJsonValue, q);
    QFETCH(QString, observedAt);
    QFETCH(QString, trend);
    TERRITOIRE_SHARED_FILE(spring, "cases/hubeau-units-utc/observations-dst-spring.json");
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath("source"));
    QVERIFY(QFile::copy(spring, dir.filePath("source/spring.json")));
    const QString project
        = writeProject(dir.path(),
                       QJsonArray {QJsonObject {{"code", "U299000101"},
                                                {"name", "La Savoureuse à Belfort (fictive)"},
                                                {"river", "La Savoureuse"},
                                                {"lon", 6.8653},
                                                {"lat", 47.6335}}});
    int exitCode = -1;
    QString stderrText;
    const auto rows = runJson(
        {"gauges", "--project", project, "--source", dir.filePath("source"), "--json", "--once"},
        &exitCode, &stderrText);
    QCOMPARE(exitCode, 0);
    QVERIFY2(rows.contains(code), qPrintable(stderrText));
    const QJsonObject o = rows.value(code);
    QCOMPARE(o.value("h_m"), h);
    QCOMPARE(o.value("q_m3s").isNull(), q.isUndefined() || q.isNull());
    if (q.isDouble())
        QCOMPARE(o.value("q_m3s").toDouble(), q.toDouble());
    QCOMPARE(o.value("observed_at").toString(), observedAt);
    QCOMPARE(o.value("trend").toString(), trend);
    // Exactly the documented keys, no more.
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys.join(','),
             QStringLiteral("code,h_m,name,observed_at,q_m3s,river,status,trend,vigilance"));
    if (code == QLatin1String("U299000101")) {
        QCOMPARE(o.value("name").toString(), QStringLiteral("La Savoureuse à Belfort (fictive)"));
        QCOMPARE(o.value("status").toString(), QStringLiteral("normal"));
    }
}

void TestFeedsCli::replayAutumnText()
{
    TERRITOIRE_SHARED_FILE(autumn, "cases/hubeau-units-utc/observations-dst-autumn.json");
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath("source"));
    QVERIFY(QFile::copy(autumn, dir.filePath("source/autumn.json")));
    const QString project = writeProject(
        dir.path(), QJsonArray {QJsonObject {{"code", "U299000101"}}},
        QJsonObject {
            {"thresholds",
             QJsonObject {{"U299000101",
                           QJsonArray {QJsonObject {
                               {"quantity", "H"}, {"value", 0.9}, {"label", "Alerte"}}}}}}});
    QProcess cli;
    cli.start(QStringLiteral(TERRITOIRE_CLI),
              {"gauges", "--project", project, "--source", dir.filePath("source"), "--once"});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString text = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(text.contains("H 0.902 m"), qPrintable(text));
    QVERIFY2(text.contains("Q 0.012 m³/s"), qPrintable(text));
    QVERIFY2(text.contains("2025-10-26T02:30:00Z"), qPrintable(text));
    // 0.905 m at 01:30Z, 0.902 m at 02:30Z: -3 mm over the hour is within the steady band (5 mm).
    QVERIFY2(text.contains("steady"), qPrintable(text));
    QVERIFY2(text.contains("above-threshold"), qPrintable(text));
}

void TestFeedsCli::replayRecordedFolder()
{
    // The recorded Hub'Eau folder as it is: a GeoJSON referentiel extract, a JSON referentiel
    // answer, observations_tr and an obs_elab answer (skipped with a warning).
    TERRITOIRE_SHARED_FILE(folder, "data/hubeau-hydrometrie");
    QTemporaryDir dir;
    // The project knows the Blois station by its code only: name and river come from the
    // referentiel answers.
    const QString project
        = writeProject(dir.path(), QJsonArray {QJsonObject {{"code", "K447001001"}}});
    int exitCode = -1;
    QString stderrText;
    const auto rows = runJson({"gauges", "--project", project, "--source", folder, "--json"},
                              &exitCode, &stderrText);
    QVERIFY2(exitCode == 0, qPrintable(stderrText));
    const QJsonObject blois = rows.value("K447001001");
    QCOMPARE(blois.value("name").toString(), QStringLiteral("La Loire à Blois"));
    QCOMPARE(blois.value("river").toString(), QStringLiteral("la Loire"));
    QCOMPARE(blois.value("h_m").toDouble(), -1.232);
    QCOMPARE(blois.value("q_m3s").toDouble(), 47.8);
    QCOMPARE(blois.value("observed_at").toString(), QStringLiteral("2026-08-27T08:00:00Z"));
    // Only in the GeoJSON extract.
    QCOMPARE(rows.value("1011000101").value("name").toString(),
             QStringLiteral("La Grande Rivière à Goyaves à Petit-Bourg [Barbotteau]"));
    QVERIFY2(!stderrText.contains("geojson"), qPrintable(stderrText));
    QVERIFY2(stderrText.contains("obs_elab_K447001001"), qPrintable(stderrText));
}

void TestFeedsCli::replaySkipsUnreadable()
{
    TERRITOIRE_SHARED_FILE(folder, "data/hubeau-hydrometrie");
    QTemporaryDir dir;
    const QString source = dir.filePath("source");
    QDir().mkpath(source);
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        QVERIFY(QFile::copy(folder + '/' + name, source + '/' + name));
    QFile broken(source + "/broken.json");
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"count\": 1, \"data\": [");
    broken.close();
    QFile foreign(source + "/other.json");
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("{\"hello\": \"world\"}");
    foreign.close();
    const QString project = writeProject(dir.path(), QJsonArray {});
    int exitCode = -1;
    QString stderrText;
    auto rows = runJson({"gauges", "--project", project, "--source", source, "--json"}, &exitCode,
                        &stderrText);
    QVERIFY2(exitCode == 0, qPrintable(stderrText));
    QVERIFY2(stderrText.contains(source + "/broken.json") && stderrText.contains("malformed JSON"),
             qPrintable(stderrText));
    QVERIFY2(stderrText.contains(source + "/other.json"), qPrintable(stderrText));
    QCOMPARE(rows.value("K447001001").value("name").toString(), QStringLiteral("La Loire à Blois"));
    QCOMPARE(rows.value("K447001001").value("h_m").toDouble(), -1.232);
    // Nothing usable: exit 1, the reason on stderr.
    for (const QString &name : QDir(source).entryList(QDir::Files))
        if (name != QLatin1String("broken.json"))
            QVERIFY(QFile::remove(source + '/' + name));
    rows = runJson({"gauges", "--project", project, "--source", source, "--json"}, &exitCode,
                   &stderrText);
    QCOMPARE(exitCode, 1);
    QVERIFY(rows.isEmpty());
    QVERIFY2(stderrText.contains("broken.json"), qPrintable(stderrText));
}

void TestFeedsCli::liveOnceAgainstMock()
{
    TERRITOIRE_SHARED_FILE(spring, "cases/hubeau-units-utc/observations-dst-spring.json");
    TERRITOIRE_SHARED_FILE(vigilance, "data/vigicrues/InfoVigiCru_TypEntVigiCru2_detail.json");
    // The station → reach mapping is fetched live: one Vigicrues station detail per station
    // (its reach is "aNPlusUn"), here naming RS18 for both.
    const QString detail = QStringLiteral(
        "{\"vic:StaEntVigiCru\": {\"vic:CdEntVigiCru\": \"{code}\", \"vic:TypEntVigiCru\": \"7\", "
        "\"vic:aNPlusUn\": {\"vic:CdEntVigiCru\": \"RS18\", \"vic:TypEntVigiCru\": \"8\"}}}");
    QJsonArray routes {QJsonObject {{"path", "/hubeau/observations_tr"},
                                    {"match_query", false},
                                    {"status", 200},
                                    {"body_file", spring}},
                       QJsonObject {{"path", "/vigicrues/InfoVigiCru.jsonld"},
                                    {"match_query", false},
                                    {"status", 200},
                                    {"body_file", vigilance}}};
    for (const QString code : {"U299000101", "U299000201"})
        routes.append(QJsonObject {
            {"path", "/vigicrues/StaEntVigiCru.jsonld?CdEntVigiCru=" + code + "&TypEntVigiCru=7"},
            {"status", 200},
            {"body", QString(detail).replace("{code}", code)}});
    test::MockHttpServer server;
    QString error;
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString project = writeProject(
        dir.path(),
        QJsonArray {QJsonObject {{"code", "U299000101"}}, QJsonObject {{"code", "U299000201"}}},
        // The recorded bulletin is from 2021 and the clock in 2025: keep it (no retention).
        // The project's mapping (RS17) overrides the fetched one for U299000101.
        QJsonObject {{"reaches", QJsonObject {{"U299000101", "RS17"}}}, {"retentionDays", 0}});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("TERRITOIRE_HUBEAU_URL", server.baseUrl().toString() + "/hubeau");
    env.insert("TERRITOIRE_VIGICRUES_URL", server.baseUrl().toString() + "/vigicrues");
    const QStringList arguments {"gauges",
                                 "--project",
                                 project,
                                 "--cache",
                                 dir.filePath("cache.sqlite"),
                                 "--json",
                                 "--once",
                                 "--at",
                                 "2025-03-30T02:10:00Z"};
    int exitCode = -1;
    QString stderrText;
    auto rows = runJson(arguments, &exitCode, &stderrText, env);
    QVERIFY2(exitCode == 0, qPrintable(stderrText));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.value("U299000101").value("h_m").toDouble(), 1.262);
    QCOMPARE(rows.value("U299000101").value("vigilance").toString(), QStringLiteral("yellow"));
    QCOMPARE(rows.value("U299000101").value("status").toString(), QStringLiteral("vigilance"));
    QCOMPARE(rows.value("U299000201").value("h_m").toDouble(), -0.12);
    QCOMPARE(rows.value("U299000201").value("vigilance").toString(), QStringLiteral("green"));
    QStringList targets = server.targets();
    QVERIFY2(targets.size() == 5, qPrintable(targets.join(' ')));
    QCOMPARE(targets.at(0),
             QStringLiteral("/vigicrues/StaEntVigiCru.jsonld?CdEntVigiCru=U299000101&"
                            "TypEntVigiCru=7"));
    // The vigilance poll asks for the bulletin of each station's reach.
    QVERIFY2(targets.contains("/vigicrues/InfoVigiCru.jsonld?CdEntVigiCru=RS17&TypEntVigiCru=8"),
             qPrintable(targets.join(' ')));
    QVERIFY2(targets.contains("/vigicrues/InfoVigiCru.jsonld?CdEntVigiCru=RS18&TypEntVigiCru=8"),
             qPrintable(targets.join(' ')));
    QVERIFY2(targets.join(' ').contains(
                 "code_entite=U299000101,U299000201&date_debut_obs=2025-03-29T02:10:00Z"),
             qPrintable(targets.join(' ')));
    // The mapping is saved beside the cache and not asked again within a day, even when
    // Vigicrues would now fail.
    QVERIFY(QFile::exists(dir.filePath("snapshots/vigicrues-reaches.json")));
    server.stop();
    QVERIFY2(
        server.start(QJsonObject {{"routes", QJsonArray {routes.at(0), routes.at(1)}}}, &error),
        qPrintable(error));
    env.insert("TERRITOIRE_HUBEAU_URL", server.baseUrl().toString() + "/hubeau");
    env.insert("TERRITOIRE_VIGICRUES_URL", server.baseUrl().toString() + "/vigicrues");
    rows = runJson(arguments, &exitCode, &stderrText, env);
    QVERIFY2(exitCode == 0, qPrintable(stderrText));
    QCOMPARE(rows.value("U299000201").value("vigilance").toString(), QStringLiteral("green"));
    targets = server.targets();
    QVERIFY2(!targets.join(' ').contains("StaEntVigiCru"), qPrintable(targets.join(' ')));
}

void TestFeedsCli::usageErrors()
{
    QProcess cli;
    cli.start(QStringLiteral(TERRITOIRE_CLI), {"gauges"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    cli.start(QStringLiteral(TERRITOIRE_CLI), {"gauges", "--project", "/nonexistent/p.territoire"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains("/nonexistent/p.territoire"));
}

QTEST_GUILESS_MAIN(TestFeedsCli)
#include "tst_feeds_cli.moc"
