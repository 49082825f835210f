#include "canvas/MapCanvas.h"

#include "base/Logging.h"
#include "canvas/MapTool.h"
#include "render/MapRenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace territoire {

namespace {
constexpr double wheelZoomPerNotch = 0.8; // resolution factor for one wheel notch (120)
constexpr double keyZoomFactor = 0.5;
constexpr double keyPanFraction = 0.25; // share of the view moved by an arrow key
constexpr int clickTolerance = 4; // logical pixels
} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new MapRenderer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_settings.setOutputSize(size());
    m_settings.setDevicePixelRatio(devicePixelRatioF());

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::refreshNow);
    connect(m_renderer, &MapRenderer::finished, this, &MapCanvas::onRenderFinished);
    connect(m_renderer, &MapRenderer::layerFailed, this, &MapCanvas::layerFailed);
}

MapCanvas::~MapCanvas()
{
    m_renderer->cancel();
}

MapSettings MapCanvas::mapSettings() const
{
    MapSettings settings = m_settings;
    settings.setOutputSize(size());
    settings.setDevicePixelRatio(devicePixelRatioF());
    return settings;
}

void MapCanvas::syncOutputSize()
{
    m_settings.setOutputSize(size());
    m_settings.setDevicePixelRatio(devicePixelRatioF());
}

void MapCanvas::setMapCrs(const Crs &crs)
{
    if (!crs.isValid() || crs == m_settings.crs())
        return;
    const QRectF full = fullExtent();
    m_settings.setCrs(crs);
    m_image = QImage();
    if (!full.isNull())
        setExtent(fullExtent());
    else
        viewWasChanged();
}

void MapCanvas::setLayers(const QList<MapLayer *> &layers)
{
    for (const QPointer<MapLayer> &layer : std::as_const(m_layers)) {
        if (layer)
            disconnect(layer, nullptr, this, nullptr);
    }
    m_layers.clear();
    for (MapLayer *layer : layers) {
        m_layers.append(layer);
        connect(layer, &MapLayer::repaintRequested, this, &MapCanvas::refresh);
    }
    refresh();
}

QList<MapLayer *> MapCanvas::layers() const
{
    QList<MapLayer *> result;
    for (const QPointer<MapLayer> &layer : m_layers) {
        if (layer)
            result.append(layer);
    }
    return result;
}

void MapCanvas::setExtent(const QRectF &extent)
{
    syncOutputSize();
    if (extent.isNull() || !std::isfinite(extent.width()) || !std::isfinite(extent.height()))
        return;
    QRectF r = extent.normalized();
    // A point or a line: show some context around it.
    if (r.width() <= 0 || r.height() <= 0) {
        const double margin = m_settings.crs().isGeographic() ? 0.005 : 500.0;
        r.adjust(-margin, -margin, margin, margin);
    }
    m_settings.setExtent(r);
    viewWasChanged();
}

void MapCanvas::setCenter(const QPointF &center)
{
    syncOutputSize();
    m_settings.setCenter(center);
    viewWasChanged();
}

void MapCanvas::setScale(double denominator)
{
    syncOutputSize();
    if (!(denominator > 0) || !std::isfinite(denominator))
        return;
    m_settings.setScale(denominator);
    viewWasChanged();
}

void MapCanvas::zoomByFactor(double factor, const QPointF &pixelAnchor)
{
    syncOutputSize();
    if (!(factor > 0))
        return;
    const QPointF anchor = m_settings.toMap(pixelAnchor);
    const QPointF center = m_settings.center();
    m_settings.setResolution(m_settings.resolution() * factor);
    m_settings.setCenter(anchor + (center - anchor) * factor);
    viewWasChanged();
}

void MapCanvas::zoomIn()
{
    zoomByFactor(keyZoomFactor, QRectF(rect()).center());
}

void MapCanvas::zoomOut()
{
    zoomByFactor(1.0 / keyZoomFactor, QRectF(rect()).center());
}

void MapCanvas::panByPixels(const QPointF &delta)
{
    syncOutputSize();
    const double res = m_settings.resolution();
    const QPointF c = m_settings.center();
    m_settings.setCenter(QPointF(c.x() - delta.x() * res, c.y() + delta.y() * res));
    viewWasChanged();
}

QRectF MapCanvas::layerExtent(const MapLayer *layer) const
{
    if (!layer)
        return {};
    const QRectF extent = layer->extent();
    if (extent.isNull())
        return {};
    const Crs layerCrs = layer->crs();
    if (!layerCrs.isValid() || layerCrs == m_settings.crs())
        return extent;
    const CoordinateTransform transform(layerCrs, m_settings.crs());
    if (!transform.isValid())
        return {};
    const QRectF r = transform.transformBounds(extent);
    if (!std::isfinite(r.width()) || !std::isfinite(r.height()))
        return {};
    return r;
}

QRectF MapCanvas::fullExtent() const
{
    QRectF full;
    for (MapLayer *layer : layers()) {
        const QRectF r = layerExtent(layer);
        if (r.isNull())
            continue;
        full = full.isNull() ? r : full.united(r);
    }
    return full;
}

void MapCanvas::zoomToLayer(const MapLayer *layer)
{
    const QRectF r = layerExtent(layer);
    if (!r.isNull())
        setExtent(
            r.adjusted(-r.width() * 0.03, -r.height() * 0.03, r.width() * 0.03, r.height() * 0.03));
}

void MapCanvas::zoomToFullExtent()
{
    const QRectF r = fullExtent();
    if (!r.isNull())
        setExtent(
            r.adjusted(-r.width() * 0.03, -r.height() * 0.03, r.width() * 0.03, r.height() * 0.03));
}

void MapCanvas::setMapTool(MapTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (!m_clickCallback)
        setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
    update();
}

void MapCanvas::requestClick(std::function<void(const QPointF &)> callback)
{
    m_clickCallback = std::move(callback);
    setCursor(m_clickCallback ? Qt::CrossCursor
                              : (m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor)));
}

void MapCanvas::cancelClickRequest()
{
    if (!m_clickCallback)
        return;
    m_clickCallback = nullptr;
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
    Q_EMIT clickRequestCancelled();
}

void MapCanvas::refresh()
{
    m_refreshTimer.start();
}

void MapCanvas::refreshNow()
{
    m_refreshTimer.stop();
    syncOutputSize();
    if (!m_settings.isValid())
        return;
    QList<MapLayer *> visible;
    const double scale = m_settings.scale();
    for (MapLayer *layer : layers()) {
        if (layer->isVisible() && layer->isVisibleAtScale(scale))
            visible.append(layer);
    }
    m_renderer->cancel();
    m_rendering = true;
    Q_EMIT renderStarted();
    m_renderer->start(m_settings, visible);
}

void MapCanvas::onRenderFinished(const QImage &image, const MapSettings &settings)
{
    m_rendering = m_refreshTimer.isActive() || m_renderer->isActive();
    if (!image.isNull()) {
        m_image = image;
        m_imageSettings = settings;
    }
    ++m_finishedCount;
    update();
    Q_EMIT renderFinished();
}

void MapCanvas::viewWasChanged()
{
    update();
    refresh();
    Q_EMIT viewChanged(m_settings);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));

    // The last image, placed where its extent falls in the current view.
    if (!m_image.isNull() && m_imageSettings.crs() == m_settings.crs()) {
        const QRectF extent = m_imageSettings.visibleExtent();
        const QPointF topLeft = m_settings.toPixel(QPointF(extent.left(), extent.bottom()));
        const QPointF bottomRight = m_settings.toPixel(QPointF(extent.right(), extent.top()));
        painter.setRenderHint(
            QPainter::SmoothPixmapTransform,
            !qFuzzyCompare(m_imageSettings.resolution(), m_settings.resolution()));
        painter.drawImage(QRectF(topLeft, bottomRight), m_image, QRectF(m_image.rect()));
    }
    if (m_tool)
        m_tool->paint(painter);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_settings.setOutputSize(size());
    viewWasChanged();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    syncOutputSize();
    m_pressPos = event->position();
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && m_clickCallback)) {
        m_panning = true;
        m_panLast = event->position();
        return;
    }
    if (m_tool)
        m_tool->mousePress(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    syncOutputSize();
    Q_EMIT cursorMoved(m_settings.toMap(event->position()));
    if (m_panning) {
        panByPixels(event->position() - m_panLast);
        m_panLast = event->position();
        return;
    }
    if (m_tool)
        m_tool->mouseMove(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    syncOutputSize();
    if (m_panning) {
        m_panning = false;
        const bool isClick = (event->position() - m_pressPos).manhattanLength() <= clickTolerance;
        if (event->button() == Qt::LeftButton && m_clickCallback && isClick) {
            auto callback = std::exchange(m_clickCallback, nullptr);
            setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
            callback(m_settings.toMap(event->position()));
        }
        return;
    }
    if (m_tool)
        m_tool->mouseRelease(event);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    zoomByFactor(std::pow(wheelZoomPerNotch, notches), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double dx = width() * keyPanFraction;
    const double dy = height() * keyPanFraction;
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels(QPointF(dx, 0));
        break;
    case Qt::Key_Right:
        panByPixels(QPointF(-dx, 0));
        break;
    case Qt::Key_Up:
        panByPixels(QPointF(0, dy));
        break;
    case Qt::Key_Down:
        panByPixels(QPointF(0, -dy));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Escape:
        cancelClickRequest();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Moving to a screen with another pixel ratio needs a sharper (or lighter) image.
    if (event->type() == QEvent::ScreenChangeInternal)
        refresh();
}

} // namespace territoire
