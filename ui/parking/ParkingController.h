#pragma once

#include "parking/BayStatusModel.h"
#include "parking/NearestBayQuery.h"
#include "parking/ParkingConfig.h"
#include "parking/ZoneStatistics.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

namespace territoire {

class AppContext;
class FeedEngine;
class JobControl;
class Router;

// The parking feature of the desktop application, without widgets: reads the project's
// "parking" section, loads the inventories, zones and walking network off the UI thread,
// feeds the shared BayStatusModel (service "parkingModel") from the shared feed engine
// (service "feeds", created when absent) and answers the nearest-free-bay question.
class ParkingController : public QObject
{
    Q_OBJECT
public:
    explicit ParkingController(AppContext &context, QObject *parent = nullptr);
    ~ParkingController() override;

    BayStatusModel *model() const { return m_model; }
    NearestBayQuery *nearestQuery() const { return m_nearest.get(); }
    // The walking network the nearest-bay answers use (closures of an exercise go here too).
    Router *router() const { return m_router.get(); }
    const ParkingConfig &config() const { return m_config; }
    const QList<Zone> &zones() const { return m_zones; }
    // Statistics per zone (communes of the project's zone layer) at the clock's now.
    QList<ZoneStats> zoneStatistics() const;
    bool hasNetwork() const;
    bool isLoading() const { return m_loading; }

    // Re-reads the project section and reloads everything (in the background).
    void reload();
    // Asks the feed engine to poll every parking feed now.
    void refreshFeeds();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();

private:
    struct LoadResult;

    void onLoaded();
    void connectFeeds();
    void onClockChanged(Clock *clock);

    AppContext &m_context;
    BayStatusModel *m_model;
    std::shared_ptr<Router> m_router;
    std::unique_ptr<NearestBayQuery> m_nearest;
    ParkingConfig m_config;
    QList<Zone> m_zones;
    QList<int> m_zoneOfBay; // assignZones() of the model's bays
    QPointer<FeedEngine> m_engine;
    QMetaObject::Connection m_feedConnection;
    QMetaObject::Connection m_jumpConnection;
    QStringList m_feedIds;
    QFutureWatcher<std::shared_ptr<LoadResult>> m_watcher;
    JobControl *m_job = nullptr;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace territoire
