#pragma once

#include "common/AppContext.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace territoire {

class MainWindow;

// The AppContext of the main window: what feature areas see of it. Forwards to the window.
class MainContext : public AppContext
{
    Q_OBJECT
public:
    explicit MainContext(MainWindow *window);

    QMainWindow *mainWindow() const override;
    Clock *clock() const override;
    Project &project() override;
    void setProjectModified() override;

    QList<MapLayer *> layers() const override;
    void addLayer(std::unique_ptr<MapLayer> layer) override;
    void removeLayer(MapLayer *layer) override;

    MapSettings mapSettings() const override;
    void setMapExtent(const QRectF &extentInMapCrs) override;
    void refreshMap() override;
    void requestMapClick(const QString &prompt,
                         std::function<void(const QPointF &mapPoint)> callback) override;

    QMenu *menu(const QString &key) override;
    QToolBar *toolBar() override;
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void showMessage(const QString &text, int timeoutMs) override;
    void reportError(const QString &text) override;

private:
    MainWindow *m_window;
    // The feature panels added through addDock, per dock area, oldest first.
    QHash<int, QList<QPointer<QDockWidget>>> m_featureDocks;
};

} // namespace territoire
