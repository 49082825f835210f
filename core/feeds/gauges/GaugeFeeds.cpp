#include "feeds/gauges/GaugeFeeds.h"

#include "feeds/gauges/GaugeUnits.h"
#include "feeds/gauges/HubEau.h"
#include "feeds/gauges/Vigicrues.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace territoire {

namespace {

QString trimmedBase(const QString &base)
{
    QString b = base;
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return b;
}

} // namespace

HubEauFeed::HubEauFeed(const QString &baseUrl, const QStringList &stationCodes, int intervalSeconds,
                       int staleAfterSeconds)
    : m_base(trimmedBase(baseUrl))
    , m_codes(stationCodes)
    , m_interval(intervalSeconds)
    , m_staleAfter(staleAfterSeconds)
{ }

QString HubEauFeed::id() const
{
    return gauge::hubEauFeedId();
}

QString HubEauFeed::displayName() const
{
    return QCoreApplication::translate("HubEauFeed", "Hub'Eau river gauges");
}

QNetworkRequest HubEauFeed::nextRequest(const QDateTime &since) const
{
    QUrl url(m_base + QStringLiteral("/observations_tr"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code_entite"), m_codes.join(QLatin1Char(',')));
    if (since.isValid())
        query.addQueryItem(QStringLiteral("date_debut_obs"), hubeau::formatInstant(since));
    query.addQueryItem(QStringLiteral("size"), QString::number(m_pageSize));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    return request;
}

QUrl HubEauFeed::parse(const QByteArray &body, const QUrl &, ObservationList &observations,
                       QString &error) const
{
    hubeau::ObservationsPage page = hubeau::parseObservations(body, id());
    if (!page.error.isEmpty()) {
        error = page.error;
        return {};
    }
    if (page.recordCount == 0) {
        error = QCoreApplication::translate("HubEauFeed",
                                            "the answer holds no observation "
                                            "(empty \"data\")");
        return {};
    }
    observations.append(page.observations);
    return page.next;
}

VigicruesFeed::VigicruesFeed(const QString &baseUrl, const QString &query, int intervalSeconds)
    : m_base(trimmedBase(baseUrl))
    , m_query(query)
    , m_interval(intervalSeconds)
{ }

QString VigicruesFeed::id() const
{
    return gauge::vigicruesFeedId();
}

QString VigicruesFeed::displayName() const
{
    return QCoreApplication::translate("VigicruesFeed", "Vigicrues flood vigilance");
}

QNetworkRequest VigicruesFeed::nextRequest(const QDateTime &) const
{
    QNetworkRequest request(QUrl::fromEncoded((m_base + QLatin1Char('/') + m_query).toUtf8()));
    request.setRawHeader("Accept", "application/ld+json, application/json");
    return request;
}

QUrl VigicruesFeed::parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
                          QString &error) const
{
    observations.append(vigicrues::parseVigilance(body, url, id(), &error));
    return {};
}

} // namespace territoire
