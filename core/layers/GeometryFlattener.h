#pragma once

#include "layers/FeatureChunk.h"

#include <vector>

class OGRGeometry;

namespace territoire {

// A geometry flattened into parts (points, line strings or polygon rings) with separate x and
// y arrays, ready for batch reprojection. Reused from feature to feature to avoid allocations.
struct FlatGeometry
{
    GeometryKind kind = GeometryKind::Unknown;
    std::vector<double> xs;
    std::vector<double> ys;
    std::vector<quint32> partStarts;
    std::vector<bool> outerRings;
    int unclosedRings = 0; // rings whose last vertex differed from the first (now closed)

    void clear();
    int vertexCount() const { return int(xs.size()); }
    int partCount() const { return int(partStarts.size()); }
    quint32 partEnd(int part) const
    {
        return part + 1 < partCount() ? partStarts[size_t(part) + 1] : quint32(xs.size());
    }
    // True when every vertex is inside [-180, 180] x [-90, 90].
    bool isInDegreeRange() const;
    // Appends the parts to the chunk's current feature.
    void appendTo(FeatureChunk &chunk) const;
};

// Flattens any OGR geometry (curves are linearised, collections recursed). Unclosed polygon
// rings are closed. Empty geometries give kind Unknown.
void flattenGeometry(const OGRGeometry *geometry, FlatGeometry &out);

// The display name of an OGR geometry type: "Point", "MultiPolygon", "None", "Geometry".
QString geometryTypeName(int ogrGeometryType);

} // namespace territoire
