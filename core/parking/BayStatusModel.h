#pragma once

#include "base/Clock.h"
#include "feeds/Observation.h"
#include "parking/Bay.h"
#include "parking/ParkingConfig.h"
#include "parking/SiteStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace territoire {

class ObservationCache;

// The bays of every inventory with their live status at the clock's now. Real-time records
// are kept per (feed, site) with their observation times; a bay's status is the newest record
// at or before now, and becomes Unknown (never Free) once older than its feed's freshness
// limit. Lives on the UI thread. Emits statusChanged when a status changes, including when a
// status goes stale as the clock advances.
class BayStatusModel : public QObject
{
    Q_OBJECT
public:
    explicit BayStatusModel(Clock *clock, QObject *parent = nullptr);

    Clock *clock() const { return m_clock; }
    void setClock(Clock *clock);

    // The static part. Replaces every bay; statuses are recomputed.
    void setBays(const BayList &bays);
    void setFeeds(const QList<ParkingFeedConfig> &feeds);
    const QList<ParkingFeedConfig> &feeds() const { return m_feeds; }

    // Applies the records of one answer of a feed (records newer than now wait until the clock
    // reaches them).
    void applyStatuses(const QString &feedId, const SiteStatusList &records);
    // Forgets the records of every feed, then reads the state at clock->now() from the cache
    // (after a jump of a replay clock, or at start).
    void reloadFromCache(const ObservationCache &cache);

    // Bays with their status at clock->now().
    BayList bays() const;
    int bayCount() const { return m_bays.size(); }
    // Counts of bays (not places) per status at now.
    QHash<BayStatus, int> statusCounts() const;
    // The newest status time over all bays; invalid when no bay has a status.
    QDateTime newestStatusTime() const;

    // Re-evaluates staleness at clock->now() and emits statusChanged when anything changed.
    void refresh();

Q_SIGNALS:
    void statusChanged();
    void baysChanged();

private:
    struct Evaluated
    {
        BayStatus status = BayStatus::Unknown;
        QDateTime time;
        int vacant = -1;
        QString feedId;
    };

    Evaluated evaluate(const Bay &bay, const QDateTime &now) const;
    quint64 signature() const;

    QPointer<Clock> m_clock;
    BayList m_bays;
    QList<ParkingFeedConfig> m_feeds;
    // feed id -> site id -> records sorted by time (a few kept for replays).
    QHash<QString, QHash<QString, SiteStatusList>> m_records;
    quint64 m_lastSignature = 0;
    QMetaObject::Connection m_tick;
    QMetaObject::Connection m_jump;
};

// The observations a parking feed stores for its records: quantity "vacant" with the number
// of vacant places as value (NaN when unknown) and the state key as text.
ObservationList toObservations(const QString &feedId, const SiteStatusList &records);
// Back from cached observations (quantity "vacant") to records.
SiteStatusList fromObservations(const ObservationList &observations);

} // namespace territoire
