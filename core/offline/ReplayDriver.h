#pragma once

#include "base/Clock.h"
#include "feeds/gauges/GaugeNetwork.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace territoire {

class BayStatusModel;
class ExerciseScenario;
class ObservationCache;
class Router;

// Keeps everything that depends on time in step with a replay clock: threshold alerts of the
// gauges, bay statuses (and so nearest-free-bay answers), the ways the trainer closed. Ticks
// of a playing clock move the state forward (at most once per stepSeconds of clock time, so a
// 3,600x replay stays light); a jump (seek, reset) rebuilds it from the start of the replay.
// The state is a function of the clock instant only: alerts() at an instant are the same
// whether the replay played up to it or jumped to it (replay determinism).
class ReplayDriver : public QObject
{
    Q_OBJECT
public:
    // origin: the start of the replay (alerts count from it). The cache holds the recorded
    // history and the exercise observations. Neither clock nor cache is owned.
    ReplayDriver(Clock *clock, const ObservationCache *cache, const QDateTime &origin,
                 QObject *parent = nullptr);

    // Optional parts; each may be null and changed at any time.
    void setGaugeNetwork(GaugeNetwork *network);
    void setBayModel(BayStatusModel *model);
    void setRouter(Router *router);
    // Another network the closures go to (e.g. the nearest-free-bay walking network).
    void addRouter(Router *router);
    // Reopens every way this driver closed, on every router (the exercise ends).
    void reopenAll();
    void setScenario(const ExerciseScenario *scenario);
    // Minimum clock time between two forward updates while playing (default 60 s).
    void setStepSeconds(int seconds) { m_stepSeconds = std::max(0, seconds); }

    // The threshold crossings between the origin and the clock's now, oldest first.
    QList<GaugeAlert> alerts() const { return m_alerts; }
    // The ways closed at the clock's now.
    QList<qint64> closedWays() const { return m_closed; }
    QDateTime updatedAt() const { return m_updatedAt; }

    // Rebuilds the whole state at the clock's now (after a jump or a trainer event).
    void rebuild();

Q_SIGNALS:
    // The state changed: the map and panels should redraw.
    void stateChanged();
    // alerts() changed (a crossing was passed, or a jump changed the list).
    void alertsChanged();

private:
    void onTick();
    void advanceTo(const QDateTime &now);
    void applyClosures();
    void reloadBays();
    QList<Router *> routers() const;

    QPointer<Clock> m_clock;
    const ObservationCache *m_cache;
    QDateTime m_origin;
    QPointer<GaugeNetwork> m_network;
    QPointer<BayStatusModel> m_bays;
    QPointer<Router> m_router;
    QList<QPointer<Router>> m_extraRouters;
    const ExerciseScenario *m_scenario = nullptr;
    int m_stepSeconds = 60;
    bool m_rebuilding = false;
    ThresholdMonitor m_monitor;
    QList<GaugeAlert> m_alerts;
    QList<qint64> m_closed;
    QDateTime m_updatedAt; // clock instant the state stands for
};

} // namespace territoire
