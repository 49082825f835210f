// The main window offscreen on real data: open the project, draw it, toggle a layer, identify a
// commune, edit the scale, save, and refuse bad input without touching the open project.
#include "SharedData.h"
#include "UiTestProject.h"

#include "base/Project.h"
#include "canvas/MapCanvas.h"
#include "canvas/ScaleWidget.h"
#include "common/AppContext.h"
#include "layers/LayerPanel.h"
#include "layers/LayerStack.h"
#include "layers/LayerTreeModel.h"
#include "layers/LayerTypes.h"
#include "mainwindow/IdentifyDock.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessagesDock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gdal.h>

#include <cmath>

using namespace territoire;

namespace {
constexpr int loadTimeoutMs = 60000;
const QPointF belfort(989400, 6734300); // Lambert-93, in the town of Belfort

// Share of pixels that differ from the first one (the background).
double coverage(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb background = rgb.pixel(0, 0);
    qint64 different = 0;
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2) {
            if (rgb.pixel(x, y) != background)
                ++different;
        }
    }
    return double(different) / ((rgb.width() / 2.0) * (rgb.height() / 2.0));
}

// Answers the next modal message box with a button; the prompt's text goes to *text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        if (QAbstractButton *answer = box->button(button))
            answer->click();
        timer->deleteLater();
    });
    timer->start();
}
} // namespace

class TestUiMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensAndDrawsProject();
    void toggleVisibilityMarksModifiedAndRedraws();
    void identifyCommuneByClick();
    void scaleEditing();
    void saveClearsModifiedFlag();
    void reorderAndOpacity();
    void pickPointForFeatureAreas();
    void badInputKeepsProject_data();
    void badInputKeepsProject();
    void unsavedChangesPrompt_data();
    void unsavedChangesPrompt();
    void recentProjectsMenu();
    void crsOverrideStoredInProject();
    void panelDragZoomAndRemove();
    void featurePanelsShareOneTabbedArea();

private:
    // Opens a project and waits for its layers and the image drawn after them.
    void openAndWait(const QString &path);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_communesId;
    MainWindow *m_window = nullptr;
};

void TestUiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TerritoireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_mainwindow"));
    GDALAllRegister();
    registerLayerTypes();
    QVERIFY(m_dir.isValid());
}

void TestUiMainWindow::init()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    m_project = test::uiTestProject(m_dir, &m_communesId);
    QVERIFY2(!m_project.isEmpty(), "no project to open");
    m_window = new MainWindow;
    m_window->setErrorPopupsEnabled(false);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    openAndWait(m_project);
}

void TestUiMainWindow::cleanup()
{
    if (m_window)
        m_window->setModified(false);
    delete m_window;
    m_window = nullptr;
}

void TestUiMainWindow::openAndWait(const QString &path)
{
    QVERIFY2(m_window->openProject(path), qPrintable(m_window->lastError()));
    MapCanvas *canvas = m_window->canvas();
    // Wait for every layer to be read, then for the image drawn after that.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
    const int before = canvas->finishedRenderCount();
    canvas->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(canvas->finishedRenderCount() > before && !canvas->isRendering(),
                             loadTimeoutMs);
}

void TestUiMainWindow::opensAndDrawsProject()
{
    QVERIFY(m_window->layerStack()->count() >= 1);
    QVERIFY2(m_window->layerStack()->layerById(m_communesId),
             qPrintable(QStringLiteral("no layer %1 in %2").arg(m_communesId, m_project)));
    QVERIFY(!m_window->isModified());
    const QImage image = m_window->canvas()->renderedImage();
    QVERIFY(!image.isNull());
    const double covered = coverage(image);
    QVERIFY2(covered > 0.05, qPrintable(QStringLiteral("only %1 of the map drawn").arg(covered)));
    // The view shows the département (Belfort is inside it).
    QVERIFY(m_window->canvas()->mapSettings().visibleExtent().contains(belfort));
    QCOMPARE(m_window->layerPanel()->model()->rowCount(), m_window->layerStack()->count());
}

void TestUiMainWindow::toggleVisibilityMarksModifiedAndRedraws()
{
    MapLayer *communes = m_window->layerStack()->layerById(m_communesId);
    QVERIFY(communes);
    LayerTreeModel *model = m_window->layerPanel()->model();
    const QModelIndex index = model->indexOf(communes);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    MapCanvas *canvas = m_window->canvas();
    const int renders = canvas->finishedRenderCount();
    const QImage before = canvas->renderedImage();

    QVERIFY(model->setData(index, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!communes->isVisible());
    QVERIFY(m_window->isModified());
    QVERIFY(m_window->isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(canvas->finishedRenderCount() > renders && !canvas->isRendering(),
                             loadTimeoutMs);
    QVERIFY2(canvas->renderedImage() != before, "the map did not change without the communes");
    QCOMPARE(model->indexOf(communes).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
}

void TestUiMainWindow::identifyCommuneByClick()
{
    MapCanvas *canvas = m_window->canvas();
    canvas->setScale(50000);
    canvas->setCenter(belfort);
    m_window->setMapTool(QStringLiteral("identify"));
    const QPoint pixel = canvas->mapSettings().toPixel(belfort).toPoint();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, pixel);
    IdentifyDock *dock = m_window->identifyDock();
    QVERIFY(dock->isVisible());
    QVERIFY2(!dock->results().isEmpty(), "nothing identified at POINT(989400 6734300)");
    QCOMPARE(dock->firstValue(QStringLiteral("nom")).toString(), QStringLiteral("Belfort"));
    // Outside the département: nothing.
    const QPointF far = belfort + QPointF(200000, 0);
    canvas->setCenter(far);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapSettings().toPixel(far).toPoint());
    QVERIFY(dock->results().isEmpty());
}

void TestUiMainWindow::scaleEditing()
{
    ScaleWidget *scale = m_window->scaleWidget();
    QLineEdit *edit = scale->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("1:5000"));
    QTest::keyClick(edit, Qt::Key_Return);
    const double shown = m_window->canvas()->mapSettings().scale();
    QVERIFY2(std::abs(shown - 5000) < 1, qPrintable(QString::number(shown, 'f', 2)));
    QVERIFY(std::abs(m_window->context().mapSettings().scale() - 5000) < 1);
    // Zooming updates the box.
    m_window->canvas()->zoomIn();
    QCOMPARE(ScaleWidget::parseScale(scale->currentText()).value_or(0), 2500.0);
    QVERIFY(!m_window->isModified()); // looking around is not a change
}

void TestUiMainWindow::saveClearsModifiedFlag()
{
    MapLayer *communes = m_window->layerStack()->layerById(m_communesId);
    QVERIFY(communes);
    communes->setOpacity(0.5);
    QVERIFY(m_window->isModified());
    const QString saved = m_dir.filePath(QStringLiteral("saved.territoire"));
    QVERIFY(m_window->saveProject(saved));
    QVERIFY(!m_window->isModified());

    // The saved file holds the change; reopening gives the same layers.
    const int count = m_window->layerStack()->count();
    openAndWait(saved);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->layerStack()->count(), count);
    QCOMPARE(m_window->layerStack()->layerById(m_communesId)->opacity(), 0.5);
    QVERIFY(!m_window->isModified());
}

void TestUiMainWindow::reorderAndOpacity()
{
    // Add a second layer on top, then move the communes above it in the panel.
    TERRITOIRE_SHARED_FILE(departement,
                           "data/admin-boundaries/departement-90-territoire-de-belfort.geojson");
    QSignalSpy loaded(m_window, &MainWindow::layersLoaded);
    QVERIFY(m_window->addLayersFromSource(departement));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
    const QList<MapLayer *> layers = m_window->layerStack()->layers();
    MapLayer *top = layers.constLast();
    QVERIFY(top->id() != m_communesId);
    QVERIFY(m_window->isModified());

    MapLayer *communes = m_window->layerStack()->layerById(m_communesId);
    m_window->layerPanel()->model()->moveLayerToRow(communes, 0);
    QCOMPARE(m_window->layerStack()->layers().constLast(), communes);
    QCOMPARE(m_window->layerPanel()->model()->layerAt(m_window->layerPanel()->model()->index(0, 0)),
             communes);
    QCOMPARE(m_window->canvas()->layers().constLast(), communes);
}

void TestUiMainWindow::pickPointForFeatureAreas()
{
    MapCanvas *canvas = m_window->canvas();
    canvas->setScale(10000);
    canvas->setCenter(belfort);
    QPointF picked(qQNaN(), qQNaN());
    m_window->context().requestMapClick(QStringLiteral("Click the start"),
                                        [&picked](const QPointF &point) { picked = point; });
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapSettings().toPixel(belfort).toPoint());
    QVERIFY2(std::abs(picked.x() - belfort.x()) < 5 && std::abs(picked.y() - belfort.y()) < 5,
             qPrintable(QStringLiteral("POINT(%1 %2)").arg(picked.x()).arg(picked.y())));
    QVERIFY(m_window->identifyDock()->results().isEmpty()); // the tool did not run
}

void TestUiMainWindow::badInputKeepsProject_data()
{
    QTest::addColumn<QString>("kind"); // "project" or "layer"
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("missing project") << "project"
                                     << "nowhere.territoire" << QByteArray();
    QTest::newRow("corrupt project")
        << "project"
        << "broken.territoire" << QByteArray("{\"format\": \"territoire-project\", ");
    QTest::newRow("missing layer file") << "layer"
                                        << "absent.geojson" << QByteArray();
    QTest::newRow("corrupt GeoPackage")
        << "layer"
        << "corrupt.gpkg" << QByteArray("SQLite format 3\0garbage", 24) + QByteArray(4000, '\x5a');
    QTest::newRow("truncated shapefile")
        << "layer"
        << "truncated.shp" << QByteArray::fromHex("0000270a00000000");
}

void TestUiMainWindow::badInputKeepsProject()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(fileName);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString projectBefore = m_window->project().filePath();
    const QList<MapLayer *> layersBefore = m_window->layerStack()->layers();
    QSignalSpy errors(m_window, &MainWindow::errorReported);

    if (kind == QLatin1String("project")) {
        QVERIFY(!m_window->openProject(path));
    } else {
        // Either refused at once, or reported once its data fails to load.
        m_window->addLayersFromSource(path);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
    }
    QTRY_VERIFY(errors.count() >= 1);
    const QString message = errors.last().first().toString();
    QVERIFY2(message.contains(fileName), qPrintable(message));
    QVERIFY2(m_window->lastError().contains(fileName), qPrintable(m_window->lastError()));
    QCOMPARE(m_window->project().filePath(), projectBefore);
    QCOMPARE(m_window->layerStack()->layers(), layersBefore);
    QVERIFY(!m_window->isModified());
    // The message log names the file too.
    bool logged = false;
    for (int i = 0; i < m_window->messagesDock()->count(); ++i)
        logged = logged || m_window->messagesDock()->text(i).contains(fileName);
    QVERIFY(logged);
}

void TestUiMainWindow::unsavedChangesPrompt_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("saved");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false << false;
    QTest::newRow("discard closes without saving") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("save writes then closes") << int(QMessageBox::Save) << true << true;
}

void TestUiMainWindow::unsavedChangesPrompt()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QFETCH(bool, saved);
    // Work on a copy so that saving never touches the sample in the repository.
    const QString copy = m_dir.filePath(QStringLiteral("prompt.territoire"));
    QFile::remove(copy);
    QVERIFY(m_window->saveProject(copy));
    const QByteArray before = [&copy] {
        QFile file(copy);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    MapLayer *communes = m_window->layerStack()->layerById(m_communesId);
    QVERIFY(communes);
    communes->setOpacity(0.3);
    QVERIFY(m_window->isModified());

    QString prompt;
    answerNextMessageBox(QMessageBox::StandardButton(answer), &prompt);
    const bool closed = m_window->close();
    QVERIFY2(!prompt.isEmpty(), "no prompt about unsaved changes");
    QCOMPARE(closed, closes);
    QCOMPARE(m_window->isVisible(), !closes);
    QCOMPARE(m_window->isModified(), !saved);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray after = file.readAll();
    QCOMPARE(after != before, saved);
    if (saved) {
        Project reread;
        QVERIFY(reread.load(copy, nullptr));
        bool found = false;
        for (const ProjectLayer &layer : reread.layers())
            found = found || (layer.id == m_communesId && std::abs(layer.opacity - 0.3) < 1e-9);
        QVERIFY2(found, after.constData());
    }
    // Without changes, closing asks nothing.
    if (!closes) {
        m_window->setModified(false);
        prompt.clear();
        QVERIFY(m_window->close());
        QVERIFY(prompt.isEmpty());
    }
}

void TestUiMainWindow::recentProjectsMenu()
{
    const QString first = m_dir.filePath(QStringLiteral("recent-a.territoire"));
    const QString second = m_dir.filePath(QStringLiteral("recent-b.territoire"));
    QVERIFY(m_window->saveProject(first));
    QVERIFY(m_window->saveProject(second));
    QMenu *recent = nullptr;
    for (QAction *action : m_window->menu(QStringLiteral("file"))->actions()) {
        if (action->menu()
            && action->menu()->title().contains(QLatin1String("recent"), Qt::CaseInsensitive))
            recent = action->menu();
    }
    QVERIFY2(recent, "no Open recent menu in File");
    Q_EMIT recent->aboutToShow();
    QStringList names;
    for (QAction *action : recent->actions())
        names.append(action->text());
    QVERIFY2(names.size() >= 2 && names.at(0) == QLatin1String("recent-b.territoire")
                 && names.at(1) == QLatin1String("recent-a.territoire"),
             qPrintable(names.join(QLatin1String(", "))));

    // Choosing an entry opens that project.
    recent->actions().at(1)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
    QCOMPARE(QFileInfo(m_window->project().filePath()).absoluteFilePath(),
             QFileInfo(first).absoluteFilePath());
    // A project that no longer exists leaves the list.
    QVERIFY(QFile::remove(second));
    Q_EMIT recent->aboutToShow();
    for (QAction *action : recent->actions())
        QVERIFY(action->text() != QLatin1String("recent-b.territoire"));
}

void TestUiMainWindow::crsOverrideStoredInProject()
{
    // The Montpellier file whose coordinates contradict GeoJSON's WGS 84: warned, then overridden.
    TERRITOIRE_SHARED_FILE(montpellier,
                           "data/montpellier-opendata/VilleMTP_MTP_AccTrottoir.geojson");
    QVERIFY(m_window->addLayersFromSource(montpellier));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
    MapLayer *layer = m_window->layerStack()->layers().constLast();
    const QString warnings = layer->warnings().join(QLatin1Char(' '));
    QVERIFY2(warnings.contains(QLatin1String("VilleMTP_MTP_AccTrottoir.geojson"))
                 && warnings.contains(QLatin1String("EPSG:2154")),
             qPrintable(warnings));
    // The Messages dock lists the warning with a one-click "Use EPSG:2154".
    MessagesDock *messages = m_window->messagesDock();
    int row = -1;
    for (int i = 0; i < messages->count(); ++i) {
        if (messages->text(i).contains(QLatin1String("VilleMTP_MTP_AccTrottoir"))
            && messages->hasFix(i))
            row = i;
    }
    QVERIFY2(row >= 0, "no fix offered for the contradicted CRS");
    messages->applyFix(row);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), loadTimeoutMs);
    const QString saved = m_dir.filePath(QStringLiteral("override.territoire"));
    QVERIFY(m_window->saveProject(saved));
    Project reread;
    QVERIFY(reread.load(saved, nullptr));
    QCOMPARE(reread.layers().constLast().crsOverride, QStringLiteral("EPSG:2154"));
    // Reopened, the layer is placed in Montpellier (Lambert-93 around 770 000, 6 280 000).
    openAndWait(saved);
    MapLayer *reopened = m_window->layerStack()->layers().constLast();
    const QRectF extent = reopened->extent();
    QVERIFY2(reopened->crs().authId() == QLatin1String("EPSG:2154") && extent.center().x() > 700000
                 && extent.center().x() < 800000,
             qPrintable(QStringLiteral("%1 centre %2 %3")
                            .arg(reopened->crs().authId())
                            .arg(extent.center().x())
                            .arg(extent.center().y())));
}

void TestUiMainWindow::panelDragZoomAndRemove()
{
    LayerTreeModel *model = m_window->layerPanel()->model();
    LayerStack *stack = m_window->layerStack();
    QVERIFY(stack->count() >= 2);

    // Drag the bottom layer (last row) to the top of the panel.
    MapLayer *bottom = stack->layers().constFirst();
    const QModelIndex from = model->indexOf(bottom);
    std::unique_ptr<QMimeData> data(model->mimeData({from}));
    QVERIFY(data);
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(stack->layers().constLast(), bottom);
    QCOMPARE(model->layerAt(model->index(0, 0)), bottom);
    QVERIFY(m_window->isModified());

    // Zoom to the communes from the panel: the view holds them, and not much more.
    MapLayer *communes = stack->layerById(m_communesId);
    QVERIFY(communes);
    m_window->canvas()->setScale(5000);
    Q_EMIT m_window->layerPanel()->zoomToLayerRequested(communes);
    const QRectF view = m_window->canvas()->mapSettings().visibleExtent();
    const QRectF wanted = CoordinateTransform(communes->crs(), m_window->project().mapCrs())
                              .transformBounds(communes->extent());
    QVERIFY2(view.contains(wanted.adjusted(10, 10, -10, -10))
                 && view.width() * view.height() < 4 * wanted.width() * wanted.height(),
             qPrintable(QStringLiteral("view %1 x %2 m for %3 x %4 m")
                            .arg(view.width())
                            .arg(view.height())
                            .arg(wanted.width())
                            .arg(wanted.height())));

    // Remove it: gone from the stack, the panel and the canvas.
    const int count = stack->count();
    Q_EMIT m_window->layerPanel()->removeLayerRequested(communes);
    QCOMPARE(stack->count(), count - 1);
    QVERIFY(!stack->layerById(m_communesId));
    QCOMPARE(model->rowCount(), stack->count());
    QVERIFY(!m_window->canvas()->layers().contains(communes));
}

// Feature areas add their panels on the right: they are stacked as tabs so that the map keeps
// most of the window, and the first-start layout gives the map the largest share.
void TestUiMainWindow::featurePanelsShareOneTabbedArea()
{
    auto *first = new QDockWidget(QStringLiteral("First"), m_window);
    auto *second = new QDockWidget(QStringLiteral("Second"), m_window);
    auto *third = new QDockWidget(QStringLiteral("Third"), m_window);
    for (QDockWidget *dock : {first, second, third}) {
        dock->setWidget(new QLabel(dock->windowTitle()));
        m_window->context().addDock(dock);
        dock->show(); // the window is already shown (feature areas add theirs before)
        QVERIFY(!dock->objectName().isEmpty()); // saveState() needs names
    }
    QCoreApplication::processEvents();
    QVERIFY(m_window->tabifiedDockWidgets(first).contains(second));
    QVERIFY(m_window->tabifiedDockWidgets(first).contains(third));
    // The window's own hidden identify panel is not a tab of theirs.
    QVERIFY(!m_window->tabifiedDockWidgets(first).contains(m_window->identifyDock()));
    m_window->restoreLayout();
    QTRY_VERIFY(m_window->canvas()->width() > m_window->width() / 2);
}

QTEST_MAIN(TestUiMainWindow)
#include "test_ui_mainwindow.moc"
