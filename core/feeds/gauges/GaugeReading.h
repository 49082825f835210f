#pragma once

#include "feeds/Observation.h"
#include "feeds/gauges/GaugeSettings.h"
#include "feeds/gauges/GaugeUnits.h"

#include <QColor>
#include <QDateTime>
#include <QString>

#include <optional>

namespace territoire {

// Direction of the water over the trend window (one hour by default).
enum class GaugeTrend { Unknown, Rising, Steady, Falling };
// "rising", "steady", "falling", "unknown".
QString trendKey(GaugeTrend trend);
// "↑", "→", "↓" or "".
QString trendArrow(GaugeTrend trend);

// What a gauge symbol shows, most urgent first: a crossed local threshold, the vigilance colour
// of the station's reach (yellow and above), normal; stale when the newest value is older than
// the stale age; no data when nothing was ever received.
enum class GaugeState { NoData, Stale, Normal, Vigilance, AboveThreshold };
// "no-data", "stale", "normal", "vigilance", "above-threshold".
QString gaugeStateKey(GaugeState state);
QString gaugeStateText(GaugeState state);

// The state of one station at one instant (the clock's now), read from the cache.
struct GaugeReading
{
    QString code;
    WaterHeight height;
    QDateTime heightTime; // UTC
    Flow flow;
    QDateTime flowTime; // UTC
    GaugeTrend trend = GaugeTrend::Unknown;
    double trendChange = std::nan(""); // change over the window, in the unit of the quantity
    int vigilance = 0; // 1..4 of the station's reach, 0 when unknown
    QDateTime vigilanceTime;
    std::optional<GaugeThreshold> threshold; // the highest threshold at or below the value
    GaugeState state = GaugeState::NoData;
    QDateTime lastPoll; // last successful poll of the Hub'Eau feed at or before the instant

    // The time of the newest of H and Q.
    QDateTime observedAt() const
    {
        if (heightTime.isValid() && (!flowTime.isValid() || heightTime >= flowTime))
            return heightTime;
        return flowTime;
    }
};

// Trend from a series (oldest first) ending at its last element: compares the last value to the
// value at or before last time - window (or the oldest value within the window). `steadyBand`
// is the change under which the water is steady (same unit as the values).
GaugeTrend computeTrend(const ObservationList &series, int windowMinutes, double steadyBand,
                        double *change = nullptr);

} // namespace territoire
