#pragma once

#include "base/Crs.h"
#include "layers/VectorSource.h"

#include <QPointF>
#include <QString>
#include <QTest>
#include <QVariant>

namespace territoire::test {

// Loads a vector source synchronously into the given map CRS.
inline VectorLoadResult loadVector(const QString &path, const QString &sublayer = {},
                                   const QString &crsOverride = {},
                                   const Crs &mapCrs = Crs::lambert93(),
                                   const QString &encoding = {})
{
    VectorSourceSpec spec;
    spec.source = path;
    spec.sublayer = sublayer;
    spec.crsOverride = crsOverride;
    spec.encoding = encoding;
    VectorLoadOptions options;
    options.mapCrs = mapCrs;
    return loadVectorSource(spec, options);
}

// Where a loaded feature is: chunk and index.
struct FeatureAt
{
    const FeatureChunk *chunk = nullptr;
    int index = -1;
    bool isValid() const { return chunk != nullptr; }
    QVariant value(const VectorLoadResult &result, const QString &field) const
    {
        return chunk->attributes(index).value(result.fields.indexOf(field));
    }
    GeometryKind kind() const { return chunk->kind(index); }
    // First vertex in the map CRS.
    QPointF firstVertex() const
    {
        return chunk->vertex(chunk->vertexBegin(chunk->partBegin(index)));
    }
};

// The n-th feature in reading order.
inline FeatureAt featureAt(const VectorLoadResult &result, int n)
{
    for (const auto &chunk : result.chunks) {
        if (n < chunk->size())
            return {chunk.get(), n};
        n -= chunk->size();
    }
    return {};
}

// The first feature whose field equals value.
inline FeatureAt findFeature(const VectorLoadResult &result, const QString &field,
                             const QVariant &value)
{
    const int f = result.fields.indexOf(field);
    for (const auto &chunk : result.chunks) {
        for (int i = 0; i < chunk->size(); ++i) {
            if (chunk->attributes(i).value(f).toString() == value.toString())
                return {chunk.get(), i};
        }
    }
    return {};
}

inline QString pointText(const QPointF &p)
{
    return QStringLiteral("POINT (%1 %2)").arg(p.x(), 0, 'f', 7).arg(p.y(), 0, 'f', 7);
}

} // namespace territoire::test
