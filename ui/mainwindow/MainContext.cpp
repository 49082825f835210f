#include "mainwindow/MainContext.h"

#include "canvas/MapCanvas.h"
#include "layers/LayerStack.h"
#include "mainwindow/MainWindow.h"

#include <QDockWidget>
#include <QMenu>

namespace territoire {

MainContext::MainContext(MainWindow *window)
    : AppContext(window)
    , m_window(window)
{ }

QMainWindow *MainContext::mainWindow() const
{
    return m_window;
}

Clock *MainContext::clock() const
{
    return m_window->clock();
}

Project &MainContext::project()
{
    return m_window->project();
}

void MainContext::setProjectModified()
{
    m_window->setModified(true);
}

QList<MapLayer *> MainContext::layers() const
{
    return m_window->layerStack()->layers();
}

void MainContext::addLayer(std::unique_ptr<MapLayer> layer)
{
    m_window->addLayer(std::move(layer));
}

void MainContext::removeLayer(MapLayer *layer)
{
    m_window->removeLayer(layer);
}

MapSettings MainContext::mapSettings() const
{
    return m_window->canvas()->mapSettings();
}

void MainContext::setMapExtent(const QRectF &extentInMapCrs)
{
    m_window->canvas()->setExtent(extentInMapCrs);
}

void MainContext::refreshMap()
{
    m_window->canvas()->refresh();
}

void MainContext::requestMapClick(const QString &prompt,
                                  std::function<void(const QPointF &)> callback)
{
    m_window->requestMapClick(prompt, std::move(callback));
}

QMenu *MainContext::menu(const QString &key)
{
    return m_window->menu(key);
}

QToolBar *MainContext::toolBar()
{
    return m_window->mainToolBar();
}

void MainContext::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    // Feature panels share one tabbed group per side, so that the map keeps most of the window.
    QDockWidget *first = nullptr;
    for (const QPointer<QDockWidget> &other : std::as_const(m_featureDocks[area])) {
        if (other && other != dock && !other->isFloating()
            && m_window->dockWidgetArea(other) == area) {
            first = other;
            break;
        }
    }
    m_featureDocks[area].append(dock);
    if (dock->objectName().isEmpty()) { // saveState() needs a unique name
        dock->setObjectName(QStringLiteral("%1_%2")
                                .arg(QString::fromLatin1(dock->metaObject()->className()))
                                .arg(m_featureDocks[area].size()));
    }
    m_window->addDockWidget(area, dock);
    if (first) {
        m_window->tabifyDockWidget(first, dock);
        first->raise();
    }
    if (QMenu *view = m_window->menu(QStringLiteral("panels")))
        view->addAction(dock->toggleViewAction());
}

void MainContext::showMessage(const QString &text, int timeoutMs)
{
    m_window->showStatusMessage(text, timeoutMs);
}

void MainContext::reportError(const QString &text)
{
    m_window->reportError(text);
}

} // namespace territoire
