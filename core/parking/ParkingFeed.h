#pragma once

#include "feeds/Feed.h"
#include "parking/ParkingConfig.h"

#include "base/Clock.h"

#include <QPointer>

namespace territoire {

// A real-time parking feed for the FeedEngine: one GET of the configured URL per poll, parsed
// with the configured format (DATEX II, ParkAPI, city JSON) into "vacant" observations per bay
// or site. The clock dates records whose source gives no time of its own (read from the
// engine's worker thread: the clock must be thread-safe for now(), as LiveClock is).
class ParkingFeed : public Feed
{
public:
    ParkingFeed(const ParkingFeedConfig &config, Clock *clock);

    QString id() const override { return m_config.id; }
    QString displayName() const override;
    int intervalSeconds() const override { return m_config.intervalSeconds; }
    int staleAfterSeconds() const override { return m_config.freshnessSeconds; }
    QNetworkRequest nextRequest(const QDateTime &since) const override;
    QUrl parse(const QByteArray &body, const QUrl &url, ObservationList &observations,
               QString &error) const override;

    const ParkingFeedConfig &config() const { return m_config; }

private:
    const ParkingFeedConfig m_config;
    QPointer<Clock> m_clock;
};

} // namespace territoire
