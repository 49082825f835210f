#pragma once

#include "render/Symbol.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVariant>

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <memory>
#include <vector>

namespace territoire {

// What the loader found wrong with a feature's geometry (bit flags).
enum FeatureFlag : quint8 {
    FlagInvalid = 1, // not valid in the OGC sense (self-intersection...): drawn as it is
    FlagRingClosed = 2, // a ring was not closed; the loader closed it
};

// The fields of a vector layer, in source order, with display names (decoded, dBase-style
// suffixes such as "NOM,C,50" removed).
struct FieldList
{
    QStringList names;
    QList<QMetaType::Type> types;
    int indexOf(const QString &name) const { return names.indexOf(name); }
};

// A block of features with geometries already in the map CRS, immutable once built and shared
// between the layer and its render jobs. A layer holds a list of chunks: the first ones can be
// drawn while the loader is still reading the next ones.
//
// Geometry model: each feature has parts (points, line strings or polygon rings), each part a
// run of vertices; for polygons, `partOuter` marks the first ring of each polygon (fill rule
// odd-even within a feature). Features without geometry have kind Unknown and no part.
class FeatureChunk
{
public:
    using Point = boost::geometry::model::point<double, 2, boost::geometry::cs::cartesian>;
    using Box = boost::geometry::model::box<Point>;
    using Entry = std::pair<Box, quint32>;
    using RTree = boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>>;

    int size() const { return int(m_fids.size()); }
    qint64 fid(int i) const { return m_fids[size_t(i)]; }
    GeometryKind kind(int i) const { return m_kinds[size_t(i)]; }
    const QRectF &bounds(int i) const { return m_bounds[size_t(i)]; }
    // Parts of feature i: [partBegin, partEnd).
    quint32 partBegin(int i) const { return m_firstPart[size_t(i)]; }
    quint32 partEnd(int i) const { return m_firstPart[size_t(i) + 1]; }
    // Vertices of part p: [vertexBegin, vertexEnd).
    quint32 vertexBegin(quint32 p) const { return m_partStart[p]; }
    quint32 vertexEnd(quint32 p) const { return m_partStart[p + 1]; }
    bool isOuterRing(quint32 p) const { return m_partOuter[p]; }
    const QPointF &vertex(quint32 v) const { return m_vertices[v]; }
    const QPointF *vertices() const { return m_vertices.data(); }
    // Attribute values in field order; trailing null values are left out, so read them with
    // value(i), which gives an invalid QVariant past the end.
    const QVariantList &attributes(int i) const { return m_attributes[size_t(i)]; }
    // Flags found while loading feature i (see FeatureFlag).
    quint8 flags(int i) const { return m_flags[size_t(i)]; }

    // Features whose bounds intersect the rectangle (map CRS).
    template<typename Callback> void query(const QRectF &rect, Callback &&callback) const
    {
        const Box box(Point(rect.left(), rect.top()), Point(rect.right(), rect.bottom()));
        for (auto it = m_rtree.qbegin(boost::geometry::index::intersects(box));
             it != m_rtree.qend(); ++it)
            callback(int(it->second));
    }
    // Bounds of all located features; null when none.
    QRectF extent() const { return m_extent; }
    size_t memoryBytes() const;

    // Building (loader side).
    void beginFeature(qint64 fid, GeometryKind kind, QVariantList attributes, quint8 flags = 0);
    void beginPart(bool outerRing = false);
    void addVertex(const QPointF &p) { m_vertices.push_back(p); }
    // Drops the parts added since beginFeature (a geometry that failed to transform).
    void clearGeometry();
    void endFeature();
    // Builds the spatial index; call once after the last feature.
    void finish();

private:
    std::vector<qint64> m_fids;
    std::vector<GeometryKind> m_kinds;
    std::vector<QRectF> m_bounds;
    std::vector<quint32> m_firstPart {0};
    std::vector<quint32> m_partStart {0};
    std::vector<bool> m_partOuter;
    std::vector<QPointF> m_vertices;
    std::vector<QVariantList> m_attributes;
    std::vector<quint8> m_flags;
    RTree m_rtree;
    QRectF m_extent;
};

using FeatureChunkList = std::vector<std::shared_ptr<const FeatureChunk>>;

} // namespace territoire
