// Offline benchmark (see run): pack time and size, and UI responsiveness of a 3,600x replay.
#include "TileServer.h"

#include "base/Clock.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/GaugeSettings.h"
#include "feeds/gauges/GaugeStation.h"
#include "feeds/gauges/GaugeUnits.h"
#include "layers/LayerTypes.h"
#include "offline/BasemapLayer.h"
#include "offline/ExerciseScenario.h"
#include "offline/PackWriter.h"
#include "offline/ReplayDriver.h"
#include "offline/TimelineBar.h"
#include "parking/BayStatusModel.h"
#include "parking/ParkingConfig.h"
#include "parking/ParkingSetup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <gdal.h>

#include <cstdio>

using namespace territoire;

namespace {

struct PackRun
{
    double seconds = 0;
    PackResult result;
};

PackRun pack(const Project &project, const QString &out, int minZoom, int maxZoom)
{
    PackRequest request;
    request.project = project;
    request.outPath = out;
    request.basemapMinZoom = minZoom;
    request.basemapMaxZoom = maxZoom;
    QElapsedTimer timer;
    timer.start();
    PackRun run;
    // Off the main thread, as the File menu does; the main loop keeps serving the tile
    // server's output (a full pipe would stall it).
    QFutureWatcher<PackResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<PackResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([request] { return writePack(request); }));
    loop.exec();
    run.result = watcher.result();
    run.seconds = timer.elapsed() / 1000.0;
    return run;
}

// Runs the event loop for `ms` with a 1 ms timer and returns the longest gap between its
// ticks (ms).
double maxStall(int ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double worst = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, (now - last) / 1e6);
        last = now;
    });
    probe.start();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return worst;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_offline SAMPLE.territoire WORKDIR [MINZ-MAXZ]\n");
        return 2;
    }
    GDALAllRegister();
    registerLayerTypes();
    registerBasemapLayerType();
    const QString work = QString::fromLocal8Bit(argv[2]);
    const QStringList zooms = QString::fromLatin1(argc > 3 ? argv[3] : "10-16").split(u'-');
    const int minZoom = zooms.value(0).toInt();
    const int maxZoom = zooms.value(1, zooms.value(0)).toInt();

    Project project;
    QString error;
    if (!project.load(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    test::TileServer server;
    if (!server.start(&error)) {
        std::fprintf(stderr, "tile server: %s\n", qPrintable(error));
        return 1;
    }
    // Anchor: the same pack without a basemap.
    const PackRun anchor = pack(project, work + QStringLiteral("/anchor.gpkg"), minZoom, maxZoom);
    if (!anchor.result.ok) {
        std::fprintf(stderr, "anchor pack failed: %s\n", qPrintable(anchor.result.error));
        return 1;
    }
    BasemapSource basemap;
    basemap.id = QStringLiteral("local");
    basemap.urlTemplate = server.xyzTemplate();
    basemap.cacheDir = work + QStringLiteral("/tile-cache");
    QDir(basemap.cacheDir).removeRecursively(); // cold cache: every tile comes from the server
    project.layers().prepend(BasemapLayer::descriptorFor(basemap, QStringLiteral("fond")));
    const PackRun full = pack(project, work + QStringLiteral("/sample.gpkg"), minZoom, maxZoom);
    if (!full.result.ok) {
        std::fprintf(stderr, "pack failed: %s\n", qPrintable(full.result.error));
        return 1;
    }
    const int served = server.requestCount();
    std::printf("pack anchor (no basemap): %.2f s, %.1f MB\n", anchor.seconds,
                anchor.result.bytesAfter / 1048576.0);
    std::printf("pack sample + basemap z%d-%d: %.2f s, %d tiles (%d fetched, %d missing), "
                "size before %.1f MB, after %.1f MB\n",
                minZoom, maxZoom, full.seconds, full.result.basemapTiles, served,
                full.result.missingTiles, full.result.bytesBefore / 1048576.0,
                full.result.bytesAfter / 1048576.0);
    std::printf("ratio pack time / anchor (same pack, no basemap): %.1f\n",
                full.seconds / std::max(0.001, anchor.seconds));

    // Replay at 3,600x of a week: the timeline bar and the replay driver with the sample's
    // gauge stations (a threshold each, a 5-minute history) and its PMR bays (trainer events).
    ObservationCache cache(work + QStringLiteral("/replay.sqlite"));
    QFile::remove(cache.path());
    cache.open(&error);
    const QDateTime start(QDate(2021, 1, 10), QTime(0, 0), Qt::UTC);
    const QList<GaugeStation> stations = projectGaugeStations(project);
    ObservationList history;
    for (const GaugeStation &station : stations) {
        for (int i = 0; i < 7 * 24 * 12; ++i) {
            Observation o;
            o.feedId = gauge::hubEauFeedId();
            o.entityId = station.code;
            o.quantity = gauge::heightQuantity();
            o.time = start.addSecs(qint64(i) * 300);
            o.value = 1.0 + std::sin(i / 50.0);
            history.append(o);
        }
    }
    const ParkingConfig parking = ParkingConfig::fromJson(
        ExerciseScenario::withExerciseBayFeed(project.section(QStringLiteral("parking"))),
        project.directory());
    const LoadedInventories inventories = loadInventories(parking);
    ExerciseScenario scenario;
    for (int i = 0; i < inventories.bays.size(); ++i) {
        ExerciseEvent taken;
        taken.at = start.addSecs(3600 * (i + 1));
        taken.kind = ExerciseEvent::Kind::BayTaken;
        taken.target = inventories.bays[i].id;
        scenario.addEvent(taken);
    }
    history += scenario.syntheticObservations();
    cache.store(history, &error);

    ReplayClock clock(start, start.addDays(7));
    GaugeNetwork network(&cache, &clock);
    network.setStations(stations);
    for (const GaugeStation &station : stations) {
        GaugeThreshold threshold;
        threshold.value = 1.5;
        network.setThresholds(station.code, {threshold});
    }
    BayStatusModel bays(&clock);
    bays.setFeeds(parking.feeds);
    bays.setBays(inventories.bays);
    ReplayDriver driver(&clock, &cache, start);
    driver.setGaugeNetwork(&network);
    driver.setBayModel(&bays);
    driver.setScenario(&scenario);
    int updates = 0;
    QObject::connect(&driver, &ReplayDriver::stateChanged, [&] {
        for (const GaugeStation &station : stations)
            network.reading(station.code); // what the gauge layer draws
        bays.bays(); // what the bay layer draws
        ++updates;
    });
    auto *timeline = new TimelineBar;
    timeline->setClock(&clock);
    timeline->show();
    driver.rebuild();
    const double idle = maxStall(1000);
    clock.setSpeed(3600);
    clock.play();
    const double replay = maxStall(3000);
    clock.pause();
    std::printf("event loop max stall: idle %.2f ms, replay at 3600x %.2f ms (%lld stations, "
                "%lld bays, %d state updates, %d alerts, replayed %.1f h), target <= 16 ms: "
                "%s\n",
                idle, replay, qlonglong(stations.size()), qlonglong(inventories.bays.size()),
                updates, int(driver.alerts().size()), start.secsTo(clock.now()) / 3600.0,
                replay <= 16 ? "met" : "NOT met");
    std::printf("ratio replay stall / idle stall (anchor): %.1f\n", replay / std::max(0.01, idle));
    delete timeline;
    return 0;
}
