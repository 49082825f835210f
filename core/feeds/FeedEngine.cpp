#include "feeds/FeedEngine.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "feeds/ObservationCache.h"

#include <QAuthenticator>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace territoire {

struct FeedEngine::FeedRun
{
    std::shared_ptr<Feed> feed;
    FeedStatus status;
    bool lastFailed = false;
    QTimer *timer = nullptr;
    quint64 generation = 0;
    QPointer<QNetworkReply> reply;
    QSet<QByteArray> visited;
    int pages = 0;
    int retries = 0;
    ObservationList collected;
    QStringList sslErrors;
};

namespace {

struct PageResult
{
    QUrl next;
    ObservationList observations;
    QString error;
};

bool isRetryable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout, see onReplyFinished
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace

FeedEngine::FeedEngine(Clock *clock, ObservationCache *cache, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_cache(cache)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<territoire::ObservationList>();
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_nam->setTransferTimeout(m_transferTimeoutMs);
    m_pool.setMaxThreadCount(1); // one writer: batches reach the cache in poll order
    m_pool.setExpiryTimeout(-1);
    connect(m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                const QString key
                    = proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
                if (m_proxyUser.isEmpty() || m_proxyAuthTried.contains(key)) {
                    qCWarning(lcFeeds).noquote()
                        << "proxy" << key << "asks for credentials; none (more) to offer";
                    return; // the reply ends with ProxyAuthenticationRequiredError
                }
                m_proxyAuthTried.insert(key);
                authenticator->setUser(m_proxyUser);
                authenticator->setPassword(m_proxyPassword);
            });
    connect(m_nam, &QNetworkAccessManager::authenticationRequired, this,
            [](QNetworkReply *reply, QAuthenticator *) {
                qCWarning(lcFeeds).noquote()
                    << "server asks for credentials:" << reply->url().toDisplayString();
            });
}

FeedEngine::~FeedEngine()
{
    for (FeedRun *run : std::as_const(m_runs)) {
        ++run->generation;
        if (run->reply)
            run->reply->abort();
    }
    m_pool.waitForDone();
    qDeleteAll(m_runs);
}

void FeedEngine::setCache(ObservationCache *cache)
{
    waitForWorkers();
    m_cache = cache;
}

void FeedEngine::waitForWorkers()
{
    m_pool.waitForDone();
}

void FeedEngine::addFeed(std::unique_ptr<Feed> feed)
{
    if (!feed)
        return;
    const QString id = feed->id();
    removeFeed(id);
    auto *run = new FeedRun;
    run->feed = std::shared_ptr<Feed>(std::move(feed));
    run->status.feedId = id;
    run->status.displayName = run->feed->displayName();
    if (m_cache && m_cache->isOpen())
        run->status.lastSuccess = m_cache->lastSuccess(id);
    run->timer = new QTimer(this);
    run->timer->setSingleShot(true);
    connect(run->timer, &QTimer::timeout, this, [this, id] {
        if (FeedRun *r = runFor(id))
            startPoll(*r);
    });
    m_runs.insert(id, run);
    m_order.append(id);
    if (m_started && !m_offline)
        startPoll(*run);
    Q_EMIT statusChanged(id);
}

void FeedEngine::removeFeed(const QString &feedId)
{
    FeedRun *run = m_runs.take(feedId);
    if (!run)
        return;
    m_order.removeAll(feedId);
    ++run->generation;
    if (run->reply)
        run->reply->abort();
    delete run->timer;
    delete run;
}

QStringList FeedEngine::feedIds() const
{
    return m_order;
}

Feed *FeedEngine::feed(const QString &feedId) const
{
    FeedRun *run = runFor(feedId);
    return run ? run->feed.get() : nullptr;
}

FeedEngine::FeedRun *FeedEngine::runFor(const QString &feedId) const
{
    return m_runs.value(feedId, nullptr);
}

void FeedEngine::setClock(Clock *clock)
{
    m_clock = clock;
    for (const QString &id : std::as_const(m_order))
        Q_EMIT statusChanged(id);
}

void FeedEngine::start()
{
    m_started = true;
    if (m_offline)
        return;
    for (const QString &id : std::as_const(m_order))
        startPoll(*m_runs.value(id));
}

void FeedEngine::stop()
{
    m_started = false;
    for (FeedRun *run : std::as_const(m_runs)) {
        run->timer->stop();
        run->status.nextPoll = {};
    }
}

void FeedEngine::refresh(const QString &feedId)
{
    if (FeedRun *run = runFor(feedId)) {
        run->retries = 0;
        startPoll(*run);
    }
}

void FeedEngine::refreshAll()
{
    for (const QString &id : std::as_const(m_order))
        refresh(id);
}

void FeedEngine::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    for (FeedRun *run : std::as_const(m_runs)) {
        if (offline) {
            ++run->generation; // late answers and parses of this poll are dropped
            run->timer->stop();
            if (run->reply)
                run->reply->abort();
            run->status.polling = false;
            run->status.nextPoll = {};
        }
    }
    Q_EMIT offlineChanged(offline);
    for (const QString &id : std::as_const(m_order))
        Q_EMIT statusChanged(id);
    if (!offline && m_started) {
        for (const QString &id : std::as_const(m_order))
            startPoll(*m_runs.value(id));
    }
}

void FeedEngine::setProxy(const QNetworkProxy &proxy)
{
    m_nam->setProxy(proxy);
    m_proxyAuthTried.clear();
}

void FeedEngine::setProxyCredentials(const QString &user, const QString &password)
{
    m_proxyUser = user;
    m_proxyPassword = password;
    m_proxyAuthTried.clear();
}

void FeedEngine::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_hasSsl = true;
}

QDateTime FeedEngine::sinceFor(const FeedRun &run) const
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    QDateTime earliest = now.addSecs(-run.feed->backfillSeconds());
    // Never ask for what the retention would delete at once.
    if (m_cache && m_cache->retentionDays() > 0 && now.isValid()) {
        const QDateTime kept = now.addDays(-m_cache->retentionDays());
        if (kept > earliest)
            earliest = kept;
    }
    QDateTime newest;
    const QStringList entities = run.feed->sinceEntities();
    if (m_cache && !entities.isEmpty()) {
        // The oldest of the entities' own newest observations: a lagging station keeps the
        // window open for its late data (bounded by `earliest`).
        const QHash<QString, QDateTime> times = m_cache->newestTimesByEntity(run.feed->id());
        for (const QString &entity : entities) {
            const QDateTime t = times.value(entity);
            if (t.isValid() && (!newest.isValid() || t < newest))
                newest = t;
        }
    } else if (m_cache) {
        newest = m_cache->newestTime(run.feed->id());
    }
    if (!newest.isValid())
        return earliest;
    const QDateTime since = newest.addSecs(-m_overlapSeconds);
    return since > earliest ? since : earliest;
}

void FeedEngine::startPoll(FeedRun &run)
{
    if (m_offline || run.status.polling)
        return;
    run.timer->stop();
    ++run.generation;
    run.status.polling = true;
    run.status.lastAttempt = m_clock ? m_clock->now() : QDateTime();
    run.status.nextPoll = {};
    run.visited.clear();
    run.pages = 0;
    run.collected.clear();
    Q_EMIT pollStarted(run.status.feedId);
    Q_EMIT statusChanged(run.status.feedId);
    sendPage(run, run.feed->nextRequest(sinceFor(run)));
}

void FeedEngine::sendPage(FeedRun &run, QNetworkRequest request)
{
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_maxRedirects);
    if (!request.hasRawHeader("User-Agent"))
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Territoire/0.1"));
    if (m_hasSsl)
        request.setSslConfiguration(m_ssl);
    run.visited.insert(request.url().toEncoded());
    ++run.pages;
    run.sslErrors.clear();
    qCDebug(lcFeeds).noquote() << run.status.feedId << "GET" << request.url().toEncoded();
    QNetworkReply *reply = m_nam->get(request);
    run.reply = reply;
    const QString id = run.status.feedId;
    const quint64 generation = run.generation;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, id, generation](const QList<QSslError> &errors) {
                FeedRun *r = runFor(id);
                QStringList texts;
                for (const QSslError &e : errors)
                    texts.append(e.errorString());
                // Logged and reported; never ignored: the handshake fails.
                qCWarning(lcFeeds).noquote()
                    << id << "TLS errors:" << texts.join(QStringLiteral("; "));
                if (r && r->generation == generation)
                    r->sslErrors = texts;
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, id, reply, generation] { onReplyFinished(id, reply, generation); });
}

QString FeedEngine::describeError(const FeedRun *run, QNetworkReply *reply,
                                  const QByteArray &body) const
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("timeout: no data for %1 s, showing cached data")
            .arg(m_transferTimeoutMs / 1000.0);
    case QNetworkReply::TooManyRedirectsError:
        return tr("too many redirects (%1)").arg(reply->url().toDisplayString());
    case QNetworkReply::InsecureRedirectError:
        return tr("redirect from https to http refused (%1)").arg(reply->url().toDisplayString());
    case QNetworkReply::SslHandshakeFailedError: {
        QString text = tr("TLS handshake failed");
        if (run && !run->sslErrors.isEmpty())
            text += QStringLiteral(": ") + run->sslErrors.join(QStringLiteral("; "));
        return text;
    }
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("proxy authentication required");
    default:
        break;
    }
    if (http >= 400) {
        QString message;
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            message = doc.object().value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return tr("HTTP %1: %2").arg(http).arg(message);
    }
    return reply->errorString();
}

void FeedEngine::onReplyFinished(const QString &feedId, QNetworkReply *reply, quint64 generation)
{
    reply->deleteLater();
    FeedRun *run = runFor(feedId);
    if (!run || run->generation != generation)
        return; // aborted (offline, removed) or superseded
    run->reply = nullptr;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    run->status.lastHttpStatus = http;
    if (reply->error() != QNetworkReply::NoError) {
        run->status.lastNetworkError = reply->error();
        finishPoll(*run, false, describeError(run, reply, body),
                   isRetryable(reply->error()) || http == 429);
        return;
    }
    if (http >= 300 || (http != 0 && http < 200)) {
        run->status.lastNetworkError = QNetworkReply::ProtocolUnknownError;
        finishPoll(*run, false, tr("unexpected HTTP status %1").arg(http), false);
        return;
    }
    const QUrl url = reply->url();
    if (url != reply->request().url())
        qCInfo(lcFeeds).noquote() << feedId << "redirected to" << url.toEncoded();
    // Parse on the worker thread; the feed is kept alive by the shared pointer.
    std::shared_ptr<Feed> feed = run->feed;
    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this,
            [this, watcher, feedId, generation, url] {
                // Moved out of the future: the page is not freed here with the watcher.
                const PageResult r = watcher->future().takeResult();
                watcher->deleteLater();
                onPageParsed(feedId, generation, url, r.next, r.observations, r.error);
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, [feed, body, url] {
        PageResult r;
        r.next = feed->parse(body, url, r.observations, r.error);
        return r;
    }));
}

void FeedEngine::onPageParsed(const QString &feedId, quint64 generation, const QUrl &url,
                              const QUrl &next, const ObservationList &observations,
                              const QString &error)
{
    FeedRun *run = runFor(feedId);
    if (!run || run->generation != generation)
        return;
    if (!error.isEmpty()) {
        run->status.lastNetworkError = 0;
        finishPoll(*run, false, error, false);
        return;
    }
    if (run->collected.isEmpty())
        run->collected = observations; // shared, not copied element by element
    else
        run->collected.append(observations);
    if (next.isValid() && !next.isEmpty()) {
        if (run->visited.contains(next.toEncoded())) {
            qCWarning(lcFeeds).noquote()
                << feedId
                << "next page link points to a page already fetched, stopping:" << next.toEncoded();
        } else if (run->pages >= m_maxPages) {
            qCWarning(lcFeeds).noquote()
                << feedId << "stopping after" << run->pages << "pages (page limit)";
        } else {
            sendPage(*run, run->feed->pageRequest(next));
            return;
        }
    }
    Q_UNUSED(url);
    // Store on the worker thread, then report.
    ObservationList batch = std::move(run->collected);
    run->collected.clear();
    ObservationCache *cache = m_cache;
    auto *watcher = new QFutureWatcher<QPair<int, QString>>(this);
    connect(watcher, &QFutureWatcher<QPair<int, QString>>::finished, this,
            [this, watcher, feedId, generation, batch]() mutable {
                const QPair<int, QString> stored = watcher->result();
                watcher->deleteLater();
                FeedRun *r = runFor(feedId);
                if (r && r->generation == generation) {
                    if (stored.first < 0) {
                        finishPoll(*r, false, stored.second, false);
                    } else {
                        finishPoll(*r, true, {}, false);
                        Q_EMIT observationsReceived(feedId, batch, stored.first);
                    }
                }
                // Tens of thousands of observations are freed on the worker, not here.
                m_pool.start([released = std::move(batch)] { Q_UNUSED(released); });
            });
    // The retention setting of the cache is applied after each store, at the clock's now.
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    watcher->setFuture(QtConcurrent::run(&m_pool, [cache, batch, now] {
        QString error;
        const int added = cache ? cache->store(batch, &error) : int(batch.size());
        if (cache && added >= 0)
            cache->applyRetention(now);
        return qMakePair(added, error);
    }));
}

void FeedEngine::finishPoll(FeedRun &run, bool ok, const QString &reason, bool retryable)
{
    run.status.polling = false;
    const int interval = run.feed->intervalSeconds() * 1000;
    if (ok) {
        run.lastFailed = false;
        run.retries = 0;
        run.status.reason.clear();
        run.status.consecutiveFailures = 0;
        run.status.lastNetworkError = 0;
        run.status.lastSuccess = m_clock ? m_clock->now() : QDateTime();
        if (m_cache && m_cache->isOpen() && run.status.lastSuccess.isValid())
            m_cache->setLastSuccess(run.status.feedId, run.status.lastSuccess);
        schedule(run, interval);
    } else {
        run.lastFailed = true;
        run.status.reason = QStringLiteral("%1: %2").arg(run.status.displayName, reason);
        qCWarning(lcFeeds).noquote() << run.status.reason;
        if (retryable && run.retries < m_maxRetries) {
            const int delay = m_retryBaseMs * (1 << run.retries);
            ++run.retries;
            run.status.reason += QLatin1Char(' ')
                + tr("(retry %1 of %2 in %3 s)")
                      .arg(run.retries)
                      .arg(m_maxRetries)
                      .arg(delay / 1000.0);
            run.timer->start(delay); // retries also follow a manual refresh
            run.status.nextPoll = m_clock ? m_clock->now().addMSecs(delay) : QDateTime();
        } else {
            run.retries = 0;
            ++run.status.consecutiveFailures;
            schedule(run, interval);
        }
    }
    Q_EMIT statusChanged(run.status.feedId);
    Q_EMIT pollFinished(run.status.feedId, ok);
}

void FeedEngine::schedule(FeedRun &run, int delayMs)
{
    if (!m_started || m_offline) {
        run.status.nextPoll = {};
        return;
    }
    run.timer->start(std::max(0, delayMs));
    run.status.nextPoll = m_clock ? m_clock->now().addMSecs(delayMs) : QDateTime();
}

FeedStatus FeedEngine::status(const QString &feedId) const
{
    FeedRun *run = runFor(feedId);
    if (!run)
        return {};
    FeedStatus s = run->status;
    if (m_offline) {
        s.state = FeedStatus::Offline;
    } else if (run->lastFailed) {
        s.state = FeedStatus::Failing;
    } else if (!s.lastSuccess.isValid()) {
        s.state = FeedStatus::Idle;
    } else {
        const QDateTime now = m_clock ? m_clock->now() : QDateTime();
        const qint64 age = now.isValid() ? s.lastSuccess.secsTo(now) : 0;
        s.state = age > 2LL * run->feed->intervalSeconds() ? FeedStatus::Late : FeedStatus::Ok;
    }
    return s;
}

QList<FeedStatus> FeedEngine::statuses() const
{
    QList<FeedStatus> result;
    for (const QString &id : m_order)
        result.append(status(id));
    return result;
}

bool FeedEngine::isStale(const QString &feedId, const QDateTime &observationTime) const
{
    if (!observationTime.isValid())
        return true;
    FeedRun *run = runFor(feedId);
    const int limit = m_staleAfterOverride > 0 ? m_staleAfterOverride
                                               : (run ? run->feed->staleAfterSeconds() : 1800);
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    return now.isValid() && observationTime.secsTo(now) > limit;
}

} // namespace territoire
