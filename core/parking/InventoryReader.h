#pragma once

#include "base/JobControl.h"
#include "parking/InventorySource.h"

#include <QStringList>

#include <optional>

namespace territoire {

// What reading one inventory gave: every row that passed the filter (rows without usable
// coordinates included, with an invalid position), and a sentence per problem.
struct InventoryResult
{
    BayList bays;
    QStringList warnings; // each names the file and the row
    QString error; // set when the source could not be read at all
    QString encoding; // text encoding used ("UTF-8", "windows-1252"), for text formats
    int rowCount = 0; // rows that passed the filter (= bays.size())

    bool isOk() const { return error.isEmpty(); }
    int drawableCount() const;
};

// Reads a static inventory of PMR bays: dispatches on source.format ("ogr", "osm", "datex2").
// Runs on any thread; progress may cancel (the result then has an error).
InventoryResult readInventory(const InventorySource &source, const ProgressCallback &progress = {});

// Reads through GDAL/OGR with the source's field mapping (CSV, GeoJSON, GeoPackage...).
InventoryResult readOgrInventory(const InventorySource &source,
                                 const ProgressCallback &progress = {});
// Reads OSM XML or PBF with libosmium: amenity=parking_space nodes and ways marked for disabled
// users (parking_space=disabled, wheelchair=designated or capacity:disabled > 0) and car parks
// (amenity=parking, or a parking_entrance standing for its car park) carrying
// capacity:disabled=*.
InventoryResult readOsmInventory(const InventorySource &source,
                                 const ProgressCallback &progress = {});

// A decimal number written with a point or a French decimal comma ("6,8542"); nullopt for an
// empty or unreadable text. *usedComma tells whether the comma form was met.
std::optional<double> parseDecimal(const QString &text, bool *usedComma = nullptr);

// True when the bytes are valid UTF-8 (a leading BOM allowed).
bool isValidUtf8(const QByteArray &bytes);

} // namespace territoire
