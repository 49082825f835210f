#include "feeds/gauges/GaugeNetwork.h"

#include "base/Clock.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "feeds/gauges/Vigicrues.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace territoire {

QString GaugeAlert::message() const
{
    const QString name = stationName.isEmpty() ? stationCode : stationName;
    const QString value
        = QStringLiteral("%1 %2").arg(this->value, 0, 'f', 3).arg(unitSymbol(threshold.quantity));
    const QString limit = QStringLiteral("%1 %2")
                              .arg(threshold.value, 0, 'f', 3)
                              .arg(unitSymbol(threshold.quantity));
    if (upward)
        return QCoreApplication::translate("Gauges", "%1: %2 crossed \"%3\" (%4)")
            .arg(name, value, threshold.label, limit);
    return QCoreApplication::translate("Gauges", "%1: %2, back below \"%3\" (%4)")
        .arg(name, value, threshold.label, limit);
}

QString ThresholdMonitor::key(const QString &station, const GaugeThreshold &t)
{
    return station + QLatin1Char('|') + t.quantity + QLatin1Char('|')
        + QString::number(t.value, 'g', 12);
}

QList<GaugeAlert> ThresholdMonitor::update(const QString &stationCode, const QString &quantity,
                                           double value, const QDateTime &time,
                                           const QList<GaugeThreshold> &thresholds)
{
    QList<GaugeAlert> result;
    const QString timeKey = stationCode + QLatin1Char('|') + quantity;
    const QDateTime last = m_lastTime.value(timeKey);
    if (last.isValid() && time.isValid() && time <= last)
        return result; // already seen: values must come in time order
    m_lastTime.insert(timeKey, time);
    const double band = hysteresis(quantity);
    for (const GaugeThreshold &t : thresholds) {
        if (t.quantity != quantity)
            continue;
        const QString k = key(stationCode, t);
        const bool above = m_above.value(k, false);
        if (!above && value >= t.value) {
            m_above.insert(k, true);
            result.append({stationCode, {}, t, value, time, true});
        } else if (above && value < t.value - band) {
            m_above.insert(k, false);
            result.append({stationCode, {}, t, value, time, false});
        }
    }
    return result;
}

bool ThresholdMonitor::isAbove(const QString &stationCode, const GaugeThreshold &threshold) const
{
    return m_above.value(key(stationCode, threshold), false);
}

GaugeNetwork::GaugeNetwork(ObservationCache *cache, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_clock(clock)
{
    qRegisterMetaType<territoire::GaugeAlert>();
    setSettings(GaugeSettings());
    setClock(clock);
}

GaugeNetwork::~GaugeNetwork()
{
    if (m_snapshotWatcher)
        m_snapshotWatcher->waitForFinished(); // the worker reads the cache and our copies
}

void GaugeNetwork::releaseCache()
{
    m_snapshotAgain = false;
    if (m_snapshotWatcher)
        m_snapshotWatcher->waitForFinished();
    m_cache = nullptr;
}

GaugeReading GaugeNetwork::snapshotReading(const QString &code) const
{
    if (!m_snapshotsWanted) {
        m_snapshotsWanted = true;
        QMetaObject::invokeMethod(const_cast<GaugeNetwork *>(this), &GaugeNetwork::scheduleSnapshot,
                                  Qt::QueuedConnection);
    }
    const auto it = m_snapshot.constFind(code);
    return it != m_snapshot.constEnd() ? it.value() : reading(code);
}

void GaugeNetwork::scheduleSnapshot()
{
    if (!m_snapshotsWanted) {
        Q_EMIT readingsChanged(); // nothing precomputed: readers ask the cache themselves
        return;
    }
    if (m_snapshotWatcher && m_snapshotWatcher->isRunning()) {
        m_snapshotAgain = true;
        return;
    }
    startSnapshot();
}

void GaugeNetwork::startSnapshot()
{
    m_snapshotAgain = false;
    if (!m_cache || m_stations.isEmpty()) {
        m_snapshot.clear();
        Q_EMIT readingsChanged();
        return;
    }
    // Copies for the worker: the members may change while it runs.
    QList<QPair<QString, QString>> stations; // code, reach
    for (const GaugeStation &s : std::as_const(m_stations))
        stations.append({s.code, reachOf(s.code)});
    const GaugeSettings settings = m_settings;
    const ObservationCache *cache = m_cache;
    const QDateTime at = m_clock ? m_clock->now() : QDateTime();
    if (!m_snapshotWatcher) {
        m_snapshotWatcher = new QFutureWatcher<QHash<QString, GaugeReading>>(this);
        connect(m_snapshotWatcher, &QFutureWatcherBase::finished, this, [this] {
            m_snapshot = m_snapshotWatcher->result();
            m_snapshotAt = m_snapshotWatcher->property("at").toDateTime();
            if (m_snapshotAgain)
                startSnapshot();
            Q_EMIT readingsChanged();
        });
    }
    m_snapshotWatcher->setProperty("at", at);
    m_snapshotWatcher->setFuture(QtConcurrent::run([cache, settings, stations, at] {
        QHash<QString, GaugeReading> readings;
        for (const auto &[code, reach] : stations)
            readings.insert(code, computeReading(cache, settings, code, reach, at));
        return readings;
    }));
}

void GaugeNetwork::setSettings(const GaugeSettings &settings)
{
    m_settings = settings;
    m_monitor.setHysteresis(gauge::heightQuantity(), settings.heightHysteresis);
    m_monitor.setHysteresis(gauge::flowQuantity(), settings.flowHysteresis);
    Q_EMIT settingsChanged();
    scheduleSnapshot();
}

void GaugeNetwork::setStations(const QList<GaugeStation> &stations)
{
    m_stations = stations;
    Q_EMIT stationsChanged();
    scheduleSnapshot();
}

void GaugeNetwork::addStations(const QList<GaugeStation> &stations)
{
    QSet<QString> known;
    for (const GaugeStation &s : std::as_const(m_stations))
        known.insert(s.code);
    bool changed = false;
    for (const GaugeStation &s : stations) {
        if (!known.contains(s.code)) {
            known.insert(s.code);
            m_stations.append(s);
            changed = true;
        }
    }
    if (changed) {
        Q_EMIT stationsChanged();
        scheduleSnapshot();
    }
}

std::optional<GaugeStation> GaugeNetwork::station(const QString &code) const
{
    for (const GaugeStation &s : m_stations) {
        if (s.code == code)
            return s;
    }
    return std::nullopt;
}

QString GaugeNetwork::reachOf(const QString &code) const
{
    const QString mapped = m_settings.reaches.value(code);
    if (!mapped.isEmpty())
        return mapped;
    const QString fetched = vigicrues::reachOfStation(m_fetchedReaches, code);
    if (!fetched.isEmpty())
        return fetched;
    const auto s = station(code);
    return s ? s->reach : QString();
}

void GaugeNetwork::mergeFetchedReaches(const QHash<QString, QString> &reaches)
{
    bool changed = false;
    for (auto it = reaches.constBegin(); it != reaches.constEnd(); ++it) {
        if (it.key().isEmpty() || it.value().isEmpty()
            || m_fetchedReaches.value(it.key()) == it.value())
            continue;
        m_fetchedReaches.insert(it.key(), it.value());
        changed = true;
    }
    if (!changed)
        return;
    Q_EMIT reachesChanged();
    scheduleSnapshot();
}

void GaugeNetwork::setClock(Clock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    if (clock) {
        connect(clock, &Clock::jumped, this, &GaugeNetwork::scheduleSnapshot);
        // Staleness moves with time: a new snapshot each minute of clock time.
        connect(clock, &Clock::ticked, this, [this](const QDateTime &now) {
            if (!m_snapshotAt.isValid() || qAbs(m_snapshotAt.secsTo(now)) >= 60)
                scheduleSnapshot();
        });
    }
    scheduleSnapshot();
}

void GaugeNetwork::setFeedEngine(FeedEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &FeedEngine::observationsReceived, this,
            [this](const QString &feedId, const ObservationList &batch, int) {
                if (feedId == gauge::hubEauFeedId())
                    checkObservations(batch);
                scheduleSnapshot();
            });
    connect(engine, &FeedEngine::statusChanged, this, &GaugeNetwork::scheduleSnapshot);
    // Stations listed by Hub'Eau (by département or box) join the network, also those of the
    // pages received before a failing one.
    connect(engine, &FeedEngine::pollFinished, this, [this](const QString &feedId) {
        if (feedId == gauge::vigicruesReachesFeedId() && m_engine) {
            // Also the answers received before a failing one; the rest of the mapping stays.
            if (auto *feed = dynamic_cast<VigicruesReachesFeed *>(m_engine->feed(feedId)))
                mergeFetchedReaches(feed->takeReaches());
            return;
        }
        if (feedId != gauge::hubEauStationsFeedId() || !m_engine)
            return;
        if (auto *feed = dynamic_cast<HubEauStationsFeed *>(m_engine->feed(feedId)))
            addStations(feed->takeStations());
    });
}

GaugeReading GaugeNetwork::reading(const QString &code) const
{
    return reading(code, m_clock ? m_clock->now() : QDateTime());
}

GaugeReading GaugeNetwork::reading(const QString &code, const QDateTime &at) const
{
    return computeReading(m_cache, m_settings, code, reachOf(code), at);
}

GaugeReading GaugeNetwork::computeReading(const ObservationCache *cache,
                                          const GaugeSettings &settings, const QString &code,
                                          const QString &reach, const QDateTime &at)
{
    GaugeReading r;
    r.code = code;
    if (!cache)
        return r;
    const QString feed = gauge::hubEauFeedId();
    const auto h = cache->latestAtOrBefore(feed, code, gauge::heightQuantity(), at);
    const auto q = cache->latestAtOrBefore(feed, code, gauge::flowQuantity(), at);
    if (h) {
        r.height = WaterHeight::fromMetres(h->value);
        r.heightTime = h->time;
    }
    if (q) {
        r.flow = Flow::fromCubicMetresPerSecond(q->value);
        r.flowTime = q->time;
    }
    const int window = std::max(1, settings.trendWindowMinutes);
    if (h) {
        const ObservationList s = cache->series(feed, code, gauge::heightQuantity(),
                                                h->time.addSecs(-qint64(window) * 120), h->time);
        r.trend = computeTrend(s, window, 0.005, &r.trendChange);
    } else if (q) {
        const ObservationList s = cache->series(feed, code, gauge::flowQuantity(),
                                                q->time.addSecs(-qint64(window) * 120), q->time);
        r.trend
            = computeTrend(s, window, std::max(0.001, std::abs(q->value) * 0.01), &r.trendChange);
    }
    if (!reach.isEmpty()) {
        const auto v = cache->latestAtOrBefore(gauge::vigicruesFeedId(), reach,
                                               gauge::vigilanceQuantity(), at);
        if (v) {
            r.vigilance = int(v->value);
            r.vigilanceTime = v->time;
        }
    }
    for (const GaugeThreshold &t : settings.thresholds.value(code)) {
        const double value = t.quantity == gauge::flowQuantity()
            ? (r.flow.isValid() ? r.flow.cubicMetresPerSecond() : std::nan(""))
            : (r.height.isValid() ? r.height.metres() : std::nan(""));
        if (std::isfinite(value) && value >= t.value
            && (!r.threshold || t.value > r.threshold->value))
            r.threshold = t;
    }
    const QDateTime lastSuccess = cache->lastSuccess(feed);
    if (lastSuccess.isValid() && (!at.isValid() || lastSuccess <= at))
        r.lastPoll = lastSuccess;
    const QDateTime observed = r.observedAt();
    if (!observed.isValid()) {
        r.state = GaugeState::NoData;
    } else if (at.isValid() && observed.secsTo(at) > qint64(settings.staleAfterMinutes) * 60) {
        r.state = GaugeState::Stale;
    } else if (r.threshold) {
        r.state = GaugeState::AboveThreshold;
    } else if (r.vigilance >= 2) {
        r.state = GaugeState::Vigilance;
    } else {
        r.state = GaugeState::Normal;
    }
    return r;
}

ObservationList GaugeNetwork::series(const QString &code, const QString &quantity,
                                     const QDateTime &from, const QDateTime &to) const
{
    if (!m_cache)
        return {};
    return m_cache->series(gauge::hubEauFeedId(), code, quantity, from, to);
}

QList<GaugeThreshold> GaugeNetwork::thresholds(const QString &code) const
{
    return m_settings.thresholds.value(code);
}

void GaugeNetwork::setThresholds(const QString &code, const QList<GaugeThreshold> &thresholds)
{
    if (thresholds.isEmpty())
        m_settings.thresholds.remove(code);
    else
        m_settings.thresholds.insert(code, thresholds);
    Q_EMIT settingsChanged();
    scheduleSnapshot();
}

void GaugeNetwork::checkObservations(const ObservationList &observations)
{
    // Only stations with thresholds matter: a poll brings tens of thousands of values.
    ObservationList sorted;
    for (const Observation &o : observations) {
        if (o.hasValue() && m_settings.thresholds.contains(o.entityId))
            sorted.append(o);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const Observation &a, const Observation &b) { return a.time < b.time; });
    bool raised = false;
    for (const Observation &o : std::as_const(sorted)) {
        if (!o.hasValue())
            continue;
        const QList<GaugeThreshold> list = thresholds(o.entityId);
        if (list.isEmpty())
            continue;
        for (GaugeAlert alert : m_monitor.update(o.entityId, o.quantity, o.value, o.time, list)) {
            if (const auto s = station(o.entityId))
                alert.stationName = s->name;
            m_alerts.append(alert);
            raised = true;
            Q_EMIT alertRaised(alert);
        }
    }
    if (raised)
        Q_EMIT alertsChanged();
}

void GaugeNetwork::checkNow()
{
    ObservationList latest;
    for (const GaugeStation &s : std::as_const(m_stations)) {
        const GaugeReading r = reading(s.code);
        if (r.height.isValid())
            latest.append({gauge::hubEauFeedId(),
                           s.code,
                           gauge::heightQuantity(),
                           r.heightTime,
                           r.height.metres(),
                           {}});
        if (r.flow.isValid())
            latest.append({gauge::hubEauFeedId(),
                           s.code,
                           gauge::flowQuantity(),
                           r.flowTime,
                           r.flow.cubicMetresPerSecond(),
                           {}});
    }
    checkObservations(latest);
}

void GaugeNetwork::clearAlerts()
{
    m_monitor.reset();
    m_alerts.clear();
    Q_EMIT alertsChanged();
}

} // namespace territoire
