#pragma once

#include "base/Clock.h"
#include "base/Project.h"
#include "map/MapLayer.h"
#include "map/MapSettings.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace territoire {

// What the main window offers to feature areas (routing, gauges, parking, export, offline):
// the layers, the current view, the clock, the project sections, menus and docks, and map
// clicks. Feature areas get an AppContext in their install function, e.g.
// `void installGaugesUi(AppContext &context);`, called once from app/territoire/main.cpp.
class AppContext : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QMainWindow *mainWindow() const = 0;
    // The one clock: live, or the replay clock of an exercise. May change (see clockChanged).
    virtual Clock *clock() const = 0;
    virtual Project &project() = 0;
    // Marks the project as modified (asks to save on close).
    virtual void setProjectModified() = 0;

    // Layers in drawing order, bottom first.
    virtual QList<MapLayer *> layers() const = 0;
    // Adds a layer on top and takes ownership.
    virtual void addLayer(std::unique_ptr<MapLayer> layer) = 0;
    virtual void removeLayer(MapLayer *layer) = 0;

    // The view of the map canvas (CRS, centre, scale, size).
    virtual MapSettings mapSettings() const = 0;
    virtual void setMapExtent(const QRectF &extentInMapCrs) = 0;
    virtual void refreshMap() = 0;

    // The next left click on the map goes to the callback (map CRS coordinates) instead of the
    // current tool; the prompt shows in the status bar. A new request replaces a pending one.
    virtual void requestMapClick(const QString &prompt,
                                 std::function<void(const QPointF &mapPoint)> callback)
        = 0;

    // Menus by key: "file", "view", "layer", "tools", "help"; docks go to the main window.
    virtual QMenu *menu(const QString &key) = 0;
    virtual QToolBar *toolBar() = 0;
    virtual void addDock(QDockWidget *dock, Qt::DockWidgetArea area = Qt::RightDockWidgetArea) = 0;
    // Shows a message in the status bar (and the message log): information, not an error.
    virtual void showMessage(const QString &text, int timeoutMs = 5000) = 0;
    // Reports a problem to the user without blocking (the app keeps running).
    virtual void reportError(const QString &text) = 0;

    // Shared services by name ("feeds", "router", ...): created once by the first area that
    // needs them, parented to the context.
    QObject *service(const QString &name) const;
    void setService(const QString &name, QObject *service);
    // The same without taking ownership: the owner clears it (setService(name, nullptr))
    // before the service goes.
    void setBorrowedService(const QString &name, QObject *service);

Q_SIGNALS:
    // A project was opened or a new one started: feature areas re-read their sections.
    void projectLoaded();
    // Feature areas write their sections into the project before it is saved.
    void aboutToSaveProject();
    void layersChanged();
    void mapViewChanged(const territoire::MapSettings &settings);
    void clockChanged(territoire::Clock *clock);
};

} // namespace territoire
