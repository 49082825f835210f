#pragma once

#include "base/Clock.h"
#include "feeds/FeedEngine.h"
#include "feeds/Observation.h"
#include "feeds/gauges/GaugeReading.h"
#include "feeds/gauges/GaugeSettings.h"
#include "feeds/gauges/GaugeStation.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace territoire {

class ObservationCache;

// A threshold crossing, raised once per crossing thanks to hysteresis.
struct GaugeAlert
{
    QString stationCode;
    QString stationName;
    GaugeThreshold threshold;
    double value = 0; // metres or m³/s
    QDateTime time; // UTC, observation time of the crossing value
    bool upward = true; // false: back below the threshold (minus hysteresis)
    QString message() const; // translated sentence for the alert list
};

// Threshold crossings with hysteresis: a threshold is crossed upward when the value reaches it,
// and only re-armed when the value falls below threshold - hysteresis, so a value hovering at
// the threshold raises one alert, not one per observation.
class ThresholdMonitor
{
public:
    void setHysteresis(const QString &quantity, double band) { m_band.insert(quantity, band); }
    double hysteresis(const QString &quantity) const { return m_band.value(quantity, 0.0); }
    // Feeds one value (observations in time order); returns the crossings it causes.
    QList<GaugeAlert> update(const QString &stationCode, const QString &quantity, double value,
                             const QDateTime &time, const QList<GaugeThreshold> &thresholds);
    bool isAbove(const QString &stationCode, const GaugeThreshold &threshold) const;
    void reset()
    {
        m_above.clear();
        m_lastTime.clear();
    }

private:
    static QString key(const QString &station, const GaugeThreshold &t);
    QHash<QString, double> m_band;
    QHash<QString, bool> m_above;
    QHash<QString, QDateTime> m_lastTime; // station|quantity → newest value fed
};

// The river gauges of a project, as the map, the CLI and the windows see them: stations,
// settings (thresholds, reaches), and readings at the clock's instant from the observation cache.
// Watches the feed engine for new observations to raise threshold alerts.
class GaugeNetwork : public QObject
{
    Q_OBJECT
public:
    GaugeNetwork(ObservationCache *cache, Clock *clock, QObject *parent = nullptr);
    ~GaugeNetwork() override;

    void setSettings(const GaugeSettings &settings);
    const GaugeSettings &settings() const { return m_settings; }
    void setStations(const QList<GaugeStation> &stations);
    // Adds stations not known yet (by code).
    void addStations(const QList<GaugeStation> &stations);
    const QList<GaugeStation> &stations() const { return m_stations; }
    std::optional<GaugeStation> station(const QString &code) const;
    // The station's Vigicrues reach: settings mapping first, then the mapping fetched from
    // Vigicrues, then the station's own.
    QString reachOf(const QString &code) const;
    // The station → reach mapping fetched from Vigicrues (Vigicrues station codes). Merging
    // replaces the entries it lists and keeps the others, so a failed or partial fetch never
    // loses the last mapping. Emits reachesChanged() when something changed.
    void mergeFetchedReaches(const QHash<QString, QString> &reaches);
    const QHash<QString, QString> &fetchedReaches() const { return m_fetchedReaches; }

    ObservationCache *cache() const { return m_cache; }
    void setCache(ObservationCache *cache) { m_cache = cache; }
    // Waits for the readings snapshot being computed on a worker thread, then stops using the
    // cache (before its owner closes it); setCache() gives it a cache again.
    void releaseCache();
    Clock *clock() const { return m_clock; }
    void setClock(Clock *clock);
    // Staleness and last-poll information come from the engine when set.
    void setFeedEngine(FeedEngine *engine);
    FeedEngine *feedEngine() const { return m_engine; }

    // The reading at an instant (UTC); at the clock's now by default. Queries the cache on the
    // calling thread.
    GaugeReading reading(const QString &code, const QDateTime &at) const;
    GaugeReading reading(const QString &code) const;
    // The reading of the latest snapshot: every station's reading is recomputed on a worker
    // thread after each change (observations, feed status, settings, stations, clock jump or a
    // minute of clock time) and readingsChanged() follows. What the map draws, so that no
    // cache query runs on the UI thread during a poll. Falls back to reading() for a station
    // that has no snapshot yet. Snapshots start with the first call (a command-line run that
    // never draws computes none).
    GaugeReading snapshotReading(const QString &code) const;
    // The reading of one station from a cache with given settings; thread-safe.
    static GaugeReading computeReading(const ObservationCache *cache, const GaugeSettings &settings,
                                       const QString &code, const QString &reach,
                                       const QDateTime &at);
    // Series of one quantity between two instants (oldest first).
    ObservationList series(const QString &code, const QString &quantity, const QDateTime &from,
                           const QDateTime &to) const;

    // Thresholds of a station, and editing them (stored in settings; emits settingsChanged).
    QList<GaugeThreshold> thresholds(const QString &code) const;
    void setThresholds(const QString &code, const QList<GaugeThreshold> &thresholds);

    // Feeds observations to the threshold monitor (in time order); raises alerts.
    void checkObservations(const ObservationList &observations);
    // Re-evaluates every station's latest values at the clock's now (after a seek).
    void checkNow();
    QList<GaugeAlert> alerts() const { return m_alerts; }
    // Empties the alert list and re-arms every threshold (after a rewind, crossings are raised
    // again).
    void clearAlerts();

Q_SIGNALS:
    void alertRaised(const territoire::GaugeAlert &alert);
    void alertsChanged();
    void readingsChanged();
    void stationsChanged();
    void settingsChanged();
    void reachesChanged();

private:
    void scheduleSnapshot();
    void startSnapshot();

    ObservationCache *m_cache;
    QPointer<Clock> m_clock;
    QPointer<FeedEngine> m_engine;
    GaugeSettings m_settings;
    QList<GaugeStation> m_stations;
    QHash<QString, QString> m_fetchedReaches;
    ThresholdMonitor m_monitor;
    QList<GaugeAlert> m_alerts;
    QHash<QString, GaugeReading> m_snapshot;
    QDateTime m_snapshotAt; // the clock instant of the snapshot
    QFutureWatcher<QHash<QString, GaugeReading>> *m_snapshotWatcher = nullptr;
    bool m_snapshotAgain = false; // a change arrived while a snapshot was being computed
    mutable bool m_snapshotsWanted = false;
};

} // namespace territoire

Q_DECLARE_METATYPE(territoire::GaugeAlert)
