#include "routing/RouteResult.h"

#include <algorithm>

namespace territoire {

double RouteResult::unverifiedM() const
{
    double total = 0;
    for (const RouteStretch &s : stretches) {
        const auto &v = s.verdicts.verdicts;
        if (s.compliance != Compliance::Compliant
            && std::find(v.begin(), v.end(), Verdict::Unknown) != v.end())
            total += s.lengthM;
    }
    return total;
}

QPolygonF RouteResult::geometryIn(const Crs &crs) const
{
    QPolygonF polygon;
    if (geometry.empty())
        return polygon;
    const CoordinateTransform transform(Crs::wgs84(), crs);
    if (!transform.isValid())
        return polygon;
    std::vector<double> x, y;
    x.reserve(geometry.size());
    y.reserve(geometry.size());
    for (const LonLat &p : geometry) {
        x.push_back(p.lon);
        y.push_back(p.lat);
    }
    if (transform.transform(x.data(), y.data(), int(x.size())) != int(x.size()))
        return polygon;
    polygon.reserve(int(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i)
        polygon.append(QPointF(x[i], y[i]));
    return polygon;
}

} // namespace territoire
