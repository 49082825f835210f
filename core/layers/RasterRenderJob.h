#pragma once

#include "layers/RasterLayer.h"
#include "map/LayerRenderJob.h"

namespace territoire {

// Draws the visible part of a raster: opens the source on the render thread, warps it into
// an in-memory image in the map CRS at the output's device resolution (GDAL picks overviews),
// then colours it (RGB, palette, grey or elevation with hillshade).
class RasterRenderJob : public LayerRenderJob
{
public:
    struct Snapshot
    {
        QString source;
        QString sourceCrsWkt; // the layer CRS (an override included); empty: the source's own
        RasterRendering rendering = RasterRendering::Grey;
        double minimum = 0;
        double maximum = 0;
    };

    explicit RasterRenderJob(Snapshot snapshot);
    bool render(QPainter &painter, RenderContext &context) override;
    QString errorString() const override { return m_error; }

    // Colours an elevation grid (metres, NaN for nodata) lit from the north-west; cellSize is
    // the ground size of one cell in the grid's units.
    static QImage shadeElevation(const std::vector<float> &heights, int width, int height,
                                 double cellSize, double minimum, double maximum);

private:
    Snapshot m_snapshot;
    QString m_error;
};

} // namespace territoire
