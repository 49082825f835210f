#pragma once

#include "base/Crs.h"
#include "layers/FeatureChunk.h"
#include "map/LayerRenderJob.h"
#include "render/VectorStyle.h"

namespace territoire {

// Draws a snapshot of a vector layer: the chunks loaded so far (shared, immutable), the style
// and the fields. Features are found through each chunk's R-tree, grouped by symbol, and drawn
// with the render area's SymbolPainter; labels go to the render context. When the view's CRS
// differs from the CRS the chunks were loaded in, vertices are reprojected while drawing.
class VectorRenderJob : public LayerRenderJob
{
public:
    struct Snapshot
    {
        FeatureChunkList chunks;
        Crs dataCrs; // CRS of the chunk coordinates (the map CRS at load time)
        VectorStyle style;
        FieldList fields;
        GeometryKind kind = GeometryKind::Unknown; // the layer's main kind (legend, symbols)
    };

    explicit VectorRenderJob(Snapshot snapshot);
    bool render(QPainter &painter, RenderContext &context) override;
    QString errorString() const override { return m_error; }

    // Features drawn by the last render() (for tests and statistics).
    int drawnFeatures() const { return m_drawn; }

private:
    Snapshot m_snapshot;
    QString m_error;
    int m_drawn = 0;
};

} // namespace territoire
