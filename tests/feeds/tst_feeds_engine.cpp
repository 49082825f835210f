// The feed engine against the loopback mock server: the real Qt network stack, recorded Hub'Eau
// answers, pagination (hubeau-pagination-206), errors, stalls, malformed JSON, redirects, TLS
// and proxy (qt-network-redirect-timeout scenarios A-G), offline mode and staleness.
#include "MockHttpServer.h"
#include "SharedData.h"

#include "base/Clock.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/GaugeUnits.h"
#include "feeds/gauges/HubEau.h"
#include "feeds/gauges/StationSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace territoire;
using territoire::test::MockHttpServer;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Hub'Eau observations from a fixed first URL (the case files match exact URLs).
class FixedHubEauFeed : public HubEauFeed
{
public:
    explicit FixedHubEauFeed(const QUrl &first)
        : HubEauFeed(QString(), {})
        , m_first(first)
    { }
    QNetworkRequest nextRequest(const QDateTime &) const override
    {
        return QNetworkRequest(m_first);
    }

private:
    QUrl m_first;
};

// A station list feed: each station becomes an observation "lon" (longitude), for checks.
class StationsFeed : public Feed
{
public:
    explicit StationsFeed(const QUrl &url)
        : m_url(url)
    { }
    QString id() const override { return QStringLiteral("stations"); }
    QString displayName() const override { return QStringLiteral("Stations"); }
    QNetworkRequest nextRequest(const QDateTime &) const override { return QNetworkRequest(m_url); }
    QUrl parse(const QByteArray &body, const QUrl &, ObservationList &out,
               QString &error) const override
    {
        QUrl next;
        const QList<GaugeStation> stations = hubeau::parseStations(body, &error, &next);
        for (const GaugeStation &s : stations)
            out.append({id(),
                        s.code,
                        QStringLiteral("lon"),
                        utc("2025-01-01T00:00:00Z"),
                        s.position.lon,
                        {}});
        return next;
    }

private:
    QUrl m_url;
};

QJsonObject route(const QString &path, int status, const QJsonObject &extra = {})
{
    QJsonObject r = extra;
    r.insert(QStringLiteral("path"), path);
    r.insert(QStringLiteral("status"), status);
    return r;
}

QJsonObject jsonHeaders()
{
    return {{QStringLiteral("Content-Type"), QStringLiteral("application/json; charset=UTF-8")}};
}

// Routes of one scenario of hubeau-pagination-206/exchanges.json, host stripped.
QJsonObject paginationRoutes(const QString &caseDir, const QString &scenario)
{
    QFile f(caseDir + QStringLiteral("/exchanges.json"));
    f.open(QIODevice::ReadOnly);
    const QJsonArray exchanges
        = QJsonDocument::fromJson(f.readAll()).object().value(scenario).toArray();
    QJsonArray routes;
    for (const QJsonValue &v : exchanges) {
        const QJsonObject e = v.toObject();
        QString target = e.value(QStringLiteral("request")).toString();
        target.remove(QStringLiteral("https://hubeau.eaufrance.fr"));
        routes.append(route(target, e.value(QStringLiteral("status")).toInt(),
                            {{QStringLiteral("headers"), e.value(QStringLiteral("headers"))},
                             {QStringLiteral("body_file"), e.value(QStringLiteral("body"))}}));
    }
    return {
        {QStringLiteral("base_dir"), caseDir},
        {QStringLiteral("replace"),
         QJsonObject {{QStringLiteral("https://hubeau.eaufrance.fr"), QStringLiteral("{base}")}}},
        {QStringLiteral("routes"), routes}};
}

} // namespace

class TestFeedsEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagination206();
    void paginationLoop();
    void pageDepth400();
    void recordedAnswersAndSince();
    void sinceFollowsLaggingStation_data();
    void sinceFollowsLaggingStation();
    void failures_data();
    void failures();
    void retriesWithBackoff();
    void redirects_data();
    void redirects();
    void insecureRedirect();
    void tlsNameMismatch();
    void proxyAuthentication();
    void offlineSendsNothing();
    void lateAndStale();
    void vigilancePerReach();
    void reachesFetchedLive();
    void reachesPerStation();
    void stationsByQuery_data();
    void stationsByQuery();

private:
    struct Setup
    {
        ManualClock clock {utc("2025-11-02T06:00:00Z")};
        ObservationCache cache {QStringLiteral(":memory:")};
        FeedEngine engine {&clock, &cache};
        Setup()
        {
            cache.open();
            engine.setMaxRetries(0);
            engine.setTransferTimeoutMs(2000);
        }
        bool poll(const QString &id)
        {
            QSignalSpy finished(&engine, &FeedEngine::pollFinished);
            engine.refresh(id);
            return finished.wait(20000) && finished.first().at(1).toBool();
        }
    };
    QString m_caseDir;
    QTemporaryDir m_certDir;
};

void TestFeedsEngine::initTestCase()
{
    if (MockHttpServer::pythonExecutable().isEmpty())
        QFAIL("python3 is needed for the mock HTTP server");
    TERRITOIRE_SHARED_FILE(expected, "cases/hubeau-pagination-206/expected.md");
    m_caseDir = QFileInfo(expected).absolutePath();
}

void TestFeedsEngine::pagination206()
{
    MockHttpServer server;
    QString error;
    QVERIFY2(server.start(paginationRoutes(m_caseDir, QStringLiteral("scenario_A_normal")), &error),
             qPrintable(error));
    Setup s;
    const QString first = QStringLiteral(
        "/api/v2/hydrometrie/observations_tr?code_entite=U299000101&grandeur_hydro=H&size=3");
    s.engine.addFeed(std::make_unique<FixedHubEauFeed>(QUrl(server.baseUrl().toString() + first)));
    QVERIFY2(s.poll(gauge::hubEauFeedId()),
             qPrintable(s.engine.status(gauge::hubEauFeedId()).reason));
    const QStringList targets = server.targets();
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0), first);
    QCOMPARE(targets.at(1), first + QStringLiteral("&cursor=TEST-CURSOR%2Bpage2%3D%3D"));
    QCOMPARE(server.requests().at(1).status, 206);
    const ObservationList series = s.cache.series(gauge::hubEauFeedId(), "U299000101", "H", {}, {});
    QCOMPARE(series.size(), 5);
    const QStringList expected {"2025-11-02T00:00:00Z=1.244", "2025-11-02T00:15:00Z=1.241",
                                "2025-11-02T00:30:00Z=1.239", "2025-11-02T00:45:00Z=1.236",
                                "2025-11-02T01:00:00Z=1.234"};
    QStringList got;
    for (const Observation &o : series)
        got.append(hubeau::formatInstant(o.time) + QLatin1Char('=') + QString::number(o.value));
    QCOMPARE(got, expected);
    const auto latest
        = s.cache.latestAtOrBefore(gauge::hubEauFeedId(), "U299000101", "H", s.clock.now());
    QVERIFY(latest);
    QCOMPARE(latest->value, 1.234);
    QCOMPARE(latest->time.toTimeZone(QTimeZone("Europe/Paris")).toString("HH:mm"),
             QStringLiteral("02:00"));
    QCOMPARE(s.engine.status(gauge::hubEauFeedId()).state, FeedStatus::Ok);
    // Polling again stores nothing twice.
    QVERIFY(s.poll(gauge::hubEauFeedId()));
    QCOMPARE(s.cache.count(gauge::hubEauFeedId()), 5);
}

void TestFeedsEngine::paginationLoop()
{
    MockHttpServer server;
    QString error;
    QVERIFY2(server.start(paginationRoutes(m_caseDir, QStringLiteral("scenario_B_next_loops_back")),
                          &error),
             qPrintable(error));
    Setup s;
    const QString first = QStringLiteral(
        "/api/v2/hydrometrie/observations_tr?code_entite=U299000101&grandeur_hydro=H&size=3");
    s.engine.addFeed(std::make_unique<FixedHubEauFeed>(QUrl(server.baseUrl().toString() + first)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("already fetched"));
    QVERIFY(s.poll(gauge::hubEauFeedId()));
    QCOMPARE(server.targets().size(), 2);
    QCOMPARE(s.cache.count(gauge::hubEauFeedId()), 5);
}

void TestFeedsEngine::pageDepth400()
{
    MockHttpServer server;
    QString error;
    QVERIFY2(
        server.start(paginationRoutes(m_caseDir, QStringLiteral("scenario_C_page_depth")), &error),
        qPrintable(error));
    Setup s;
    s.engine.setMaxRetries(3);
    s.cache.store({{"stations", "U299000101", "lon", utc("2025-01-01T00:00:00Z"), 6.8653, {}}});
    s.engine.addFeed(std::make_unique<StationsFeed>(
        QUrl(server.baseUrl().toString()
             + "/api/v2/hydrometrie/referentiel/stations?code_departement=90&page=5&size=5000")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("HTTP 400"));
    QVERIFY(!s.poll("stations"));
    const FeedStatus st = s.engine.status("stations");
    QCOMPARE(st.state, FeedStatus::Failing);
    QVERIFY2(st.reason.contains("exceeds the 20000 results depth"), qPrintable(st.reason));
    QCOMPARE(st.lastHttpStatus, 400);
    QTest::qWait(300);
    QCOMPARE(server.targets().size(), 1); // a 400 is not retried
    QCOMPARE(s.cache.count("stations"), 1); // what was loaded stays
}

void TestFeedsEngine::recordedAnswersAndSince()
{
    TERRITOIRE_SHARED_FILE(qfile,
                           "data/hubeau-hydrometrie/observations_tr_K447001001_Q_2026-09-13.json");
    MockHttpServer server;
    QString error;
    const QJsonObject routes {
        {"replace", QJsonObject {{"https://hubeau.eaufrance.fr/api/v2/hydrometrie", "{base}/hub"}}},
        {"routes",
         QJsonArray {route("/hub/observations_tr", 200,
                           {{"match_query", false},
                            {"times", 1},
                            {"body_file", qfile},
                            {"headers", jsonHeaders()}}),
                     route("/hub/observations_tr", 206,
                           {{"match_query", false},
                            {"body_file",
                             test::sharedPath("data/hubeau-hydrometrie/"
                                              "observations_tr_K447001001_H_2026-09-13.json")}})}}};
    QVERIFY2(server.start(routes, &error), qPrintable(error));
    Setup s;
    s.clock.setNow(utc("2026-08-27T09:00:00Z"));
    auto feed = std::make_unique<HubEauFeed>(server.baseUrl().toString() + "/hub/",
                                             QStringList {"K447001001", "U234503001"});
    s.engine.addFeed(std::move(feed));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("already fetched"));
    QVERIFY2(s.poll(gauge::hubEauFeedId()),
             qPrintable(s.engine.status(gauge::hubEauFeedId()).reason));
    const QStringList targets = server.targets();
    QVERIFY(targets.size() >= 2);
    QVERIFY2(targets.at(0).startsWith("/hub/"
                                      "observations_tr?code_entite=K447001001,U234503001&date_"
                                      "debut_obs=2026-08-26T09:00:00Z"),
             qPrintable(targets.at(0)));
    QVERIFY2(
        targets.at(1).contains(
            "cursor=AoJwrbyHoaADPwpLNDQ3MDAxMF9LNDQ3MDAxMDAxX1FfMjAyNi0wOC0yN1QwNzoyNzozMA%3D%3D"),
        qPrintable(targets.at(1)));
    QCOMPARE(s.cache.series(gauge::hubEauFeedId(), "K447001001", "Q", {}, {}).size(), 2);
    const auto h
        = s.cache.latestAtOrBefore(gauge::hubEauFeedId(), "K447001001", "H", s.clock.now());
    QVERIFY(h);
    QCOMPARE(h->value, -1.232); // negative heights kept
    // The next poll asks only for what is new: since the newest observation minus the overlap.
    server.clearLog();
    s.engine.setOverlapSeconds(600);
    s.poll(gauge::hubEauFeedId());
    QVERIFY2(server.targets().value(0).contains("date_debut_obs=2026-08-27T07:50:00Z"),
             qPrintable(server.targets().value(0)));
}

void TestFeedsEngine::sinceFollowsLaggingStation_data()
{
    QTest::addColumn<QDateTime>("lagging"); // newest cached H of K447001001
    QTest::addColumn<QString>("since");
    // Belfort is up to date (08:55) but the Blois H lags (06:30, its Q is at 08:00): the poll
    // asks from 06:30 minus the hour of overlap, so the late 08:00 H is received.
    QTest::newRow("lagging 2.5 h")
        << utc("2026-08-27T06:30:00Z") << QStringLiteral("2026-08-27T05:30:00Z");
    // A station two days behind does not widen the window beyond the 24 h backfill.
    QTest::newRow("bounded by backfill")
        << utc("2026-08-25T06:30:00Z") << QStringLiteral("2026-08-26T09:00:00Z");
}

void TestFeedsEngine::sinceFollowsLaggingStation()
{
    QFETCH(QDateTime, lagging);
    QFETCH(QString, since);
    TERRITOIRE_SHARED_FILE(hfile,
                           "data/hubeau-hydrometrie/observations_tr_K447001001_H_2026-09-13.json");
    MockHttpServer server;
    QString error;
    // The real answer (H at 08:00), its cursor link cut so the poll ends on it. Only the right
    // date_debut_obs is served: the feed-wide newest (08:55) would get a 404.
    const QString target = "/hub/observations_tr?code_entite=U234503001,K447001001,U234502001&"
                           "date_debut_obs="
        + since + "&size=5000";
    const QJsonObject routes {
        {"replace",
         QJsonObject {{"\"next\":\"https://hubeau.eaufrance.fr/api/v2/hydrometrie/"
                       "observations_tr?code_entite=K447001001&grandeur_hydro=H&cursor=",
                       "\"next\":null,\"cut\":\""}}},
        {"routes",
         QJsonArray {route(target, 206, {{"body_file", hfile}, {"headers", jsonHeaders()}})}}};
    QVERIFY2(server.start(routes, &error), qPrintable(error));
    Setup s;
    s.clock.setNow(utc("2026-08-27T09:00:00Z"));
    const QString id = gauge::hubEauFeedId();
    s.cache.store({{id, "U234503001", "H", utc("2026-08-27T08:55:00Z"), 0.5, {}},
                   {id, "K447001001", "Q", utc("2026-08-27T08:00:00Z"), 47.8, {}},
                   {id, "K447001001", "H", lagging, -1.0, {}},
                   {id, "OTHER", "H", utc("2026-08-20T00:00:00Z"), 1.0, {}}});
    // U234502001 has no observation yet and does not count; OTHER is not in this feed.
    s.engine.addFeed(
        std::make_unique<HubEauFeed>(server.baseUrl().toString() + "/hub",
                                     QStringList {"U234503001", "K447001001", "U234502001"}));
    QVERIFY2(s.poll(id), qPrintable(s.engine.status(id).reason + " " + server.targets().join(' ')));
    QCOMPARE(server.targets(), QStringList {target});
    const auto h = s.cache.latestAtOrBefore(id, "K447001001", "H", s.clock.now());
    QVERIFY(h);
    QCOMPARE(h->time, utc("2026-08-27T08:00:00Z"));
    QCOMPARE(h->value, -1.232);
}

void TestFeedsEngine::failures_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed JSON")
        << QJsonObject {{"body", "{\"count\": 3, \"data\": [ {\"code_st"},
                        {"headers", jsonHeaders()}}
        << "malformed JSON";
    QTest::newRow("empty data") << QJsonObject {{"body",
                                                 "{\"count\": 0, \"next\": null, \"data\": []}"}}
                                << "empty \"data\"";
    QTest::newRow("no data member")
        << QJsonObject {{"body", "{\"message\": \"hello\"}"}} << "no \"data\" list";
    QTest::newRow("HTTP 503") << QJsonObject {{"status", 503},
                                              {"body", "{\"message\": \"maintenance\"}"}}
                              << "HTTP 503: maintenance";
    QTest::newRow("HTTP 404") << QJsonObject {{"status", 404}, {"body", "not here"}} << "HTTP 404";
    QTest::newRow("stalled answer")
        << QJsonObject {{"stall_after", 19},
                        {"stall_seconds", 30},
                        {"headers", QJsonObject {{"Content-Length", "5000"}}},
                        {"body", "{\"count\":1,\"data\":[" + QString(5000 - 19, QLatin1Char(' '))}}
        << "timeout";
}

void TestFeedsEngine::failures()
{
    QFETCH(QJsonObject, answer);
    QFETCH(QString, reason);
    QJsonObject r = answer;
    r.insert("path", "/obs");
    if (!r.contains("status"))
        r.insert("status", 200);
    MockHttpServer server;
    QString error;
    QVERIFY2(server.start(QJsonObject {{"routes", QJsonArray {r}}}, &error), qPrintable(error));
    Setup s;
    s.engine.setTransferTimeoutMs(1000);
    const Observation good {gauge::hubEauFeedId(), "S", "H", utc("2025-11-02T05:00:00Z"), 1.5, {}};
    s.cache.store({good});
    s.engine.addFeed(std::make_unique<FixedHubEauFeed>(QUrl(server.baseUrl().toString() + "/obs")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("Hub'Eau river gauges: "));
    QVERIFY(!s.poll(gauge::hubEauFeedId()));
    const FeedStatus st = s.engine.status(gauge::hubEauFeedId());
    QCOMPARE(st.state, FeedStatus::Failing);
    QVERIFY2(st.reason.startsWith("Hub'Eau river gauges: "), qPrintable(st.reason));
    QVERIFY2(st.reason.contains(reason), qPrintable(st.reason));
    // The last good values stay, nothing partial was stored.
    QCOMPARE(s.cache.count(gauge::hubEauFeedId()), 1);
    QCOMPARE(s.cache.latestAtOrBefore(gauge::hubEauFeedId(), "S", "H", s.clock.now())->value, 1.5);
    QVERIFY(!st.lastSuccess.isValid());
}

void TestFeedsEngine::retriesWithBackoff()
{
    MockHttpServer server;
    QString error;
    QVERIFY2(server.start(
                 QJsonObject {
                     {"routes",
                      QJsonArray {route("/obs", 500, {{"times", 2}, {"body", "{}"}}),
                                  route("/obs", 200,
                                        {{"body",
                                          "{\"count\":1,\"next\":null,\"data\":[{\"code_station\":"
                                          "\"S\",\"grandeur_hydro\":\"H\",\"date_obs\":\"2025-11-"
                                          "02T05:30:00Z\",\"resultat_obs\":-40}]}"}})}}},
                 &error),
             qPrintable(error));
    Setup s;
    s.engine.setMaxRetries(3);
    s.engine.setRetryBaseDelayMs(50);
    s.engine.addFeed(std::make_unique<FixedHubEauFeed>(QUrl(server.baseUrl().toString() + "/obs")));
    QSignalSpy finished(&s.engine, &FeedEngine::pollFinished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("HTTP 500"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("HTTP 500"));
    s.engine.refresh(gauge::hubEauFeedId());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(finished.at(2).at(1).toBool(), true);
    QCOMPARE(server.targets().size(), 3);
    QCOMPARE(s.engine.status(gauge::hubEauFeedId()).state, FeedStatus::Ok);
    QCOMPARE(s.cache.latestAtOrBefore(gauge::hubEauFeedId(), "S", "H", {})->value, -0.04);
}

void TestFeedsEngine::redirects_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("minRequests");
    QTest::addColumn<int>("maxRequests");
    QTest::newRow("A same host 301")
        << "/api/v1/hydrometrie/referentiel/stations?code_departement=90" << true << "" << 2 << 2;
    QTest::newRow("B other host 302") << "/feed" << true << "" << 2 << 2;
    // Qt stops after 10 redirects (set by the engine); it may send a request again on a new
    // connection when the server closes one, so the server can see a few more than 11 requests,
    // but never an endless loop.
    QTest::newRow("C redirect loop") << "/loop-a" << false << "too many redirects" << 2 << 22;
}

void TestFeedsEngine::redirects()
{
    QFETCH(QString, start);
    QFETCH(bool, ok);
    QFETCH(QString, reason);
    QFETCH(int, minRequests);
    QFETCH(int, maxRequests);
    TERRITOIRE_SHARED_FILE(stations, "cases/qt-network-redirect-timeout/stations-ok.json");
    MockHttpServer server;
    QString error;
    const QJsonObject body {{"body_file", stations}, {"headers", jsonHeaders()}};
    const QJsonArray routes {
        route("/api/v1/hydrometrie/referentiel/stations?code_departement=90", 301,
              {{"headers",
                QJsonObject {
                    {"Location",
                     "{base}/api/v2/hydrometrie/referentiel/stations?code_departement=90"}}}}),
        route("/api/v2/hydrometrie/referentiel/stations?code_departement=90", 200, body),
        route("/feed", 302,
              {{"headers", QJsonObject {{"Location", "http://localhost:{port}/feed-moved"}}}}),
        route("/feed-moved", 200, body),
        route("/loop-a", 302, {{"headers", QJsonObject {{"Location", "/loop-b"}}}}),
        route("/loop-b", 302, {{"headers", QJsonObject {{"Location", "/loop-a"}}}}),
    };
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    Setup s;
    s.cache.store({{"stations", "U299000101", "lon", utc("2024-01-01T00:00:00Z"), 6.8, {}}});
    s.engine.addFeed(std::make_unique<StationsFeed>(QUrl(server.baseUrl().toString() + start)));
    if (!ok)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(reason));
    QCOMPARE(s.poll("stations"), ok);
    const int requests = server.targets().size();
    QVERIFY2(requests >= minRequests && requests <= maxRequests,
             qPrintable(server.targets().join(' ')));
    const FeedStatus st = s.engine.status("stations");
    QVERIFY2(st.reason.contains(reason), qPrintable(st.reason));
    const auto lon = s.cache.latestAtOrBefore("stations", "U299000101", "lon", {});
    QVERIFY(lon);
    QCOMPARE(lon->value, ok ? 6.865303956 : 6.8); // on failure the cached data stays
}

void TestFeedsEngine::insecureRedirect()
{
    // Scenario D: https -> http is never followed, and the http URL is never requested.
    TERRITOIRE_SHARED_FILE(stations, "cases/qt-network-redirect-timeout/stations-ok.json");
    QString cert, key, error;
    QVERIFY2(MockHttpServer::makeSelfSignedCertificate(m_certDir.path(), "loopback", true, &cert,
                                                       &key, &error),
             qPrintable(error));
    MockHttpServer server;
    const QJsonArray routes {
        route("/secure", 301, {{"headers", QJsonObject {{"Location", "{base}/plain"}}}}),
        route("/plain", 200, {{"body_file", stations}})};
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error, cert, key), qPrintable(error));
    Setup s;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(cert));
    s.engine.setSslConfiguration(ssl);
    s.engine.addFeed(
        std::make_unique<StationsFeed>(QUrl(server.tlsBaseUrl().toString() + "/secure")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("https to http refused"));
    QVERIFY(!s.poll("stations"));
    const FeedStatus st = s.engine.status("stations");
    QCOMPARE(st.lastNetworkError, int(QNetworkReply::InsecureRedirectError));
    QCOMPARE(server.targets(), QStringList {"/secure"});
    QCOMPARE(s.cache.count("stations"), 0);
}

void TestFeedsEngine::tlsNameMismatch()
{
    // Scenario F: a self-signed certificate for another name: the handshake fails, the errors
    // are reported, no HTTP request is made.
    TERRITOIRE_SHARED_FILE(stations, "cases/qt-network-redirect-timeout/stations-ok.json");
    QString cert, key, error;
    QVERIFY2(MockHttpServer::makeSelfSignedCertificate(m_certDir.path(), "mock.invalid", false,
                                                       &cert, &key, &error),
             qPrintable(error));
    MockHttpServer server;
    QVERIFY2(
        server.start(QJsonObject {{"routes",
                                   QJsonArray {route("/api/v2/hydrometrie/referentiel/stations",
                                                     200, {{"body_file", stations}})}}},
                     &error, cert, key),
        qPrintable(error));
    Setup s;
    s.engine.addFeed(std::make_unique<StationsFeed>(
        QUrl(server.tlsBaseUrl().toString() + "/api/v2/hydrometrie/referentiel/stations")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("TLS errors: "));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("TLS handshake failed"));
    QVERIFY(!s.poll("stations"));
    const FeedStatus st = s.engine.status("stations");
    QCOMPARE(st.lastNetworkError, int(QNetworkReply::SslHandshakeFailedError));
    QVERIFY2(st.reason.contains("self signed", Qt::CaseInsensitive)
                 || st.reason.contains("self-signed", Qt::CaseInsensitive),
             qPrintable(st.reason));
    QVERIFY2(st.reason.contains("host name", Qt::CaseInsensitive), qPrintable(st.reason));
    QVERIFY(server.targets().isEmpty());
}

void TestFeedsEngine::proxyAuthentication()
{
    // Scenario G: the proxy answers 407; without credentials the error is reported once, with
    // configured credentials the request goes through.
    TERRITOIRE_SHARED_FILE(stations, "cases/qt-network-redirect-timeout/stations-ok.json");
    MockHttpServer proxy;
    QString error;
    QVERIFY2(
        proxy.start(QJsonObject {{"routes",
                                  QJsonArray {route("/api/v2/hydrometrie/referentiel/stations", 200,
                                                    {{"require_proxy_auth", "duty:s3cret"},
                                                     {"body_file", stations}})}}},
                    &error),
        qPrintable(error));
    Setup s;
    s.engine.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, "127.0.0.1", quint16(proxy.port())));
    s.engine.addFeed(std::make_unique<StationsFeed>(
        QUrl("http://hubeau.eaufrance.fr/api/v2/hydrometrie/referentiel/stations")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("asks for credentials"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("proxy authentication required"));
    QVERIFY(!s.poll("stations"));
    QCOMPARE(s.engine.status("stations").lastNetworkError,
             int(QNetworkReply::ProxyAuthenticationRequiredError));
    QVERIFY2(proxy.targets().size() <= 2, qPrintable(proxy.targets().join(' ')));
    QVERIFY(proxy.targets().value(0).startsWith("http://hubeau.eaufrance.fr/"));
    s.engine.setProxyCredentials("duty", "s3cret");
    QVERIFY2(s.poll("stations"), qPrintable(s.engine.status("stations").reason));
    QCOMPARE(s.cache.latestAtOrBefore("stations", "U299000101", "lon", {})->value, 6.865303956);
}

void TestFeedsEngine::offlineSendsNothing()
{
    MockHttpServer server;
    QString error;
    QVERIFY2(
        server.start(QJsonObject {{"routes", QJsonArray {route("/obs", 200, {{"body", "{}"}})}}},
                     &error),
        qPrintable(error));
    Setup s;
    s.engine.addFeed(std::make_unique<FixedHubEauFeed>(QUrl(server.baseUrl().toString() + "/obs")));
    s.engine.setOffline(true);
    QSignalSpy started(&s.engine, &FeedEngine::pollStarted);
    s.engine.start();
    s.engine.refreshAll();
    QTest::qWait(300);
    QCOMPARE(started.size(), 0);
    QVERIFY(server.targets().isEmpty());
    QCOMPARE(s.engine.status(gauge::hubEauFeedId()).state, FeedStatus::Offline);
    QVERIFY(!s.engine.status(gauge::hubEauFeedId()).nextPoll.isValid());
}

void TestFeedsEngine::lateAndStale()
{
    MockHttpServer server;
    QString error;
    QVERIFY2(server.start(
                 QJsonObject {
                     {"routes",
                      QJsonArray {route("/obs", 200,
                                        {{"body",
                                          "{\"count\":1,\"next\":null,\"data\":[{\"code_station\":"
                                          "\"S\",\"grandeur_hydro\":\"H\",\"date_obs\":\"2025-11-"
                                          "02T05:50:00Z\",\"resultat_obs\":900}]}"}})}}},
                 &error),
             qPrintable(error));
    Setup s;
    s.engine.addFeed(std::make_unique<FixedHubEauFeed>(QUrl(server.baseUrl().toString() + "/obs")));
    QVERIFY(s.poll(gauge::hubEauFeedId()));
    const QString id = gauge::hubEauFeedId();
    QCOMPARE(s.engine.status(id).state, FeedStatus::Ok);
    QCOMPARE(s.engine.status(id).lastSuccess, s.clock.now());
    const QDateTime observed = utc("2025-11-02T05:50:00Z");
    s.engine.setStaleAfterSeconds(1800);
    QVERIFY(!s.engine.isStale(id, observed));
    s.clock.advance(20 * 60); // 06:20: observation 30 min old, poll 20 min old (interval 2 min)
    QCOMPARE(s.engine.status(id).state, FeedStatus::Late);
    QVERIFY(!s.engine.isStale(id, observed));
    s.clock.advance(60);
    QVERIFY(s.engine.isStale(id, observed));
    // The last successful poll survives a restart through the cache.
    QCOMPARE(s.cache.lastSuccess(id), utc("2025-11-02T06:00:00Z"));
    // The retention setting is applied at each poll: 2 days kept, the older value goes.
    s.cache.setRetentionDays(2);
    s.cache.store({{id, "S", "H", utc("2025-10-30T00:00:00Z"), 0.7, {}},
                   {id, "S", "H", utc("2025-11-01T00:00:00Z"), 0.8, {}}});
    QCOMPARE(s.cache.count(id), 3);
    QVERIFY(s.poll(id));
    QCOMPARE(s.cache.count(id), 2);
    QVERIFY(!s.cache.latestAtOrBefore(id, "S", "H", utc("2025-10-31T00:00:00Z")));
}

void TestFeedsEngine::vigilancePerReach()
{
    // The live vigilance poll asks for the bulletin of each reach of the project's stations
    // (the national bulletin holds only the national level). RS18 gets the real single-reach
    // answer (AP1's, which names no entity: the reach comes from the URL); RS17 a red one.
    TERRITOIRE_SHARED_FILE(reach, "data/vigicrues/InfoVigiCru_CdEntVigiCruAP1.json");
    const QString red = QStringLiteral(
        "{\"vic:InfoVigiCru\": {\"vic:DtHrInfoVigiCru\": \"2021-01-24T08:16:03+0100\", "
        "\"vic:NivInfoVigiCru\": \"4\"}}");
    MockHttpServer server;
    QString error;
    const QJsonArray routes {
        route("/vig/InfoVigiCru.jsonld?CdEntVigiCru=RS18&TypEntVigiCru=8", 200,
              {{"body_file", reach}}),
        route("/vig/InfoVigiCru.jsonld?CdEntVigiCru=RS17&TypEntVigiCru=8", 200, {{"body", red}})};
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    Setup s;
    s.clock.setNow(utc("2021-01-24T08:30:00Z"));
    GaugeSettings settings;
    settings.vigicruesUrl = server.baseUrl().toString() + "/vig";
    settings.reaches = {{"U234503001", "RS18"}, {"U233402001", "RS17"}, {"U234502001", "RS18"}};
    QList<GaugeStation> stations;
    for (const char *code : {"U234503001", "U233402001", "U234502001"}) {
        GaugeStation station;
        station.code = QString::fromLatin1(code);
        stations.append(station);
    }
    GaugeFeedPair feeds = makeGaugeFeeds(settings, stations);
    QCOMPARE(feeds.vigicrues->reaches(), (QStringList {"RS18", "RS17"}));
    s.engine.addFeed(std::move(feeds.vigicrues));
    QVERIFY2(s.poll(gauge::vigicruesFeedId()),
             qPrintable(s.engine.status(gauge::vigicruesFeedId()).reason));
    QCOMPARE(server.targets(),
             (QStringList {"/vig/InfoVigiCru.jsonld?CdEntVigiCru=RS18&TypEntVigiCru=8",
                           "/vig/InfoVigiCru.jsonld?CdEntVigiCru=RS17&TypEntVigiCru=8"}));
    // The Belfort station on RS18 is green; Joncherey on RS17 red, and shown as vigilance.
    s.cache.store(
        {{gauge::hubEauFeedId(), "U233402001", "H", utc("2021-01-24T08:20:00Z"), 1.0, {}}});
    GaugeNetwork network(&s.cache, &s.clock);
    network.setSettings(settings);
    network.setStations(stations);
    QCOMPARE(network.reading("U234503001").vigilance, 1);
    const GaugeReading joncherey = network.reading("U233402001");
    QCOMPARE(joncherey.vigilance, 4);
    QCOMPARE(gaugeStateKey(joncherey.state), QStringLiteral("vigilance"));
    QCOMPARE(joncherey.vigilanceTime, utc("2021-01-24T07:16:03Z"));
}

void TestFeedsEngine::reachesFetchedLive()
{
    // The station → reach mapping comes from Vigicrues through the engine: the real answer for
    // territory 1 (Artois-Picardie, 13 reaches with their stations). Hub'Eau and Vigicrues use
    // the same 10-character codes; an 8-character site code (E3511220) finds E351122001.
    TERRITOIRE_SHARED_FILE(territory, "data/vigicrues/StaEntVigiCru_CdEntVigiCru1.json");
    TERRITOIRE_SHARED_FILE(bulletin, "data/vigicrues/InfoVigiCru_CdEntVigiCruAP1.json");
    const QString mappingTarget = "/vig/StaEntVigiCru.jsonld?CdEntVigiCru=1&TypEntVigiCru=5";
    MockHttpServer server;
    QString error;
    const QJsonArray routes {
        route(mappingTarget, 200, {{"times", 1}, {"body_file", territory}}),
        route(mappingTarget, 500, {{"body", "{\"message\": \"down\"}"}}),
        route("/vig/InfoVigiCru.jsonld", 200, {{"match_query", false}, {"body_file", bulletin}})};
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    Setup s;
    s.clock.setNow(utc("2021-01-24T08:30:00Z"));
    GaugeSettings settings;
    settings.vigicruesUrl = server.baseUrl().toString() + "/vig";
    settings.vigicruesTerritories = {"1"};
    settings.reaches = {{"E156371002", "RS18"}}; // the project's mapping overrides
    QList<GaugeStation> stations;
    for (const char *code : {"D019223001", "E3511220", "E156371002", "U234503001"}) {
        GaugeStation station;
        station.code = QString::fromLatin1(code);
        stations.append(station);
    }
    GaugeNetwork network(&s.cache, &s.clock);
    network.setSettings(settings);
    network.setStations(stations);
    network.setFeedEngine(&s.engine);
    auto reachesFeed = makeReachesFeed(settings, stations);
    QVERIFY(reachesFeed);
    s.engine.addFeed(std::move(reachesFeed));
    const QString id = gauge::vigicruesReachesFeedId();
    QSignalSpy changed(&network, &GaugeNetwork::reachesChanged);
    QVERIFY2(s.poll(id), qPrintable(s.engine.status(id).reason));
    QCOMPARE(server.targets(), QStringList {mappingTarget});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(network.fetchedReaches().size(), 49); // 68 stations, 19 outside any reach
    QCOMPARE(network.reachOf("D019223001"), QStringLiteral("AP1")); // Sambre
    QCOMPARE(network.reachOf("E3511220"), QStringLiteral("AP13")); // Lys amont
    QCOMPARE(network.reachOf("E156371002"), QStringLiteral("RS18")); // project mapping
    QCOMPARE(network.reachOf("U234503001"), QString()); // not in territory 1

    // The vigilance feed then asks for the reaches of the mapped stations; the Sambre
    // station gets its reach's colour (AP1: green).
    GaugeFeedPair feeds = makeGaugeFeeds(settings, stations, network.fetchedReaches());
    QCOMPARE(feeds.vigicrues->reaches(), (QStringList {"AP1", "AP13", "RS18"}));
    s.cache.store(
        {{gauge::hubEauFeedId(), "D019223001", "H", utc("2021-01-24T08:20:00Z"), 1.0, {}}});
    s.engine.addFeed(std::move(feeds.vigicrues));
    // The real AP1 bulletin names no entity: each reach takes its level from its URL.
    QVERIFY2(s.poll(gauge::vigicruesFeedId()),
             qPrintable(s.engine.status(gauge::vigicruesFeedId()).reason));
    QCOMPARE(network.reading("D019223001").vigilance, 1);

    // A failing mapping request keeps the last mapping.
    const QHash<QString, QString> before = network.fetchedReaches();
    QVERIFY(!s.poll(id));
    QCOMPARE(s.engine.status(id).state, FeedStatus::Failing);
    QVERIFY2(s.engine.status(id).reason.contains("500"), qPrintable(s.engine.status(id).reason));
    QCOMPARE(network.fetchedReaches(), before);
    QCOMPARE(network.reachOf("D019223001"), QStringLiteral("AP1"));

    // Kept between runs in the snapshot store.
    QTemporaryDir dir;
    const SnapshotStore store(dir.path());
    QVERIFY(saveReachSnapshot(store, network.fetchedReaches(), s.clock.now(), &error));
    const ReachSnapshot loaded = loadReachSnapshot(store);
    QCOMPARE(loaded.reaches, before);
    QCOMPARE(loaded.savedAt, s.clock.now());
}

void TestFeedsEngine::reachesPerStation()
{
    // Without territories, one station detail per station, chained. The real Delettes detail
    // names no reach (its "aNPlusUn" is empty): no mapping, and not an error.
    TERRITOIRE_SHARED_FILE(detail, "data/vigicrues/StaEntVigiCru_CdEntVigiCruE351122001.json");
    const QString red = QStringLiteral(
        "{\"vic:StaEntVigiCru\": {\"vic:CdEntVigiCru\": \"U234503001\", \"vic:TypEntVigiCru\": "
        "\"7\", \"vic:aNPlusUn\": {\"vic:CdEntVigiCru\": \"RS18\", \"vic:TypEntVigiCru\": "
        "\"8\"}}}");
    MockHttpServer server;
    QString error;
    const QJsonArray routes {
        route("/vig/StaEntVigiCru.jsonld?CdEntVigiCru=E351122001&TypEntVigiCru=7", 200,
              {{"body_file", detail}}),
        route("/vig/StaEntVigiCru.jsonld?CdEntVigiCru=U234503001&TypEntVigiCru=7", 200,
              {{"body", red}})};
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    Setup s;
    GaugeSettings settings;
    settings.vigicruesUrl = server.baseUrl().toString() + "/vig/";
    QList<GaugeStation> stations;
    for (const char *code : {"E351122001", "U234503001"}) {
        GaugeStation station;
        station.code = QString::fromLatin1(code);
        stations.append(station);
    }
    GaugeNetwork network(&s.cache, &s.clock);
    network.setStations(stations);
    network.setFeedEngine(&s.engine);
    s.engine.addFeed(makeReachesFeed(settings, stations));
    const QString id = gauge::vigicruesReachesFeedId();
    QVERIFY2(s.poll(id), qPrintable(s.engine.status(id).reason));
    QCOMPARE(server.targets(),
             (QStringList {"/vig/StaEntVigiCru.jsonld?CdEntVigiCru=E351122001&TypEntVigiCru=7",
                           "/vig/StaEntVigiCru.jsonld?CdEntVigiCru=U234503001&TypEntVigiCru=7"}));
    QCOMPARE(network.fetchedReaches(), (QHash<QString, QString> {{"U234503001", "RS18"}}));
    QCOMPARE(network.reachOf("U234503001"), QStringLiteral("RS18"));
    QCOMPARE(network.reachOf("E351122001"), QString());
}

void TestFeedsEngine::stationsByQuery_data()
{
    QTest::addColumn<QString>("departement");
    QTest::addColumn<QRectF>("bbox");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QStringList>("expectedTargets");
    QTest::addColumn<QString>("station");
    QTest::addColumn<double>("lon");
    QTest::addColumn<int>("stationCount");
    // hubeau-stations-coords: 5 stations of département 90; B's position comes from Lambert-93.
    QTest::newRow("departement 90")
        << "90" << QRectF() << 1000
        << QStringList {"/hub/referentiel/"
                        "stations?code_departement=90&format=json&page=1&size=1000"}
        << "U299000201" << 6.8797530 << 5;
    // The real recorded answer for La Loire à Blois, asked by a box around Blois.
    QTest::newRow("bbox Blois")
        << "" << QRectF(QPointF(1.2, 47.5), QPointF(1.5, 47.7)) << 1000
        << QStringList {"/hub/referentiel/stations?bbox=1.200000,47.500000,1.500000,47.700000&"
                        "format=json&page=1&size=1000"}
        << "K447001001" << 1.335147948 << 1;
    // Page 2 links to page 3 of 10000 (30000 results): never requested, pages 1-2 kept.
    QTest::newRow("next links, depth guard")
        << "90" << QRectF() << 10000
        << QStringList {"/hub/referentiel/stations?code_departement=90&format=json&page=1&size="
                        "10000",
                        "/hub/referentiel/stations?code_departement=90&format=json&page=2&size="
                        "10000"}
        << "U299000901" << 6.865303956 << 6;
}

void TestFeedsEngine::stationsByQuery()
{
    QFETCH(QString, departement);
    QFETCH(QRectF, bbox);
    QFETCH(int, pageSize);
    QFETCH(QStringList, expectedTargets);
    QFETCH(QString, station);
    QFETCH(double, lon);
    QFETCH(int, stationCount);
    TERRITOIRE_SHARED_FILE(dept90, "cases/hubeau-stations-coords/stations.json");
    TERRITOIRE_SHARED_FILE(
        blois, "data/hubeau-hydrometrie/referentiel_stations_K447001001_2026-09-13.json");
    TERRITOIRE_SHARED_FILE(one, "cases/qt-network-redirect-timeout/stations-ok.json");
    QFile oneFile(one);
    QVERIFY(oneFile.open(QIODevice::ReadOnly));
    QJsonObject page2 = QJsonDocument::fromJson(oneFile.readAll()).object();
    page2.insert("next",
                 "{base}/hub/referentiel/stations?code_departement=90&format=json&page=3&"
                 "size=10000");
    QJsonArray page2Data = page2.value("data").toArray();
    QJsonObject other = page2Data.first().toObject();
    other.insert("code_station", "U299000901");
    page2Data[0] = other;
    page2.insert("data", page2Data);
    QFile deptFile(dept90);
    QVERIFY(deptFile.open(QIODevice::ReadOnly));
    QJsonObject page1 = QJsonDocument::fromJson(deptFile.readAll()).object();
    page1.insert("next",
                 "{base}/hub/referentiel/stations?code_departement=90&format=json&page=2&"
                 "size=10000");
    const QString base = "/hub/referentiel/stations?";
    const QJsonArray routes {
        route(base + "code_departement=90&format=json&page=1&size=1000", 200,
              {{"body_file", dept90}}),
        route(base + "bbox=1.200000,47.500000,1.500000,47.700000&format=json&page=1&size=1000", 200,
              {{"body_file", blois}}),
        route(base + "code_departement=90&format=json&page=1&size=10000", 206,
              {{"body_json", page1}}),
        route(base + "code_departement=90&format=json&page=2&size=10000", 206,
              {{"body_json", page2}}),
        route(base + "code_departement=90&format=json&page=3&size=10000", 400,
              {{"body", "{\"message\": \"depth\"}"}}),
    };
    MockHttpServer server;
    QString error;
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));
    Setup s;
    GaugeNetwork network(&s.cache, &s.clock);
    network.setFeedEngine(&s.engine);
    hubeau::StationQuery query;
    query.departement = departement;
    query.bbox = bbox;
    s.engine.addFeed(std::make_unique<HubEauStationsFeed>(server.baseUrl().toString() + "/hub",
                                                          query, pageSize));
    if (expectedTargets.size() > 1)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("beyond the 20000 results"));
    QVERIFY2(s.poll(gauge::hubEauStationsFeedId()),
             qPrintable(s.engine.status(gauge::hubEauStationsFeedId()).reason));
    QCOMPARE(server.targets(), expectedTargets);
    QCOMPARE(network.stations().size(), stationCount);
    const auto found = network.station(station);
    QVERIFY(found);
    QVERIFY2(qAbs(found->position.lon - lon) < 1e-6,
             qPrintable(QString::number(found->position.lon, 'f', 9)));
    QVERIFY(!hubeau::exceedsResultDepth(
        hubeau::stationsUrl("https://hubeau.eaufrance.fr/api/v2/hydrometrie", query, 20000)));
}

QTEST_GUILESS_MAIN(TestFeedsEngine)
#include "tst_feeds_engine.moc"
