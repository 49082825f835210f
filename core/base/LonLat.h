#pragma once

#include <QMetaType>
#include <QPointF>

#include <cmath>

namespace territoire {

// A WGS 84 position, longitude first (degrees east), latitude second (degrees north).
// Kept as its own type so that it cannot be confused with projected metres or swapped.
// Invalid (NaN) by default.
struct LonLat
{
    double lon = std::nan("");
    double lat = std::nan("");

    constexpr LonLat() = default;
    constexpr LonLat(double longitude, double latitude)
        : lon(longitude)
        , lat(latitude)
    { }

    // True when both values are finite and inside [-180, 180] x [-90, 90].
    bool isValid() const
    {
        return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0
            && lat >= -90.0 && lat <= 90.0;
    }
    QPointF toPointF() const { return {lon, lat}; }
};

// Great-circle distance in metres on a sphere of the WGS 84 mean radius; good to ~0.3 %.
inline double haversineMetres(const LonLat &a, const LonLat &b)
{
    constexpr double earthRadius = 6371008.8;
    constexpr double rad = M_PI / 180.0;
    const double dLat = (b.lat - a.lat) * rad;
    const double dLon = (b.lon - a.lon) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace territoire

Q_DECLARE_METATYPE(territoire::LonLat)
