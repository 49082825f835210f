#include "layers/LayerStack.h"

#include <algorithm>

namespace territoire {

namespace {
// Ownership is released to deleteLater so that a layer emitting a signal can be removed from
// the slot handling it.
void disposeLater(std::unique_ptr<MapLayer> layer)
{
    if (layer)
        layer.release()->deleteLater();
}
} // namespace

LayerStack::LayerStack(QObject *parent)
    : QObject(parent)
{ }

LayerStack::~LayerStack() = default;

QList<MapLayer *> LayerStack::layers() const
{
    QList<MapLayer *> result;
    for (const Entry &entry : m_entries) {
        if (entry.layer)
            result.append(entry.layer.get());
    }
    return result;
}

int LayerStack::indexOf(const MapLayer *layer) const
{
    return int(layers().indexOf(const_cast<MapLayer *>(layer)));
}

MapLayer *LayerStack::layerById(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.layer && entry.layer->id() == id)
            return entry.layer.get();
    }
    return nullptr;
}

void LayerStack::watch(MapLayer *layer)
{
    connect(layer, &MapLayer::propertiesChanged, this,
            [this, layer] { Q_EMIT layerPropertiesChanged(layer); });
}

void LayerStack::add(std::unique_ptr<MapLayer> layer)
{
    if (!layer)
        return;
    layer->setParent(nullptr);
    watch(layer.get());
    m_entries.push_back({layer->descriptor(), std::move(layer)});
    Q_EMIT layersChanged();
}

void LayerStack::addUnavailable(const ProjectLayer &descriptor)
{
    m_entries.push_back({descriptor, nullptr});
}

void LayerStack::replace(MapLayer *old, std::unique_ptr<MapLayer> layer)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [old](const Entry &e) { return e.layer.get() == old; });
    if (it == m_entries.end() || !layer) {
        add(std::move(layer));
        return;
    }
    disconnect(old, nullptr, this, nullptr);
    disposeLater(std::move(it->layer));
    layer->setParent(nullptr);
    watch(layer.get());
    it->descriptor = layer->descriptor();
    it->layer = std::move(layer);
    Q_EMIT layersChanged();
}

void LayerStack::remove(MapLayer *layer)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [layer](const Entry &e) { return e.layer.get() == layer; });
    if (it == m_entries.end())
        return;
    disconnect(layer, nullptr, this, nullptr);
    disposeLater(std::move(it->layer));
    m_entries.erase(it);
    Q_EMIT layersChanged();
}

void LayerStack::move(MapLayer *layer, int newIndex)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [layer](const Entry &e) { return e.layer.get() == layer; });
    if (it == m_entries.end())
        return;
    Entry entry = std::move(*it);
    m_entries.erase(it);

    // newIndex counts loaded layers only: find the entry position of the newIndex-th one.
    auto pos = m_entries.begin();
    int loaded = 0;
    while (pos != m_entries.end() && loaded < newIndex) {
        if (pos->layer)
            ++loaded;
        ++pos;
    }
    m_entries.insert(pos, std::move(entry));
    Q_EMIT layersChanged();
}

void LayerStack::clear()
{
    for (Entry &entry : m_entries) {
        if (entry.layer) {
            disconnect(entry.layer.get(), nullptr, this, nullptr);
            disposeLater(std::move(entry.layer));
        }
    }
    m_entries.clear();
    Q_EMIT layersChanged();
}

QList<ProjectLayer> LayerStack::descriptors() const
{
    QList<ProjectLayer> result;
    for (const Entry &entry : m_entries)
        result.append(entry.layer ? entry.layer->descriptor() : entry.descriptor);
    return result;
}

} // namespace territoire
