#pragma once

#include "feeds/Feed.h"

#include <QStringList>

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

// Vigicrues flood vigilance: the national bulletin with the level of every river reach.
class VigicruesFeed : public Feed
{
public:
    VigicruesFeed(const QString &baseUrl, const QString &query, int intervalSeconds = 300);

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
    int m_interval;
};

} // namespace territoire
