#pragma once

#include "feeds/Feed.h"
#include "feeds/FeedStatus.h"
#include "feeds/Observation.h"

#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace territoire {

class Clock;
class ObservationCache;

// Polls every registered Feed on its own interval, stores what they return in the
// ObservationCache and keeps a FeedStatus per feed. Generic: gauges and parking feeds both run
// here (the application registers one engine as the service "feeds").
//
// Network rules, the same for every feed: a transfer timeout on every request, retries with
// exponential backoff for transient failures (timeouts, connection errors, HTTP 5xx), redirects
// followed only when not less safe (https to http is refused), at most 10 redirects, TLS
// verification always on (errors are reported, never ignored), proxy credentials supplied once.
// HTTP 206 is a success. Pages are followed through the "next" URL exactly as the feed returned
// it, with a guard against URL loops and a maximum number of pages.
//
// After each store the cache's retention setting is applied (observations older than the
// clock's now minus retentionDays() are deleted).
//
// Nothing blocks the thread the engine lives on: answers are parsed and stored on a worker
// thread. Offline (setOffline(true)) means no request at all; the cached values stay available.
// Times (last success, next poll, staleness) come from the Clock; poll scheduling uses timers.
class FeedEngine : public QObject
{
    Q_OBJECT
public:
    FeedEngine(Clock *clock, ObservationCache *cache, QObject *parent = nullptr);
    ~FeedEngine() override;

    // Takes ownership. A feed with the same id replaces the previous one. Polling starts at
    // once when the engine is started and online.
    void addFeed(std::unique_ptr<Feed> feed);
    void removeFeed(const QString &feedId);
    QStringList feedIds() const;
    Feed *feed(const QString &feedId) const;

    Clock *clock() const { return m_clock; }
    void setClock(Clock *clock);
    ObservationCache *cache() const { return m_cache; }
    // Switches to another cache (an exercise's, or back to the live one). Waits for the
    // workers still storing into the previous one; the caller keeps ownership of both.
    void setCache(ObservationCache *cache);
    // Blocks until no worker thread of the engine runs (parsing or storing).
    void waitForWorkers();

    // Starts polling every feed now, then on its interval.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    // Polls one feed now (manual refresh), unless offline or already polling.
    void refresh(const QString &feedId);
    void refreshAll();

    // Offline: pending requests are aborted and no request is sent until back online.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

    // The status at clock->now().
    FeedStatus status(const QString &feedId) const;
    QList<FeedStatus> statuses() const;
    // True when an observation time is older than the feed's stale age at clock->now().
    bool isStale(const QString &feedId, const QDateTime &observationTime) const;
    // Overrides every feed's staleAfterSeconds() when > 0.
    void setStaleAfterSeconds(int seconds) { m_staleAfterOverride = seconds; }

    // Network settings.
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; } // default 30000
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setMaxRetries(int retries) { m_maxRetries = retries; } // default 3
    void setRetryBaseDelayMs(int ms) { m_retryBaseMs = ms; } // default 5000, doubled each time
    void setMaxPages(int pages) { m_maxPages = pages; } // default 50
    void setMaxRedirects(int redirects) { m_maxRedirects = redirects; } // default 10
    // Seconds of overlap asked again before the newest cached observation (late revisions).
    void setOverlapSeconds(int seconds) { m_overlapSeconds = seconds; } // default 3600
    void setProxy(const QNetworkProxy &proxy);
    // Credentials offered once when a proxy asks for authentication; none by default, in
    // which case the poll fails with "proxy authentication required".
    void setProxyCredentials(const QString &user, const QString &password);
    // TLS settings (e.g. extra CA certificates); peer verification cannot be turned off.
    void setSslConfiguration(const QSslConfiguration &configuration);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    void statusChanged(const QString &feedId);
    // A poll started or finished (ok is false on failure).
    void pollStarted(const QString &feedId);
    void pollFinished(const QString &feedId, bool ok);
    // Observations of one poll after storing; newCount were not in the cache before.
    void observationsReceived(const QString &feedId, const territoire::ObservationList &batch,
                              int newCount);
    void offlineChanged(bool offline);

private:
    struct FeedRun;

    void startPoll(FeedRun &run);
    void sendPage(FeedRun &run, QNetworkRequest request);
    void onReplyFinished(const QString &feedId, QNetworkReply *reply, quint64 generation);
    void onPageParsed(const QString &feedId, quint64 generation, const QUrl &url, const QUrl &next,
                      const ObservationList &observations, const QString &error);
    void finishPoll(FeedRun &run, bool ok, const QString &reason, bool retryable);
    void schedule(FeedRun &run, int delayMs);
    QDateTime sinceFor(const FeedRun &run) const;
    FeedRun *runFor(const QString &feedId) const;
    QString describeError(const FeedRun *run, QNetworkReply *reply, const QByteArray &body) const;

    Clock *m_clock;
    ObservationCache *m_cache;
    QNetworkAccessManager *m_nam;
    QHash<QString, FeedRun *> m_runs;
    QStringList m_order;
    bool m_started = false;
    bool m_offline = false;
    int m_staleAfterOverride = 0;
    int m_transferTimeoutMs = 30000;
    int m_maxRetries = 3;
    int m_retryBaseMs = 5000;
    int m_maxPages = 50;
    int m_maxRedirects = 10;
    int m_overlapSeconds = 3600;
    QString m_proxyUser;
    QString m_proxyPassword;
    QSet<QString> m_proxyAuthTried;
    QThreadPool m_pool;
    QSslConfiguration m_ssl;
    bool m_hasSsl = false;
};

} // namespace territoire
