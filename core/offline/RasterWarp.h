#pragma once

#include "map/MapSettings.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>

namespace territoire {

// An image of a GDAL raster (a WMS description, a GeoPackage tile table, ...) warped to a map
// view: physical pixels (output size × device pixel ratio), transparent where the source has
// no data (missing or unreadable tiles). Overviews matching the view resolution are used.
struct WarpedImage
{
    QImage image; // null on failure
    QString error; // why the image is null, naming the source
    QStringList problems; // non-fatal GDAL errors (a damaged cached tile, ...)
};

// Runs on any thread; opens its own GDAL handle. isCancelled (may be empty) is polled while
// drawing.
WarpedImage warpToView(const QString &datasetName, const QString &displayName,
                       const MapSettings &settings, const std::function<bool()> &isCancelled = {});

} // namespace territoire
