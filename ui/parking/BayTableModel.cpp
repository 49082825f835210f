#include "parking/BayTableModel.h"

#include "parking/BayLayer.h"

#include <QLocale>

namespace territoire {

void BayTableModel::setBays(const BayList &bays)
{
    beginResetModel();
    m_bays = bays;
    endResetModel();
}

void BayTableModel::setReference(const LonLat &reference)
{
    m_reference = reference;
    if (!m_bays.isEmpty())
        Q_EMIT dataChanged(index(0, Distance), index(m_bays.size() - 1, Distance));
}

int BayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_bays.size();
}

int BayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double BayTableModel::distanceOf(const Bay &bay) const
{
    if (!m_reference.isValid() || !bay.hasPosition())
        return -1;
    return haversineMetres(bay.position, m_reference);
}

QVariant BayTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_bays.size())
        return {};
    const Bay &bay = m_bays[index.row()];
    if (role == StatusRole)
        return int(bay.status);
    if (role == DistanceRole)
        return distanceOf(bay);
    if (role == PositionRole)
        return bay.hasPosition() ? QVariant(bay.position.toPointF()) : QVariant();
    if (role == Qt::DecorationRole && index.column() == Status)
        return BayLayer::statusColor(bay.status);
    if (role == Qt::ToolTipRole && !bay.hasPosition())
        return tr("No usable coordinates: not drawn on the map.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool sorting = role == Qt::EditRole;
    switch (index.column()) {
    case Name:
        return bay.name.isEmpty() ? bay.id : bay.name;
    case Status:
        return bayStatusLabel(bay.status);
    case StatusTime:
        if (!bay.statusTime.isValid())
            return {};
        return sorting
            ? QVariant(bay.statusTime)
            : QVariant(QLocale().toString(bay.statusTime.toLocalTime(), QLocale::ShortFormat));
    case Places:
        return bay.capacity >= 0 ? QVariant(bay.capacity) : QVariant();
    case Vacant:
        return bay.vacantPlaces >= 0 ? QVariant(bay.vacantPlaces) : QVariant();
    case Distance: {
        const double d = distanceOf(bay);
        if (d < 0)
            return {};
        return sorting ? QVariant(d) : QVariant(tr("%1 m").arg(qRound(d)));
    }
    case Source:
        return bay.source;
    default:
        return {};
    }
}

QVariant BayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Bay");
    case Status:
        return tr("Status");
    case StatusTime:
        return tr("Status time");
    case Places:
        return tr("PMR places");
    case Vacant:
        return tr("Vacant");
    case Distance:
        return tr("Distance");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void BayFilterModel::setStatusFilter(int status)
{
    m_status = status;
    invalidateFilter();
}

void BayFilterModel::setMaxDistance(double metres)
{
    m_maxDistance = metres;
    invalidateFilter();
}

bool BayFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status >= 0 && index.data(BayTableModel::StatusRole).toInt() != m_status)
        return false;
    if (m_maxDistance > 0) {
        const double d = index.data(BayTableModel::DistanceRole).toDouble();
        if (d < 0 || d > m_maxDistance)
            return false;
    }
    return true;
}

} // namespace territoire
