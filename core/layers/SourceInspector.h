#pragma once

#include "base/Project.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace territoire {

// What `territoire-cli info` shows for one layer.
struct LayerInfo
{
    QString name;
    QString source;
    QString type; // "vector" or "raster"
    QString geometry; // "Point", "MultiPolygon", ..., "Raster", "None"
    qint64 features = 0; // vector: features read; raster: 0
    QString crs; // "EPSG:2154", the CRS name when it has no code, empty when missing
    QString suggestedCrs; // when the CRS is missing or contradicted: a guess, or empty
    QRectF extent; // in the layer's own CRS; null when nothing is located
    QStringList fields; // vector: field names; raster: band names
    QStringList warnings;
    QString encoding; // text encoding detected or used, when the loader decoded the text
    QSize rasterSize; // rasters only

    QJsonObject toJson() const;
};

// Describes sources and projects by reading them entirely (counts, extents in the source CRS,
// invalid or misplaced geometries, encodings), without keeping the features.
class SourceInspector
{
public:
    // Every layer of a file or connection (each sublayer of a GeoPackage or OSM file).
    // Returns false with a sentence naming the source and the reason in *error.
    static bool inspectSource(const QString &pathOrConnection, QList<LayerInfo> *layers,
                              QString *error);
    // One project layer (vector or raster; other types are described by their type only).
    static LayerInfo inspectLayer(const ProjectLayer &descriptor, QString *error);
};

} // namespace territoire
