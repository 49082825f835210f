#pragma once

#include "base/Project.h"
#include "map/MapLayer.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace territoire {

// The layers of the open project, in drawing order (bottom first), owned here. A project layer
// that could not be opened keeps its place as a descriptor without a MapLayer, so that saving
// the project does not lose it.
class LayerStack : public QObject
{
    Q_OBJECT
public:
    explicit LayerStack(QObject *parent = nullptr);
    ~LayerStack() override;

    // Loaded layers, bottom first.
    QList<MapLayer *> layers() const;
    int count() const { return int(layers().size()); }
    // Position of a loaded layer among layers(), or -1.
    int indexOf(const MapLayer *layer) const;
    MapLayer *layerById(const QString &id) const;

    // Adds on top and takes ownership.
    void add(std::unique_ptr<MapLayer> layer);
    // Keeps a layer that failed to open (on top), so it is saved back.
    void addUnavailable(const ProjectLayer &descriptor);
    // Replaces a layer by a new one built from a changed descriptor, at the same place.
    void replace(MapLayer *old, std::unique_ptr<MapLayer> layer);
    // Deletes the layer (later, so pending signals are safe).
    void remove(MapLayer *layer);
    // Moves a loaded layer to a position among layers() (0 = bottom).
    void move(MapLayer *layer, int newIndex);
    void clear();

    // The descriptors of all layers in drawing order, unavailable ones included.
    QList<ProjectLayer> descriptors() const;

Q_SIGNALS:
    // Layers were added, removed or moved.
    void layersChanged();
    // A layer's name, visibility, opacity or style changed.
    void layerPropertiesChanged(territoire::MapLayer *layer);

private:
    struct Entry
    {
        ProjectLayer descriptor; // used when layer is null
        std::unique_ptr<MapLayer> layer;
    };
    void watch(MapLayer *layer);

    std::vector<Entry> m_entries;
};

} // namespace territoire
