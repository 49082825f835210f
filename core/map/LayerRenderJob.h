#pragma once

#include "map/LabelCandidate.h"
#include "map/MapSettings.h"

#include <QList>
#include <QMutex>
#include <QPainter>

#include <atomic>

namespace territoire {

// What a render job gets besides its painter. The painter is set up in logical pixels
// (MapSettings::mapToPixel maps map coordinates to it); labels go to addLabel() and are
// placed by the map renderer after every layer has drawn.
class RenderContext
{
public:
    explicit RenderContext(const MapSettings &settings, const std::atomic<bool> *cancel = nullptr)
        : m_settings(settings)
        , m_cancel(cancel)
    { }

    const MapSettings &settings() const { return m_settings; }
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // Thread-safe: jobs of several layers may add labels at once.
    void addLabel(const LabelCandidate &label)
    {
        QMutexLocker lock(&m_labelMutex);
        m_labels.append(label);
    }
    QList<LabelCandidate> takeLabels()
    {
        QMutexLocker lock(&m_labelMutex);
        return std::exchange(m_labels, {});
    }

private:
    MapSettings m_settings;
    const std::atomic<bool> *m_cancel;
    QMutex m_labelMutex;
    QList<LabelCandidate> m_labels;
};

// A snapshot of one layer, made on the UI thread by MapLayer::createRenderJob, that draws on
// any thread. It must not touch the MapLayer after creation.
class LayerRenderJob
{
public:
    virtual ~LayerRenderJob() = default;
    // Draws the layer. Returns false when cancelled (context.isCancelled()) or on a failure,
    // with the reason in errorString().
    virtual bool render(QPainter &painter, RenderContext &context) = 0;
    virtual QString errorString() const { return {}; }
};

} // namespace territoire
