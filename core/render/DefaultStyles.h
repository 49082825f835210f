#pragma once

#include "render/VectorStyle.h"

#include <QColor>
#include <QStringList>
#include <QVariantList>

namespace territoire {

// Sensible styles for layers that have none yet: by geometry kind, and for OpenStreetMap data
// by key (roads by class, buildings, water, land use, administrative boundaries by level).
class DefaultStyles
{
public:
    // A single-symbol style; index picks a colour of the palette (e.g. the number of layers
    // already on the map) so that successive layers differ.
    static VectorStyle forGeometry(GeometryKind kind, int index = 0);

    // The style for a layer of GDAL's OSM driver ("points", "lines", "multilinestrings",
    // "multipolygons", "other_relations"); the geometry kind decides when the name is another.
    // Categorized on OSM keys (see VectorStyle::osmKeys()), so tags found in "other_tags"
    // are honoured too.
    static VectorStyle forOsm(const QString &osmLayerName, GeometryKind kind);

    // Picks forOsm() when the fields show an OSM layer (OsmTags::isOsmLayer), else
    // forGeometry(). Labels are enabled on a "name"/"nom" field when there is one.
    static VectorStyle forLayer(GeometryKind kind, const QStringList &fieldNames,
                                const QString &layerName = {}, int index = 0);

    // One category per value, coloured from the palette; values are kept in the given order.
    static VectorStyle categorizedStyle(const QString &field, const QVariantList &values,
                                        GeometryKind kind);
    // classes equal intervals between min and max on a yellow→red ramp (classes >= 1; an
    // empty or inverted range gives one class).
    static VectorStyle graduatedStyle(const QString &field, double min, double max, int classes,
                                      GeometryKind kind);

    // A soft qualitative palette, cycling.
    static QColor paletteColor(int index);
    // The symbol a geometry kind uses by default, in a given fill colour.
    static Symbol symbolFor(GeometryKind kind, const QColor &color);
};

} // namespace territoire
