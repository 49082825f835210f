#include "offline/ReplayDriver.h"

#include "base/Logging.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeUnits.h"
#include "offline/ExerciseScenario.h"
#include "parking/BayStatusModel.h"
#include "routing/Router.h"

#include <algorithm>

namespace territoire {

ReplayDriver::ReplayDriver(Clock *clock, const ObservationCache *cache, const QDateTime &origin,
                           QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_cache(cache)
    , m_origin(origin.toUTC())
{
    if (clock) {
        connect(clock, &Clock::ticked, this, &ReplayDriver::onTick);
        connect(clock, &Clock::jumped, this, &ReplayDriver::rebuild);
    }
}

void ReplayDriver::setGaugeNetwork(GaugeNetwork *network)
{
    m_network = network;
}

void ReplayDriver::setBayModel(BayStatusModel *model)
{
    m_bays = model;
}

void ReplayDriver::setRouter(Router *router)
{
    if (m_router)
        disconnect(m_router, nullptr, this, nullptr);
    m_router = router;
    if (router) {
        connect(router, &Router::graphChanged, this, [this, router] {
            for (qint64 id : std::as_const(m_closed))
                router->closeWay(id);
        });
    }
}

void ReplayDriver::addRouter(Router *router)
{
    if (!router || router == m_router)
        return;
    m_extraRouters.append(router);
    // A network read after the closures were applied gets them too.
    connect(router, &Router::graphChanged, this, [this, router] {
        for (qint64 id : std::as_const(m_closed))
            router->closeWay(id);
    });
}

QList<Router *> ReplayDriver::routers() const
{
    QList<Router *> result;
    if (m_router)
        result.append(m_router);
    for (const QPointer<Router> &router : m_extraRouters) {
        if (router)
            result.append(router);
    }
    return result;
}

void ReplayDriver::reopenAll()
{
    for (Router *router : routers()) {
        for (qint64 id : std::as_const(m_closed))
            router->reopenWay(id);
    }
    m_closed.clear();
}

void ReplayDriver::setScenario(const ExerciseScenario *scenario)
{
    m_scenario = scenario;
}

void ReplayDriver::onTick()
{
    if (!m_clock)
        return;
    const QDateTime now = m_clock->now();
    if (m_updatedAt.isValid() && now >= m_updatedAt && m_updatedAt.secsTo(now) < m_stepSeconds)
        return;
    if (m_updatedAt.isValid() && now < m_updatedAt) {
        rebuild(); // time went back without a jump signal
        return;
    }
    advanceTo(now);
    applyClosures();
    reloadBays();
    Q_EMIT stateChanged();
}

void ReplayDriver::rebuild()
{
    if (!m_clock)
        return;
    const QDateTime now = m_clock->now();
    // Alerts count from the origin: the same instant gives the same list, however reached.
    const bool back = m_updatedAt.isValid() && now < m_updatedAt;
    const QList<GaugeAlert> before = m_alerts;
    m_monitor.reset();
    m_alerts.clear();
    m_updatedAt = QDateTime();
    if (back && m_network)
        m_network->clearAlerts();
    m_rebuilding = true;
    advanceTo(now);
    m_rebuilding = false;
    applyClosures();
    reloadBays();
    const auto same = [](const GaugeAlert &a, const GaugeAlert &b) {
        return a.stationCode == b.stationCode && a.time == b.time && a.upward == b.upward
            && a.threshold == b.threshold;
    };
    if (!std::equal(before.cbegin(), before.cend(), m_alerts.cbegin(), m_alerts.cend(), same))
        Q_EMIT alertsChanged();
    Q_EMIT stateChanged();
}

void ReplayDriver::advanceTo(const QDateTime &now)
{
    const QDateTime from = m_updatedAt.isValid() ? m_updatedAt : m_origin;
    m_updatedAt = now;
    if (!m_network || !m_cache || now < from)
        return;
    const GaugeSettings &settings = m_network->settings();
    m_monitor.setHysteresis(gauge::heightQuantity(), settings.heightHysteresis);
    m_monitor.setHysteresis(gauge::flowQuantity(), settings.flowHysteresis);

    // Every gauge value of (from, now], in time order, through the threshold monitor.
    ObservationList batch;
    for (const GaugeStation &station : m_network->stations()) {
        if (m_network->thresholds(station.code).isEmpty())
            continue;
        for (const QString &quantity : {gauge::heightQuantity(), gauge::flowQuantity()})
            batch += m_cache->series(gauge::hubEauFeedId(), station.code, quantity, from, now);
    }
    if (batch.isEmpty())
        return;
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Observation &a, const Observation &b) { return a.time < b.time; });
    bool raised = false;
    for (const Observation &o : std::as_const(batch)) {
        if (!o.hasValue())
            continue;
        const QList<GaugeThreshold> thresholds = m_network->thresholds(o.entityId);
        for (GaugeAlert alert :
             m_monitor.update(o.entityId, o.quantity, o.value, o.time, thresholds)) {
            if (const auto s = m_network->station(o.entityId))
                alert.stationName = s->name;
            m_alerts.append(alert);
            raised = true;
        }
    }
    // The application's alert list (gauge panel) hears the same values going forward.
    m_network->checkObservations(batch);
    if (raised && !m_rebuilding)
        Q_EMIT alertsChanged();
}

void ReplayDriver::applyClosures()
{
    const QList<qint64> wanted
        = m_scenario && m_clock ? m_scenario->closedWaysAt(m_clock->now()) : QList<qint64>();
    const QList<Router *> targets = routers();
    for (Router *router : targets) {
        for (qint64 id : std::as_const(m_closed)) {
            if (!wanted.contains(id))
                router->reopenWay(id);
        }
        for (qint64 id : wanted) {
            if (!m_closed.contains(id) && !router->closeWay(id))
                qCInfo(lcOffline) << "Exercise: way" << id << "is not in the network"
                                  << router->objectName();
        }
    }
    m_closed = wanted;
}

void ReplayDriver::reloadBays()
{
    if (m_bays && m_cache)
        m_bays->reloadFromCache(*m_cache);
}

} // namespace territoire
