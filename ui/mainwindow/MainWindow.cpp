#include "mainwindow/MainWindow.h"

#include "feeds/FeedHub.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "canvas/CoordinateLabel.h"
#include "canvas/Icons.h"
#include "canvas/MapCanvas.h"
#include "canvas/MapTool.h"
#include "canvas/ScaleWidget.h"
#include "layers/LayerPanel.h"
#include "layers/LayerStack.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/IdentifyDock.h"
#include "mainwindow/LayerLoadMonitor.h"
#include "mainwindow/MainContext.h"
#include "mainwindow/MessagesDock.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolButton>

namespace territoire {

namespace {
constexpr double identifyTolerancePixels = 5;
// Bumped when the set of docks changes so that an old saved layout is not applied.
constexpr int layoutVersion = 1;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_context(new MainContext(this))
    , m_liveClock(new LiveClock(this))
    , m_clock(m_liveClock)
    , m_layers(new LayerStack(this))
    , m_loads(new LayerLoadMonitor(this))
    , m_canvas(new MapCanvas)
{
    initIconResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/territoire.svg")));
    setCentralWidget(m_canvas);
    setDockNestingEnabled(true);

    // Map tools; the canvas uses their signals, the window keeps them by name.
    m_tools.insert(QStringLiteral("pan"), new PanTool(m_canvas));
    m_tools.insert(QStringLiteral("zoom"), new ZoomBoxTool(m_canvas));
    auto *identify = new ClickTool(m_canvas);
    connect(identify, &ClickTool::clicked, this, &MainWindow::identifyAt);
    m_tools.insert(QStringLiteral("identify"), identify);
    m_canvas->setMapTool(m_tools.value(QStringLiteral("pan")));

    createDocks();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_layers, &LayerStack::layersChanged, this, &MainWindow::onLayersChanged);
    connect(m_layers, &LayerStack::layerPropertiesChanged, this, [this](MapLayer *layer) {
        // A layer picking its default style while reading its data is not a user change.
        if (!m_installing && !m_loads->isWatching(layer))
            setModified(true);
    });
    connect(m_canvas, &MapCanvas::viewChanged, this, &MainWindow::onViewChanged);
    connect(m_canvas, &MapCanvas::cursorMoved, m_coordinateLabel, &CoordinateLabel::showPoint);
    connect(m_canvas, &MapCanvas::layerFailed, this,
            [this](const QString &layer, const QString &reason) {
                if (!m_messagesDock->contains(layer, reason))
                    m_messagesDock->addMessage(MessagesDock::Level::Error, layer, reason);
            });
    connect(m_canvas, &MapCanvas::clickRequestCancelled, this,
            [this] { statusBar()->clearMessage(); });
    connect(m_loads, &LayerLoadMonitor::started, this, [this] { onLoaderProgress(0, {}); });
    connect(m_loads, &LayerLoadMonitor::progressChanged, this, &MainWindow::onLoaderProgress);
    connect(m_loads, &LayerLoadMonitor::layerFinished, this, &MainWindow::onLayerLoaded);
    connect(m_loads, &LayerLoadMonitor::allFinished, this, [this] {
        m_progress->hide();
        m_cancelButton->hide();
        if (std::exchange(m_zoomWhenLoaded, false))
            m_canvas->zoomToFullExtent();
        Q_EMIT layersLoaded();
    });

    resize(1280, 800);
    newProject();
}

MainWindow::~MainWindow()
{
    m_loads->cancelAll();
    // Layers go before the canvas that draws them and the context they may use.
    m_canvas->setLayers({});
    delete m_layers;
    m_layers = nullptr;
    // Background feed work (polls, gauge snapshots) is waited for before the feature areas,
    // the engine and the cache go.
    if (auto *hub = qobject_cast<FeedHub *>(m_context->service(QStringLiteral("feedHub"))))
        hub->shutDown();
}

AppContext &MainWindow::context()
{
    return *m_context;
}

void MainWindow::createDocks()
{
    m_layerPanel = new LayerPanel(m_layers, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_layerPanel);
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
    connect(m_layerPanel, &LayerPanel::removeLayerRequested, this, &MainWindow::removeLayer);
    connect(m_layerPanel, &LayerPanel::propertiesRequested, this, &MainWindow::showLayerProperties);

    m_identifyDock = new IdentifyDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
    m_identifyDock->hide();

    m_messagesDock = new MessagesDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_messagesDock);
    m_messagesDock->hide();
    connect(m_messagesDock, &MessagesDock::attentionNeeded, m_messagesDock, &QWidget::show);
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancelButton = new QToolButton;
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop opening layers"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, m_loads, &LayerLoadMonitor::cancelAll);

    m_coordinateLabel = new CoordinateLabel;
    m_scaleWidget = new ScaleWidget;
    auto *scaleLabel = new QLabel(tr("Scale"));
    scaleLabel->setBuddy(m_scaleWidget);
    m_crsLabel = new QLabel;
    m_crsLabel->setToolTip(tr("Map coordinate reference system"));
    connect(m_scaleWidget, &ScaleWidget::scaleEdited, m_canvas, &MapCanvas::setScale);

    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_coordinateLabel);
    statusBar()->addPermanentWidget(scaleLabel);
    statusBar()->addPermanentWidget(m_scaleWidget);
    statusBar()->addPermanentWidget(m_crsLabel);
}

Clock *MainWindow::clock() const
{
    return m_clock ? m_clock.data() : m_liveClock;
}

void MainWindow::setClock(Clock *clock)
{
    Clock *next = clock ? clock : m_liveClock;
    if (next == m_clock)
        return;
    m_clock = next;
    Q_EMIT m_context->clockChanged(next);
    m_canvas->refresh();
}

void MainWindow::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    setWindowModified(modified);
}

bool MainWindow::isLoading() const
{
    return m_loads->isActive();
}

void MainWindow::onLoaderProgress(double fraction, const QString &step)
{
    m_progress->setValue(int(fraction * 100));
    m_progress->show();
    m_cancelButton->show();
    if (!step.isEmpty())
        statusBar()->showMessage(step, 2000);
}

void MainWindow::onLayersChanged()
{
    m_canvas->setLayers(m_layers->layers());
    if (!m_installing) {
        setModified(true);
        Q_EMIT m_context->layersChanged();
    }
}

void MainWindow::onViewChanged()
{
    const MapSettings settings = m_canvas->mapSettings();
    m_scaleWidget->setScale(settings.scale());
    Q_EMIT m_context->mapViewChanged(settings);
}

void MainWindow::addLayer(std::unique_ptr<MapLayer> layer)
{
    if (!layer)
        return;
    if (layer->id().isEmpty() || m_layers->layerById(layer->id())) {
        ProjectLayer descriptor = layer->descriptor();
        descriptor.id = m_project.uniqueLayerId(descriptor.name.isEmpty() ? descriptor.type
                                                                          : descriptor.name);
        layer->applyDescriptor(descriptor);
    }
    MapLayer *raw = layer.get();
    m_layers->add(std::move(layer));
    m_loads->watch(raw);
}

void MainWindow::removeLayer(MapLayer *layer)
{
    if (!layer || m_layers->indexOf(layer) < 0)
        return;
    m_messagesDock->removeMessages(layer->name());
    m_layers->remove(layer);
}

void MainWindow::identifyAt(const QPointF &mapPoint)
{
    const MapSettings settings = m_canvas->mapSettings();
    const double tolerance = identifyTolerancePixels * settings.resolution();
    QList<IdentifyResult> results;
    QList<MapLayer *> layers = m_layers->layers();
    std::reverse(layers.begin(), layers.end());
    for (const MapLayer *layer : std::as_const(layers)) {
        if (layer->isVisible() && layer->isVisibleAtScale(settings.scale()))
            results += layer->identify(mapPoint, tolerance, settings);
    }
    m_identifyDock->showResults(results);
    m_identifyDock->show();
    m_identifyDock->raise();
}

void MainWindow::setMapTool(const QString &name)
{
    if (MapTool *tool = m_tools.value(name)) {
        m_canvas->setMapTool(tool);
        if (QAction *action = m_toolActions.value(name))
            action->setChecked(true);
    }
}

void MainWindow::requestMapClick(const QString &prompt,
                                 std::function<void(const QPointF &)> callback)
{
    if (!callback) {
        m_canvas->cancelClickRequest();
        return;
    }
    statusBar()->showMessage(prompt);
    m_canvas->requestClick([this, callback = std::move(callback)](const QPointF &point) {
        statusBar()->clearMessage();
        callback(point);
    });
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::reportError(const QString &text)
{
    m_lastError = text;
    qCWarning(lcUi).noquote() << text;
    m_messagesDock->addMessage(MessagesDock::Level::Error, tr("Territoire"), text);
    statusBar()->showMessage(text, 10000);
    if (m_errorPopups) {
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Territoire"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT errorReported(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveChanges()) {
        event->ignore();
        return;
    }
    m_loads->cancelAll();
    AppSettings::setWindowLayout(saveGeometry(), saveState(layoutVersion));
    event->accept();
}

void MainWindow::restoreLayout()
{
    if (restoreGeometry(AppSettings::windowGeometry())
        && restoreState(AppSettings::windowState(), layoutVersion))
        return;

    // First start: most of the screen, the map in the middle, panels at about a quarter each.
    if (const QScreen *display = screen()) {
        const QRect available = display->availableGeometry();
        resize(available.size() * 0.95);
        move(available.center() - rect().center());
    }
    QList<QDockWidget *> right;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        if (dockWidgetArea(dock) == Qt::RightDockWidgetArea && !dock->isHidden())
            right.append(dock);
    }
    const int panelWidth = std::max(260, width() / 4);
    if (!right.isEmpty())
        resizeDocks(right, QList<int>(right.size(), std::max(320, width() / 4)), Qt::Horizontal);
    resizeDocks({m_layerPanel}, {std::min(panelWidth, 300)}, Qt::Horizontal);
}

} // namespace territoire
