#include "layers/FeatureChunk.h"

#include <cmath>
#include <limits>

namespace territoire {

void FeatureChunk::beginFeature(qint64 fid, GeometryKind kind, QVariantList attributes,
                                quint8 flags)
{
    m_flags.push_back(flags);
    m_fids.push_back(fid);
    m_kinds.push_back(kind);
    m_attributes.push_back(std::move(attributes));
}

void FeatureChunk::beginPart(bool outerRing)
{
    // m_partStart always holds one entry more than there are parts: the end of the last part.
    m_partStart.back() = quint32(m_vertices.size());
    m_partStart.push_back(quint32(m_vertices.size()));
    m_partOuter.push_back(outerRing);
}

void FeatureChunk::clearGeometry()
{
    const quint32 firstPart = m_firstPart.back();
    const quint32 firstVertex = m_partStart[firstPart];
    m_vertices.resize(firstVertex);
    m_partOuter.resize(firstPart);
    m_partStart.resize(firstPart + 1);
    m_partStart.back() = firstVertex;
    m_kinds.back() = GeometryKind::Unknown;
}

void FeatureChunk::endFeature()
{
    const quint32 parts = quint32(m_partOuter.size());
    m_partStart.back() = quint32(m_vertices.size());

    double xmin = std::numeric_limits<double>::infinity();
    double ymin = xmin, xmax = -xmin, ymax = -xmin;
    for (quint32 v = m_partStart[m_firstPart.back()]; v < m_vertices.size(); ++v) {
        const QPointF &p = m_vertices[v];
        xmin = std::min(xmin, p.x());
        xmax = std::max(xmax, p.x());
        ymin = std::min(ymin, p.y());
        ymax = std::max(ymax, p.y());
    }
    m_firstPart.push_back(parts);
    if (xmin > xmax) {
        m_kinds.back() = GeometryKind::Unknown;
        m_bounds.emplace_back();
        return;
    }
    m_bounds.emplace_back(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

void FeatureChunk::finish()
{
    std::vector<Entry> entries;
    entries.reserve(m_fids.size());
    double xmin = std::numeric_limits<double>::infinity();
    double ymin = xmin, xmax = -xmin, ymax = -xmin;
    for (size_t i = 0; i < m_fids.size(); ++i) {
        if (m_kinds[i] == GeometryKind::Unknown)
            continue;
        const QRectF &b = m_bounds[i];
        entries.emplace_back(Box(Point(b.left(), b.top()), Point(b.right(), b.bottom())),
                             quint32(i));
        xmin = std::min(xmin, b.left());
        xmax = std::max(xmax, b.right());
        ymin = std::min(ymin, b.top());
        ymax = std::max(ymax, b.bottom());
    }
    m_rtree = RTree(entries.begin(), entries.end());
    m_extent = xmin <= xmax ? QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax)) : QRectF();
    m_vertices.shrink_to_fit();
}

size_t FeatureChunk::memoryBytes() const
{
    return m_fids.size() * (sizeof(qint64) + sizeof(QRectF) + 1 + sizeof(QVariantList) + 40)
        + m_partStart.size() * 4 + m_vertices.size() * sizeof(QPointF);
}

} // namespace territoire
