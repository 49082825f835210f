#pragma once

#include "map/LabelCandidate.h"

#include <QHash>
#include <QList>
#include <QPainter>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

namespace territoire {

// A label that found room: its candidate and its box in logical pixels.
struct PlacedLabel
{
    LabelCandidate candidate;
    QRectF box; // axis-aligned bounds of the (possibly rotated) text and halo
};

// Places labels without overlaps and draws them. Candidates are taken highest priority first
// (equal priorities keep their order); a candidate is dropped when its box would overlap a
// label already placed or leave the output. A uniform grid of placed boxes keeps this near
// linear in the number of labels. Text is drawn as text (vector text in PDF), over a halo
// stroked from the glyph outlines.
class LabelPlacer
{
public:
    // outputSize in logical pixels; margin in logical pixels kept free around each label.
    explicit LabelPlacer(const QSizeF &outputSize, double marginPx = 1.0);

    // Places the candidates and returns those that fit, in drawing order.
    QList<PlacedLabel> place(const QList<LabelCandidate> &candidates);
    // Draws placed labels (text with halo) on any painter, in logical pixels.
    static void draw(QPainter &painter, const QList<PlacedLabel> &labels);
    // place() then draw(); returns the number of labels drawn.
    int placeAndDraw(QPainter &painter, const QList<LabelCandidate> &candidates);

    // Where a line label goes: the middle of the polyline (logical pixels) with its angle in
    // degrees clockwise, turned to read left to right. False when the line is shorter than
    // minLengthPx.
    static bool lineAnchor(const QPolygonF &line, QPointF *anchor, double *angleDegrees,
                           double minLengthPx = 0);
    // A point inside the polygon's outer ring, at its centroid when that is inside (logical
    // pixels); the ring's bounding box centre as a last resort.
    static QPointF polygonAnchor(const QPolygonF &outerRing);

    // The label's box in logical pixels, centred on its anchor, rotated by its angle.
    static QRectF labelBox(const LabelCandidate &candidate);

private:
    bool collides(const QRectF &box) const;
    void insert(const QRectF &box);

    QRectF m_bounds;
    double m_margin;
    double m_cellSize = 64.0;
    QList<QRectF> m_boxes;
    QHash<quint64, QList<int>> m_grid; // cell → indices in m_boxes
};

} // namespace territoire
