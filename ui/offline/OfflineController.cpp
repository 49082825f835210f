#include "OfflineController.h"

#include "PackDialog.h"
#include "TimelineBar.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "common/AppContext.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "mainwindow/MainWindow.h"
#include "offline/BasemapLayer.h"
#include "offline/NetworkPolicy.h"
#include "routing/Router.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

namespace territoire {

OfflineController::OfflineController(AppContext &context)
    : QObject(&context)
    , m_context(context)
{
    QMainWindow *window = context.mainWindow();
    QMenu *file = context.menu(QStringLiteral("file"));
    QAction *open = file->addAction(tr("Open offline pack…"));
    connect(open, &QAction::triggered, this, &OfflineController::openPack);
    QAction *write = file->addAction(tr("Write offline pack…"));
    connect(write, &QAction::triggered, this, &OfflineController::writePack);
    m_offlineAction = file->addAction(tr("Offline"));
    m_offlineAction->setCheckable(true);
    m_offlineAction->setToolTip(tr("No network request of any kind leaves Territoire"));
    connect(m_offlineAction, &QAction::toggled, this, &OfflineController::setOffline);
    context.toolBar()->addAction(m_offlineAction);
    connect(&NetworkPolicy::instance(), &NetworkPolicy::offlineChanged, this, [this](bool on) {
        QSignalBlocker block(m_offlineAction);
        m_offlineAction->setChecked(on);
        if (auto *engine = qobject_cast<FeedEngine *>(m_context.service(QStringLiteral("feeds"))))
            engine->setOffline(on);
    });

    QMenu *layerMenu = context.menu(QStringLiteral("layer"));
    QMenu *basemaps = layerMenu->addMenu(tr("Add basemap"));
    connect(basemaps->addAction(tr("OpenStreetMap")), &QAction::triggered, this,
            [this] { addBasemap(QStringLiteral("osm")); });
    connect(basemaps->addAction(tr("Plan IGN (Géoplateforme)")), &QAction::triggered, this,
            [this] { addBasemap(QStringLiteral("plan-ign")); });

    QMenu *tools = context.menu(QStringLiteral("tools"));
    QMenu *exercise = tools->addMenu(tr("Exercise"));
    m_exerciseActions << exercise->addAction(tr("Set a gauge value…"));
    connect(m_exerciseActions.last(), &QAction::triggered, this,
            &OfflineController::injectGaugeValue);
    m_exerciseActions << exercise->addAction(tr("Close a footway or street…"));
    connect(m_exerciseActions.last(), &QAction::triggered, this, &OfflineController::closeWay);
    m_exerciseActions << exercise->addAction(tr("Mark a bay taken…"));
    connect(m_exerciseActions.last(), &QAction::triggered, this, &OfflineController::markBayTaken);
    m_exerciseActions << exercise->addAction(tr("Reset the exercise"));
    connect(m_exerciseActions.last(), &QAction::triggered, this, &OfflineController::resetExercise);
    for (QAction *a : std::as_const(m_exerciseActions))
        a->setEnabled(false);

    m_timeline = new TimelineBar(window);
    window->addToolBar(Qt::BottomToolBarArea, m_timeline);
    m_timeline->hide();
    connect(m_timeline, &TimelineBar::resetRequested, this, &OfflineController::resetExercise);

    // The badge sits over the map, top left, whenever the clock replays.
    QWidget *map = window->centralWidget();
    m_badge = new QLabel(map ? map : window);
    m_badge->setObjectName(QStringLiteral("exerciseBadge"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #c0392b; color: white; "
                                          "font-weight: bold; padding: 4px 8px; "
                                          "border-radius: 3px; }"));
    m_badge->move(8, 8);
    m_badge->hide();
    m_badge->setAttribute(Qt::WA_TransparentForMouseEvents);
    connect(&context, &AppContext::clockChanged, this, [this] { updateBadge(); });
}

OfflineController::~OfflineController() = default;

void OfflineController::setOffline(bool offline)
{
    NetworkPolicy::instance().setOffline(offline);
    m_context.showMessage(offline ? tr("Offline: no network request leaves Territoire.")
                                  : tr("Online."));
    m_context.refreshMap();
}

void OfflineController::addBasemap(const QString &presetId)
{
    const BasemapSource source = BasemapSource::preset(presetId);
    QString error;
    auto layer = LayerRegistry::instance().create(
        BasemapLayer::descriptorFor(source, m_context.project().uniqueLayerId(presetId)), {},
        &error);
    if (!layer) {
        m_context.reportError(error);
        return;
    }
    m_context.addLayer(std::move(layer));
    m_context.setProjectModified();
}

void OfflineController::openPack()
{
    const QString path
        = QFileDialog::getOpenFileName(m_context.mainWindow(), tr("Open offline pack"),
                                       QDir::homePath(), tr("Offline packs (*.gpkg)"));
    if (!path.isEmpty())
        openPackFile(path);
}

bool OfflineController::openPackFile(const QString &path)
{
    NetworkPolicy::instance().setOffline(true);
    QString error;
    OfflinePack pack;
    if (!pack.open(path, &error)) {
        m_context.reportError(error);
        return false;
    }
    // The main window opens projects from files: the pack's project is written next to the
    // extracted files, its sources still pointing into the pack.
    Project project = pack.project();
    const QString projectPath = pack.extractDir() + QStringLiteral("/pack.territoire");
    auto *window = qobject_cast<MainWindow *>(m_context.mainWindow());
    if (!project.save(projectPath, &error) || !window || !window->openProject(projectPath)) {
        m_context.reportError(error.isEmpty() ? tr("Cannot open the pack %1.").arg(path) : error);
        return false;
    }
    m_pack = pack;
    if (auto *engine = qobject_cast<FeedEngine *>(m_context.service(QStringLiteral("feeds")))) {
        NetworkPolicy::instance().guard(engine->networkAccessManager());
        engine->setOffline(true);
        if (engine->cache() && m_pack.loadObservations(*engine->cache(), &error) < 0)
            m_context.reportError(error);
    }
    m_scenario.load(path, &error);
    const QDateTime start = m_pack.recordedFrom().isValid() ? m_pack.recordedFrom()
                                                            : m_context.clock()->now().addDays(-1);
    const QDateTime end
        = m_pack.recordedTo().isValid() ? m_pack.recordedTo() : m_context.clock()->now();
    auto *clock = new ReplayClock(start, end, this);
    connect(clock, &Clock::jumped, this, [this] {
        applyClosures();
        updateBadge();
        m_context.refreshMap();
    });
    connect(clock, &Clock::ticked, this, [this] {
        applyClosures();
        updateBadge();
    });
    if (m_clock)
        m_clock->deleteLater();
    m_clock = clock;
    window->setClock(clock);
    m_timeline->setClock(clock);
    m_timeline->show();
    for (QAction *a : std::as_const(m_exerciseActions))
        a->setEnabled(true);
    applyClosures();
    updateBadge();
    m_context.showMessage(tr("Offline pack opened: replay of %1 to %2.")
                              .arg(QLocale().toString(start.toLocalTime(), QLocale::ShortFormat),
                                   QLocale().toString(end.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void OfflineController::writePack()
{
    PackDialog dialog(m_context.project(), m_context.clock()->now(), m_context.mainWindow());
    dialog.exec();
}

void OfflineController::updateBadge()
{
    Clock *clock = m_context.clock();
    const bool replay = clock && clock->isReplay();
    m_badge->setVisible(replay);
    if (replay) {
        m_badge->setText(ExerciseScenario::badgeText(clock->now()));
        m_badge->adjustSize();
        m_badge->raise();
    }
}

void OfflineController::applyEvent(const ExerciseEvent &event)
{
    m_scenario.addEvent(event);
    if (auto *engine = qobject_cast<FeedEngine *>(m_context.service(QStringLiteral("feeds")))) {
        if (engine->cache()) {
            ExerciseScenario single;
            single.addEvent(event);
            engine->cache()->store(single.syntheticObservations());
        }
    }
    saveScenario();
    applyClosures();
    m_context.refreshMap();
}

void OfflineController::saveScenario()
{
    QString error;
    if (m_pack.isOpen() && !m_scenario.save(m_pack.path(), &error))
        m_context.reportError(error);
}

void OfflineController::applyClosures()
{
    auto *router = qobject_cast<Router *>(m_context.service(QStringLiteral("router")));
    if (!router || !m_clock)
        return;
    const QList<qint64> wanted = m_scenario.closedWaysAt(m_clock->now());
    for (qint64 id : std::as_const(m_appliedClosures)) {
        if (!wanted.contains(id))
            router->reopenWay(id);
    }
    for (qint64 id : wanted) {
        if (!m_appliedClosures.contains(id))
            router->closeWay(id);
    }
    m_appliedClosures = wanted;
}

void OfflineController::injectGaugeValue()
{
    if (!m_clock)
        return;
    bool ok = false;
    const QString code = QInputDialog::getText(m_context.mainWindow(), tr("Set a gauge value"),
                                               tr("Station code:"), QLineEdit::Normal,
                                               QStringLiteral("U234503001"), &ok);
    if (!ok || code.isEmpty())
        return;
    const double value = QInputDialog::getDouble(m_context.mainWindow(), tr("Set a gauge value"),
                                                 tr("Height (m):"), 1.0, -10, 20, 2, &ok);
    if (!ok)
        return;
    ExerciseEvent e;
    e.at = m_clock->now();
    e.kind = ExerciseEvent::Kind::GaugeValue;
    e.target = code;
    e.payload
        = {{QStringLiteral("quantity"), QStringLiteral("H")}, {QStringLiteral("value"), value}};
    applyEvent(e);
}

void OfflineController::closeWay()
{
    if (!m_clock)
        return;
    bool ok = false;
    const QString id
        = QInputDialog::getText(m_context.mainWindow(), tr("Close a footway or street"),
                                tr("OpenStreetMap way id:"), QLineEdit::Normal, {}, &ok);
    if (!ok || id.toLongLong() <= 0)
        return;
    ExerciseEvent e;
    e.at = m_clock->now();
    e.kind = ExerciseEvent::Kind::CloseWay;
    e.target = QString::number(id.toLongLong());
    applyEvent(e);
}

void OfflineController::markBayTaken()
{
    if (!m_clock)
        return;
    bool ok = false;
    const QString id = QInputDialog::getText(m_context.mainWindow(), tr("Mark a bay taken"),
                                             tr("Bay id:"), QLineEdit::Normal, {}, &ok);
    if (!ok || id.isEmpty())
        return;
    ExerciseEvent e;
    e.at = m_clock->now();
    e.kind = ExerciseEvent::Kind::BayTaken;
    e.target = id;
    applyEvent(e);
}

void OfflineController::resetExercise()
{
    if (!m_clock)
        return;
    // Trainer events are undone; the recorded history replays from its start.
    m_scenario.clear();
    saveScenario();
    m_clock->pause();
    m_clock->seek(m_clock->start());
    applyClosures();
    m_context.showMessage(tr("Exercise reset to its start."));
}

} // namespace territoire
