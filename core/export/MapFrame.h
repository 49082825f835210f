#pragma once

#include "export/PrintLayout.h"
#include "map/MapSettings.h"

#include <QPointF>
#include <QRectF>

namespace territoire {

// Ground metres per map unit at a point of the map CRS, the way a printed scale is meant:
// 1 for projected CRSs in metres (grid distance, as every GIS prints), the true east-west
// ground distance on the WGS 84 ellipsoid for geographic CRSs and Mercator projections
// (whose grid is far from true scale: x1.48 at Belfort's latitude). NaN on failure.
double groundMetresPerMapUnit(const Crs &crs, const QPointF &point);

// The view a map frame shows on paper. frameDevice is the frame in device units of a painter
// with the given resolution (dots per inch, e.g. QPdfWriter::resolution()). The resolution of
// the settings is chosen so that 1 mm on paper is exactly scale/1000 ground metres at the
// centre. The output size is rounded up to whole pixels; draw with painterOffset() so that
// the map centre falls exactly on the frame centre.
class MapFrame
{
public:
    MapFrame() = default;
    MapFrame(const QRectF &frameDevice, double dpi, const Crs &mapCrs, const MapFrameSpec &spec);

    bool isValid() const { return m_valid; }
    const MapSettings &settings() const { return m_settings; }
    QRectF frameDevice() const { return m_frame; }
    // Translation to apply to the painter before drawing the map in settings' pixels.
    QPointF painterOffset() const;
    // Scale denominator at the centre (exact for Scale mode).
    double scale() const { return m_scale; }
    // Map coordinates (map CRS) of a point of the frame in device units.
    QPointF deviceToMap(const QPointF &device) const;
    // The frame's corners in map coordinates (exact, not rounded to pixels).
    QRectF frameExtent() const;

private:
    bool m_valid = false;
    QRectF m_frame;
    MapSettings m_settings;
    double m_scale = 0;
};

} // namespace territoire
