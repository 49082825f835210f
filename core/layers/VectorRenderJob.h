#pragma once

#include "base/Crs.h"
#include "layers/FeatureChunk.h"
#include "layers/StreamingReader.h"
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
        // Streaming layers: no chunks; the features in view are read from the source in
        // batches (only the fields the style needs, simplified to the pixel size) and drawn
        // batch by batch.
        std::shared_ptr<const StreamingReader> stream;
        // Streaming: >= 0 draws at most that many features (a quick first image while the
        // layer is still being scanned).
        qint64 featureLimit = -1;
    };

    explicit VectorRenderJob(Snapshot snapshot);
    bool render(QPainter &painter, RenderContext &context) override;
    QString errorString() const override { return m_error; }

    // Features drawn by the last render() (for tests and statistics).
    int drawnFeatures() const { return m_drawn; }

private:
    bool renderChunks(QPainter &painter, RenderContext &context, const FeatureChunkList &chunks);

    Snapshot m_snapshot;
    int m_labelCount = 0;
    QString m_error;
    int m_drawn = 0;
};

} // namespace territoire
