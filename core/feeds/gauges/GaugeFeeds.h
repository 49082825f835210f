#pragma once

#include "feeds/Feed.h"
#include "feeds/gauges/GaugeStation.h"
#include "feeds/gauges/HubEau.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <memory>

namespace territoire {

// Hub'Eau hydrométrie `observations_tr` (v2; v1 answers are read too): heights and flows of a
// list of stations, asking only for observations since the last one cached (date_debut_obs),
// following the "next" cursor links. Polled every 2 minutes by default.
class HubEauFeed : public Feed
{
public:
    // baseUrl: ".../api/v2/hydrometrie" (no trailing slash needed).
    HubEauFeed(const QString &baseUrl, const QStringList &stationCodes, int intervalSeconds = 120,
               int staleAfterSeconds = 3600);

    QString id() const override;
    QString displayName() const override;
    int intervalSeconds() const override { return m_interval; }
    int staleAfterSeconds() const override { return m_staleAfter; }
    // One request covers every station: `since` follows the most lagging one.
    QStringList sinceEntities() const override { return m_codes; }
    QNetworkRequest nextRequest(const QDateTime &since) const override;
    QUrl parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
               QString &error) const override;

    QStringList stationCodes() const { return m_codes; }
    // Records asked per page (Hub'Eau allows up to 20000).
    void setPageSize(int size) { m_pageSize = size; }

private:
    QString m_base;
    QStringList m_codes;
    int m_interval;
    int m_staleAfter;
    int m_pageSize = 5000;
};

// Vigicrues flood vigilance. With reaches set, one poll asks for the bulletin of each river
// reach (InfoVigiCru.jsonld?CdEntVigiCru=RS18&TypEntVigiCru=8), one after the other through the
// engine's page chain; without reaches it sends `query` (by default the national bulletin,
// which gives only the national level).
class VigicruesFeed : public Feed
{
public:
    VigicruesFeed(const QString &baseUrl, const QString &query, int intervalSeconds = 300);

    // Reach codes (tronçons, e.g. "RS18") to poll; duplicates and empty codes are dropped.
    // Set before the feed is added to the engine.
    void setReaches(const QStringList &reaches);
    QStringList reaches() const { return m_reaches; }
    // The bulletin request of one reach.
    QUrl reachUrl(const QString &reach) const;

    QString id() const override;
    QString displayName() const override;
    int intervalSeconds() const override { return m_interval; }
    // A bulletin stays valid until the next one (at least twice a day).
    int staleAfterSeconds() const override { return 24 * 3600; }
    QNetworkRequest nextRequest(const QDateTime &since) const override;
    QUrl parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
               QString &error) const override;

private:
    QString m_base;
    QString m_query;
    QStringList m_reaches;
    int m_interval;
};

// Hub'Eau `referentiel/stations` by département and/or bounding box, following the "next"
// page links but never past the API's 20,000-result depth. Polled once a day. The stations it
// parses are collected (also those of the pages before a failing one) and handed over by
// takeStations(); observations: none. Id "hubeau-stations".
class HubEauStationsFeed : public Feed
{
public:
    HubEauStationsFeed(const QString &baseUrl, const hubeau::StationQuery &query,
                       int pageSize = 1000);

    QString id() const override;
    QString displayName() const override;
    int intervalSeconds() const override { return 24 * 3600; }
    int staleAfterSeconds() const override { return 7 * 24 * 3600; }
    QNetworkRequest nextRequest(const QDateTime &since) const override;
    QUrl parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
               QString &error) const override;

    // The stations parsed since the last call (any thread).
    QList<GaugeStation> takeStations();

private:
    QString m_base;
    hubeau::StationQuery m_query;
    int m_pageSize;
    mutable QMutex m_mutex;
    mutable QList<GaugeStation> m_received;
};

// The station → reach mapping of Vigicrues, asked once a day (the reaches change rarely):
// the requests of vigicrues::reachMappingUrls(), chained like pages. The mapping parsed (also
// from the answers before a failing one) is handed over by takeReaches(); observations: none.
// Id "vigicrues-reaches".
class VigicruesReachesFeed : public Feed
{
public:
    explicit VigicruesReachesFeed(const QList<QUrl> &requests);

    QString id() const override;
    QString displayName() const override;
    int intervalSeconds() const override { return 24 * 3600; }
    int staleAfterSeconds() const override { return 7 * 24 * 3600; }
    QNetworkRequest nextRequest(const QDateTime &since) const override;
    QUrl parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
               QString &error) const override;

    QList<QUrl> requests() const { return m_requests; }
    // The mapping (Vigicrues station code → reach code) parsed since the last call.
    QHash<QString, QString> takeReaches();

private:
    QList<QUrl> m_requests;
    mutable QMutex m_mutex;
    mutable QHash<QString, QString> m_received;
};

struct GaugeSettings;

// The Hub'Eau observations feed and the Vigicrues feed of a set of stations, as the settings
// say (URLs, intervals, stale age; the reaches of the stations, settings mapping first). The
// Hub'Eau feed is null when there is no station.
struct GaugeFeedPair
{
    std::unique_ptr<HubEauFeed> hubEau;
    std::unique_ptr<VigicruesFeed> vigicrues;
};
// `fetched` is the station → reach mapping fetched from Vigicrues (matched with
// vigicrues::reachOfStation); the project mapping overrides it.
GaugeFeedPair makeGaugeFeeds(const GaugeSettings &settings, const QList<GaugeStation> &stations,
                             const QHash<QString, QString> &fetched = {});
// The mapping feed of the settings' territories (or of the stations when none is set); null
// when there is nothing to ask.
std::unique_ptr<VigicruesReachesFeed> makeReachesFeed(const GaugeSettings &settings,
                                                      const QList<GaugeStation> &stations);

} // namespace territoire
