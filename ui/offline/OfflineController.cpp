#include "OfflineController.h"

#include "PackDialog.h"
#include "TimelineBar.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "common/AppContext.h"
#include "feeds/FeedEngine.h"
#include "feeds/FeedHub.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "mainwindow/MainWindow.h"
#include "offline/BasemapLayer.h"
#include "offline/NetworkPolicy.h"
#include "offline/ProjectSource.h"
#include "offline/ReplayDriver.h"
#include "parking/BayStatusModel.h"
#include "routing/Router.h"

#include <QAction>
#include <QDir>
#include <QFile>
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
    m_closeAction = file->addAction(tr("Close exercise"));
    m_closeAction->setEnabled(false);
    connect(m_closeAction, &QAction::triggered, this, &OfflineController::closeExercise);
    // Opening a normal project ends the exercise.
    connect(&context, &AppContext::projectLoaded, this, [this] {
        if (!m_openingPack && isExercise())
            closeExercise();
    });
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
    m_exerciseActions << exercise->addAction(tr("Set a gauge curve…"));
    connect(m_exerciseActions.last(), &QAction::triggered, this,
            &OfflineController::injectGaugeCurve);
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
    m_openingPack = true;
    const bool opened
        = project.save(projectPath, &error) && window && window->openProject(projectPath);
    m_openingPack = false;
    if (!opened) {
        m_context.reportError(error.isEmpty() ? tr("Cannot open the pack %1.").arg(path) : error);
        return false;
    }
    endReplay(); // a previous exercise's driver reads the cache that is replaced below
    m_pack = pack;
    if (auto *engine = qobject_cast<FeedEngine *>(m_context.service(QStringLiteral("feeds")))) {
        NetworkPolicy::instance().guard(engine->networkAccessManager());
        engine->setOffline(true);
    }
    // The recorded history goes to a cache of the exercise's own, never into the user's live
    // one: a fresh file next to the pack's extracted files.
    const QString exerciseCache
        = QDir(m_pack.extractDir()).filePath(QStringLiteral("exercise-observations.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(exerciseCache + suffix);
    if (switchCache(exerciseCache) && m_pack.loadObservations(*cache(), &error) < 0)
        m_context.reportError(error);
    m_scenario.load(path, &error);
    const QDateTime start = m_pack.recordedFrom().isValid() ? m_pack.recordedFrom()
                                                            : m_context.clock()->now().addDays(-1);
    const QDateTime end
        = m_pack.recordedTo().isValid() ? m_pack.recordedTo() : m_context.clock()->now();
    startReplay(start, end);
    m_context.showMessage(tr("Offline pack opened: replay of %1 to %2.")
                              .arg(QLocale().toString(start.toLocalTime(), QLocale::ShortFormat),
                                   QLocale().toString(end.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void OfflineController::startReplay(const QDateTime &start, const QDateTime &end)
{
    auto *window = qobject_cast<MainWindow *>(m_context.mainWindow());
    auto *clock = new ReplayClock(start, end, this);
    if (m_driver) {
        // The previous exercise's closures end with it.
        m_driver->reopenAll();
        m_driver->deleteLater();
    }
    window->setClock(clock);
    if (m_clock)
        m_clock->deleteLater();
    m_clock = clock;
    // Gauges, alerts, bays and closed ways follow the replayed instant.
    auto *driver = new ReplayDriver(clock, cache(), start, this);
    driver->setGaugeNetwork(
        qobject_cast<GaugeNetwork *>(m_context.service(QStringLiteral("gauges"))));
    driver->setBayModel(
        qobject_cast<BayStatusModel *>(m_context.service(QStringLiteral("parkingModel"))));
    driver->setRouter(qobject_cast<Router *>(m_context.service(QStringLiteral("router"))));
    // The nearest-free-bay answers walk on the parking area's network: closures go there too.
    driver->addRouter(qobject_cast<Router *>(m_context.service(QStringLiteral("parkingRouter"))));
    driver->setScenario(&m_scenario);
    connect(driver, &ReplayDriver::stateChanged, this, [this] { m_context.refreshMap(); });
    connect(driver, &ReplayDriver::alertsChanged, this, [this] {
        if (m_driver && !m_driver->alerts().isEmpty())
            m_context.showMessage(m_driver->alerts().constLast().message());
    });
    m_driver = driver;
    connect(clock, &Clock::jumped, this, &OfflineController::updateBadge);
    connect(clock, &Clock::ticked, this, &OfflineController::updateBadge);
    m_timeline->setClock(clock);
    m_timeline->show();
    for (QAction *a : std::as_const(m_exerciseActions))
        a->setEnabled(true);
    m_closeAction->setEnabled(true);
    driver->rebuild();
    updateBadge();
}

ObservationCache *OfflineController::cache() const
{
    auto *engine = qobject_cast<FeedEngine *>(m_context.service(QStringLiteral("feeds")));
    return engine ? engine->cache() : nullptr;
}

bool OfflineController::switchCache(const QString &path)
{
    auto *hub = qobject_cast<FeedHub *>(m_context.service(QStringLiteral("feedHub")));
    if (!hub)
        return false;
    QString error;
    QString warning;
    const bool ok = hub->openCache(path, &error, &warning);
    if (!ok)
        m_context.reportError(error);
    if (!warning.isEmpty())
        m_context.reportError(warning);
    return ok;
}

void OfflineController::endReplay()
{
    if (m_driver) {
        m_driver->reopenAll();
        delete m_driver.data();
    }
    if (m_clock) {
        if (auto *window = qobject_cast<MainWindow *>(m_context.mainWindow());
            window && window->clock() == m_clock)
            window->setClock(nullptr); // the live clock
        m_clock->deleteLater();
        m_clock = nullptr;
    }
}

void OfflineController::closeExercise()
{
    if (!isExercise())
        return;
    const QString exerciseCache = cache() ? cache()->path() : QString();
    endReplay();
    m_timeline->setClock(nullptr);
    m_timeline->hide();
    for (QAction *a : std::as_const(m_exerciseActions))
        a->setEnabled(false);
    m_closeAction->setEnabled(false);
    m_scenario.clear();
    m_pack = OfflinePack();
    switchCache(ObservationCache::defaultPath());
    if (!exerciseCache.isEmpty() && exerciseCache != ObservationCache::defaultPath()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(exerciseCache + suffix);
    }
    NetworkPolicy::instance().setOffline(false); // the engine follows (offlineChanged)
    updateBadge();
    m_context.showMessage(tr("Exercise closed: live data, online."));
}

void OfflineController::writePack()
{
    const ObservationCache *history = cache();
    PackDialog dialog(m_context.project(), m_context.clock()->now(),
                      history ? history->path() : defaultObservationCachePath(),
                      m_context.mainWindow());
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
    if (ObservationCache *history = cache()) {
        ExerciseScenario single;
        single.addEvent(event);
        QString error;
        if (history->store(single.syntheticObservations(), &error) < 0)
            m_context.reportError(error);
    }
    saveScenario();
    if (m_driver)
        m_driver->rebuild();
}

void OfflineController::saveScenario()
{
    QString error;
    if (m_pack.isOpen() && !m_scenario.save(m_pack.path(), &error))
        m_context.reportError(error);
}

QString OfflineController::askStation(const QString &title, bool *ok)
{
    QStringList codes;
    if (auto *gauges = qobject_cast<GaugeNetwork *>(m_context.service(QStringLiteral("gauges")))) {
        for (const GaugeStation &s : gauges->stations())
            codes << QStringLiteral("%1 — %2").arg(s.code, s.name);
    }
    if (codes.isEmpty()) {
        const QString code = QInputDialog::getText(m_context.mainWindow(), title,
                                                   tr("Station code:"), QLineEdit::Normal, {}, ok);
        return code.trimmed();
    }
    const QString item
        = QInputDialog::getItem(m_context.mainWindow(), title, tr("Station:"), codes, 0, false, ok);
    return item.section(QStringLiteral(" — "), 0, 0);
}

void OfflineController::injectGaugeValue()
{
    if (!m_clock)
        return;
    bool ok = false;
    const QString code = askStation(tr("Set a gauge value"), &ok);
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

void OfflineController::injectGaugeCurve()
{
    if (!m_clock)
        return;
    bool ok = false;
    const QString code = askStation(tr("Set a gauge curve"), &ok);
    if (!ok || code.isEmpty())
        return;
    const QString text = QInputDialog::getText(
        m_context.mainWindow(), tr("Set a gauge curve"),
        tr("Heights (m) from now, as minutes=height separated by spaces:"), QLineEdit::Normal,
        QStringLiteral("0=1.10 60=1.65 120=2.40 180=2.05"), &ok);
    if (!ok)
        return;
    QString error;
    const QJsonArray points = ExerciseScenario::parseCurve(text, &error);
    if (points.isEmpty()) {
        m_context.reportError(error);
        return;
    }
    ExerciseEvent e;
    e.at = m_clock->now();
    e.kind = ExerciseEvent::Kind::GaugeCurve;
    e.target = code;
    e.payload
        = {{QStringLiteral("quantity"), QStringLiteral("H")}, {QStringLiteral("points"), points}};
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
    // Trainer events are undone (in the pack and in the cache); the recorded history replays
    // from its start.
    if (ObservationCache *history = cache()) {
        QString error;
        if (ExerciseScenario::removeFromCache(history->path(), m_scenario.syntheticObservations(),
                                              &error)
            < 0)
            m_context.reportError(error);
    }
    m_scenario.clear();
    saveScenario();
    m_clock->pause();
    m_clock->seek(m_clock->start());
    m_context.showMessage(tr("Exercise reset to its start."));
}

} // namespace territoire
