#pragma once

#include "export/MapFrame.h"
#include "export/PageSnapshot.h"

#include <QPainterPath>

#include <atomic>

class QPainter;

namespace territoire {

// Draws the layers of a snapshot into a map frame (clipped to it, vector on a PDF painter),
// then their labels (render/LabelPlacer), then the optional
// highlight outline (map coordinates). Returns false when cancelled, or with the failing
// layer's reason appended to *error (the other layers are still drawn).
bool drawMapLayers(QPainter &painter, const MapFrame &frame, PageSnapshot &snapshot,
                   const QPainterPath &highlight, const std::atomic<bool> *cancel, QString *error);

} // namespace territoire
