#pragma once

#include "map/MapLayer.h"
#include "map/MapSettings.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace territoire {

class MapRenderer;
class MapTool;

// The map view. Draws the layers' images made off the UI thread by a MapRenderer; every view
// change restarts the render after a short pause, and the previous image stays on screen,
// scaled and moved to the new view, until the next one arrives. Positions given to and
// reported by the canvas are in the map CRS unless named "pixel" (logical widget pixels).
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // The view: CRS, centre, resolution, output size (the widget's) and device pixel ratio.
    MapSettings mapSettings() const;
    void setMapCrs(const Crs &crs);

    // Layers in drawing order, bottom first. The canvas does not own them.
    void setLayers(const QList<MapLayer *> &layers);
    QList<MapLayer *> layers() const;

    // View changes; each emits viewChanged and schedules a render.
    void setExtent(const QRectF &extent);
    void setCenter(const QPointF &center);
    // Sets the scale denominator N of 1:N (ignored unless N > 0).
    void setScale(double denominator);
    // factor < 1 zooms in; the map point under the pixel anchor stays where it is.
    void zoomByFactor(double factor, const QPointF &pixelAnchor);
    void zoomIn();
    void zoomOut();
    // Moves the map content by a number of logical pixels (a drag to the right shows the west).
    void panByPixels(const QPointF &delta);
    void zoomToLayer(const MapLayer *layer);
    void zoomToFullExtent();
    // A layer's extent in the map CRS; null when unknown or not transformable.
    QRectF layerExtent(const MapLayer *layer) const;
    // The union of the extents of all layers in the map CRS.
    QRectF fullExtent() const;

    // The tool the left button uses. The canvas does not own it (tools are its children).
    void setMapTool(MapTool *tool);
    MapTool *mapTool() const { return m_tool; }
    // The next left click goes to the callback instead of the tool; Escape abandons it.
    void requestClick(std::function<void(const QPointF &mapPoint)> callback);
    void cancelClickRequest();
    bool hasClickRequest() const { return bool(m_clickCallback); }

    // The last finished image (physical pixels) and the view it was drawn for.
    QImage renderedImage() const { return m_image; }
    MapSettings renderedSettings() const { return m_imageSettings; }
    bool isRendering() const { return m_rendering; }
    int finishedRenderCount() const { return m_finishedCount; }
    // Delay between a view change and the start of the render, in milliseconds.
    void setRefreshDelay(int milliseconds) { m_refreshTimer.setInterval(milliseconds); }

public Q_SLOTS:
    // Redraws after a short pause (coalesces bursts of changes).
    void refresh();
    // Starts a render now, cancelling any running one.
    void refreshNow();

Q_SIGNALS:
    void viewChanged(const territoire::MapSettings &settings);
    // The map point under the mouse (map CRS).
    void cursorMoved(const QPointF &mapPoint);
    void renderStarted();
    void renderFinished();
    // A layer could not be drawn (the map is finished without it).
    void layerFailed(const QString &layerName, const QString &reason);
    // A pending requestClick was abandoned (Escape or a new tool).
    void clickRequestCancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onRenderFinished(const QImage &image, const MapSettings &settings);
    void viewWasChanged();
    // Keeps the output size equal to the widget's, also before the first resize event.
    void syncOutputSize();

    MapSettings m_settings;
    QList<QPointer<MapLayer>> m_layers;
    MapRenderer *m_renderer;
    QTimer m_refreshTimer;
    QImage m_image;
    MapSettings m_imageSettings;
    bool m_rendering = false;
    int m_finishedCount = 0;
    MapTool *m_tool = nullptr;
    std::function<void(const QPointF &)> m_clickCallback;
    // Middle-button drag pans whatever the tool; a pending click request also pans on drag.
    bool m_panning = false;
    QPointF m_panLast;
    QPointF m_pressPos;
};

} // namespace territoire
