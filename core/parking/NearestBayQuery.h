#pragma once

#include "parking/NearestBay.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

namespace territoire {

class BayStatusModel;
class Router;

// A standing "nearest free bay" question: a destination, a profile and a count, answered off
// the UI thread and answered again whenever a bay's status changes (a bay taken, freed or gone
// stale) or the router's closures change. The destination stays in memory only (privacy).
class NearestBayQuery : public QObject
{
    Q_OBJECT
public:
    NearestBayQuery(BayStatusModel *model, std::shared_ptr<const Router> router,
                    QObject *parent = nullptr);
    ~NearestBayQuery() override;

    void setRouter(std::shared_ptr<const Router> router);
    void setProfile(const Profile &profile);
    void setCount(int count);
    // Starts (or restarts) the query for a destination (WGS 84).
    void setDestination(const LonLat &destination);
    void clear();

    LonLat destination() const { return m_destination; }
    bool isRunning() const { return m_watcher.isRunning(); }
    const NearestBayResult &result() const { return m_result; }

Q_SIGNALS:
    void started();
    void finished(const territoire::NearestBayResult &result);

private:
    void run();
    void onFinished();

    QPointer<BayStatusModel> m_model;
    std::shared_ptr<const Router> m_router;
    Profile m_profile;
    int m_count = 3;
    LonLat m_destination;
    bool m_pending = false; // a new run was asked while one was running
    NearestBayResult m_result;
    QFutureWatcher<NearestBayResult> m_watcher;
};

} // namespace territoire
