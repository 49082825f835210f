#include "map/MapSettings.h"

#include <algorithm>
#include <cmath>

namespace territoire {

MapSettings::MapSettings()
    : m_crs(Crs::lambert93())
{ }

void MapSettings::setResolution(double mapUnitsPerPixel)
{
    if (std::isfinite(mapUnitsPerPixel) && mapUnitsPerPixel > 0)
        m_resolution = mapUnitsPerPixel;
}

void MapSettings::setExtent(const QRectF &extent)
{
    const QRectF r = extent.normalized();
    if (r.isEmpty() || m_outputSize.isEmpty()) {
        if (!r.isNull())
            m_center = r.center();
        return;
    }
    m_center = r.center();
    setResolution(std::max(r.width() / m_outputSize.width(), r.height() / m_outputSize.height()));
}

QRectF MapSettings::visibleExtent() const
{
    const double w = m_outputSize.width() * m_resolution;
    const double h = m_outputSize.height() * m_resolution;
    return QRectF(m_center.x() - w / 2, m_center.y() - h / 2, w, h);
}

double MapSettings::metresPerMapUnit() const
{
    if (!m_crs.isGeographic())
        return 1.0;
    constexpr double metresPerDegree = 6371008.8 * M_PI / 180.0;
    return metresPerDegree * std::cos(m_center.y() * M_PI / 180.0);
}

double MapSettings::scale() const
{
    const double metresPerPixel = m_resolution * metresPerMapUnit();
    return metresPerPixel * m_dpi / 0.0254;
}

void MapSettings::setScale(double denominator)
{
    if (!(denominator > 0))
        return;
    const double metresPerPixel = denominator * 0.0254 / m_dpi;
    setResolution(metresPerPixel / metresPerMapUnit());
}

QTransform MapSettings::mapToPixel() const
{
    const double s = 1.0 / m_resolution;
    // x' = (x - cx) * s + W/2 ; y' = -(y - cy) * s + H/2
    return QTransform(s, 0, 0, -s, m_outputSize.width() / 2.0 - m_center.x() * s,
                      m_outputSize.height() / 2.0 + m_center.y() * s);
}

QPointF MapSettings::toPixel(const QPointF &mapPoint) const
{
    return mapToPixel().map(mapPoint);
}

QPointF MapSettings::toMap(const QPointF &pixel) const
{
    return mapToPixel().inverted().map(pixel);
}

bool MapSettings::isValid() const
{
    return m_crs.isValid() && !m_outputSize.isEmpty() && m_resolution > 0
        && std::isfinite(m_center.x()) && std::isfinite(m_center.y());
}

} // namespace territoire
