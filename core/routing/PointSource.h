#pragma once

#include "routing/RouteTarget.h"

#include <QList>
#include <QString>

namespace territoire {

// Reads points (bays, destinations) from any vector source GDAL opens (GeoPackage, GeoJSON,
// shapefile, CSV with coordinates...), transformed to WGS 84. Ids come from an "id" field or
// the feature id; labels from "name", "nom", "label" or "libelle". Polygons give their
// centroid. OSM files give their disabled bays (amenity=parking_space with
// wheelchair=designated or capacity:disabled). Returns an empty list and a sentence naming
// the file in *error on failure.
QList<RouteTarget> readPointTargets(const QString &path, QString *error,
                                    const QString &layerName = {});

} // namespace territoire
