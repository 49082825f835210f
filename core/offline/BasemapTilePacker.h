#pragma once

#include "base/JobControl.h"
#include "offline/BasemapSource.h"

#include <QRectF>
#include <QString>

namespace territoire {

// Copies the tiles of a basemap over an area and a zoom range into a GeoPackage tile table
// (Web Mercator quadtree, tile_row 0 at the top), which GDAL and QGIS read as a raster with
// one overview per zoom level. Tiles come from GDAL's WMS cache; online, the missing ones are
// fetched first through GDAL (in parallel, into the cache). A cached tile that does not decode
// (cut short by a crash) is deleted and counted missing, never stored.
class BasemapTilePacker
{
public:
    struct Result
    {
        int stored = 0;
        int missing = 0;
        qint64 bytes = 0; // tile bytes stored
        QString error;
        bool cancelled = false;
    };

    // lonLat: x = longitude, y = latitude (degrees).
    BasemapTilePacker(const BasemapSource &source, const QRectF &lonLat, int minZoom, int maxZoom);

    // The GeoPackage must exist (GDAL-created). Runs on any thread.
    Result write(const QString &gpkgPath, const QString &table, const ProgressCallback &progress);

private:
    bool prefetch(int z, const QRect &tiles);

    BasemapSource m_source;
    QRectF m_lonLat;
    int m_minZoom;
    int m_maxZoom;
};

} // namespace territoire
