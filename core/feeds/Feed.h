#pragma once

#include "feeds/Observation.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace territoire {

// One live source polled by the FeedEngine: it says which request to send and how to turn an
// answer into Observations. Subclasses hold no network code: the engine sends the requests
// (timeouts, retries, redirects, TLS, proxy), follows pagination and stores the results.
//
// Thread rule: parse() is called from a worker thread while the UI thread may call the other
// methods, so parse() must only read members that do not change after the feed was added to the
// engine (or protect them itself).
class Feed
{
public:
    virtual ~Feed() = default;

    // Stable identifier, stored with every observation in the cache ("hubeau-hydrometrie").
    virtual QString id() const = 0;
    // Name shown to users in the feed panel, already translated.
    virtual QString displayName() const = 0;
    // Seconds between two polls. Default 5 minutes.
    virtual int intervalSeconds() const { return 300; }
    // Age in seconds after which this feed's values are shown as stale. Default 30 minutes.
    virtual int staleAfterSeconds() const { return 1800; }
    // How far back a first poll (empty cache) asks for data, in seconds. Default 24 hours.
    virtual int backfillSeconds() const { return 24 * 3600; }
    // Entities (e.g. station codes) that one request covers together. When not empty, `since`
    // follows the oldest of their own newest observations (each entity's oldest quantity), so
    // that a station lagging behind the others does not miss its late data; entities with no
    // observation yet do not count. Empty (default): the feed's newest observation.
    virtual QStringList sinceEntities() const { return {}; }

    // The first request of a poll. `since` is the UTC instant from which new observations are
    // wanted (the newest cached observation of this feed minus a small overlap, or now minus
    // backfillSeconds()); feeds whose source has no such filter ignore it.
    virtual QNetworkRequest nextRequest(const QDateTime &since) const = 0;

    // The request for a following page. `url` is the "next" link returned by parse(), to be
    // used exactly as received (never decoded and rebuilt). Override to add headers.
    virtual QNetworkRequest pageRequest(const QUrl &url) const { return QNetworkRequest(url); }

    // Turns one answer body into observations appended to `observations`. Returns the URL of
    // the next page, or an empty QUrl on the last page. On a malformed answer, sets `error` to
    // a short sentence (the engine prefixes the feed name) and the page's observations are
    // discarded. `url` is the URL that was fetched (after redirects).
    virtual QUrl parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
                       QString &error) const = 0;
};

} // namespace territoire
