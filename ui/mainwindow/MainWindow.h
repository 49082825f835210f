#pragma once

#include "base/Project.h"
#include "map/MapLayer.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QProgressBar;
class QToolButton;

namespace territoire {

class AppContext;
class Clock;
class ClickTool;
class CoordinateLabel;
class IdentifyDock;
class LayerLoadMonitor;
class LayerPanel;
class LayerStack;
class MainContext;
class MapCanvas;
class MapTool;
class MessagesDock;
class ScaleWidget;

// Territoire's main window: the map canvas, the layer panel, the identify and messages docks,
// menus and the status bar (coordinates, scale, progress). It holds the open project and its
// layers and offers them to feature areas through context() (an AppContext).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext &context();
    MapCanvas *canvas() const { return m_canvas; }
    LayerStack *layerStack() const { return m_layers; }
    LayerPanel *layerPanel() const { return m_layerPanel; }
    IdentifyDock *identifyDock() const { return m_identifyDock; }
    MessagesDock *messagesDock() const { return m_messagesDock; }
    ScaleWidget *scaleWidget() const { return m_scaleWidget; }
    CoordinateLabel *coordinateLabel() const { return m_coordinateLabel; }

    // The one clock of the application. The window starts with a live clock it owns; a clock
    // set here (e.g. a replay) is not owned; null restores the live clock. Emits clockChanged
    // on the context.
    Clock *clock() const;
    void setClock(Clock *clock);

    // The open project. Its layer list is brought up to date from the layers on save.
    Project &project() { return m_project; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified = true);

    // Starts an empty project (no prompt: see maybeSaveChanges()).
    void newProject();
    // Reads a project file and opens its layers, which then read their data off the UI thread
    // (layersLoaded follows). Returns false, reports the file and the reason and keeps the open
    // project when the file cannot be read. Layers that fail to open are reported and kept in
    // the project.
    bool openProject(const QString &path);
    // Saves atomically; returns false and reports the reason on failure.
    bool saveProject(const QString &path);
    bool isLoading() const;
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSaveChanges();

    // Opens every layer of a file or connection string on top of the map; their data is read
    // off the UI thread (layersLoaded follows). False, with a message naming the source, when
    // it cannot be read; a layer whose data then fails to load is reported and taken away.
    bool addLayersFromSource(const QString &source);
    void addLayers(const QList<ProjectLayer> &descriptors);
    void addLayer(std::unique_ptr<MapLayer> layer);
    void removeLayer(MapLayer *layer);
    // Applies an edited description (a vector layer reads its data again when the CRS
    // override or the encoding changed).
    void applyLayerDescriptor(MapLayer *layer, const ProjectLayer &descriptor);
    void showLayerProperties(MapLayer *layer);

    // Runs identify at a map point (map CRS) on the visible layers, top first.
    void identifyAt(const QPointF &mapPoint);
    void setMapTool(const QString &name); // "pan", "zoom", "identify"
    void requestMapClick(const QString &prompt, std::function<void(const QPointF &)> callback);

    // Restores the window size and dock layout of the last session; the first time, fits the
    // window to the screen and gives the map most of it. Call once the feature docks exist.
    void restoreLayout();

    QMenu *menu(const QString &key) const { return m_menus.value(key); }
    QToolBar *mainToolBar() const { return m_toolBar; }
    void showStatusMessage(const QString &text, int timeoutMs = 5000);
    // Shows a problem without blocking: message log, status bar and a non-modal box.
    void reportError(const QString &text);
    QString lastError() const { return m_lastError; }
    // Whether reportError also pops a (non-modal) message box; on by default.
    void setErrorPopupsEnabled(bool enabled) { m_errorPopups = enabled; }

Q_SIGNALS:
    void projectOpened(const QString &path);
    // Every layer being opened has finished reading its data.
    void layersLoaded();
    void errorReported(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // MainWindowActions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void createLanguageMenu(QMenu *settings);
    void updateRecentMenu();
    void showAbout();
    void chooseMapCrs();
    // MainWindowProject.cpp
    void onNew();
    void onOpen();
    bool onSave();
    bool onSaveAs();
    void onAddLayer();
    void onAddDatabaseLayer();
    std::unique_ptr<MapLayer> createLayer(const ProjectLayer &descriptor, QString *error);
    void onLayerLoaded(MapLayer *layer, bool ok, const QString &error);
    void listLayerWarnings(MapLayer *layer);
    void updateTitle();
    // MainWindow.cpp
    void createDocks();
    void createStatusBar();
    void onLayersChanged();
    void onViewChanged();
    void onLoaderProgress(double fraction, const QString &step);

    MainContext *m_context;
    Clock *m_liveClock;
    QPointer<Clock> m_clock;
    Project m_project;
    bool m_modified = false;
    bool m_installing = false;
    bool m_errorPopups = true;
    QString m_lastError;

    LayerStack *m_layers;
    LayerLoadMonitor *m_loads;
    QStringList m_pendingAdds; // ids of added layers still reading their data
    bool m_modifiedBeforeAdd = false;
    bool m_zoomWhenLoaded = false; // project without a stored extent: fit the data once read
    MapCanvas *m_canvas;
    LayerPanel *m_layerPanel = nullptr;
    IdentifyDock *m_identifyDock = nullptr;
    MessagesDock *m_messagesDock = nullptr;
    QHash<QString, MapTool *> m_tools;
    QHash<QString, QAction *> m_toolActions;
    QActionGroup *m_toolGroup = nullptr;

    QHash<QString, QMenu *> m_menus;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<QString, QAction *> m_actions;

    CoordinateLabel *m_coordinateLabel = nullptr;
    ScaleWidget *m_scaleWidget = nullptr;
    QLabel *m_crsLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace territoire
