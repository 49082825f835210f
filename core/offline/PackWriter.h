#pragma once

#include "base/JobControl.h"
#include "base/Project.h"

#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace territoire {

// What to put in an offline pack.
struct PackRequest
{
    Project project; // with absolute sources (as loaded)
    QString outPath; // the .gpkg to write (replaced atomically when complete)
    // The area: empty (the project extent, else everything), the id or name of a polygon
    // layer of the project, or "xmin,ymin,xmax,ymax" in the map CRS (or in degrees when all
    // four fit longitude/latitude ranges).
    QString area;
    QDateTime from; // recorded period to keep (UTC); invalid: open
    QDateTime to;
    int basemapMinZoom = 10;
    int basemapMaxZoom = 16;
    // The recorded feed history (ObservationCache file); empty: no history.
    QString observationCachePath;
    QDateTime createdAt; // from the application clock; stored as information
};

// What was written; sizes in bytes.
struct PackResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // names the file or layer and the reason
    qint64 bytesBefore = 0; // sources, files and cached tiles the pack holds
    qint64 bytesAfter = 0; // the pack file
    int vectorLayers = 0;
    int rasterLayers = 0;
    int basemapTiles = 0;
    int missingTiles = 0; // neither cached nor fetched (offline, or absent on the server)
    qint64 observations = 0;
    int files = 0;
    QStringList warnings;
};

// Writes an offline pack (see PackFormat.h): runs on any thread, reports progress and stops
// when the callback returns false (the partial file is removed). The previous file at
// outPath stays untouched until the new one is complete.
PackResult writePack(const PackRequest &request, const ProgressCallback &progress = {});

// "12.4 MB" style size for reports.
QString formatBytes(qint64 bytes);

} // namespace territoire
