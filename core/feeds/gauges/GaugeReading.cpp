#include "feeds/gauges/GaugeReading.h"

#include <QCoreApplication>

namespace territoire {

QString trendKey(GaugeTrend trend)
{
    switch (trend) {
    case GaugeTrend::Rising:
        return QStringLiteral("rising");
    case GaugeTrend::Steady:
        return QStringLiteral("steady");
    case GaugeTrend::Falling:
        return QStringLiteral("falling");
    case GaugeTrend::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString trendArrow(GaugeTrend trend)
{
    switch (trend) {
    case GaugeTrend::Rising:
        return QStringLiteral("↑");
    case GaugeTrend::Steady:
        return QStringLiteral("→");
    case GaugeTrend::Falling:
        return QStringLiteral("↓");
    case GaugeTrend::Unknown:
        break;
    }
    return {};
}

QString gaugeStateKey(GaugeState state)
{
    switch (state) {
    case GaugeState::Stale:
        return QStringLiteral("stale");
    case GaugeState::Normal:
        return QStringLiteral("normal");
    case GaugeState::Vigilance:
        return QStringLiteral("vigilance");
    case GaugeState::AboveThreshold:
        return QStringLiteral("above-threshold");
    case GaugeState::NoData:
        break;
    }
    return QStringLiteral("no-data");
}

QString gaugeStateText(GaugeState state)
{
    switch (state) {
    case GaugeState::Stale:
        return QCoreApplication::translate("Gauges", "Stale");
    case GaugeState::Normal:
        return QCoreApplication::translate("Gauges", "Normal");
    case GaugeState::Vigilance:
        return QCoreApplication::translate("Gauges", "Vigilance");
    case GaugeState::AboveThreshold:
        return QCoreApplication::translate("Gauges", "Above threshold");
    case GaugeState::NoData:
        break;
    }
    return QCoreApplication::translate("Gauges", "No data");
}

GaugeTrend computeTrend(const ObservationList &series, int windowMinutes, double steadyBand,
                        double *change)
{
    if (series.size() < 2)
        return GaugeTrend::Unknown;
    const Observation &last = series.last();
    const QDateTime start = last.time.addSecs(-qint64(windowMinutes) * 60);
    // The value at or before the start of the window, or else the oldest inside it.
    const Observation *reference = nullptr;
    for (const Observation &o : series) {
        if (o.time > start)
            break;
        reference = &o;
    }
    if (!reference)
        reference = &series.first();
    if (reference->time >= last.time)
        return GaugeTrend::Unknown;
    if (!reference || !reference->hasValue() || !last.hasValue())
        return GaugeTrend::Unknown;
    const double delta = last.value - reference->value;
    if (change)
        *change = delta;
    if (delta > steadyBand)
        return GaugeTrend::Rising;
    if (delta < -steadyBand)
        return GaugeTrend::Falling;
    return GaugeTrend::Steady;
}

} // namespace territoire
