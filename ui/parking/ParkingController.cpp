#include "parking/ParkingController.h"

#include "base/JobControl.h"
#include "base/Logging.h"
#include "common/AppContext.h"
#include "common/SharedFeeds.h"
#include "feeds/FeedEngine.h"
#include "feeds/FeedHub.h"
#include "feeds/ObservationCache.h"
#include "parking/BayLayer.h"
#include "parking/ParkingSetup.h"
#include "routing/OsmGraphReader.h"
#include "routing/Router.h"

#include <QDir>
#include <QStandardPaths>
#include <QtConcurrent>

namespace territoire {

struct ParkingController::LoadResult
{
    LoadedInventories inventories;
    QList<Zone> zones;
    QList<int> zoneOfBay;
    QString zoneError;
    std::shared_ptr<PedestrianGraph> graph;
    QString graphError;
};

ParkingController::ParkingController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model(new BayStatusModel(context.clock(), this))
    , m_router(std::make_shared<Router>())
{
    m_model->setObjectName(QStringLiteral("parkingModel"));
    m_context.setService(QStringLiteral("parkingModel"), m_model);
    m_nearest = std::make_unique<NearestBayQuery>(m_model, m_router);

    // The one feed engine and cache for gauges and parking (ui/common/SharedFeeds).
    m_engine = sharedFeedEngine(m_context);
    if (!m_engine->isStarted())
        m_engine->start();
    // The bays show what the current cache (live, or an exercise's) holds.
    if (auto *hub = qobject_cast<FeedHub *>(m_context.service(QStringLiteral("feedHub")))) {
        connect(hub, &FeedHub::cacheChanged, this, [this](ObservationCache *cache) {
            if (cache)
                m_model->reloadFromCache(*cache);
        });
    }
    // The walking network is the parking area's own: exercises close ways on it too.
    m_router->setObjectName(QStringLiteral("parkingRouter"));
    m_context.setBorrowedService(QStringLiteral("parkingRouter"), m_router.get());

    connect(&m_context, &AppContext::projectLoaded, this, &ParkingController::reload);
    connect(&m_context, &AppContext::clockChanged, this, &ParkingController::onClockChanged);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<LoadResult>>::finished, this,
            &ParkingController::onLoaded);
    onClockChanged(m_context.clock());
}

ParkingController::~ParkingController()
{
    if (m_context.service(QStringLiteral("parkingRouter")) == m_router.get())
        m_context.setService(QStringLiteral("parkingRouter"), nullptr);
    if (m_job)
        m_job->cancel();
    m_watcher.waitForFinished();
}

void ParkingController::onClockChanged(Clock *clock)
{
    m_model->setClock(clock);
    disconnect(m_jumpConnection);
    if (!clock)
        return;
    // After a jump (replay seek), the state at the new instant comes from the cache.
    m_jumpConnection = connect(clock, &Clock::jumped, this, [this] {
        if (m_engine && m_engine->cache())
            m_model->reloadFromCache(*m_engine->cache());
    });
}

bool ParkingController::hasNetwork() const
{
    return m_router && m_router->graph() != nullptr;
}

QList<ZoneStats> ParkingController::zoneStatistics() const
{
    return computeZoneStatistics(m_model->bays(), m_zones, m_zoneOfBay);
}

void ParkingController::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        if (m_job)
            m_job->cancel();
        return;
    }
    m_config = ParkingConfig::fromJson(m_context.project().section(QStringLiteral("parking")),
                                       m_context.project().directory());
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_job = new JobControl(this);
    const ParkingConfig config = m_config;
    const ProgressCallback progress = progressCallback(m_job);

    // Inventories, zones and the walking network are read off the UI thread.
    m_watcher.setFuture(QtConcurrent::run([config, progress] {
        auto result = std::make_shared<LoadResult>();
        result->inventories = loadInventories(config, progress);
        if (!config.zones.isEmpty())
            result->zones = readZones(config.zones, &result->zoneError);
        result->zoneOfBay = assignZones(result->inventories.bays, result->zones);
        if (!config.routingNetwork.isEmpty()) {
            const OsmReadResult read = OsmGraphReader().read(config.routingNetwork, progress);
            result->graph = read.graph;
            result->graphError = read.error;
        }
        return result;
    }));
}

void ParkingController::onLoaded()
{
    const std::shared_ptr<LoadResult> result = m_watcher.result();
    m_job->deleteLater();
    m_job = nullptr;
    m_loading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
        return;
    }
    for (const QString &error : result->inventories.errors)
        m_context.reportError(error);
    if (!result->zoneError.isEmpty())
        m_context.reportError(result->zoneError);
    if (!result->graphError.isEmpty())
        m_context.reportError(result->graphError);
    if (!result->inventories.warnings.isEmpty())
        m_context.showMessage(tr("Parking inventories: %n row(s) with a problem (see the layer "
                                 "warnings).",
                                 nullptr, result->inventories.warnings.size()));

    m_zones = result->zones;
    m_zoneOfBay = result->zoneOfBay;
    m_model->setFeeds(m_config.feeds);
    m_model->setBays(result->inventories.bays);
    if (result->graph)
        m_router->setGraph(result->graph);
    for (MapLayer *layer : m_context.layers()) {
        if (auto *bays = qobject_cast<BayLayer *>(layer)) {
            if (bays->model() == m_model) {
                bays->setZones(m_zones);
                bays->setWarnings(result->inventories.warnings);
                bays->setAttributions(result->inventories.attributions);
            }
        }
    }
    connectFeeds();
    if (m_engine && m_engine->cache())
        m_model->reloadFromCache(*m_engine->cache());
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}

void ParkingController::connectFeeds()
{
    if (!m_engine)
        return;
    disconnect(m_feedConnection);
    for (const QString &id : std::as_const(m_feedIds))
        m_engine->removeFeed(id);
    m_feedConnection = connectParkingFeeds(*m_model, *m_engine, m_context.clock());
    m_feedIds.clear();
    for (const ParkingFeedConfig &feed : m_config.feeds)
        m_feedIds << feed.id;
    if (!m_engine->isStarted())
        m_engine->start();
}

void ParkingController::refreshFeeds()
{
    if (!m_engine)
        return;
    for (const QString &id : std::as_const(m_feedIds))
        m_engine->refresh(id);
}

} // namespace territoire
