#pragma once

#include "map/LegendItem.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

namespace territoire {

class LayerStack;
class MapLayer;

// The layer panel's model: one row per loaded layer, top of the map first, with a check box for
// visibility and the legend symbol; layers whose legend has several rows (categories, classes)
// get them as child rows. Layer rows can be dragged to change the drawing order.
class LayerTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr int LayerRole = Qt::UserRole + 1; // MapLayer* (as QObject*)

    explicit LayerTreeModel(LayerStack *stack, QObject *parent = nullptr);

    MapLayer *layerAt(const QModelIndex &index) const;
    QModelIndex indexOf(const MapLayer *layer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Moves a layer to a panel row (0 = top of the map).
    void moveLayerToRow(MapLayer *layer, int row);
    // Reads the layer's name, visibility and legend again.
    void refreshLayer(MapLayer *layer);

private:
    void rebuild();
    QIcon symbolIcon(const LegendItem &item) const;
    QList<LegendItem> legendOf(const MapLayer *layer) const;

    LayerStack *m_stack;
    QList<MapLayer *> m_rows; // top first
    QHash<const MapLayer *, QList<LegendItem>> m_legends;
};

} // namespace territoire
