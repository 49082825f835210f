// Feeds benchmark: (1) parse and store 100,000 Hub'Eau observations (time, and the peak memory
// above the start), against an anchor that only reads the same JSON (QJsonDocument) in the same
// run; (2) the longest stall of the event loop while the engine polls 100 stations served by the
// loopback mock (target <= 16 ms), with the gauge network and layer reacting as in the
// application (a render job prepared on the loop's thread at each change), against the longest
// stall of the idle loop over the same time; also the longest single event handled on the loop
// (less sensitive than gaps to other processes taking the CPU), against the idle loop's.
#include "MockHttpServer.h"

#include "base/Clock.h"
#include "base/Project.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "feeds/gauges/GaugeLayer.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/GaugeUnits.h"
#include "feeds/gauges/HubEau.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace territoire;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Resets the peak RSS to the current RSS (Linux /proc/self/clear_refs, value 5).
void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

QByteArray makeBody(int stations, int perQuantity)
{
    QJsonArray data;
    const QDateTime start
        = QDateTime::fromString(QStringLiteral("2025-11-01T00:00:00Z"), Qt::ISODate);
    for (int s = 0; s < stations; ++s) {
        for (const char *q : {"H", "Q"}) {
            for (int i = 0; i < perQuantity; ++i) {
                data.append(QJsonObject {
                    {"code_site", QStringLiteral("U%1").arg(2990000 + s)},
                    {"code_station", QStringLiteral("U%1").arg(299000000 + s * 100 + 1)},
                    {"grandeur_hydro", QString::fromLatin1(q)},
                    {"date_obs", start.addSecs(i * 300).toString(Qt::ISODate)},
                    {"resultat_obs", 1000.0 + (i % 97) * 3 - s},
                    {"continuite_obs_hydro", true}});
            }
        }
    }
    return QJsonDocument(QJsonObject {{"count", data.size()},
                                      {"next", QJsonValue()},
                                      {"api_version", "2.0.1"},
                                      {"data", data}})
        .toJson(QJsonDocument::Compact);
}

// Times the handling of every event on the main thread: the longest is the stall our code
// causes, less sensitive than loop gaps to other processes taking the CPU.
class TimingApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        QElapsedTimer timer;
        timer.start();
        const bool result = QCoreApplication::notify(receiver, event);
        longestEventUs = std::max(longestEventUs, timer.nsecsElapsed() / 1000);
        return result;
    }
    qint64 longestEventUs = 0;
};

// Runs the event loop for `ms` (or until `done`) with a 1 ms timer; returns the longest gap.
qint64 longestStall(int ms, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    tick.start();
    while (clock.elapsed() < ms && !(done && done()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return worst;
}

} // namespace

int main(int argc, char *argv[])
{
    TimingApplication app(argc, argv);
    QTemporaryDir dir;

    // 1. Parse and store 100,000 observations (250 stations x H/Q x 200).
    const QByteArray body = makeBody(250, 200);
    QElapsedTimer t;
    const long baseKb = (resetPeakRss(), peakRssKb());
    qint64 anchorMs = 0;
    {
        t.start();
        const QJsonDocument anchorDoc = QJsonDocument::fromJson(body);
        anchorMs = std::max<qint64>(1, t.elapsed());
    }
    const long anchorKb = peakRssKb() - baseKb;
    resetPeakRss();
    const long parseBaseKb = peakRssKb();
    t.restart();
    auto page = hubeau::parseObservations(body, QStringLiteral("hubeau-hydrometrie"));
    const qint64 parseMs = t.elapsed();
    ObservationCache cache(dir.filePath(QStringLiteral("bench.sqlite")));
    cache.open();
    t.restart();
    const int stored = cache.store(page.observations);
    const qint64 storeMs = t.elapsed();
    const long parseStoreKb = peakRssKb() - parseBaseKb;
    std::printf("feeds.parse_store observations=%d parse_ms=%lld store_ms=%lld anchor_json_ms=%lld "
                "ratio=%.2f extra_peak_mb=%.1f anchor_extra_peak_mb=%.1f memory_ratio=%.2f\n",
                stored, static_cast<long long>(parseMs), static_cast<long long>(storeMs),
                static_cast<long long>(anchorMs), double(parseMs + storeMs) / double(anchorMs),
                parseStoreKb / 1024.0, anchorKb / 1024.0,
                double(parseStoreKb) / double(std::max(1L, anchorKb)));

    // 2. Event-loop stall while polling 100 stations (H and Q, 24 h at 5 min: 57,600 records).
    const QString bodyPath = dir.filePath(QStringLiteral("obs.json"));
    QFile f(bodyPath);
    f.open(QIODevice::WriteOnly);
    f.write(makeBody(100, 288));
    f.close();
    test::MockHttpServer server;
    QString error;
    if (!server.start(QJsonObject {{"routes",
                                    QJsonArray {QJsonObject {{"path", "/hub/observations_tr"},
                                                             {"match_query", false},
                                                             {"status", 200},
                                                             {"body_file", bodyPath}}}}},
                      &error)) {
        std::fprintf(stderr, "mock server: %s\n", qPrintable(error));
        return 1;
    }
    QStringList codes;
    for (int s = 0; s < 100; ++s)
        codes.append(QStringLiteral("U%1").arg(299000000 + s * 100 + 1));
    ManualClock clock(QDateTime::fromString(QStringLiteral("2025-11-02T00:00:00Z"), Qt::ISODate));
    ObservationCache pollCache(dir.filePath(QStringLiteral("poll.sqlite")));
    pollCache.open();
    FeedEngine engine(&clock, &pollCache);
    engine.addFeed(
        std::make_unique<HubEauFeed>(server.baseUrl().toString() + QStringLiteral("/hub"), codes));
    // The application's reaction to each change: readings of every station, a render job.
    GaugeNetwork network(&pollCache, &clock);
    network.setFeedEngine(&engine);
    QList<GaugeStation> stations;
    for (int s = 0; s < codes.size(); ++s) {
        GaugeStation station;
        station.code = codes.at(s);
        station.position = LonLat(6.8 + 0.002 * s, 47.6);
        stations.append(station);
    }
    ProjectLayer descriptor;
    descriptor.type = QStringLiteral("gauges");
    descriptor.options.insert(QStringLiteral("stations"), stationsToJson(stations));
    GaugeLayer layer(&network);
    layer.applyDescriptor(descriptor);
    MapSettings mapSettings;
    mapSettings.setCrs(Crs::wgs84());
    mapSettings.setOutputSize(QSize(800, 600));
    mapSettings.setExtent(QRectF(QPointF(6.7, 47.5), QPointF(7.1, 47.7)));
    qint64 worstRepaintMs = 0;
    int repaints = 0;
    QObject::connect(&layer, &MapLayer::repaintRequested, [&] {
        QElapsedTimer repaint;
        repaint.start();
        layer.createRenderJob(mapSettings);
        worstRepaintMs = std::max(worstRepaintMs, repaint.elapsed());
        ++repaints;
    });
    // The map was drawn once before the poll, as in the application.
    layer.createRenderJob(mapSettings);
    QCoreApplication::processEvents();
    bool finished = false, ok = false;
    QObject::connect(&engine, &FeedEngine::pollFinished, [&](const QString &, bool success) {
        finished = true;
        ok = success;
    });
    QElapsedTimer pollTime;
    pollTime.start();
    engine.refresh(gauge::hubEauFeedId());
    app.longestEventUs = 0;
    const qint64 stall = longestStall(60000, [&] { return finished; });
    const qint64 longestEventUs = app.longestEventUs;
    const qint64 pollMs = pollTime.elapsed();
    app.longestEventUs = 0;
    const qint64 idle = longestStall(int(std::max<qint64>(200, pollMs)), {});
    const qint64 idleEventUs = app.longestEventUs;
    std::printf(
        "feeds.poll_stall stations=100 ok=%d stored=%lld poll_ms=%lld max_stall_ms=%lld "
        "idle_max_stall_ms=%lld ratio=%.2f longest_event_ms=%.1f idle_longest_event_ms=%.1f "
        "event_ratio=%.2f repaints=%d worst_repaint_prep_ms=%lld target_ms=16 %s\n",
        ok ? 1 : 0, static_cast<long long>(pollCache.count()), static_cast<long long>(pollMs),
        static_cast<long long>(stall), static_cast<long long>(idle),
        double(stall) / double(std::max<qint64>(1, idle)), longestEventUs / 1000.0,
        idleEventUs / 1000.0, double(longestEventUs) / double(std::max<qint64>(1, idleEventUs)),
        repaints, static_cast<long long>(worstRepaintMs), stall <= 16 ? "PASS" : "OVER");
    return ok ? 0 : 1;
}
