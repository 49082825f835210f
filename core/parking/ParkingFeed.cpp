#include "parking/ParkingFeed.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "parking/BayStatusModel.h"

#include <QCoreApplication>

namespace territoire {

ParkingFeed::ParkingFeed(const ParkingFeedConfig &config, Clock *clock)
    : m_config(config)
    , m_clock(clock)
{ }

QString ParkingFeed::displayName() const
{
    return m_config.name.isEmpty()
        ? QCoreApplication::translate("Parking", "Parking feed %1").arg(m_config.id)
        : m_config.name;
}

QNetworkRequest ParkingFeed::nextRequest(const QDateTime &) const
{
    // Parking feeds give the current state only: no "since" filter.
    QNetworkRequest request(m_config.url);
    request.setRawHeader("Accept",
                         m_config.format == StatusFormat::Datex2
                             ? QByteArrayLiteral("application/xml, text/xml")
                             : QByteArrayLiteral("application/json"));
    return request;
}

QUrl ParkingFeed::parse(const QByteArray &body, const QUrl &, ObservationList &observations,
                        QString &error) const
{
    const QDateTime receivedAt = m_clock ? m_clock->now() : QDateTime();
    const StatusParseResult result = parseStatus(m_config.format, body, receivedAt);
    if (!result.isOk()) {
        error = result.error;
        return {};
    }
    if (result.records.isEmpty()) {
        error = QCoreApplication::translate("Parking", "the answer holds no parking status");
        return {};
    }
    for (const QString &warning : result.warnings)
        qCDebug(lcParking) << m_config.id << warning;
    observations.append(toObservations(m_config.id, result.records));
    return {};
}

} // namespace territoire
