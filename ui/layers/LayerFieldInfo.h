#pragma once

#include "render/VectorStyle.h"

#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <utility>

namespace territoire {

class MapLayer;

// What the style editor needs to know of a layer's data: its attribute fields, the kind of
// geometry, the distinct values of a field (categories) and the range of a numeric field
// (classes). Empty for layers without attributes (rasters, live layers).
struct LayerFieldInfo
{
    QStringList names;
    QList<QMetaType::Type> types; // same length as names
    GeometryKind geometry = GeometryKind::Unknown;
    bool hasStyle = false; // the layer is drawn with a VectorStyle

    bool isNumeric(const QString &field) const;
};

LayerFieldInfo layerFieldInfo(const MapLayer *layer);
// The style the layer is drawn with (its default one when the project stores none).
VectorStyle layerStyle(const MapLayer *layer);
// Distinct values of a field, sorted, at most limit of them.
QVariantList distinctValues(const MapLayer *layer, const QString &field, int limit = 64);
// Minimum and maximum of a numeric field; nothing when the field has no number.
std::optional<std::pair<double, double>> valueRange(const MapLayer *layer, const QString &field);

} // namespace territoire
