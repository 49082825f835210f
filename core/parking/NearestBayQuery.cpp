#include "parking/NearestBayQuery.h"

#include "parking/BayStatusModel.h"
#include "routing/Router.h"

#include <QtConcurrent>

namespace territoire {

NearestBayQuery::NearestBayQuery(BayStatusModel *model, std::shared_ptr<const Router> router,
                                 QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_profile(Profile::builtin(QStringLiteral("norm-2007")))
{
    setRouter(std::move(router));
    connect(&m_watcher, &QFutureWatcher<NearestBayResult>::finished, this,
            &NearestBayQuery::onFinished);
    if (model)
        connect(model, &BayStatusModel::statusChanged, this, &NearestBayQuery::run);
}

NearestBayQuery::~NearestBayQuery()
{
    m_watcher.waitForFinished();
}

void NearestBayQuery::setRouter(std::shared_ptr<const Router> router)
{
    if (m_router)
        disconnect(m_router.get(), nullptr, this, nullptr);
    m_router = std::move(router);
    if (m_router) {
        connect(m_router.get(), &Router::closuresChanged, this, &NearestBayQuery::run);
        connect(m_router.get(), &Router::graphChanged, this, &NearestBayQuery::run);
    }
    run();
}

void NearestBayQuery::setProfile(const Profile &profile)
{
    m_profile = profile;
    run();
}

void NearestBayQuery::setCount(int count)
{
    m_count = qMax(1, count);
    run();
}

void NearestBayQuery::setDestination(const LonLat &destination)
{
    m_destination = destination;
    run();
}

void NearestBayQuery::clear()
{
    m_destination = LonLat();
    m_result = NearestBayResult();
}

void NearestBayQuery::run()
{
    if (!m_destination.isValid() || !m_router || !m_model)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    // Snapshot on the UI thread; the worker only reads copies and the thread-safe router.
    const BayList bays = m_model->bays();
    const std::shared_ptr<const Router> router = m_router;
    const LonLat destination = m_destination;
    const Profile profile = m_profile;
    const int count = m_count;
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run([router, destination, bays, profile, count] {
        return findNearestFreeBays(*router, destination, bays, profile, count);
    }));
}

void NearestBayQuery::onFinished()
{
    m_result = m_watcher.result();
    Q_EMIT finished(m_result);
    if (m_pending) {
        m_pending = false;
        run();
    }
}

} // namespace territoire
