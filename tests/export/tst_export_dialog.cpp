// The layout dialog: paper (A sizes and custom), margins, positions and sizes of items edited
// in its table, layouts saved in the project, the preview, and an export run off the UI thread.
#include "PdfTools.h"
#include "SharedData.h"
#include "TestVectorLayer.h"

#include "common/AppContext.h"
#include "export/ExportDialog.h"

#include "base/Clock.h"

#include "export/LayoutStore.h"
#include <algorithm>
#include <ctime>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

using namespace territoire;
using namespace territoire::test;

namespace {

// The main window's side of the dialog: one layer, a view on it, a fixed clock.
class FakeContext : public AppContext
{
public:
    QMainWindow *mainWindow() const override { return nullptr; }
    Clock *clock() const override
    {
        return replay ? static_cast<Clock *>(replay.get()) : m_clock.get();
    }
    Project &project() override { return m_project; }
    void setProjectModified() override { modified = true; }
    QList<MapLayer *> layers() const override { return shown; }
    void addLayer(std::unique_ptr<MapLayer>) override { }
    void removeLayer(MapLayer *) override { }
    MapSettings mapSettings() const override
    {
        MapSettings settings;
        settings.setCrs(Crs::lambert93());
        settings.setOutputSize(QSize(800, 600));
        settings.setCenter(QPointF(990000, 6733000));
        settings.setResolution(5);
        return settings;
    }
    void setMapExtent(const QRectF &) override { }
    void refreshMap() override { }
    void requestMapClick(const QString &, std::function<void(const QPointF &)>) override { }
    QMenu *menu(const QString &) override { return nullptr; }
    QToolBar *toolBar() override { return nullptr; }
    void addDock(QDockWidget *, Qt::DockWidgetArea) override { }
    void showMessage(const QString &text, int) override { messages.append(text); }
    void reportError(const QString &text) override { errors.append(text); }

    QList<MapLayer *> shown;
    std::unique_ptr<ReplayClock> replay; // an exercise when set
    QStringList messages;
    QStringList errors;
    bool modified = false;

private:
    Project m_project;
    // Not a replay: no exercise banner.
    class FixedLive : public ManualClock
    {
    public:
        using ManualClock::ManualClock;
        bool isReplay() const override { return false; }
    };
    std::unique_ptr<FixedLive> m_clock
        = std::make_unique<FixedLive>(QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC));
};

int rowOf(QTableWidget *table, LayoutItem::Type type)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == LayoutItem::displayName(type))
            return row;
    }
    return -1;
}

void selectData(QComboBox *combo, int data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITOIRE_KEEP_TEST_FILES"));
    }
    void editSaveAndExport();
    void customPaperAndMargins();
    void exerciseBadgeInParisTime_data();
    void exerciseBadgeInParisTime();

private:
    QTemporaryDir m_dir;
};

void TestExportDialog::exerciseBadgeInParisTime_data()
{
    QTest::addColumn<QByteArray>("timeZone");
    QTest::newRow("computer in UTC") << QByteArray("UTC");
    QTest::newRow("computer in Cayenne") << QByteArray("America/Cayenne");
}

void TestExportDialog::exerciseBadgeInParisTime()
{
    // The banner says the Paris time of the replay, as the map badge, whatever the computer's.
    QFETCH(QByteArray, timeZone);
    const QByteArray previous = qgetenv("TZ");
    qputenv("TZ", timeZone);
    tzset();
    FakeContext context;
    const QDateTime start(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC);
    context.replay = std::make_unique<ReplayClock>(start, start.addSecs(3600));
    ExportDialog dialog(context);
    const auto edits = dialog.findChildren<QLineEdit *>();
    const bool found = std::any_of(edits.begin(), edits.end(), [](QLineEdit *edit) {
        return edit->text() == QStringLiteral("Exercise — replay of 12/01/2021 14:00");
    });
    qputenv("TZ", previous);
    tzset();
    QVERIFY2(found, "no banner field with the Paris time of the replay");
}

void TestExportDialog::editSaveAndExport()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TestVectorLayer layer(grid, Qt::red, QStringLiteral("Grille"));
    FakeContext context;
    context.shown = {&layer};
    ExportDialog dialog(context);
    dialog.resize(1000, 700);
    dialog.show();

    // Paper, names and texts.
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("conseil"));
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))
        ->setText(QString::fromUtf8("Réseau — conseil municipal"));
    selectData(dialog.findChild<QComboBox *>(QStringLiteral("paper")), int(PageSetup::Paper::A3));
    selectData(dialog.findChild<QComboBox *>(QStringLiteral("orientation")),
               int(PageSetup::Orientation::Portrait));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale"))->setValue(20000);

    // The legend moved and resized in the table (x, y, width, height in mm).
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("items"));
    const int legend = rowOf(table, LayoutItem::Type::Legend);
    QVERIFY(legend >= 0);
    table->item(legend, 2)->setData(Qt::EditRole, 15.0);
    table->item(legend, 3)->setData(Qt::EditRole, 300.0);
    table->item(legend, 4)->setData(Qt::EditRole, 50.0);
    table->item(legend, 5)->setData(Qt::EditRole, 40.0);

    // Saved in the project.
    dialog.findChild<QPushButton *>(QStringLiteral("saveLayout"))->click();
    QVERIFY(context.modified);
    const auto saved = LayoutStore::find(context.project(), QStringLiteral("conseil"));
    QVERIFY(saved);
    QCOMPARE(saved->page.sizeMm(), QSizeF(297, 420));
    QCOMPARE(saved->title(), QString::fromUtf8("Réseau — conseil municipal"));
    QCOMPARE(saved->item(LayoutItem::Type::Legend)->rectMm, QRectF(15, 300, 50, 40));
    QCOMPARE(saved->map.mode, MapFrameSpec::Mode::Scale);
    QCOMPARE(saved->map.scale, 20000.0);
    QCOMPARE(saved->map.center, QPointF(990000, 6733000));

    // The preview shows the A3 portrait page.
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("preview"));
    QTRY_VERIFY(!preview->pixmap().isNull());
    const QSizeF shown = preview->pixmap().deviceIndependentSize();
    QVERIFY2(qAbs(shown.width() / shown.height() - 297.0 / 420.0) < 0.02,
             qPrintable(QStringLiteral("%1 x %2").arg(shown.width()).arg(shown.height())));
    if (!qEnvironmentVariableIsEmpty("TERRITOIRE_KEEP_TEST_FILES"))
        dialog.grab().save(m_dir.filePath(QStringLiteral("dialog.png")));

    // Exported off the UI thread; the status bar tells where.
    const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
    context.messages.clear();
    dialog.exportTo(pdf);
    QTRY_VERIFY_WITH_TIMEOUT(!context.messages.isEmpty() || !context.errors.isEmpty(), 60000);
    QVERIFY2(context.errors.isEmpty(), qPrintable(context.errors.join(QLatin1Char('\n'))));
    QVERIFY2(context.messages.last().contains(pdf), qPrintable(context.messages.last()));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("841.89 x 1190.55 pts")), qPrintable(info));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QString::fromUtf8("Réseau — conseil municipal")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("1:20 000")), qPrintable(text));
}

void TestExportDialog::customPaperAndMargins()
{
    FakeContext context;
    ExportDialog dialog(context);
    selectData(dialog.findChild<QComboBox *>(QStringLiteral("paper")),
               int(PageSetup::Paper::Custom));
    selectData(dialog.findChild<QComboBox *>(QStringLiteral("orientation")),
               int(PageSetup::Orientation::Landscape));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("customWidth"))->setValue(300);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("customHeight"))->setValue(500);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("margin"))->setValue(20);
    // A logo chosen is shown.
    dialog.findChild<QLineEdit *>(QStringLiteral("logo"))
        ->setText(QStringLiteral(TERRITOIRE_SOURCE_DIR "/resources/export/north-arrow.svg"));

    const PrintLayout layout = dialog.currentLayout();
    QCOMPARE(layout.page.paper(), PageSetup::Paper::Custom);
    QCOMPARE(layout.page.sizeMm(), QSizeF(500, 300));
    QCOMPARE(layout.page.printableRectMm(), QRectF(20, 20, 460, 260));
    // Every item re-placed inside the new margins.
    for (const LayoutItem &item : layout.items)
        QVERIFY2(
            layout.page.printableRectMm().adjusted(-0.01, -0.01, 0.01, 0.01).contains(item.rectMm),
            qPrintable(LayoutItem::typeName(item.type)));
    QCOMPARE(layout.item(LayoutItem::Type::Map)->rectMm.left(), 20.0);
    QVERIFY(layout.item(LayoutItem::Type::Logo)->visible);
}

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
