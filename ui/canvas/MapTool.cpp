#include "canvas/MapTool.h"

#include "canvas/MapCanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace territoire {

namespace {
// A press and release closer than this (logical pixels) is a click, not a drag.
constexpr int clickTolerance = 4;
} // namespace

MapTool::MapTool(MapCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{ }

void MapTool::mousePress(QMouseEvent *) { }
void MapTool::mouseMove(QMouseEvent *) { }
void MapTool::mouseRelease(QMouseEvent *) { }
void MapTool::paint(QPainter &) { }

void PanTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_last = event->position().toPoint();
    canvas()->setCursor(Qt::ClosedHandCursor);
}

void PanTool::mouseMove(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QPoint pos = event->position().toPoint();
    canvas()->panByPixels(pos - m_last);
    m_last = pos;
}

void PanTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    canvas()->setCursor(cursor());
}

void ZoomBoxTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_active = true;
    m_band = QRect(event->position().toPoint(), QSize());
}

void ZoomBoxTool::mouseMove(QMouseEvent *event)
{
    if (!m_active)
        return;
    m_band.setBottomRight(event->position().toPoint());
    canvas()->update();
}

void ZoomBoxTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_active)
        return;
    m_active = false;
    m_band.setBottomRight(event->position().toPoint());
    const QRect band = m_band.normalized();
    if (band.width() < clickTolerance || band.height() < clickTolerance) {
        canvas()->zoomByFactor(0.5, event->position());
        return;
    }
    const QPointF a = canvas()->mapSettings().toMap(band.topLeft());
    const QPointF b = canvas()->mapSettings().toMap(band.bottomRight());
    canvas()->setExtent(QRectF(a, b).normalized());
}

void ZoomBoxTool::paint(QPainter &painter)
{
    if (!m_active)
        return;
    const QColor highlight = canvas()->palette().color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlpha(40);
    painter.setPen(QPen(highlight, 1, Qt::DashLine));
    painter.setBrush(fill);
    painter.drawRect(m_band.normalized());
}

void ClickTool::mousePress(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
}

void ClickTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > clickTolerance)
        return;
    Q_EMIT clicked(canvas()->mapSettings().toMap(pos));
}

} // namespace territoire
