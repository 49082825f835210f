#pragma once

#include "base/Crs.h"
#include "layers/FeatureChunk.h"
#include "layers/GdalSource.h"
#include "layers/VectorSource.h"

#include <QMutex>
#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

namespace territoire {

// Reads the features of a large spatially indexed source (GeoPackage R-tree, FlatGeobuf,
// shapefile with .qix, PostGIS) straight from GDAL, by extent, for layers in streaming mode:
// such a layer keeps no geometry in memory and each render job or identify reads what it needs.
// GDAL handles are not thread-safe: each read checks out a dataset handle of its own from a
// small pool (opened on demand, closed with the reader). Thread-safe.
class StreamingReader
{
public:
    struct Query
    {
        QRectF mapRect; // features whose bounds intersect it (map CRS); null: every feature
        qint64 fid = -1; // >= 0: only this feature (mapRect ignored)
        QStringList fields; // fields to read (display names); the others are left null
        bool allFields = false; // read every field
        // Map units per pixel: geometries under a pixel become their bounds, vertices closer
        // than half a pixel are dropped. 0: exact geometries.
        double pixelSize = 0;
        int batchSize = 32768; // features per chunk handed to the callback
        qint64 maxFeatures = -1; // >= 0: stop after that many features
    };
    // Receives each batch (a finished chunk); returns false to stop.
    using BatchCallback = std::function<bool(std::shared_ptr<const FeatureChunk>)>;

    StreamingReader(const VectorSourceSpec &spec, const Crs &sourceCrs, const Crs &mapCrs,
                    const FieldList &fields, const QString &encoding);
    ~StreamingReader();

    // Reads the query's features in batches. cancelled is polled while reading. Returns false
    // with *error set when the source cannot be read (not when cancelled).
    bool read(const Query &query, const BatchCallback &batch,
              const std::function<bool()> &cancelled, QString *error = nullptr) const;
    // Every feature of the query in chunks (identify, areas).
    FeatureChunkList readAll(const Query &query) const;
    // Calls f with the field's value for every feature, reading no geometry (style dialogs:
    // distinct values, numeric ranges). Stops when f returns false. False when unreadable.
    bool readValues(const QString &field, const std::function<bool(const QVariant &)> &f) const;

    const Crs &mapCrs() const { return m_mapCrs; }

private:
    GdalDatasetPtr acquire(QString *error) const;
    void release(GdalDatasetPtr dataset) const;

    VectorSourceSpec m_spec;
    Crs m_sourceCrs;
    Crs m_mapCrs;
    FieldList m_fields;
    QString m_encoding;
    mutable QMutex m_mutex;
    mutable std::vector<GdalDatasetPtr> m_free;
};

} // namespace territoire
