// The offline features in the main window (offscreen): File → Open offline pack on a pack of
// the sample project, the replay clock, the timeline and the exercise badge, trainer events
// saved in the pack, and the reset.
#include "SharedData.h"

#include "OfflineController.h"
#include "PackDialog.h"
#include "TimelineBar.h"
#include "common/AppContext.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "gauges/GaugesUi.h"
#include "layers/LayerTypes.h"
#include "mainwindow/MainWindow.h"
#include "offline/ExerciseScenario.h"
#include "offline/NetworkPolicy.h"
#include "offline/OfflinePack.h"
#include "offline/OfflineUi.h"
#include "offline/PackWriter.h"
#include "parking/BayStatusModel.h"
#include "parking/ParkingUi.h"
#include "routing/RoutingUi.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <gdal.h>

using namespace territoire;

namespace {

const QDateTime recordedFrom(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC);

// Answers the next text input dialog with `text`.
void answerNextInput(const QString &text)
{
    QTimer::singleShot(50, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setTextValue(text);
        dialog->accept();
    });
}

BayStatus statusOf(const BayStatusModel &model, const QString &id)
{
    for (const Bay &b : model.bays()) {
        if (b.id == id)
            return b.status;
    }
    return BayStatus::Unknown;
}

qint64 liveCacheCount()
{
    ObservationCache live(ObservationCache::defaultPath());
    return live.open() ? live.count() : -1;
}

} // namespace

class TestOfflineUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openPackReplayAndEvents();
    void packDialogWritesAndCancels();
    void closeWhileSnapshotRuns();

private:
    QTemporaryDir m_dir;
    QString m_pack;
};

void TestOfflineUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TerritoireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_offline_ui"));
    // A fresh observation cache (test-mode folders only).
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    GDALAllRegister();
    registerLayerTypes();
    TERRITOIRE_SHARED_FILE(inventory, "cases/csv-pmr-parking-schema/parkings-pmr.csv");
    TERRITOIRE_SHARED_FILE(osm,
                           "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
    PackRequest request;
    QString error;
    QVERIFY2(request.project.load(QStringLiteral(TERRITOIRE_SAMPLE_PROJECT), &error),
             qPrintable(error));
    // The map layers that matter here; the DEM and OSM polygons only slow the test down.
    request.project.layers().erase(
        std::remove_if(request.project.layers().begin(), request.project.layers().end(),
                       [](const ProjectLayer &l) {
                           return l.type == QLatin1String("raster")
                               || l.sublayer == QLatin1String("multipolygons");
                       }),
        request.project.layers().end());
    request.outPath = m_dir.filePath(QStringLiteral("exercise.gpkg"));
    request.from = recordedFrom;
    request.to = recordedFrom.addSecs(5 * 3600);
    const PackResult result = writePack(request);
    QVERIFY2(result.ok, qPrintable(result.error));
    m_pack = request.outPath;
}

void TestOfflineUi::openPackReplayAndEvents()
{
    MainWindow window;
    window.setErrorPopupsEnabled(false);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AppContext &context = window.context();
    installParkingUi(context);
    installRoutingUi(context);
    installOfflineUi(context);
    installGaugesUi(context);
    auto *controller = context.findChild<OfflineController *>();
    QVERIFY(controller);

    // Opening the pack: offline, a replay clock at the start of the recorded period.
    QVERIFY2(controller->openPackFile(m_pack), qPrintable(window.lastError()));
    QVERIFY(NetworkPolicy::instance().isOffline());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 60000);

    // The pack's history is replayed from a cache of the exercise's own: the user's live cache
    // gets none of it.
    auto *engine = qobject_cast<FeedEngine *>(context.service(QStringLiteral("feeds")));
    QVERIFY(engine && engine->cache());
    const QString exerciseCache = engine->cache()->path();
    QVERIFY2(exerciseCache != ObservationCache::defaultPath(), qPrintable(exerciseCache));
    OfflinePack opened;
    QString packError;
    QVERIFY2(opened.open(m_pack, &packError), qPrintable(packError));
    QCOMPARE(engine->cache()->count(), opened.observationCount());
    QCOMPARE(liveCacheCount(), 0);
    Clock *clock = context.clock();
    QVERIFY(clock && clock->isReplay());
    QCOMPARE(clock->now(), recordedFrom);
    auto *timeline = window.findChild<TimelineBar *>();
    QVERIFY(timeline && timeline->isVisible() && timeline->isEnabled());
    auto *badge = window.findChild<QLabel *>(QStringLiteral("exerciseBadge"));
    QVERIFY(badge);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Exercise — replay of 12/01/2021 14:00"));
    auto *replay = qobject_cast<ReplayClock *>(clock);
    QVERIFY(replay);
    replay->seek(recordedFrom.addSecs(3600));
    QCOMPARE(badge->text(), QStringLiteral("Exercise — replay of 12/01/2021 15:00"));

    // The bays of the pack's inventory; marking one taken shows at once and is saved.
    auto *bays = qobject_cast<BayStatusModel *>(context.service(QStringLiteral("parkingModel")));
    QVERIFY(bays);
    QTRY_VERIFY_WITH_TIMEOUT(bays->bayCount() > 0, 60000);
    const QString bayId = bays->bays().first().id;
    QCOMPARE(statusOf(*bays, bayId), BayStatus::Unknown);
    answerNextInput(bayId);
    controller->markBayTaken();
    QCOMPARE(statusOf(*bays, bayId), BayStatus::Taken);
    ExerciseScenario saved;
    QString error;
    QVERIFY2(saved.load(m_pack, &error), qPrintable(error));
    QCOMPARE(saved.events().size(), 1);
    QCOMPARE(saved.events().first().target, bayId);
    replay->seek(recordedFrom.addSecs(1800)); // before the event
    QCOMPARE(statusOf(*bays, bayId), BayStatus::Unknown);
    replay->seek(recordedFrom.addSecs(4 * 3600));
    QCOMPARE(statusOf(*bays, bayId), BayStatus::Taken);

    // Reset: back to the start, no event left, in the pack or on the screens.
    controller->resetExercise();
    QCOMPARE(clock->now(), recordedFrom);
    QVERIFY(saved.load(m_pack, &error));
    QCOMPARE(saved.events().size(), 0);
    replay->seek(recordedFrom.addSecs(4 * 3600));
    QCOMPARE(statusOf(*bays, bayId), BayStatus::Unknown);
    window.setModified(false);
    QCOMPARE(liveCacheCount(), 0); // trainer events went to the exercise's cache too

    // File > Close exercise: the live clock, the live cache, online again (the engine is
    // stopped first: this test sends no request to the real services).
    engine->stop();
    QAction *close = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Close exercise"))
            close = a;
    }
    QVERIFY(close && close->isEnabled());
    close->trigger();
    QVERIFY(!context.clock()->isReplay());
    QVERIFY(!badge->isVisible());
    QVERIFY(!timeline->isVisible());
    QVERIFY(!close->isEnabled());
    QCOMPARE(engine->cache()->path(), ObservationCache::defaultPath());
    QVERIFY(!NetworkPolicy::instance().isOffline());
    QVERIFY(!engine->isOffline());
    QVERIFY(!QFileInfo::exists(exerciseCache));

    // Opening a normal project (here File > New) leaves the exercise as well.
    QVERIFY2(controller->openPackFile(m_pack), qPrintable(window.lastError()));
    QVERIFY(context.clock()->isReplay());
    QVERIFY(engine->cache()->path() != ObservationCache::defaultPath());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 60000);
    engine->stop();
    window.setModified(false);
    window.newProject();
    QVERIFY(!context.clock()->isReplay());
    QVERIFY(!badge->isVisible());
    QCOMPARE(engine->cache()->path(), ObservationCache::defaultPath());
    QCOMPARE(liveCacheCount(), 0);
    NetworkPolicy::instance().setOffline(true);
    // No waiting for background work here: the window stops it before the cache goes.
}

void TestOfflineUi::closeWhileSnapshotRuns()
{
    // Closing the window while the gauge readings snapshot reads the cache on a worker thread
    // (run under valgrind: no invalid read). Offline: the sample project's feeds send nothing.
    NetworkPolicy::instance().setOffline(true);
    auto window = std::make_unique<MainWindow>();
    window->setErrorPopupsEnabled(false);
    AppContext &context = window->context();
    installParkingUi(context);
    installRoutingUi(context);
    installOfflineUi(context);
    installGaugesUi(context);
    auto *engine = qobject_cast<FeedEngine *>(context.service(QStringLiteral("feeds")));
    QVERIFY(engine);
    engine->setOffline(true);
    QVERIFY2(window->openProject(QStringLiteral(TERRITOIRE_SAMPLE_PROJECT)),
             qPrintable(window->lastError()));
    auto *gauges = qobject_cast<GaugeNetwork *>(context.service(QStringLiteral("gauges")));
    QVERIFY(gauges && !gauges->stations().isEmpty());
    // One engine and one cache, the user's live one, for gauges and parking.
    QCOMPARE(context.findChildren<FeedEngine *>().size(), 1);
    QVERIFY(gauges->cache());
    QCOMPARE(gauges->cache(), engine->cache());
    QCOMPARE(engine->cache()->path(), ObservationCache::defaultPath());
    gauges->snapshotReading(gauges->stations().first().code); // asks for snapshots
    QTRY_VERIFY(gauges->findChild<QFutureWatcherBase *>() != nullptr);
    qInfo() << "snapshot running at close:"
            << gauges->findChild<QFutureWatcherBase *>()->isRunning();
    window->setModified(false);
    window->close();
    window.reset();
}

void TestOfflineUi::packDialogWritesAndCancels()
{
    // File → Write offline pack…: written off the UI thread with a progress bar and the sizes
    // reported; Cancel stops it and leaves no file.
    Project project;
    QString error;
    QVERIFY2(project.load(QStringLiteral(TERRITOIRE_SAMPLE_PROJECT), &error), qPrintable(error));
    const QString out = m_dir.filePath(QStringLiteral("from-dialog.gpkg"));
    QString report;
    for (bool cancel : {true, false}) {
        PackDialog dialog(project, recordedFrom, QString());
        dialog.show();
        auto *path = dialog.findChild<QLineEdit *>();
        QVERIFY(path);
        path->setText(out);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        auto *progress = dialog.findChild<QProgressBar *>();
        QVERIFY(buttons && progress);
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&report] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                report = box->text();
                box->accept();
            }
        });
        closer.start(50);
        QElapsedTimer uiThread;
        uiThread.start();
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(uiThread.elapsed() < 500, "the pack was written on the UI thread");
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        if (cancel) {
            buttons->button(QDialogButtonBox::Cancel)->click();
            QTRY_VERIFY_WITH_TIMEOUT(buttons->button(QDialogButtonBox::Ok)->isEnabled(), 60000);
            QVERIFY(!QFileInfo::exists(out));
            QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
            QVERIFY(dialog.isVisible());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 60000);
            QVERIFY(QFileInfo::exists(out));
            QCOMPARE(progress->value(), progress->maximum());
            QVERIFY2(report.contains(QStringLiteral("Size before:")), qPrintable(report));
        }
    }
}

QTEST_MAIN(TestOfflineUi)
#include "tst_offline_ui.moc"
