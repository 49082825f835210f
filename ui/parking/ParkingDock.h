#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace territoire {

class AppContext;
class BayFilterModel;
class BayTableModel;
class ParkingController;
struct NearestBayResult;

// The parking panel: the bays with their status and its time, filterable by status and
// distance; zone statistics against the 2 % rule; and "Nearest free bay" (click a destination
// on the map, see the best few free bays with their walking paths, refreshed when a status
// changes).
class ParkingDock : public QDockWidget
{
    Q_OBJECT
public:
    ParkingDock(AppContext &context, ParkingController &controller, QWidget *parent = nullptr);

    // Starts "Nearest free bay": the next map click is the destination.
    void pickDestination();

private:
    QWidget *createBaysTab();
    QWidget *createZonesTab();
    QWidget *createNearestTab();
    void refreshBays();
    void refreshZones();
    void showNearest(const NearestBayResult &result);
    // The chosen profile, adjusted by the project's routing section, to the nearest query.
    void applyProfile();
    void updateReference();

    AppContext &m_context;
    ParkingController &m_controller;
    BayTableModel *m_bayModel = nullptr;
    BayFilterModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QSpinBox *m_distance = nullptr;
    QTableView *m_bayTable = nullptr;
    QStandardItemModel *m_zoneModel = nullptr;
    QLabel *m_zoneSummary = nullptr;
    QComboBox *m_profile = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_nearestStatus = nullptr;
    QListWidget *m_nearestList = nullptr;
};

} // namespace territoire
