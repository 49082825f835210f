// Actions, menus and toolbar of the main window.
#include "mainwindow/MainWindow.h"

#include "canvas/CoordinateLabel.h"
#include "canvas/MapCanvas.h"
#include "layers/LayerPanel.h"
#include "layers/LayerStack.h"
#include "layers/VectorLayer.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/IdentifyDock.h"
#include "mainwindow/LayerLoadMonitor.h"
#include "mainwindow/MessagesDock.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace territoire {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

void MainWindow::createActions()
{
    auto add = [this](const char *key, const QIcon &icon, const QString &text,
                      const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(icon, text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(key), action);
        return action;
    };

    // Project files.
    add("new", icon("new"), tr("&New project"), QKeySequence::New, [this] { onNew(); });
    add("open", icon("open"), tr("&Open project…"), QKeySequence::Open, [this] { onOpen(); });
    add("save", icon("save"), tr("&Save project"), QKeySequence::Save, [this] { onSave(); });
    add("saveAs", QIcon(), tr("Save project &as…"), QKeySequence::SaveAs, [this] { onSaveAs(); });
    add("quit", QIcon(), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    // Layers.
    add("addLayer", icon("add-layer"), tr("&Add layer…"), QKeySequence(tr("Ctrl+Shift+A")),
        [this] { onAddLayer(); });
    add("addDatabase", icon("add-database"), tr("Add &PostGIS layer…"), QKeySequence(),
        [this] { onAddDatabaseLayer(); });
    add("removeLayer", icon("remove-layer"), tr("&Remove layer"), QKeySequence(), [this] {
        if (MapLayer *layer = m_layerPanel->currentLayer())
            removeLayer(layer);
    });
    add("layerProperties", icon("properties"), tr("Layer &properties…"), QKeySequence(), [this] {
        if (MapLayer *layer = m_layerPanel->currentLayer())
            showLayerProperties(layer);
    });

    // View.
    add("zoomIn", icon("zoom-in"), tr("Zoom &in"), QKeySequence::ZoomIn,
        [this] { m_canvas->zoomIn(); });
    add("zoomOut", icon("zoom-out"), tr("Zoom &out"), QKeySequence::ZoomOut,
        [this] { m_canvas->zoomOut(); });
    add("zoomFull", icon("zoom-full"), tr("Zoom to &full extent"), QKeySequence(tr("Ctrl+Shift+F")),
        [this] { m_canvas->zoomToFullExtent(); });
    add("zoomLayer", icon("zoom-layer"), tr("Zoom to &layer"), QKeySequence(), [this] {
        if (MapLayer *layer = m_layerPanel->currentLayer())
            m_canvas->zoomToLayer(layer);
    });
    add("refresh", icon("refresh"), tr("&Refresh"), QKeySequence::Refresh,
        [this] { m_canvas->refreshNow(); });
    add("mapCrs", QIcon(), tr("Map &CRS…"), QKeySequence(), [this] { chooseMapCrs(); });
    add("about", icon("territoire"), tr("&About Territoire"), QKeySequence(),
        [this] { showAbout(); });

    // Map tools: exactly one is checked.
    m_toolGroup = new QActionGroup(this);
    const struct
    {
        const char *name;
        const char *icon;
        QString text;
        QKeySequence shortcut;
    } tools[] = {{"pan", "pan", tr("&Pan"), QKeySequence(tr("P"))},
                 {"zoom", "zoom-box", tr("&Zoom to rectangle"), QKeySequence(tr("Z"))},
                 {"identify", "identify", tr("&Identify features"), QKeySequence(tr("I"))}};
    for (const auto &tool : tools) {
        auto *action = new QAction(icon(tool.icon), tool.text, m_toolGroup);
        action->setCheckable(true);
        action->setShortcut(tool.shortcut);
        const QString name = QLatin1String(tool.name);
        connect(action, &QAction::triggered, this, [this, name] { setMapTool(name); });
        m_toolActions.insert(name, action);
    }
    m_toolActions.value(QStringLiteral("pan"))->setChecked(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.value("new"));
    file->addAction(m_actions.value("open"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_actions.value("save"));
    file->addAction(m_actions.value("saveAs"));
    file->addSeparator();
    file->addAction(m_actions.value("addLayer"));
    file->addAction(m_actions.value("addDatabase"));
    file->addSeparator();
    // Feature areas append their entries (Export…); Quit is moved back to the end when shown.
    QAction *quitSeparator = file->addSeparator();
    file->addAction(m_actions.value("quit"));
    connect(file, &QMenu::aboutToShow, this, [file, quitSeparator, this] {
        QAction *quit = m_actions.value("quit");
        if (file->actions().constLast() == quit)
            return;
        file->removeAction(quitSeparator);
        file->removeAction(quit);
        file->addAction(quitSeparator);
        file->addAction(quit);
    });
    m_menus.insert(QStringLiteral("file"), file);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *key : {"zoomIn", "zoomOut", "zoomFull", "zoomLayer", "refresh"})
        view->addAction(m_actions.value(key));
    view->addSeparator();
    view->addAction(m_actions.value("mapCrs"));
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->addAction(m_layerPanel->toggleViewAction());
    panels->addAction(m_identifyDock->toggleViewAction());
    panels->addAction(m_messagesDock->toggleViewAction());
    m_menus.insert(QStringLiteral("view"), view);
    m_menus.insert(QStringLiteral("panels"), panels);

    QMenu *layer = menuBar()->addMenu(tr("&Layer"));
    for (const char *key : {"addLayer", "addDatabase", "removeLayer", "zoomLayer"})
        layer->addAction(m_actions.value(key));
    layer->addSeparator();
    layer->addAction(m_actions.value("layerProperties"));
    m_menus.insert(QStringLiteral("layer"), layer);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_toolGroup->actions());
    tools->addSeparator();
    m_menus.insert(QStringLiteral("tools"), tools);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    createLanguageMenu(settings);
    m_menus.insert(QStringLiteral("settings"), settings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.value("about"));
    m_menus.insert(QStringLiteral("help"), help);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setIconSize(QSize(22, 22));
    for (const char *key : {"new", "open", "save"})
        m_toolBar->addAction(m_actions.value(key));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.value("addLayer"));
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_toolGroup->actions());
    m_toolBar->addSeparator();
    for (const char *key : {"zoomIn", "zoomOut", "zoomFull", "zoomLayer", "refresh"})
        m_toolBar->addAction(m_actions.value(key));
    m_toolBar->addSeparator();
}

void MainWindow::createLanguageMenu(QMenu *settings)
{
    QMenu *languages = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::language();
    const QList<QPair<QString, QString>> choices = {{QString(), tr("System language")},
                                                    {QStringLiteral("fr"), tr("French")},
                                                    {QStringLiteral("en"), tr("English")}};
    for (const auto &[code, text] : choices) {
        QAction *action = languages->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            if (code == AppSettings::language())
                return;
            AppSettings::setLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language will be used when Territoire is "
                                        "started again."));
        });
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSaveChanges())
                openProject(path);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent project"))->setEnabled(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Territoire"),
        tr("<h3>Territoire %1</h3>"
           "<p>A desktop GIS for the Territoire de Belfort: layers from GDAL sources in "
           "Lambert-93, live river gauges and accessible parking bays, wheelchair routing, "
           "PDF maps and an offline mode.</p>"
           "<p>Map data may include © OpenStreetMap contributors (ODbL), IGN Admin Express "
           "and Hub'Eau.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::chooseMapCrs()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Map CRS"), tr("Coordinate reference system of the map (for example EPSG:2154):"),
        QLineEdit::Normal, m_project.mapCrs().authId(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QString error;
    const Crs crs = Crs::fromUserInput(text.trimmed(), &error);
    if (!crs.isValid()) {
        reportError(tr("Unknown coordinate reference system \"%1\": %2").arg(text, error));
        return;
    }
    m_project.setMapCrs(crs);
    // Vector layers hold their geometries in the map CRS: they read their data again.
    for (MapLayer *layer : m_layers->layers()) {
        if (auto *vector = qobject_cast<VectorLayer *>(layer)) {
            vector->setMapCrs(crs);
            m_loads->watch(vector);
        }
    }
    m_canvas->setMapCrs(crs);
    m_coordinateLabel->setMapCrs(crs);
    m_crsLabel->setText(crs.authId().isEmpty() ? crs.name() : crs.authId());
    setModified(true);
}

} // namespace territoire
