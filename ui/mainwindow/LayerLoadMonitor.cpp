#include "mainwindow/LayerLoadMonitor.h"

#include "layers/RasterLayer.h"
#include "layers/VectorLayer.h"

namespace territoire {

LayerLoadMonitor::LayerLoadMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &LayerLoadMonitor::poll);
}

bool LayerLoadMonitor::isLoading(const MapLayer *layer)
{
    const auto *vector = qobject_cast<const VectorLayer *>(layer);
    return vector && vector->isLoading();
}

QString LayerLoadMonitor::loadError(const MapLayer *layer)
{
    if (const auto *vector = qobject_cast<const VectorLayer *>(layer))
        return vector->errorString();
    if (const auto *raster = qobject_cast<const RasterLayer *>(layer))
        return raster->isValid() ? QString() : raster->errorString();
    return {};
}

void LayerLoadMonitor::watch(MapLayer *layer)
{
    if (!layer || m_layers.contains(layer))
        return;
    const bool wasActive = isActive();
    m_layers.append(layer);
    if (auto *vector = qobject_cast<VectorLayer *>(layer)) {
        connect(
            vector, &VectorLayer::loadingFinished, this, [this, vector] { finish(vector); },
            Qt::QueuedConnection);
    }
    if (!isLoading(layer))
        QMetaObject::invokeMethod(
            this,
            [this, layer = QPointer<MapLayer>(layer)] {
                if (layer)
                    finish(layer);
            },
            Qt::QueuedConnection);
    if (!wasActive) {
        m_timer.start();
        Q_EMIT started();
    }
    poll();
}

void LayerLoadMonitor::cancelAll()
{
    for (const QPointer<MapLayer> &layer : std::as_const(m_layers)) {
        if (auto *vector = qobject_cast<VectorLayer *>(layer.data())) {
            if (JobControl *control = vector->loadControl())
                control->cancel();
        }
    }
}

void LayerLoadMonitor::poll()
{
    m_layers.removeAll(QPointer<MapLayer>());
    if (m_layers.isEmpty() && m_timer.isActive()) {
        m_timer.stop(); // every layer followed was deleted
        Q_EMIT allFinished();
        return;
    }
    double sum = 0;
    int count = 0;
    QString step;
    for (const QPointer<MapLayer> &layer : std::as_const(m_layers)) {
        if (!layer)
            continue;
        ++count;
        const auto *vector = qobject_cast<const VectorLayer *>(layer.data());
        if (vector && vector->isLoading()) {
            sum += vector->loadControl() ? vector->loadControl()->progress() : 0.0;
            if (step.isEmpty())
                step = tr("Reading %1…").arg(layer->name());
        } else {
            sum += 1.0;
        }
    }
    if (count > 0)
        Q_EMIT progressChanged(sum / count, step);
}

void LayerLoadMonitor::finish(MapLayer *layer)
{
    if (!m_layers.contains(layer) || isLoading(layer))
        return;
    m_layers.removeAll(layer);
    disconnect(layer, nullptr, this, nullptr);
    const QString error = loadError(layer);
    Q_EMIT layerFinished(layer, error.isEmpty(), error);

    m_layers.removeAll(QPointer<MapLayer>());
    if (m_layers.isEmpty()) {
        m_timer.stop();
        Q_EMIT allFinished();
    } else {
        poll();
    }
}

} // namespace territoire
