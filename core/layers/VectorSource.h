#pragma once

#include "base/Crs.h"
#include "base/JobControl.h"
#include "base/Project.h"
#include "layers/CrsCheck.h"
#include "layers/FeatureChunk.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace territoire {

// Where a vector layer reads from, taken from its project description.
struct VectorSourceSpec
{
    QString source; // file path or "PG:" connection string
    QString sublayer; // layer name inside the source; empty for the first layer
    QString encoding; // user-chosen text encoding, empty to detect
    QString crsOverride; // user-chosen CRS ("EPSG:2154"), empty to use the source's
    QString filter; // OGR SQL attribute filter ("building IS NOT NULL"), may be empty

    static VectorSourceSpec fromDescriptor(const ProjectLayer &descriptor);
};

// Geometry problems met while loading, with the first feature ids of each kind.
struct GeometryIssues
{
    static constexpr int maxIds = 10;
    int withoutGeometry = 0; // null or empty geometries (kept in the table, not drawn)
    QList<qint64> withoutGeometryIds;
    int invalid = 0; // self-intersections and other OGC invalidity (drawn as they are)
    QList<qint64> invalidIds;
    int unclosedRings = 0; // closed by the loader
    QList<qint64> unclosedRingIds;
    int outOfRange = 0; // coordinates impossible in the layer CRS (not drawn)
    QList<qint64> outOfRangeIds;
    int probablySwapped = 0; // x and y probably swapped (CSV; not drawn)
    QList<qint64> probablySwappedIds;
    int transformFailed = 0; // could not be reprojected to the map CRS (not drawn)
    QList<qint64> transformFailedIds;
    int decimalCommas = 0; // CSV coordinates written with a decimal comma (read correctly)
    bool validityChecked = false; // false for very large layers (too slow to check)
};

// Everything a load produces. Geometries are in the map CRS, split in chunks.
struct VectorLoadResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // names the source and the reason
    QString layerName;
    QString driver; // GDAL driver short name ("GPKG", "ESRI Shapefile", "CSV", "OSM", ...)
    QString geometryType; // "Point", "MultiPolygon", "None", ...
    FieldList fields;
    Crs declaredCrs; // as the source states it; invalid when missing
    CrsVerdict crs; // what the loader used
    QRectF sourceExtent; // of the located features, in the source CRS
    QRectF mapExtent; // of the drawn features, in the map CRS
    qint64 featureCount = 0;
    GeometryIssues issues;
    QString encoding; // text encoding used ("UTF-8", "windows-1252") when decoded here
    QStringList attributions;
    QStringList warnings; // user sentences naming the source
    FeatureChunkList chunks;
    // Streaming mode (see VectorLoadOptions::streamingThreshold): no chunk is kept; the header
    // already carries featureCount, sourceExtent and mapExtent as the source states them.
    bool streaming = false;
};

// Options of a load besides the source.
struct VectorLoadOptions
{
    Crs mapCrs = Crs::lambert93();
    bool keepGeometry = true; // false: only scan (counts, extent, issues) for `info`
    qint64 validityCheckLimit = 200000; // larger layers skip the OGC validity check
    // A layer with a spatial index (GeoPackage, FlatGeobuf, shapefile with .qix, PostGIS) and at
    // least this many features is streamed: only scanned here (counts, extent, issues), its
    // geometries are read by extent at each render (StreamingReader). Negative: never.
    qint64 streamingThreshold = -1;
    ProgressCallback progress; // may be empty; returns false to cancel
    // Receives the layer description (fields, geometry type, CRS verdict; no feature yet) once
    // the source is open, on the loading thread.
    std::function<void(const VectorLoadResult &header)> headerReady;
    // Receives each chunk as soon as it is complete (on the loading thread).
    std::function<void(std::shared_ptr<const FeatureChunk>)> chunkReady;
};

// Reads a vector source completely, off the UI thread. Never throws; bad input gives ok=false
// with a sentence naming the source, or warnings for bad features.
VectorLoadResult loadVectorSource(const VectorSourceSpec &spec, const VectorLoadOptions &options);

// User sentences describing the issues (empty when none). sourceName names the file.
QStringList describeIssues(const GeometryIssues &issues, const QString &sourceName);

} // namespace territoire
