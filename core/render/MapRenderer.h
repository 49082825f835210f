#pragma once

#include "map/MapLayer.h"
#include "map/MapSettings.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPainter>
#include <QString>

#include <atomic>
#include <memory>

template<typename T> class QFutureWatcher;

namespace territoire {

struct MapRenderResult;

// Renders a list of layers into one image off the UI thread. start() takes a snapshot of every
// visible layer (MapLayer::createRenderJob) on the calling thread, then draws the layers in
// parallel, each into its own image at the settings' device pixel ratio, composites them
// bottom to top with each layer's opacity and places the labels of all layers.
//
// Starting again cancels the job in progress (its result is dropped), so a canvas can restart
// on every view change. Layers may be deleted once start() has returned.
class MapRenderer : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderer(QObject *parent = nullptr);
    // Cancels the job in progress and waits for its threads to stop.
    ~MapRenderer() override;

    // Colour under the layers; transparent by default for canvases, white for renderImage().
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &color) { m_background = color; }

    // layers: bottom first. Hidden layers and layers outside their scale range are skipped.
    void start(const MapSettings &settings, const QList<MapLayer *> &layers);
    // Stops the job in progress; no finished() signal follows for it.
    void cancel();
    bool isActive() const;

    // Synchronous: draws the layers straight onto the painter (in logical pixels of the
    // settings: the caller sets up any transform for paper), one after the other, with the
    // layers' opacity through painter.setOpacity(), then the labels. Nothing is rasterised, so
    // a PDF painter gets vector output. Returns false when cancelled or when a layer failed
    // (the other layers are still drawn); *error then names the layer(s) and reasons.
    static bool renderToPainter(QPainter &painter, const MapSettings &settings,
                                const QList<MapLayer *> &layers,
                                const std::atomic<bool> *cancel = nullptr,
                                QString *error = nullptr);
    // Synchronous convenience: an image of the settings' output size and device pixel ratio
    // over the background colour, drawn by renderToPainter.
    static QImage renderImage(const MapSettings &settings, const QList<MapLayer *> &layers,
                              const QColor &background = Qt::white, QString *error = nullptr);

Q_SIGNALS:
    // The finished map (ARGB32 premultiplied, devicePixelRatio of the settings).
    void finished(const QImage &image, const territoire::MapSettings &settings);
    // Emitted as layers complete.
    void progress(int layersDone, int layersTotal);
    // A layer could not be drawn; the map is still finished without it.
    void layerFailed(const QString &layerName, const QString &reason);

private:
    void onFinished();

    QColor m_background = Qt::transparent;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<MapRenderResult> *m_watcher = nullptr;
};

} // namespace territoire
