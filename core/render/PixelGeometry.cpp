#include "render/PixelGeometry.h"

#include <cmath>

namespace territoire {

QPolygonF PixelGeometry::toPixels(const double *xy, int count, const QTransform &m,
                                  double tolerancePx)
{
    QPolygonF out;
    if (!xy || count <= 0)
        return out;
    out.reserve(std::min(count, 4096));
    // The map-to-pixel transform of a map view is a scale and a translation: apply it by hand.
    const double sx = m.m11(), sy = m.m22(), dx = m.dx(), dy = m.dy();
    const bool simple = m.type() <= QTransform::TxScale;
    const double tol2 = tolerancePx * tolerancePx;
    QPointF last;
    bool pending = false; // a dropped vertex waiting to become the last one
    QPointF pendingPoint;
    for (int i = 0; i < count; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        const QPointF p = simple ? QPointF(x * sx + dx, y * sy + dy) : m.map(QPointF(x, y));
        if (out.isEmpty()) {
            out.append(p);
            last = p;
            continue;
        }
        const double ddx = p.x() - last.x(), ddy = p.y() - last.y();
        if (ddx * ddx + ddy * ddy < tol2) {
            pending = true;
            pendingPoint = p;
            continue;
        }
        out.append(p);
        last = p;
        pending = false;
    }
    if (pending)
        out.append(pendingPoint); // keep the real end (closes rings)
    return out;
}

QPolygonF PixelGeometry::toPixels(const QPolygonF &mapPoints, const QTransform &mapToPixel,
                                  double tolerancePx)
{
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    return toPixels(reinterpret_cast<const double *>(mapPoints.constData()), int(mapPoints.size()),
                    mapToPixel, tolerancePx);
}

bool PixelGeometry::isTiny(const QRectF &mapBounds, const QTransform &mapToPixel, double sizePx)
{
    const QRectF r = mapToPixel.mapRect(mapBounds);
    return r.width() < sizePx && r.height() < sizePx;
}

QPainterPath PixelGeometry::polygonPath(const QList<QPolygonF> &pixelRings)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : pixelRings) {
        if (ring.size() < 3)
            continue;
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

} // namespace territoire
