#include "feeds/FeedHub.h"

#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"

#include <QDir>
#include <QFileInfo>

namespace territoire {

FeedHub::FeedHub(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_engine(new FeedEngine(clock, nullptr, this))
{
    m_engine->setObjectName(QStringLiteral("feeds"));
}

FeedHub::~FeedHub()
{
    shutDown();
}

void FeedHub::releaseCache()
{
    Q_EMIT aboutToReleaseCache();
    if (m_engine)
        m_engine->setCache(nullptr); // waits for the workers storing into it
    m_cache.reset();
}

bool FeedHub::openCache(const QString &path, QString *error, QString *warning)
{
    if (m_shutDown)
        return false;
    releaseCache();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto cache = std::make_unique<ObservationCache>(path);
    const bool ok = cache->open(error, warning);
    if (ok)
        m_cache = std::move(cache);
    m_engine->setCache(m_cache.get());
    Q_EMIT cacheChanged(m_cache.get());
    return ok;
}

void FeedHub::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    // Users first (they may start snapshots on engine signals), then the engine, then the cache.
    Q_EMIT aboutToReleaseCache();
    m_engine->stop();
    m_engine->waitForWorkers();
    delete m_engine;
    m_engine = nullptr;
    m_cache.reset();
}

} // namespace territoire
