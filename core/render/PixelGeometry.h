#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

namespace territoire {

// Helpers for render jobs turning map coordinates into what a painter draws, cheaply: vertices
// closer than a tolerance (half a logical pixel by default) to the last kept vertex are dropped,
// and features smaller than a pixel can be skipped or drawn as a dot.
class PixelGeometry
{
public:
    // Maps `count` points given as interleaved x, y map coordinates (e.g. OGRRawPoint arrays)
    // to logical pixels, dropping vertices within `tolerancePx` of the previous kept one. The
    // first and last vertices are always kept (rings stay closed). Non-finite points are
    // skipped.
    static QPolygonF toPixels(const double *xy, int count, const QTransform &mapToPixel,
                              double tolerancePx = 0.5);
    static QPolygonF toPixels(const QPolygonF &mapPoints, const QTransform &mapToPixel,
                              double tolerancePx = 0.5);

    // True when a map rectangle (e.g. a feature envelope) is under `sizePx` logical pixels in
    // both directions once mapped.
    static bool isTiny(const QRectF &mapBounds, const QTransform &mapToPixel, double sizePx = 1.0);

    // A path of rings (outer ring first, then holes), for SymbolPainter::drawPolygon.
    static QPainterPath polygonPath(const QList<QPolygonF> &pixelRings);
};

} // namespace territoire
