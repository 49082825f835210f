#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace territoire {

class MapLayer;

// Follows layers that read their data in the background (vector layers load off the UI thread
// right after creation) and reports their overall progress, each layer's end, and the end of
// all of them. Layers that do not load in the background finish at once.
class LayerLoadMonitor : public QObject
{
    Q_OBJECT
public:
    explicit LayerLoadMonitor(QObject *parent = nullptr);

    // Starts following a layer; layerFinished is emitted (queued) even when it is already done.
    void watch(MapLayer *layer);
    // Stops the loads in progress; their layers keep what they read so far.
    void cancelAll();
    bool isActive() const { return !m_layers.isEmpty(); }
    bool isWatching(const MapLayer *layer) const
    {
        return m_layers.contains(const_cast<MapLayer *>(layer));
    }
    // True while the layer reads its data.
    static bool isLoading(const MapLayer *layer);
    // Why the layer's last load failed (names the source), empty when it did not.
    static QString loadError(const MapLayer *layer);

Q_SIGNALS:
    void started();
    // fraction 0..1 over the layers followed; step names a layer, e.g. "Reading communes…"
    void progressChanged(double fraction, const QString &step);
    void layerFinished(territoire::MapLayer *layer, bool ok, const QString &error);
    void allFinished();

private:
    void poll();
    void finish(MapLayer *layer);

    QList<QPointer<MapLayer>> m_layers;
    QTimer m_timer;
};

} // namespace territoire
