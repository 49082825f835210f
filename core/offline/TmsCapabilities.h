#pragma once

#include "offline/BasemapSource.h"

#include <QList>
#include <QString>

namespace territoire {

// One entry of a TMS 1.0.0 TileMapService document (the list of a service's tile maps).
struct TmsTileMapEntry
{
    QString title;
    QString srs; // e.g. "EPSG:3857"
    QString extension; // "png", "jpeg", "pbf"
    QString href; // the TileMap resource
};

// Reads TMS 1.0.0 documents (OSGeo Tile Map Service) with QXmlStreamReader: the service's list
// of tile maps, and one TileMap resource turned into a basemap. False / invalid with a sentence
// naming `origin` and the reason in *error.
namespace tms {

bool parseService(const QByteArray &xml, const QString &origin, QList<TmsTileMapEntry> *maps,
                  QString *error);

// A raster TileMap in EPSG:3857 with 256-pixel tiles and its origin at the top left of the
// Web Mercator square (as the Géoplateforme serves them): the tile address comes from the
// TileSet addresses ("<href of level z>/${x}/${y}.<extension>"), the row/column limits per
// level from the TileSets. Vector tiles (pbf) and other grids are refused.
BasemapSource parseTileMap(const QByteArray &xml, const QString &origin, QString *error);

} // namespace tms

} // namespace territoire
