#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace territoire {

class Clock;
class FeedEngine;
class ObservationCache;

// The one feed engine of the application and the observation cache it fills, owned together so
// that the cache outlives every user. Users (gauge network, parking, replays) connect to
// aboutToReleaseCache() and stop their background work on the cache there; shutDown() runs
// that, stops the engine, waits for its workers, then deletes engine and cache, in that order.
class FeedHub : public QObject
{
    Q_OBJECT
public:
    explicit FeedHub(Clock *clock, QObject *parent = nullptr);
    ~FeedHub() override;

    FeedEngine *engine() const { return m_engine; }
    ObservationCache *cache() const { return m_cache.get(); }

    // Opens the cache file at `path` (ObservationCache::open: a damaged file is moved aside,
    // see *warning) and makes it the engine's cache; the previous one is released first.
    // False with *error when it cannot be used (the engine then has no cache).
    bool openCache(const QString &path, QString *error = nullptr, QString *warning = nullptr);
    // Stops every background job that reads the cache, then destroys engine and cache.
    // Idempotent; also run by the destructor.
    void shutDown();
    bool isShutDown() const { return m_shutDown; }

Q_SIGNALS:
    // Emitted before the cache is closed or replaced: stop and wait for work that reads it.
    void aboutToReleaseCache();
    // The engine now stores into `cache` (null when it could not be opened).
    void cacheChanged(territoire::ObservationCache *cache);

private:
    void releaseCache();

    FeedEngine *m_engine = nullptr;
    std::unique_ptr<ObservationCache> m_cache;
    bool m_shutDown = false;
};

} // namespace territoire
