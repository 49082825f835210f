#include "parking/BayStatusModel.h"

#include "base/Clock.h"
#include "feeds/ObservationCache.h"

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

const QString vacantQuantity = QStringLiteral("vacant");
constexpr int recordsKeptPerSite = 16;

} // namespace

ObservationList toObservations(const QString &feedId, const SiteStatusList &records)
{
    ObservationList observations;
    observations.reserve(records.size());
    for (const SiteStatus &record : records) {
        Observation o;
        o.feedId = feedId;
        o.entityId = record.siteId;
        o.quantity = vacantQuantity;
        o.time = record.time;
        o.value = record.vacant >= 0 ? double(record.vacant) : std::nan("");
        o.text = SiteStatus::stateKey(record.state);
        observations.append(o);
    }
    return observations;
}

SiteStatusList fromObservations(const ObservationList &observations)
{
    SiteStatusList records;
    for (const Observation &o : observations) {
        if (o.quantity != vacantQuantity)
            continue;
        SiteStatus record;
        record.siteId = o.entityId;
        record.time = o.time;
        record.vacant = o.hasValue() ? int(o.value) : -1;
        record.state = SiteStatus::stateFromKey(o.text);
        records.append(record);
    }
    return records;
}

BayStatusModel::BayStatusModel(Clock *clock, QObject *parent)
    : QObject(parent)
{
    setClock(clock);
}

void BayStatusModel::setClock(Clock *clock)
{
    disconnect(m_tick);
    disconnect(m_jump);
    m_clock = clock;
    if (clock) {
        // Staleness depends on the clock: re-evaluate as time flows or jumps.
        m_tick = connect(clock, &Clock::ticked, this, &BayStatusModel::refresh);
        m_jump = connect(clock, &Clock::jumped, this, &BayStatusModel::refresh);
    }
    refresh();
}

void BayStatusModel::setBays(const BayList &bays)
{
    m_bays = bays;
    m_lastSignature = signature();
    Q_EMIT baysChanged();
    Q_EMIT statusChanged();
}

void BayStatusModel::setFeeds(const QList<ParkingFeedConfig> &feeds)
{
    m_feeds = feeds;
    refresh();
}

void BayStatusModel::applyStatuses(const QString &feedId, const SiteStatusList &records)
{
    auto &sites = m_records[feedId];
    for (const SiteStatus &record : records) {
        if (!record.isValid())
            continue;
        SiteStatusList &list = sites[record.siteId];
        const auto pos = std::lower_bound(
            list.begin(), list.end(), record,
            [](const SiteStatus &a, const SiteStatus &b) { return a.time < b.time; });
        if (pos != list.end() && pos->time == record.time)
            *pos = record; // same instant again: the newer answer wins
        else
            list.insert(pos, record);
        if (list.size() > recordsKeptPerSite)
            list.removeFirst();
    }
    refresh();
}

void BayStatusModel::reloadFromCache(const ObservationCache &cache)
{
    m_records.clear();
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    for (const ParkingFeedConfig &feed : std::as_const(m_feeds)) {
        ObservationList latest;
        for (const QString &entity : cache.entities(feed.id)) {
            if (const auto o = cache.latestAtOrBefore(feed.id, entity, vacantQuantity, now))
                latest.append(*o);
        }
        const SiteStatusList records = fromObservations(latest);
        auto &sites = m_records[feed.id];
        for (const SiteStatus &record : records)
            sites[record.siteId] = {record};
    }
    refresh();
}

BayStatusModel::Evaluated BayStatusModel::evaluate(const Bay &bay, const QDateTime &now) const
{
    Evaluated best;
    for (const ParkingFeedConfig &feed : m_feeds) {
        if (!feed.covers(bay.source))
            continue;
        const auto sites = m_records.constFind(feed.id);
        if (sites == m_records.constEnd())
            continue;
        const auto list = sites->constFind(feed.siteIdFor(bay.id));
        if (list == sites->constEnd())
            continue;
        // The newest record at or before now.
        const SiteStatus *record = nullptr;
        for (auto it = list->crbegin(); it != list->crend(); ++it) {
            if (!now.isValid() || it->time <= now) {
                record = &*it;
                break;
            }
        }
        if (!record || (best.time.isValid() && record->time <= best.time))
            continue;
        best.time = record->time;
        best.feedId = feed.id;
        best.vacant = record->vacant;
        const bool fresh = now.isValid() && record->time.secsTo(now) <= feed.freshnessSeconds;
        best.status = fresh ? record->bayStatus() : BayStatus::Unknown;
    }
    return best;
}

BayList BayStatusModel::bays() const
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    BayList result = m_bays;
    for (Bay &bay : result) {
        const Evaluated e = evaluate(bay, now);
        bay.status = e.status;
        bay.statusTime = e.time;
        bay.vacantPlaces = e.vacant;
        bay.statusFeed = e.feedId;
    }
    return result;
}

QHash<BayStatus, int> BayStatusModel::statusCounts() const
{
    QHash<BayStatus, int> counts;
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    for (const Bay &bay : m_bays)
        ++counts[evaluate(bay, now).status];
    return counts;
}

QDateTime BayStatusModel::newestStatusTime() const
{
    QDateTime newest;
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    for (const Bay &bay : m_bays) {
        const QDateTime t = evaluate(bay, now).time;
        if (t.isValid() && (!newest.isValid() || t > newest))
            newest = t;
    }
    return newest;
}

quint64 BayStatusModel::signature() const
{
    // A cheap fingerprint of every bay's (status, time): changes when anything shown changes.
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    quint64 hash = 1469598103934665603ull;
    for (const Bay &bay : m_bays) {
        const Evaluated e = evaluate(bay, now);
        hash = (hash ^ quint64(e.status)) * 1099511628211ull;
        hash = (hash ^ quint64(e.time.isValid() ? e.time.toMSecsSinceEpoch() : 0))
            * 1099511628211ull;
    }
    return hash;
}

void BayStatusModel::refresh()
{
    const quint64 s = signature();
    if (s == m_lastSignature)
        return;
    m_lastSignature = s;
    Q_EMIT statusChanged();
}

} // namespace territoire
