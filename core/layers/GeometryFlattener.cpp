#include "layers/GeometryFlattener.h"

#include <QString>

#include <ogr_geometry.h>

#include <memory>

namespace territoire {

namespace {

void beginPart(FlatGeometry &out, bool outer)
{
    out.partStarts.push_back(quint32(out.xs.size()));
    out.outerRings.push_back(outer);
}

void raiseKind(FlatGeometry &out, GeometryKind kind)
{
    if (int(kind) > int(out.kind))
        out.kind = kind;
}

void addCurve(const OGRSimpleCurve *curve, FlatGeometry &out, bool ring, bool outer)
{
    const int n = curve->getNumPoints();
    if (n == 0)
        return;
    beginPart(out, outer);
    for (int i = 0; i < n; ++i) {
        out.xs.push_back(curve->getX(i));
        out.ys.push_back(curve->getY(i));
    }
    if (ring && n >= 3
        && (curve->getX(0) != curve->getX(n - 1) || curve->getY(0) != curve->getY(n - 1))) {
        out.xs.push_back(curve->getX(0));
        out.ys.push_back(curve->getY(0));
        ++out.unclosedRings;
    }
}

void flatten(const OGRGeometry *g, FlatGeometry &out)
{
    if (!g || g->IsEmpty())
        return;
    if (g->hasCurveGeometry()) {
        std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
        if (linear && !linear->hasCurveGeometry())
            flatten(linear.get(), out);
        return;
    }
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
        const auto *p = g->toPoint();
        beginPart(out, false);
        out.xs.push_back(p->getX());
        out.ys.push_back(p->getY());
        raiseKind(out, GeometryKind::Point);
        break;
    }
    case wkbLineString:
    case wkbLinearRing:
        addCurve(g->toSimpleCurve(), out, false, false);
        raiseKind(out, GeometryKind::Line);
        break;
    case wkbPolygon:
    case wkbTriangle: {
        const auto *polygon = g->toCurvePolygon();
        for (int r = 0; r < polygon->getNumInteriorRings() + 1; ++r) {
            const OGRCurve *ring
                = r == 0 ? polygon->getExteriorRingCurve() : polygon->getInteriorRingCurve(r - 1);
            if (ring && dynamic_cast<const OGRSimpleCurve *>(ring))
                addCurve(ring->toSimpleCurve(), out, true, r == 0);
        }
        raiseKind(out, GeometryKind::Polygon);
        break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        for (const OGRGeometry *part : *g->toGeometryCollection())
            flatten(part, out);
        break;
    }
    case wkbPolyhedralSurface:
    case wkbTIN: {
        for (const OGRPolygon *part : *g->toPolyhedralSurface())
            flatten(part, out);
        break;
    }
    default:
        break;
    }
}

} // namespace

void FlatGeometry::clear()
{
    kind = GeometryKind::Unknown;
    xs.clear();
    ys.clear();
    partStarts.clear();
    outerRings.clear();
    unclosedRings = 0;
}

bool FlatGeometry::isInDegreeRange() const
{
    for (size_t i = 0; i < xs.size(); ++i) {
        if (!(xs[i] >= -180 && xs[i] <= 180 && ys[i] >= -90 && ys[i] <= 90))
            return false;
    }
    return true;
}

void FlatGeometry::appendTo(FeatureChunk &chunk) const
{
    for (int p = 0; p < partCount(); ++p) {
        chunk.beginPart(outerRings[size_t(p)]);
        for (quint32 v = partStarts[size_t(p)]; v < partEnd(p); ++v)
            chunk.addVertex(QPointF(xs[v], ys[v]));
    }
}

void flattenGeometry(const OGRGeometry *geometry, FlatGeometry &out)
{
    out.clear();
    flatten(geometry, out);
    if (out.xs.empty())
        out.kind = GeometryKind::Unknown;
}

QString geometryTypeName(int type)
{
    switch (wkbFlatten(OGRwkbGeometryType(type))) {
    case wkbNone:
        return QStringLiteral("None");
    case wkbPoint:
        return QStringLiteral("Point");
    case wkbLineString:
        return QStringLiteral("LineString");
    case wkbPolygon:
        return QStringLiteral("Polygon");
    case wkbMultiPoint:
        return QStringLiteral("MultiPoint");
    case wkbMultiLineString:
        return QStringLiteral("MultiLineString");
    case wkbMultiPolygon:
        return QStringLiteral("MultiPolygon");
    case wkbGeometryCollection:
        return QStringLiteral("GeometryCollection");
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return QStringLiteral("Curve");
    case wkbCurvePolygon:
    case wkbMultiSurface:
        return QStringLiteral("Surface");
    default:
        return QStringLiteral("Geometry");
    }
}

} // namespace territoire
