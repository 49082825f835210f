#pragma once

#include "base/Crs.h"

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <optional>

namespace territoire {

// One page of an atlas: a feature's title and where it lies, in the map CRS.
struct AtlasFeature
{
    QString title;
    QRectF extent; // map CRS, top() = south; a point gives an empty rectangle at the point
    QPainterPath outline; // map CRS; drawn over the map to show the page's feature
};

// Reads every feature of a vector source (GeoJSON, shapefile, GeoPackage layer...) with its
// title taken from a field. Returns nothing, with a sentence naming the source and the reason
// in *error, when the source, the layer or the field cannot be read, or the CRS is unknown.
std::optional<QList<AtlasFeature>> readAtlasFeatures(const QString &source, const QString &sublayer,
                                                     const QString &titleField, const Crs &mapCrs,
                                                     QString *error);

} // namespace territoire
