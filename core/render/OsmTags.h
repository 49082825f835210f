#pragma once

#include "render/VectorStyle.h"

#include <QString>

namespace territoire {

// Reads OSM tags from features written by GDAL's OSM driver: common keys (highway, building,
// waterway, natural, landuse, boundary, admin_level, ...) are attributes of their own, the rest
// are in the "other_tags" attribute as hstore text ("key"=>"value","k2"=>"v2").
class OsmTags
{
public:
    // The value of an OSM key: the attribute of that name when present and not empty,
    // otherwise the key in "other_tags". Empty when the feature does not have the key.
    static QString value(const AttributeLookup &attribute, const QString &key);
    // The value of a key inside hstore text; empty when absent.
    static QString fromHstore(const QString &hstore, const QString &key);
    // True when the field names look like a layer of GDAL's OSM driver (osm_id or
    // osm_way_id, or other_tags).
    static bool isOsmLayer(const QStringList &fieldNames);
};

} // namespace territoire
