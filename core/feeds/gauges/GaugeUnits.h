#pragma once

#include <QString>

#include <cmath>

namespace territoire {

// Quantities of the river gauge domain, as stored in Observation::quantity.
namespace gauge {
inline QString heightQuantity()
{
    return QStringLiteral("H");
} // water height, metres
inline QString flowQuantity()
{
    return QStringLiteral("Q");
} // flow, m³/s
inline QString vigilanceQuantity()
{
    return QStringLiteral("vigilance");
} // level 1..4
inline QString hubEauFeedId()
{
    return QStringLiteral("hubeau-hydrometrie");
}
inline QString vigicruesFeedId()
{
    return QStringLiteral("vigicrues");
}
// Station → reach mapping of Vigicrues (polled daily).
inline QString vigicruesReachesFeedId()
{
    return QStringLiteral("vigicrues-reaches");
}

inline QString hubEauStationsFeedId()
{
    return QStringLiteral("hubeau-stations");
}
} // namespace gauge

// A water height in metres relative to the gauge zero. Negative values are valid (the water
// is below the gauge zero). Invalid by default.
class WaterHeight
{
public:
    WaterHeight() = default;
    static WaterHeight fromMetres(double metres) { return WaterHeight(metres); }
    // Hub'Eau gives heights in millimetres.
    static WaterHeight fromMillimetres(double millimetres)
    {
        return WaterHeight(millimetres / 1000.0);
    }
    bool isValid() const { return std::isfinite(m_metres); }
    double metres() const { return m_metres; }

private:
    explicit WaterHeight(double metres)
        : m_metres(metres)
    { }
    double m_metres = std::nan("");
};

// A flow in cubic metres per second. Invalid by default.
class Flow
{
public:
    Flow() = default;
    static Flow fromCubicMetresPerSecond(double value) { return Flow(value); }
    // Hub'Eau gives flows in litres per second.
    static Flow fromLitresPerSecond(double litres) { return Flow(litres / 1000.0); }
    bool isValid() const { return std::isfinite(m_value); }
    double cubicMetresPerSecond() const { return m_value; }

private:
    explicit Flow(double value)
        : m_value(value)
    { }
    double m_value = std::nan("");
};

// The one place where source units become the stored units (H in metres, Q in m³/s).
// `source` is "hubeau" (H in mm, Q in l/s) or "vigicrues" (H in m, Q in m³/s). Returns NaN for an
// unknown quantity.
inline double toStoredValue(const QString &source, const QString &quantity, double raw)
{
    const bool hubeau = source == QLatin1String("hubeau");
    if (quantity == gauge::heightQuantity())
        return hubeau ? WaterHeight::fromMillimetres(raw).metres()
                      : WaterHeight::fromMetres(raw).metres();
    if (quantity == gauge::flowQuantity())
        return hubeau ? Flow::fromLitresPerSecond(raw).cubicMetresPerSecond()
                      : Flow::fromCubicMetresPerSecond(raw).cubicMetresPerSecond();
    return std::nan("");
}

// The unit shown after a stored value: "m" or "m³/s".
inline QString unitSymbol(const QString &quantity)
{
    return quantity == gauge::flowQuantity() ? QStringLiteral("m³/s") : QStringLiteral("m");
}

} // namespace territoire
