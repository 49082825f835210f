#include "layers/LayerPanel.h"

#include "layers/LayerStack.h"
#include "layers/LayerTreeModel.h"
#include "map/MapLayer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace territoire {

namespace {
QToolButton *makeButton(const QIcon &icon, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}
} // namespace

LayerPanel::LayerPanel(LayerStack *stack, QWidget *parent)
    : QDockWidget(tr("Layers"), parent)
    , m_stack(stack)
    , m_model(new LayerTreeModel(stack, this))
    , m_view(new QTreeView)
    , m_opacity(new QSlider(Qt::Horizontal))
{
    setObjectName(QStringLiteral("LayerPanel"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);

    // The tree: drag and drop moves layers within it.
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setIconSize(QSize(16, 16));
    m_view->setExpandsOnDoubleClick(false);
    layout->addWidget(m_view, 1);

    // Opacity of the selected layer, in percent.
    auto *opacityRow = new QHBoxLayout;
    auto *opacityLabel = new QLabel(tr("Opacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    opacityLabel->setBuddy(m_opacity);
    opacityRow->addWidget(opacityLabel);
    opacityRow->addWidget(m_opacity, 1);
    layout->addLayout(opacityRow);

    auto *buttons = new QHBoxLayout;
    m_zoomButton
        = makeButton(QIcon(QStringLiteral(":/icons/zoom-layer.svg")), tr("Zoom to layer"), content);
    m_propertiesButton = makeButton(QIcon(QStringLiteral(":/icons/properties.svg")),
                                    tr("Layer properties…"), content);
    m_removeButton = makeButton(QIcon(QStringLiteral(":/icons/remove-layer.svg")),
                                tr("Remove layer"), content);
    buttons->addWidget(m_zoomButton);
    buttons->addWidget(m_propertiesButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        if (MapLayer *layer = currentLayer())
            layer->setOpacity(value / 100.0);
    });
    connect(m_zoomButton, &QToolButton::clicked, this, [this] {
        if (MapLayer *layer = currentLayer())
            Q_EMIT zoomToLayerRequested(layer);
    });
    connect(m_removeButton, &QToolButton::clicked, this, [this] {
        if (MapLayer *layer = currentLayer())
            Q_EMIT removeLayerRequested(layer);
    });
    connect(m_propertiesButton, &QToolButton::clicked, this, [this] {
        if (MapLayer *layer = currentLayer())
            Q_EMIT propertiesRequested(layer);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (MapLayer *layer = m_model->layerAt(index))
            Q_EMIT propertiesRequested(layer);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateControls();
        Q_EMIT currentLayerChanged(currentLayer());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LayerPanel::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LayerPanel::updateControls);
    updateControls();
}

MapLayer *LayerPanel::currentLayer() const
{
    return m_model->layerAt(m_view->currentIndex());
}

void LayerPanel::setCurrentLayer(const MapLayer *layer)
{
    m_view->setCurrentIndex(m_model->indexOf(layer));
}

void LayerPanel::updateControls()
{
    MapLayer *layer = currentLayer();
    m_opacity->setEnabled(layer);
    m_zoomButton->setEnabled(layer);
    m_removeButton->setEnabled(layer);
    m_propertiesButton->setEnabled(layer);
    const QSignalBlocker blocker(m_opacity);
    m_opacity->setValue(layer ? int(std::lround(layer->opacity() * 100)) : 100);
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
    MapLayer *layer = m_model->layerAt(m_view->indexAt(pos));
    if (!layer)
        return;
    QMenu menu(this);
    menu.addAction(tr("Zoom to layer"), this,
                   [this, layer] { Q_EMIT zoomToLayerRequested(layer); });
    menu.addAction(tr("Rename"), this, [this, pos] { m_view->edit(m_view->indexAt(pos)); });
    menu.addAction(tr("Properties…"), this, [this, layer] { Q_EMIT propertiesRequested(layer); });
    menu.addSeparator();
    menu.addAction(tr("Remove"), this, [this, layer] { Q_EMIT removeLayerRequested(layer); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace territoire
