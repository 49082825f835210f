#include "render/LabelPlacer.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace territoire {

namespace {

quint64 cellKey(int cx, int cy)
{
    return (quint64(quint32(cx)) << 32) | quint32(cy);
}

QFont labelFont(const QFont &font)
{
    // Outlines (halo) and text must match exactly, on screen and in PDF.
    QFont f = font;
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

LabelPlacer::LabelPlacer(const QSizeF &outputSize, double marginPx)
    : m_bounds(QPointF(0, 0), outputSize)
    , m_margin(std::max(0.0, marginPx))
{ }

QRectF LabelPlacer::labelBox(const LabelCandidate &c)
{
    const QFontMetricsF metrics(labelFont(c.font));
    const double w = metrics.horizontalAdvance(c.text);
    const double h = metrics.ascent() + metrics.descent();
    const double halo = std::max(0.0, c.haloWidth);
    const QRectF box(-w / 2 - halo, -h / 2 - halo, w + 2 * halo, h + 2 * halo);
    QTransform t;
    t.translate(c.anchor.x(), c.anchor.y());
    t.rotate(c.angleDegrees);
    return t.mapRect(box);
}

bool LabelPlacer::collides(const QRectF &box) const
{
    const int x0 = int(std::floor(box.left() / m_cellSize));
    const int x1 = int(std::floor(box.right() / m_cellSize));
    const int y0 = int(std::floor(box.top() / m_cellSize));
    const int y1 = int(std::floor(box.bottom() / m_cellSize));
    for (int cx = x0; cx <= x1; ++cx) {
        for (int cy = y0; cy <= y1; ++cy) {
            const auto it = m_grid.constFind(cellKey(cx, cy));
            if (it == m_grid.constEnd())
                continue;
            for (int index : *it) {
                if (m_boxes.at(index).intersects(box))
                    return true;
            }
        }
    }
    return false;
}

void LabelPlacer::insert(const QRectF &box)
{
    const int index = int(m_boxes.size());
    m_boxes.append(box);
    const int x0 = int(std::floor(box.left() / m_cellSize));
    const int x1 = int(std::floor(box.right() / m_cellSize));
    const int y0 = int(std::floor(box.top() / m_cellSize));
    const int y1 = int(std::floor(box.bottom() / m_cellSize));
    for (int cx = x0; cx <= x1; ++cx) {
        for (int cy = y0; cy <= y1; ++cy)
            m_grid[cellKey(cx, cy)].append(index);
    }
}

QList<PlacedLabel> LabelPlacer::place(const QList<LabelCandidate> &candidates)
{
    QList<int> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return candidates.at(a).priority > candidates.at(b).priority;
    });

    QList<PlacedLabel> placed;
    for (int i : order) {
        const LabelCandidate &c = candidates.at(i);
        if (c.text.trimmed().isEmpty() || !std::isfinite(c.anchor.x())
            || !std::isfinite(c.anchor.y()))
            continue;
        const QRectF box = labelBox(c);
        if (!m_bounds.contains(box))
            continue;
        const QRectF padded = box.adjusted(-m_margin, -m_margin, m_margin, m_margin);
        if (collides(padded))
            continue;
        insert(padded);
        placed.append({c, box});
    }
    return placed;
}

void LabelPlacer::draw(QPainter &painter, const QList<PlacedLabel> &labels)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const PlacedLabel &label : labels) {
        const LabelCandidate &c = label.candidate;
        const QFont font = labelFont(c.font);
        const QFontMetricsF metrics(font);
        const QPointF baseline(-metrics.horizontalAdvance(c.text) / 2,
                               (metrics.ascent() - metrics.descent()) / 2);
        painter.save();
        painter.translate(c.anchor);
        painter.rotate(c.angleDegrees);
        if (c.haloWidth > 0 && c.haloColor.isValid() && c.haloColor.alpha() > 0) {
            QPainterPath outline;
            outline.addText(baseline, font, c.text);
            painter.strokePath(
                outline,
                QPen(c.haloColor, 2 * c.haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
        painter.setFont(font);
        painter.setPen(c.color);
        painter.drawText(baseline, c.text);
        painter.restore();
    }
    painter.restore();
}

int LabelPlacer::placeAndDraw(QPainter &painter, const QList<LabelCandidate> &candidates)
{
    const QList<PlacedLabel> placed = place(candidates);
    draw(painter, placed);
    return int(placed.size());
}

bool LabelPlacer::lineAnchor(const QPolygonF &line, QPointF *anchor, double *angleDegrees,
                             double minLengthPx)
{
    if (line.size() < 2)
        return false;
    double total = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        total += QLineF(line.at(i - 1), line.at(i)).length();
    if (total <= 0 || total < minLengthPx)
        return false;
    // Walk to half the length.
    double remaining = total / 2;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QLineF segment(line.at(i - 1), line.at(i));
        const double length = segment.length();
        if (length < remaining && i + 1 < line.size()) {
            remaining -= length;
            continue;
        }
        const double t = length > 0 ? std::clamp(remaining / length, 0.0, 1.0) : 0.0;
        if (anchor)
            *anchor = segment.pointAt(t);
        double angle = std::atan2(segment.dy(), segment.dx()) * 180.0 / M_PI;
        // Keep text upright: read left to right.
        if (angle > 90)
            angle -= 180;
        else if (angle < -90)
            angle += 180;
        if (angleDegrees)
            *angleDegrees = angle;
        return true;
    }
    return false;
}

QPointF LabelPlacer::polygonAnchor(const QPolygonF &ring)
{
    if (ring.isEmpty())
        return {};
    // Area centroid of the ring (shoelace).
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF p = ring.at(i), q = ring.at((i + 1) % n);
        const double cross = p.x() * q.y() - q.x() * p.y();
        a += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    const QRectF bounds = ring.boundingRect();
    if (std::abs(a) < 1e-12)
        return bounds.center();
    const QPointF centroid(cx / (3 * a), cy / (3 * a));
    if (ring.containsPoint(centroid, Qt::OddEvenFill))
        return centroid;

    // Concave ring: take the middle of the widest inside span on the centroid's row.
    const double y = centroid.y();
    QList<double> crossings;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF p = ring.at(i), q = ring.at((i + 1) % n);
        if ((p.y() <= y) != (q.y() <= y))
            crossings.append(p.x() + (y - p.y()) * (q.x() - p.x()) / (q.y() - p.y()));
    }
    std::sort(crossings.begin(), crossings.end());
    double best = -1;
    QPointF result = bounds.center();
    for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
        const double width = crossings.at(i + 1) - crossings.at(i);
        if (width > best) {
            best = width;
            result = QPointF((crossings.at(i) + crossings.at(i + 1)) / 2, y);
        }
    }
    return result;
}

} // namespace territoire
