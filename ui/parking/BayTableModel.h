#pragma once

#include "parking/Bay.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace territoire {

// The bays as a table for the parking panel: name, source, status, status time, PMR places,
// vacant places and the distance to a reference point (the destination or the map centre).
class BayTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, StatusTime, Places, Vacant, Distance, Source, ColumnCount };
    static constexpr int StatusRole = Qt::UserRole + 1; // int(BayStatus)
    static constexpr int DistanceRole = Qt::UserRole + 2; // metres, -1 when unknown
    static constexpr int PositionRole = Qt::UserRole + 3; // QPointF lon/lat

    using QAbstractTableModel::QAbstractTableModel;

    void setBays(const BayList &bays);
    // WGS 84 point distances are measured from; invalid: no distance.
    void setReference(const LonLat &reference);
    const Bay &bay(int row) const { return m_bays[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    double distanceOf(const Bay &bay) const;

    BayList m_bays;
    LonLat m_reference;
};

// Filters the bay table by status and by maximum distance.
class BayFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // -1: every status; else int(BayStatus).
    void setStatusFilter(int status);
    // Metres; 0: no limit.
    void setMaxDistance(double metres);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_status = -1;
    double m_maxDistance = 0;
};

} // namespace territoire
