#pragma once

#include "base/Crs.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace territoire {

// What a map view shows: a CRS, a centre, a resolution (map units per logical pixel) and an
// output size. Rectangles in map units use QRectF with top() = south (minimum y) and
// bottom() = north. The scale denominator uses the output dpi (96 on screen, the print
// resolution in PDF), so "1:10 000" means the same on screen and on paper.
class MapSettings
{
public:
    MapSettings();

    Crs crs() const { return m_crs; }
    void setCrs(const Crs &crs) { m_crs = crs; }

    // Output size in logical pixels (device-independent).
    QSize outputSize() const { return m_outputSize; }
    void setOutputSize(const QSize &size) { m_outputSize = size; }
    // Physical pixels per logical pixel (HiDPI screens: 2).
    double devicePixelRatio() const { return m_devicePixelRatio; }
    void setDevicePixelRatio(double ratio) { m_devicePixelRatio = ratio > 0 ? ratio : 1.0; }
    // Logical pixels per inch of the output: 96 on screen, e.g. 300 for print.
    double outputDpi() const { return m_dpi; }
    void setOutputDpi(double dpi) { m_dpi = dpi > 0 ? dpi : 96.0; }

    QPointF center() const { return m_center; }
    void setCenter(const QPointF &center) { m_center = center; }
    // Map units per logical pixel.
    double resolution() const { return m_resolution; }
    void setResolution(double mapUnitsPerPixel);

    // Fits the whole rectangle into the output, keeping square pixels.
    void setExtent(const QRectF &extent);
    // The rectangle actually shown (aspect ratio of the output).
    QRectF visibleExtent() const;

    // Scale denominator N of "1:N" for the current resolution and dpi. For geographic CRSs
    // the metres per degree at the centre's latitude are used.
    double scale() const;
    // Sets the resolution so that the scale denominator becomes N.
    void setScale(double denominator);
    // Metres per map unit at the centre (1 for projected metres).
    double metresPerMapUnit() const;

    // Map coordinates to logical pixels (y down) and back.
    QTransform mapToPixel() const;
    QPointF toPixel(const QPointF &mapPoint) const;
    QPointF toMap(const QPointF &pixel) const;

    bool isValid() const;

private:
    Crs m_crs;
    QSize m_outputSize {800, 600};
    double m_devicePixelRatio = 1.0;
    double m_dpi = 96.0;
    QPointF m_center;
    double m_resolution = 1.0;
};

} // namespace territoire
