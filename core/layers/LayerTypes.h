#pragma once

#include "base/Project.h"

#include <QList>
#include <QString>

namespace territoire {

class MapLayer;

// Registers the "vector" and "raster" layer types in the LayerRegistry (once; calling again
// does nothing). Also registers GDAL's drivers.
void registerLayerTypes();

// One project layer description per sublayer of a plain path or connection string: each layer
// of a GeoPackage, the points/lines/multipolygons of an OSM file (empty ones skipped), the
// raster of a GeoTIFF. Ids come from the file and layer names; styles are left empty so that
// the layer picks a default from its data. Returns an empty list and a sentence naming the
// source and the reason in *error (missing file, corrupt GeoPackage, truncated shapefile...).
QList<ProjectLayer> descriptorsForSource(const QString &pathOrConnection, QString *error);

// Blocks until a layer created by this area has finished loading (no-op for other layers) and
// returns false when its loading failed. For batch work (CLI render, tests).
bool waitForLayerLoaded(MapLayer *layer);

} // namespace territoire
