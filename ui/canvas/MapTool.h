#pragma once

#include <QCursor>
#include <QObject>
#include <QPoint>
#include <QRect>

class QMouseEvent;
class QPainter;

namespace territoire {

class MapCanvas;

// What the left mouse button does on the map canvas. The canvas forwards its mouse events to
// the current tool and lets it paint over the map (rubber bands). Positions are in logical
// widget pixels; tools convert to map coordinates through the canvas's MapSettings.
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas);

    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    virtual void mousePress(QMouseEvent *event);
    virtual void mouseMove(QMouseEvent *event);
    virtual void mouseRelease(QMouseEvent *event);
    // Drawn over the map image, in logical pixels.
    virtual void paint(QPainter &painter);
    // The tool stops being current: drop any half-done gesture.
    virtual void deactivate() { }

protected:
    MapCanvas *canvas() const { return m_canvas; }

private:
    MapCanvas *m_canvas;
};

// Drags the map with the left button.
class PanTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::OpenHandCursor; }
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void deactivate() override { m_dragging = false; }

private:
    bool m_dragging = false;
    QPoint m_last;
};

// Zooms into the rectangle drawn with the left button; a simple click zooms in by 2 there.
class ZoomBoxTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::CrossCursor; }
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override { m_active = false; }

private:
    bool m_active = false;
    QRect m_band;
};

// Reports left clicks as map points (map CRS): used by identify.
class ClickTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void mousePress(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;

Q_SIGNALS:
    void clicked(const QPointF &mapPoint);

private:
    QPoint m_pressPos;
};

} // namespace territoire
