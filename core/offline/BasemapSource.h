#pragma once

#include "offline/WmtsCapabilities.h"

#include <QHash>
#include <QJsonObject>
#include <QRectF>
#include <QString>

namespace territoire {

// An online tiled basemap in the Web Mercator quadtree (EPSG:3857, 256-pixel tiles), read
// through GDAL's WMS driver (TMS mini-driver) with GDAL's disk cache. Built from a preset
// (OpenStreetMap tiles, Géoplateforme Plan IGN), from an XYZ URL template, or from a WMTS
// capabilities document. Invalid when the URL template is empty.
struct BasemapSource
{
    QString id; // "osm", "plan-ign", or a user name
    QString title;
    // Tile address with GDAL's ${z} ${x} ${y} placeholders (row 0 at the top).
    QString urlTemplate;
    QString attribution; // shown on the map and on exports
    int minZoom = 0;
    int maxZoom = 19;
    // Per zoom level (index z), the tiles the service has; empty when unknown.
    QHash<int, WmtsTileLimits> limits;
    // GDAL WMS cache folder; empty uses defaultCacheDir().
    QString cacheDir;

    bool isValid() const { return !urlTemplate.isEmpty() && maxZoom >= minZoom; }

    // OpenStreetMap's standard tiles, "© OpenStreetMap contributors".
    static BasemapSource openStreetMap();
    // The Géoplateforme WMTS (data.geopf.fr/wmts), layer GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2 in
    // the PM matrix set, PNG tiles, attribution "© IGN – Géoplateforme".
    static BasemapSource planIgn();
    // A preset by id ("osm", "plan-ign"); invalid source for an unknown id.
    static BasemapSource preset(const QString &id);

    // A basemap from a WMTS capabilities document. The tile matrix set must be the Web
    // Mercator quadtree (isWebMercatorQuadTree); an empty set, style or format picks the first
    // suitable. serviceUrl, when set, replaces the GetTile address of the document (a mirror, a
    // local server). Returns an invalid source and the reason in *error otherwise.
    static BasemapSource fromWmts(const WmtsCapabilities &capabilities, const QString &layer,
                                  const QString &tileMatrixSet, const QString &style,
                                  const QString &format, const QString &serviceUrl, QString *error);

    // The folder used when cacheDir is empty: <cache location>/basemaps.
    static QString defaultCacheDir();
    QString effectiveCacheDir() const;

    // The GDAL WMS description (XML) of this basemap. offline adds <OfflineMode>: tiles come
    // from the cache only, missing ones are transparent. tileLevel >= 0 makes that zoom level
    // the full resolution of the dataset (to read the tiles of one level).
    QString gdalXml(bool offline, int tileLevel = -1) const;

    // The address of one tile and the file GDAL's cache keeps it in.
    QString tileUrl(int z, int x, int y) const;
    QString cachedTilePath(int z, int x, int y) const;
    // True when the service has this tile (inside limits when known).
    bool hasTile(int z, int x, int y) const;

    // Stored in a layer descriptor's options.
    QJsonObject toJson() const;
    static BasemapSource fromJson(const QJsonObject &json);
};

// Web Mercator tile arithmetic (XYZ scheme, row 0 at the top).
namespace tiles {
constexpr double halfWorld = 20037508.342789244;
// Tile column/row range covering a WGS 84 rectangle (x = longitude), clamped to the world.
QRect range(const QRectF &lonLat, int z);
// The bounds of a tile in EPSG:3857 metres (top() = south).
QRectF bounds3857(int z, int x, int y);
// The number of tiles over all zoom levels.
qint64 count(const QRectF &lonLat, int minZoom, int maxZoom);
} // namespace tiles

} // namespace territoire
