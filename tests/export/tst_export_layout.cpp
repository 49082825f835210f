// The layout model (paper, items, JSON in the project, default placement), the scale bar
// arithmetic, the atlas over the real communes file, cancellation, the replay badge and the
// page compared with a control image.
#include "PdfTools.h"
#include "SharedData.h"
#include "TestVectorLayer.h"

#include "base/Clock.h"
#include "base/JobControl.h"
#include "base/Project.h"
#include "export/AtlasFeatures.h"
#include "export/LayoutStore.h"
#include "export/PdfExporter.h"
#include "export/ScaleBar.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

using namespace territoire;
using namespace territoire::test;

class TestExportLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageSizes_data();
    void pageSizes();
    void defaultLayoutFits_data();
    void defaultLayoutFits();
    void layoutsInProject();
    void scaleBar_data();
    void scaleBar();
    void atlasOfCommunes();
    void cancelStopsAndRemovesFile();
    void badgeOnEveryPage();
    void pageMatchesControlImage();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC)};
};

void TestExportLayout::initTestCase()
{
    GDALAllRegister();
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITOIRE_KEEP_TEST_FILES"));
}

void TestExportLayout::pageSizes_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("orientation");
    QTest::addColumn<QSizeF>("sizeMm");
    QTest::newRow("A4 portrait") << "A4"
                                 << "portrait" << QSizeF(210, 297);
    QTest::newRow("A4 landscape") << "a4"
                                  << "landscape" << QSizeF(297, 210);
    QTest::newRow("A3 landscape") << "A3"
                                  << "Landscape" << QSizeF(420, 297);
    QTest::newRow("A2 portrait") << "A2"
                                 << "portrait" << QSizeF(420, 594);
    QTest::newRow("A1 landscape") << "A1"
                                  << "landscape" << QSizeF(841, 594);
    QTest::newRow("A0 portrait") << "A0"
                                 << "portrait" << QSizeF(841, 1189);
}

void TestExportLayout::pageSizes()
{
    QFETCH(QString, paper);
    QFETCH(QString, orientation);
    QFETCH(QSizeF, sizeMm);
    PageSetup::Paper p;
    PageSetup::Orientation o;
    QVERIFY(PageSetup::parsePaper(paper, &p));
    QVERIFY(PageSetup::parseOrientation(orientation, &o));
    QCOMPARE(PageSetup(p, o).sizeMm(), sizeMm);
    QVERIFY(!PageSetup::parsePaper(QStringLiteral("B5"), &p));

    PageSetup custom(PageSetup::Paper::Custom, o);
    custom.setCustomSizeMm(QSizeF(300, 200));
    const QSizeF c = custom.sizeMm();
    QCOMPARE(c.width() > c.height(), o == PageSetup::Orientation::Landscape);
}

void TestExportLayout::defaultLayoutFits_data()
{
    pageSizes_data();
}

void TestExportLayout::defaultLayoutFits()
{
    QFETCH(QString, paper);
    QFETCH(QString, orientation);
    PageSetup::Paper p;
    PageSetup::Orientation o;
    PageSetup::parsePaper(paper, &p);
    PageSetup::parseOrientation(orientation, &o);
    const PageSetup page(p, o);
    const PrintLayout layout = defaultLayout(page);
    const QRectF printable = page.printableRectMm();

    // Every item on the printable area; the map large; nothing over the map but the arrow.
    const LayoutItem *map = layout.item(LayoutItem::Type::Map);
    QVERIFY(map);
    QVERIFY(map->rectMm.width() * map->rectMm.height()
            > 0.45 * printable.width() * printable.height());
    for (const LayoutItem &item : layout.items) {
        const QString name = LayoutItem::typeName(item.type);
        QVERIFY2(printable.adjusted(-0.01, -0.01, 0.01, 0.01).contains(item.rectMm),
                 qPrintable(name));
        QVERIFY2(!item.rectMm.isEmpty() || item.type == LayoutItem::Type::Logo, qPrintable(name));
        if (item.type != LayoutItem::Type::Map && item.type != LayoutItem::Type::NorthArrow)
            QVERIFY2(!item.rectMm.intersects(map->rectMm), qPrintable(name));
    }
    for (auto type :
         {LayoutItem::Type::Title, LayoutItem::Type::Legend, LayoutItem::Type::ScaleBar,
          LayoutItem::Type::NumericScale, LayoutItem::Type::NorthArrow, LayoutItem::Type::CrsNote,
          LayoutItem::Type::Sources, LayoutItem::Type::ExportDate})
        QVERIFY2(layout.item(type), qPrintable(LayoutItem::typeName(type)));
}

void TestExportLayout::layoutsInProject()
{
    Project project;
    PrintLayout a3
        = defaultLayout(PageSetup(PageSetup::Paper::A3, PageSetup::Orientation::Landscape),
                        QStringLiteral("council A3"));
    a3.setTitle(QString::fromUtf8("Réseau cyclable — Belfort"));
    a3.map.mode = MapFrameSpec::Mode::Scale;
    a3.map.scale = 25000;
    a3.map.center = QPointF(990000, 6733000);
    const PrintLayout a4
        = defaultLayout(PageSetup(PageSetup::Paper::A4, PageSetup::Orientation::Portrait),
                        QStringLiteral("quick A4"));
    LayoutStore::save(project, a3);
    LayoutStore::save(project, a4);
    a3.item(LayoutItem::Type::Author)->text = QStringLiteral("Service SIG");
    LayoutStore::save(project, a3); // replaces by name

    // Through the project file and back.
    const QString path = m_dir.filePath(QStringLiteral("layouts.territoire"));
    QString error;
    QVERIFY2(project.save(path, &error), qPrintable(error));
    Project loaded;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QStringList warnings;
    const QList<PrintLayout> layouts = LayoutStore::read(loaded, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(layouts.size(), 2);
    const auto found = LayoutStore::find(loaded, QStringLiteral("council A3"));
    QVERIFY(found);
    QCOMPARE(found->title(), QString::fromUtf8("Réseau cyclable — Belfort"));
    QCOMPARE(found->item(LayoutItem::Type::Author)->text, QStringLiteral("Service SIG"));
    QCOMPARE(found->page.paper(), PageSetup::Paper::A3);
    QCOMPARE(found->map.mode, MapFrameSpec::Mode::Scale);
    QCOMPARE(found->map.scale, 25000.0);
    QCOMPARE(found->map.center, QPointF(990000, 6733000));
    QCOMPARE(found->items.size(), a3.items.size());
    QCOMPARE(found->item(LayoutItem::Type::Map)->rectMm, a3.item(LayoutItem::Type::Map)->rectMm);
    QVERIFY(!LayoutStore::find(loaded, QStringLiteral("missing")));
}

void TestExportLayout::scaleBar_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("maxMm");
    QTest::addColumn<double>("totalMetres");
    QTest::addColumn<QString>("text");
    QTest::newRow("1:10 000 in 60 mm") << 10000.0 << 60.0 << 500.0 << "1:10 000";
    QTest::newRow("1:25 000 in 60 mm") << 25000.0 << 60.0 << 1000.0 << "1:25 000";
    QTest::newRow("1:250 000 in 80 mm") << 250000.0 << 80.0 << 20000.0 << "1:250 000";
    QTest::newRow("1:1 000 in 45 mm") << 1000.0 << 45.0 << 25.0 << "1:1 000";
    QTest::newRow("1:12 345.6 in 70 mm") << 12345.6 << 70.0 << 500.0 << "1:12 346";
}

void TestExportLayout::scaleBar()
{
    QFETCH(double, scale);
    QFETCH(double, maxMm);
    QFETCH(double, totalMetres);
    QFETCH(QString, text);
    const ScaleBarSpec spec = chooseScaleBar(scale, maxMm);
    QVERIFY(spec.isValid());
    QCOMPARE(spec.totalMetres(), totalMetres);
    QVERIFY(spec.lengthMm(scale) <= maxMm);
    QCOMPARE(formatScale(scale), text);
    QVERIFY(!chooseScaleBar(0, maxMm).isValid());
    // At 1:25 000, 1 km is 40 mm on paper.
    const ScaleBarSpec kilometre {500, 2, false};
    QCOMPARE(kilometre.lengthMm(25000), 40.0);
}

void TestExportLayout::atlasOfCommunes()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    TestVectorLayer layer(communes, QColor(60, 60, 60), QStringLiteral("Communes"));
    QVERIFY(layer.isValid());
    PrintLayout layout
        = defaultLayout(PageSetup(PageSetup::Paper::A4, PageSetup::Orientation::Portrait));
    layout.setTitle(QStringLiteral("Communes du Territoire de Belfort"));
    PdfExporter exporter(layout, Crs::lambert93(), {&layer}, &m_clock);
    ExportOptions options;
    options.dpi = 96;
    options.atlas.source = communes;
    options.atlas.titleField = QStringLiteral("nom");
    exporter.setOptions(options);

    JobControl control;
    QSignalSpy progress(&control, &JobControl::progressChanged);
    const QString pdf = m_dir.filePath(QStringLiteral("atlas.pdf"));
    const ExportResult result = exporter.exportPdf(pdf, &control);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pages, 102);
    QVERIFY(progress.count() >= 102);
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+102\\n"))),
             qPrintable(info));
    QVERIFY2(info.contains(QLatin1String("595.28 x 841.89 pts")), qPrintable(info));
    // Each page is titled by its commune, with accents; the layout title moves to the subtitle.
    const QString all = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const char *name : {"Belfort", "Delle", "Valdoie", "Éloie", "Évette-Salbert"})
        QVERIFY2(all.contains(QString::fromUtf8(name)), name);
    const QString first = runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("1"), pdf, QStringLiteral("-")});
    QVERIFY(first.contains(QLatin1String("Communes du Territoire de Belfort")));
    QVERIFY2(QFileInfo(pdf).size() < 8 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(pdf).size())));

    // Each page's map is centred on its commune: GDAL reads the frame of pages 1, 50 and 102.
    QString error;
    const auto features
        = readAtlasFeatures(communes, {}, QStringLiteral("nom"), Crs::lambert93(), &error);
    QVERIFY2(features && features->size() == 102, qPrintable(error));
    const QRectF frameMm = layout.item(LayoutItem::Type::Map)->rectMm;
    for (int pageNumber : {1, 50, 102}) {
        const QJsonObject gdal = gdalInfo(QStringLiteral("PDF:%1:%2").arg(pageNumber).arg(pdf));
        const QJsonArray gt = gdal.value(QStringLiteral("geoTransform")).toArray();
        QCOMPARE(gt.size(), 6);
        const double pxPerMm = gdal.value(QStringLiteral("size")).toArray().at(0).toDouble() / 210;
        const QPointF centre(gt[0].toDouble() + frameMm.center().x() * pxPerMm * gt[1].toDouble(),
                             gt[3].toDouble() + frameMm.center().y() * pxPerMm * gt[5].toDouble());
        const QRectF extent = features->at(pageNumber - 1).extent;
        const double tolerance = std::max(extent.width(), extent.height()) * 0.01;
        QVERIFY2(qAbs(centre.x() - extent.center().x()) < tolerance
                     && qAbs(centre.y() - extent.center().y()) < tolerance,
                 qPrintable(QStringLiteral("page %1 (%2): centre %3 %4, commune %5 %6")
                                .arg(pageNumber)
                                .arg(features->at(pageNumber - 1).title)
                                .arg(centre.x(), 0, 'f', 0)
                                .arg(centre.y(), 0, 'f', 0)
                                .arg(extent.center().x(), 0, 'f', 0)
                                .arg(extent.center().y(), 0, 'f', 0)));
        const QString pageText
            = runTool(QStringLiteral("pdftotext"),
                      {QStringLiteral("-f"), QString::number(pageNumber), QStringLiteral("-l"),
                       QString::number(pageNumber), pdf, QStringLiteral("-")});
        QVERIFY2(pageText.contains(features->at(pageNumber - 1).title), qPrintable(pageText));
    }
}

void TestExportLayout::cancelStopsAndRemovesFile()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    TestVectorLayer layer(communes, QColor(60, 60, 60), QStringLiteral("Communes"));
    const PrintLayout layout = defaultLayout(PageSetup());
    PdfExporter exporter(layout, Crs::lambert93(), {&layer}, &m_clock);
    ExportOptions options;
    options.dpi = 72;
    options.atlas.source = communes;
    options.atlas.titleField = QStringLiteral("nom");
    exporter.setOptions(options);
    JobControl control;
    int steps = 0;
    connect(&control, &JobControl::progressChanged, this, [&] {
        if (++steps == 3)
            control.cancel();
    });
    const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const ExportResult result = exporter.exportPdf(pdf, &control);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.pages < 5);
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestExportLayout::badgeOnEveryPage()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TestVectorLayer layer(grid, Qt::red, QStringLiteral("grid"));
    PrintLayout layout = defaultLayout(PageSetup());
    layout.map.extent = layer.extent();
    PdfExporter exporter(layout, Crs::lambert93(), {&layer}, &m_clock);
    ExportOptions options;
    options.dpi = 150;
    options.badgeText = QString::fromUtf8("Exercise — replay of 12/01/2021 14:00");
    exporter.setOptions(options);
    const QString pdf = m_dir.filePath(QStringLiteral("badge.pdf"));
    QVERIFY(exporter.exportPdf(pdf).ok);
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(options.badgeText), qPrintable(text));
}

void TestExportLayout::pageMatchesControlImage()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TERRITOIRE_SHARED_FILE(ruler, "cases/pdf-scale-dpi/ruler_500m_l93.shp");
    TestVectorLayer gridLayer(grid, Qt::red, QStringLiteral("grid"));
    TestVectorLayer rulerLayer(ruler, Qt::blue, QStringLiteral("ruler"));
    gridLayer.setFillColor(QColor(255, 220, 200));
    gridLayer.setLegendLabels({QStringLiteral("1 km square"), QStringLiteral("500 m cells")});
    PrintLayout layout = defaultLayout(PageSetup());
    layout.setTitle(QStringLiteral("Control page"));
    layout.map.mode = MapFrameSpec::Mode::Scale;
    layout.map.scale = 15000;
    layout.map.center = QPointF(990000, 6733000);
    PdfExporter exporter(layout, Crs::lambert93(), {&gridLayer, &rulerLayer}, &m_clock);
    const QString pdf = m_dir.filePath(QStringLiteral("control.pdf"));
    QVERIFY(exporter.exportPdf(pdf).ok);
    const QImage page = rasterisePage(pdf, 40);
    QVERIFY(!page.isNull());

    const QString control
        = QStringLiteral(TERRITOIRE_SOURCE_DIR "/tests/export/data/control-a4.png");
    if (!qEnvironmentVariableIsEmpty("TERRITOIRE_UPDATE_CONTROL_IMAGES"))
        page.save(control);
    const QImage expected = QImage(control).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(), qPrintable(control));
    QCOMPARE(page.size(), expected.size());
    // Anti-aliasing may differ a little between poppler builds: count clearly different pixels.
    int different = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QRgb a = page.pixel(x, y);
            const QRgb b = expected.pixel(x, y);
            if (qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b))
                > 120)
                ++different;
        }
    }
    const double fraction = double(different) / (page.width() * page.height());
    QVERIFY2(fraction < 0.01,
             qPrintable(QStringLiteral("%1 % of pixels differ").arg(fraction * 100)));
}

QTEST_MAIN(TestExportLayout)
#include "tst_export_layout.moc"
