#include "layers/LayerTreeModel.h"

#include "layers/LayerStack.h"

#include <QApplication>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace territoire {

namespace {
const QString mimeType = QStringLiteral("application/x-territoire-layer-ids");
constexpr quintptr layerRowId = 0; // internal id of layer rows; legend rows store layer row + 1
constexpr int iconSize = 16;
} // namespace

LayerTreeModel::LayerTreeModel(LayerStack *stack, QObject *parent)
    : QAbstractItemModel(parent)
    , m_stack(stack)
{
    connect(stack, &LayerStack::layersChanged, this, &LayerTreeModel::rebuild);
    connect(stack, &LayerStack::layerPropertiesChanged, this, &LayerTreeModel::refreshLayer);
    rebuild();
}

void LayerTreeModel::rebuild()
{
    beginResetModel();
    m_rows = m_stack->layers();
    std::reverse(m_rows.begin(), m_rows.end());
    m_legends.clear();
    for (const MapLayer *layer : std::as_const(m_rows))
        m_legends.insert(layer, layer->legend());
    endResetModel();
}

void LayerTreeModel::refreshLayer(MapLayer *layer)
{
    const int row = int(m_rows.indexOf(layer));
    if (row < 0)
        return;
    const QList<LegendItem> legend = layer->legend();
    const QList<LegendItem> old = m_legends.value(layer);
    m_legends.insert(layer, legend);
    const QModelIndex layerIndex = index(row, 0);
    // Child rows are shown when a legend has more than one row.
    const int oldChildren = old.size() > 1 ? int(old.size()) : 0;
    const int newChildren = legend.size() > 1 ? int(legend.size()) : 0;
    if (oldChildren != newChildren) {
        if (oldChildren > 0) {
            beginRemoveRows(layerIndex, 0, oldChildren - 1);
            m_legends.insert(layer, {});
            endRemoveRows();
            m_legends.insert(layer, legend);
        }
        if (newChildren > 0) {
            beginInsertRows(layerIndex, 0, newChildren - 1);
            endInsertRows();
        }
    } else if (newChildren > 0) {
        Q_EMIT dataChanged(index(0, 0, layerIndex), index(newChildren - 1, 0, layerIndex));
    }
    Q_EMIT dataChanged(layerIndex, layerIndex);
}

QList<LegendItem> LayerTreeModel::legendOf(const MapLayer *layer) const
{
    return m_legends.value(layer);
}

MapLayer *LayerTreeModel::layerAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == layerRowId ? index.row() : int(index.internalId()) - 1;
    return m_rows.value(row);
}

QModelIndex LayerTreeModel::indexOf(const MapLayer *layer) const
{
    const int row = int(m_rows.indexOf(const_cast<MapLayer *>(layer)));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, 0, layerRowId) : QModelIndex();
    if (parent.internalId() != layerRowId || row >= rowCount(parent))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex LayerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == layerRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, layerRowId);
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != layerRowId)
        return 0;
    const int n = int(legendOf(m_rows.value(parent.row())).size());
    return n > 1 ? n : 0;
}

int LayerTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QIcon LayerTreeModel::symbolIcon(const LegendItem &item) const
{
    if (!item.paint)
        return {};
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(iconSize, iconSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    item.paint(painter, QRectF(1, 1, iconSize - 2, iconSize - 2));
    painter.end();
    return QIcon(pixmap);
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    MapLayer *layer = layerAt(index);
    if (!layer)
        return {};
    if (index.internalId() != layerRowId) {
        const LegendItem item = legendOf(layer).value(index.row());
        if (role == Qt::DisplayRole)
            return item.label;
        if (role == Qt::DecorationRole)
            return symbolIcon(item);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return layer->name();
    case Qt::CheckStateRole:
        return layer->isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole: {
        const QList<LegendItem> legend = legendOf(layer);
        if (legend.size() == 1)
            return symbolIcon(legend.first());
        return {};
    }
    case Qt::ToolTipRole: {
        const ProjectLayer d = layer->descriptor();
        QString tip = d.source;
        if (!d.sublayer.isEmpty())
            tip += QStringLiteral(" (%1)").arg(d.sublayer);
        const QString crs = layer->crs().authId();
        if (!crs.isEmpty())
            tip += QLatin1Char('\n') + tr("CRS: %1").arg(crs);
        return tip;
    }
    case Qt::FontRole:
        if (!layer->warnings().isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case LayerRole:
        return QVariant::fromValue<QObject *>(layer);
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    MapLayer *layer = layerAt(index);
    if (!layer || index.internalId() != layerRowId)
        return false;
    if (role == Qt::CheckStateRole) {
        layer->setVisible(value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        layer->setName(name);
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (index.internalId() != layerRowId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemIsDragEnabled | Qt::ItemIsEditable;
}

Qt::DropActions LayerTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *LayerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.internalId() == layerRowId) {
            if (const MapLayer *layer = layerAt(index))
                ids.append(layer->id());
        }
    }
    auto *data = new QMimeData;
    data->setData(mimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool LayerTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    return action == Qt::MoveAction && data->hasFormat(mimeType)
        && (!parent.isValid() || parent.internalId() == layerRowId);
}

bool LayerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    // Dropped onto a layer row: place before it; on empty space: at the bottom of the list.
    int target = parent.isValid() ? parent.row() : (row < 0 ? int(m_rows.size()) : row);
    const QStringList ids = QString::fromUtf8(data->data(mimeType)).split(QLatin1Char('\n'));
    for (const QString &id : ids) {
        MapLayer *layer = m_stack->layerById(id);
        if (!layer)
            continue;
        const int from = int(m_rows.indexOf(layer));
        const int to = from < target ? target - 1 : target;
        moveLayerToRow(layer, to);
        target = to + 1;
    }
    return true;
}

void LayerTreeModel::moveLayerToRow(MapLayer *layer, int row)
{
    const int count = m_stack->count();
    const int clamped = std::clamp(row, 0, count - 1);
    m_stack->move(layer, count - 1 - clamped);
}

} // namespace territoire
