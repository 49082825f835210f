#pragma once

#include "routing/Coverage.h"
#include "routing/OsmGraphReader.h"
#include "routing/Profile.h"
#include "routing/RouteResult.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace territoire {

class AppContext;
class CoverageLayer;
class JobControl;
class RouteLayer;
class Router;

// The route panel: the OSM network to use (an OSM layer of the project by default), start and
// end picked on the map or typed as "lon,lat", the profile and its limits, then the route
// coloured by compliance with its stretches, warnings and explanation. Also the coverage of
// the disabled bays. The network is built off the UI thread, with progress and cancel.
// Coordinates typed or picked are neither logged nor stored in the project.
class RoutePanel : public QDockWidget
{
    Q_OBJECT
public:
    RoutePanel(AppContext &context, Router *router, QWidget *parent = nullptr);
    ~RoutePanel() override;

    // Re-reads the "routing" section and the OSM layers of the project.
    void readProject();
    // Writes the network source and the profile overrides into the "routing" section.
    void writeProject();

public Q_SLOTS:
    void loadNetwork();
    void findRoute();
    void computeCoverage();
    void exportResults();

private:
    void buildUi();
    void pickPoint(QLineEdit *target);
    void showRoute(const RouteResult &route);
    void networkLoaded();
    void coverageComputed();
    void editProfile();
    Profile currentProfile() const;
    void setBusy(bool busy, const QString &text = {});

    AppContext &m_context;
    Router *m_router;
    QComboBox *m_source = nullptr;
    QLineEdit *m_dem = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_networkStatus = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_profile = nullptr;
    QPushButton *m_route = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_stretches = nullptr;
    QListWidget *m_warnings = nullptr;
    QTextBrowser *m_explanation = nullptr;

    QHash<QString, Profile> m_profiles; // edited profiles, by name
    QList<RouteTarget> m_bays; // disabled bays found in the OSM network
    RouteResult m_lastRoute;
    CoverageResult m_lastCoverage;
    QPointer<RouteLayer> m_routeLayer;
    QPointer<CoverageLayer> m_coverageLayer;
    JobControl *m_job = nullptr;
    QFutureWatcher<OsmReadResult> m_watcher;
    QFutureWatcher<CoverageResult> m_coverageWatcher;
    QFuture<void> m_warmUp;
};

} // namespace territoire
