#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

namespace territoire {

// A label a layer would like drawn. Layers hand candidates to the render context; the map
// renderer places them after all layers, highest priority first, skipping any that would
// overlap a label already placed.
struct LabelCandidate
{
    QString text;
    QPointF anchor; // logical pixels, where the label is centred
    double angleDegrees = 0; // clockwise on screen, for labels along lines
    QFont font;
    QColor color = Qt::black;
    QColor haloColor = Qt::white;
    double haloWidth = 1.5; // logical pixels; 0 for none
    int priority = 0; // higher first
};

} // namespace territoire
