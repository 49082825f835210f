#pragma once

#include "render/VectorStyle.h"

#include <QString>

namespace territoire {

// A QGIS layer style (QML document) equivalent to a Territoire vector style, for the
// `layer_styles` table of a pack so that QGIS draws the pack's layers as Territoire does:
// single, categorized and graduated renderers with simple fill, line and marker symbols,
// the layer opacity and labels (field, font, size, colour, buffer).
QString qmlForVectorStyle(const VectorStyle &style, GeometryKind kind, double opacity);

} // namespace territoire
