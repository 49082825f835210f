#include "feeds/gauges/GaugeFeeds.h"

#include "feeds/gauges/GaugeSettings.h"
#include "feeds/gauges/GaugeStation.h"
#include "feeds/gauges/GaugeUnits.h"
#include "feeds/gauges/HubEau.h"
#include "feeds/gauges/Vigicrues.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

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

void VigicruesFeed::setReaches(const QStringList &reaches)
{
    m_reaches.clear();
    for (const QString &reach : reaches) {
        const QString code = reach.trimmed();
        if (!code.isEmpty() && !m_reaches.contains(code))
            m_reaches.append(code);
    }
}

QUrl VigicruesFeed::reachUrl(const QString &reach) const
{
    QUrl url(m_base + QStringLiteral("/InfoVigiCru.jsonld"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("CdEntVigiCru"), reach);
    query.addQueryItem(QStringLiteral("TypEntVigiCru"), QStringLiteral("8"));
    url.setQuery(query);
    return url;
}

QNetworkRequest VigicruesFeed::nextRequest(const QDateTime &) const
{
    const QUrl url = m_reaches.isEmpty()
        ? QUrl::fromEncoded((m_base + QLatin1Char('/') + m_query).toUtf8())
        : reachUrl(m_reaches.first());
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/ld+json, application/json");
    return request;
}

QUrl VigicruesFeed::parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
                          QString &error) const
{
    observations.append(vigicrues::parseVigilance(body, url, id(), &error));
    if (!error.isEmpty() || m_reaches.isEmpty())
        return {};
    // The reach bulletins are chained like pages: the next one is the reach after this one.
    const QString current = QUrlQuery(url).queryItemValue(QStringLiteral("CdEntVigiCru"));
    const qsizetype index = m_reaches.indexOf(current);
    if (index < 0 || index + 1 >= m_reaches.size())
        return {};
    return reachUrl(m_reaches.at(index + 1));
}

HubEauStationsFeed::HubEauStationsFeed(const QString &baseUrl, const hubeau::StationQuery &query,
                                       int pageSize)
    : m_base(trimmedBase(baseUrl))
    , m_query(query)
    , m_pageSize(std::clamp(pageSize, 1, hubeau::maxResultDepth))
{ }

QString HubEauStationsFeed::id() const
{
    return gauge::hubEauStationsFeedId();
}

QString HubEauStationsFeed::displayName() const
{
    return QCoreApplication::translate("HubEauFeed", "Hub'Eau gauge stations");
}

QNetworkRequest HubEauStationsFeed::nextRequest(const QDateTime &) const
{
    QNetworkRequest request(hubeau::stationsUrl(m_base, m_query, m_pageSize));
    request.setRawHeader("Accept", "application/json");
    return request;
}

QUrl HubEauStationsFeed::parse(const QByteArray &body, const QUrl &, ObservationList &,
                               QString &error) const
{
    QUrl next;
    const QList<GaugeStation> stations = hubeau::parseStations(body, &error, &next);
    if (error.isEmpty() && stations.isEmpty())
        error = QCoreApplication::translate("HubEauFeed", "the answer lists no station");
    if (!error.isEmpty())
        return {};
    {
        QMutexLocker lock(&m_mutex);
        m_received.append(stations);
    }
    if (!next.isEmpty() && hubeau::exceedsResultDepth(next)) {
        qCWarning(lcFeeds).noquote()
            << id() << "not following" << next.toEncoded() << "beyond the" << hubeau::maxResultDepth
            << "results the API serves; narrow the query";
        return {};
    }
    return next;
}

QList<GaugeStation> HubEauStationsFeed::takeStations()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_received, {});
}

VigicruesReachesFeed::VigicruesReachesFeed(const QList<QUrl> &requests)
    : m_requests(requests)
{ }

QString VigicruesReachesFeed::id() const
{
    return gauge::vigicruesReachesFeedId();
}

QString VigicruesReachesFeed::displayName() const
{
    return QCoreApplication::translate("VigicruesFeed", "Vigicrues reaches of the stations");
}

QNetworkRequest VigicruesReachesFeed::nextRequest(const QDateTime &) const
{
    QNetworkRequest request(m_requests.value(0));
    request.setRawHeader("Accept", "application/ld+json, application/json");
    return request;
}

QUrl VigicruesReachesFeed::parse(const QByteArray &body, const QUrl &url, ObservationList &,
                                 QString &error) const
{
    const QHash<QString, QString> reaches = vigicrues::parseStationReaches(body, &error);
    if (!error.isEmpty())
        return {};
    {
        QMutexLocker lock(&m_mutex);
        m_received.insert(reaches);
    }
    // A station that Vigicrues attaches to no reach gives an empty mapping: not an error.
    const QUrlQuery query(url);
    const QString code = query.queryItemValue(QStringLiteral("CdEntVigiCru"));
    const QString type = query.queryItemValue(QStringLiteral("TypEntVigiCru"));
    for (qsizetype i = 0; i + 1 < m_requests.size(); ++i) {
        const QUrlQuery q(m_requests.at(i));
        if (q.queryItemValue(QStringLiteral("CdEntVigiCru")) == code
            && q.queryItemValue(QStringLiteral("TypEntVigiCru")) == type)
            return m_requests.at(i + 1);
    }
    return {};
}

QHash<QString, QString> VigicruesReachesFeed::takeReaches()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_received, {});
}

std::unique_ptr<VigicruesReachesFeed> makeReachesFeed(const GaugeSettings &settings,
                                                      const QList<GaugeStation> &stations)
{
    QStringList codes;
    for (const GaugeStation &s : stations)
        codes.append(s.code);
    const QList<QUrl> urls
        = vigicrues::reachMappingUrls(settings.vigicruesUrl, settings.vigicruesTerritories, codes);
    if (urls.isEmpty())
        return nullptr;
    return std::make_unique<VigicruesReachesFeed>(urls);
}

GaugeFeedPair makeGaugeFeeds(const GaugeSettings &settings, const QList<GaugeStation> &stations,
                             const QHash<QString, QString> &fetched)
{
    GaugeFeedPair feeds;
    QStringList codes;
    QStringList reaches;
    for (const GaugeStation &s : stations) {
        codes.append(s.code);
        QString reach = settings.reaches.value(s.code);
        if (reach.isEmpty())
            reach = vigicrues::reachOfStation(fetched, s.code);
        if (reach.isEmpty())
            reach = s.reach;
        if (!reach.isEmpty())
            reaches.append(reach);
    }
    if (!codes.isEmpty())
        feeds.hubEau = std::make_unique<HubEauFeed>(settings.hubEauUrl, codes,
                                                    settings.hubEauIntervalSeconds,
                                                    settings.staleAfterMinutes * 60);
    feeds.vigicrues = std::make_unique<VigicruesFeed>(
        settings.vigicruesUrl, settings.vigicruesQuery, settings.vigicruesIntervalSeconds);
    feeds.vigicrues->setReaches(reaches);
    return feeds;
}

} // namespace territoire
