#pragma once

#include <QDockWidget>

class QSlider;
class QToolButton;
class QTreeView;

namespace territoire {

class LayerStack;
class LayerTreeModel;
class MapLayer;

// The "Layers" dock: the layers top first with visibility boxes and legend symbols, drag to
// reorder, an opacity slider for the selected layer, and buttons to zoom to, remove or edit
// the selected layer. Removing, zooming and editing are requests the main window carries out.
class LayerPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(LayerStack *stack, QWidget *parent = nullptr);

    LayerTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    MapLayer *currentLayer() const;
    void setCurrentLayer(const MapLayer *layer);

Q_SIGNALS:
    void zoomToLayerRequested(territoire::MapLayer *layer);
    void removeLayerRequested(territoire::MapLayer *layer);
    void propertiesRequested(territoire::MapLayer *layer);
    void currentLayerChanged(territoire::MapLayer *layer);

private:
    void updateControls();
    void showContextMenu(const QPoint &pos);

    LayerStack *m_stack;
    LayerTreeModel *m_model;
    QTreeView *m_view;
    QSlider *m_opacity;
    QToolButton *m_zoomButton;
    QToolButton *m_removeButton;
    QToolButton *m_propertiesButton;
};

} // namespace territoire
