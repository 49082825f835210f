#pragma once

#include "map/LayerRenderJob.h"
#include "map/LegendItem.h"
#include "map/MapLayer.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace territoire {

// What one printed page shows of the layers, taken on the layers' thread (the UI thread in the
// application) so that drawing can happen on a worker thread: render jobs for the page's view,
// legend rows, credits and the observation time of live data.
struct PageSnapshot
{
    struct Layer
    {
        QString name;
        double opacity = 1.0;
        QList<LegendItem> legend;
        std::unique_ptr<LayerRenderJob> job; // may be null (nothing to draw)
        // False when the layer's extent lies wholly outside the page's map: not listed in the
        // legend nor credited (layers without a known extent always are).
        bool inLegend = true;
    };

    std::vector<Layer> layers; // drawing order, bottom first; only layers shown at this scale
    // Credits of the layers in the legend, deduplicated, in layer order: what each layer
    // reports (source metadata, feeds) and its "attribution" option in the project.
    QStringList attributions;
    QDateTime dataTimeFirst; // oldest observation time of the live layers shown (UTC)
    QDateTime dataTimeLast; // newest one; both invalid when no live data is shown

    // Builds the snapshot; call it on the thread the layers live on.
    static PageSnapshot take(const QList<MapLayer *> &layers, const MapSettings &settings,
                             double scale);
};

} // namespace territoire
