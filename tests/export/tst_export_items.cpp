// The items of a printed page checked in the PDF itself: paper sizes and margins, the north
// arrow, SVG and PNG logos, the legend (map order, categories, columns, layers outside the map),
// the observation time of live data, rasters at the chosen resolution and a cancel pressed
// while a page is being drawn.
#include "PdfTools.h"
#include "SharedData.h"
#include "TestVectorLayer.h"

#include "base/Clock.h"
#include "base/JobControl.h"
#include "export/PdfExporter.h"
#include "layers/LayerTypes.h"
#include "map/LayerRegistry.h"

#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

using namespace territoire;
using namespace territoire::test;

namespace {

// Fraction of the pixels of a rectangle (mm, at pxPerMm) matching a predicate.
double coverage(const QImage &image, const QRectF &mm, double pxPerMm, bool (*match)(QRgb))
{
    const QRect r
        = QRectF(mm.x() * pxPerMm, mm.y() * pxPerMm, mm.width() * pxPerMm, mm.height() * pxPerMm)
              .toRect()
              .intersected(image.rect());
    int hits = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            hits += match(image.pixel(x, y)) ? 1 : 0;
    }
    return r.isEmpty() ? 0 : double(hits) / (r.width() * r.height());
}

bool isDark(QRgb p)
{
    return qRed(p) < 90 && qGreen(p) < 90 && qBlue(p) < 90;
}
bool isGreen(QRgb p)
{
    return qGreen(p) > 150 && qRed(p) < 80 && qBlue(p) < 80;
}
bool isBlue(QRgb p)
{
    return qBlue(p) > 150 && qRed(p) < 80 && qGreen(p) < 80;
}

QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
}

// The images pdfimages lists (soft masks left out), as width in pixels and horizontal
// resolution.
struct PdfImage
{
    int width = 0;
    int ppi = 0;
};
QList<PdfImage> pdfImages(const QString &pdf)
{
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QList<PdfImage> images;
    for (const QString &line : lines) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        if (cols.size() > 13 && cols.at(2) == QLatin1String("image"))
            images.append({cols.at(3).toInt(), cols.at(12).toInt()});
    }
    return images;
}

// A layer whose drawing stands for a long page: it presses cancel, as a user would, then
// keeps drawing until the render context reports the cancel.
class CancellingLayer : public MapLayer
{
public:
    explicit CancellingLayer(JobControl *control)
        : m_control(control)
    {
        m_descriptor.name = QStringLiteral("cancelling");
        m_descriptor.visible = true;
    }
    QString type() const override { return QStringLiteral("test-cancel"); }
    Crs crs() const override { return Crs::lambert93(); }
    QRectF extent() const override { return {}; }
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &) override
    {
        struct Job : LayerRenderJob
        {
            JobControl *control;
            bool render(QPainter &, RenderContext &context) override
            {
                control->cancel();
                return !context.isCancelled();
            }
        };
        auto job = std::make_unique<Job>();
        job->control = m_control;
        return job;
    }

private:
    JobControl *m_control;
};

} // namespace

class TestExportItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void paperAndMargins_data();
    void paperAndMargins();
    void northArrowAndLogos();
    void legendInMapOrder();
    void legendFlowsIntoColumns();
    void liveDataTime();
    void rasterAtChosenResolution_data();
    void rasterAtChosenResolution();
    void cancelDuringPage();

private:
    QString gridPath() const;
    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC)};
};

void TestExportItems::initTestCase()
{
    GDALAllRegister();
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITOIRE_KEEP_TEST_FILES"));
    qInfo() << "output in" << m_dir.path();
}

QString TestExportItems::gridPath() const
{
    return sharedPath(QStringLiteral("cases/pdf-scale-dpi/grid_1km_l93.shp"));
}

void TestExportItems::paperAndMargins_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QSizeF>("customMm");
    QTest::addColumn<double>("marginMm");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4 portrait") << "A4" << false << QSizeF() << 10.0 << "595.28 x 841.89 pts";
    QTest::newRow("A3 landscape, 20 mm margins")
        << "A3" << true << QSizeF() << 20.0 << "1190.55 x 841.89 pts";
    QTest::newRow("A2 portrait") << "A2" << false << QSizeF() << 10.0 << "1190.55 x 1683.78 pts";
    QTest::newRow("A1 landscape") << "A1" << true << QSizeF() << 15.0 << "2383.94 x 1683.78 pts";
    QTest::newRow("A0 portrait") << "A0" << false << QSizeF() << 10.0 << "2383.94 x 3370.39 pts";
    QTest::newRow("custom 500 x 300 mm landscape")
        << "custom" << true << QSizeF(300, 500) << 12.0 << "1417.32 x 850.39 pts";
}

void TestExportItems::paperAndMargins()
{
    QFETCH(QString, paper);
    QFETCH(bool, landscape);
    QFETCH(QSizeF, customMm);
    QFETCH(double, marginMm);
    QFETCH(QString, pdfinfoSize);
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TestVectorLayer layer(grid, Qt::red, QStringLiteral("grid"));
    PageSetup page;
    PageSetup::Paper p;
    QVERIFY(PageSetup::parsePaper(paper, &p));
    page.setPaper(p);
    page.setOrientation(landscape ? PageSetup::Orientation::Landscape
                                  : PageSetup::Orientation::Portrait);
    if (customMm.isValid())
        page.setCustomSizeMm(customMm);
    page.setMarginsMm(QMarginsF(marginMm, marginMm, marginMm, marginMm));
    PrintLayout layout = defaultLayout(page);
    layout.setTitle(QStringLiteral("Paper"));
    layout.map.extent = layer.extent();
    PdfExporter exporter(layout, Crs::lambert93(), {&layer}, &m_clock);
    ExportOptions options;
    options.dpi = 72;
    exporter.setOptions(options);
    const QString pdf = m_dir.filePath(QStringLiteral("paper-%1.pdf").arg(QTest::currentDataTag()));
    const ExportResult result = exporter.exportPdf(pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(pdfinfoSize), qPrintable(info));

    // The map frame's border starts at the left margin: a strip across the frame's middle,
    // 10 pixels per mm.
    const double pxPerMm = 10;
    const LayoutItem *map = layout.item(LayoutItem::Type::Map);
    const int row = qRound(map->rectMm.center().y() * pxPerMm);
    const QImage strip = rasterisePage(pdf, 254, 1, QRect(0, row, qRound(60 * pxPerMm), 1));
    QVERIFY(!strip.isNull());
    const QList<double> dark = runCentres(strip, 0, true, isDark);
    QVERIFY(!dark.isEmpty());
    QVERIFY2(qAbs(dark.first() / pxPerMm - marginMm) <= 0.3,
             qPrintable(QString::number(dark.first() / pxPerMm)));
}

void TestExportItems::northArrowAndLogos()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    // An SVG logo (green square) and a PNG logo (blue), made for the test.
    const QString svgPath = m_dir.filePath(QStringLiteral("logo.svg"));
    {
        QSvgGenerator generator;
        generator.setFileName(svgPath);
        generator.setSize(QSize(100, 100));
        generator.setViewBox(QRect(0, 0, 100, 100));
        QPainter painter(&generator);
        painter.fillRect(QRect(0, 0, 100, 100), QColor(0, 200, 0));
    }
    const QString pngPath = m_dir.filePath(QStringLiteral("logo.png"));
    QImage png(200, 100, QImage::Format_RGB32);
    png.fill(QColor(0, 0, 220));
    QVERIFY(png.save(pngPath));

    TestVectorLayer layer(grid, Qt::red, QStringLiteral("grid"));
    PrintLayout layout = defaultLayout(PageSetup());
    layout.map.extent = layer.extent();
    LayoutItem *arrow = layout.item(LayoutItem::Type::NorthArrow);
    QVERIFY(arrow);
    LayoutItem *logo = layout.item(LayoutItem::Type::Logo);
    logo->visible = true;
    logo->path = svgPath;
    logo->rectMm = QRectF(20, 180, 20, 20);
    LayoutItem second = *logo;
    second.path = pngPath;
    second.rectMm = QRectF(60, 180, 40, 20);
    layout.items.append(second);

    PdfExporter exporter(layout, Crs::lambert93(), {&layer}, &m_clock);
    const QString pdf = m_dir.filePath(QStringLiteral("logos.pdf"));
    QVERIFY(exporter.exportPdf(pdf).ok);
    const double pxPerMm = 10;
    const QImage page = rasterisePage(pdf, 254);
    // The arrow is drawn in its item (its dark shape covers a good part of it), the logos fill
    // theirs keeping their aspect ratio.
    const double arrowInk = coverage(page, arrow->rectMm, pxPerMm, isDark);
    QVERIFY2(arrowInk > 0.08, qPrintable(QString::number(arrowInk)));
    QVERIFY(coverage(page, QRectF(21, 181, 18, 18), pxPerMm, isGreen) > 0.95);
    QVERIFY(coverage(page, QRectF(61, 181, 38, 18), pxPerMm, isBlue) > 0.95);
    QVERIFY(coverage(page, QRectF(20, 201, 20, 5), pxPerMm, isGreen) < 0.01);
    // The SVG logo stays vector: the PNG is the only image of the page.
    QCOMPARE(pdfImages(pdf).size(), 1);
}

void TestExportItems::legendInMapOrder()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TERRITOIRE_SHARED_FILE(ruler, "cases/pdf-scale-dpi/ruler_500m_l93.shp");
    TERRITOIRE_SHARED_FILE(montpellier,
                           "data/montpellier-opendata/VilleMTP_MTP_AccTrottoir.geojson");
    TestVectorLayer bottom(grid, Qt::red, QStringLiteral("Grille kilométrique"));
    bottom.setLegendLabels({QStringLiteral("carré 1 km"), QStringLiteral("maille 500 m")});
    bottom.setAttributions({QStringLiteral("IGN")});
    TestVectorLayer top(ruler, Qt::blue, QStringLiteral("Règle graduée"));
    top.setAttributions({QStringLiteral("© OpenStreetMap contributors")});
    // Far from the map: neither listed nor credited.
    TestVectorLayer away(montpellier, Qt::green, QStringLiteral("Trottoirs Montpellier"));
    away.setAttributions({QStringLiteral("Montpellier Méditerranée Métropole")});
    QVERIFY(away.isValid());

    PrintLayout layout = defaultLayout(PageSetup());
    layout.map.mode = MapFrameSpec::Mode::Scale;
    layout.map.scale = 15000;
    layout.map.center = QPointF(990000, 6733000);
    PdfExporter exporter(layout, Crs::lambert93(), {&bottom, &away, &top}, &m_clock);
    const QString pdf = m_dir.filePath(QStringLiteral("legend.pdf"));
    QVERIFY(exporter.exportPdf(pdf).ok);
    const QString text = pdfText(pdf);
    const qsizetype topAt = text.indexOf(QString::fromUtf8("Règle graduée"));
    const qsizetype bottomAt = text.indexOf(QString::fromUtf8("Grille kilométrique"));
    QVERIFY2(topAt >= 0 && bottomAt > topAt, qPrintable(text));
    QVERIFY2(text.indexOf(QString::fromUtf8("carré 1 km")) > bottomAt, qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("maille 500 m")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Montpellier")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Sources: IGN, © OpenStreetMap contributors")),
             qPrintable(text));
}

void TestExportItems::legendFlowsIntoColumns()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    // Three layers of 25 categories in a legend 60 mm high: every layer is still listed.
    std::vector<std::unique_ptr<TestVectorLayer>> layers;
    QList<MapLayer *> shown;
    for (int l = 0; l < 3; ++l) {
        auto layer = std::make_unique<TestVectorLayer>(grid, QColor::fromHsv(l * 100, 200, 200),
                                                       QStringLiteral("Couche %1").arg(l + 1));
        QStringList labels;
        for (int c = 0; c < 25; ++c)
            labels.append(QStringLiteral("classe %1.%2").arg(l + 1).arg(c + 1));
        layer->setLegendLabels(labels);
        shown.append(layer.get());
        layers.push_back(std::move(layer));
    }
    PrintLayout layout = defaultLayout(PageSetup());
    layout.map.extent = layers.front()->extent();
    layout.item(LayoutItem::Type::Legend)->rectMm.setHeight(60);
    PdfExporter exporter(layout, Crs::lambert93(), shown, &m_clock);
    const QString pdf = m_dir.filePath(QStringLiteral("legend-columns.pdf"));
    QVERIFY(exporter.exportPdf(pdf).ok);
    const QString text = pdfText(pdf);
    for (const char *row : {"Couche 1", "Couche 2", "Couche 3", "classe 1.25", "classe 3.25"})
        QVERIFY2(text.contains(QLatin1String(row)), row);
}

void TestExportItems::liveDataTime()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TestVectorLayer gauges(grid, Qt::blue, QStringLiteral("gauges"));
    TestVectorLayer bays(grid, Qt::red, QStringLiteral("bays"));
    PrintLayout layout = defaultLayout(PageSetup());
    layout.map.extent = gauges.extent();
    const QString pdf = m_dir.filePath(QStringLiteral("data-time.pdf"));

    // One live layer: its observation time, in French legal time (summer time here).
    gauges.setDataTime(QDateTime(QDate(2021, 7, 12), QTime(12, 45), Qt::UTC));
    {
        PdfExporter exporter(layout, Crs::lambert93(), {&gauges}, &m_clock);
        QVERIFY(exporter.exportPdf(pdf).ok);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Live data observed at 12/07/2021 14:45 CEST")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Exported on 12/01/2021 14:00 CET")),
                 qPrintable(text));
    }
    // Two live layers: the span of their times.
    bays.setDataTime(QDateTime(QDate(2021, 7, 12), QTime(12, 50), Qt::UTC));
    {
        PdfExporter exporter(layout, Crs::lambert93(), {&gauges, &bays}, &m_clock);
        QVERIFY(exporter.exportPdf(pdf).ok);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String(
                     "Live data observed from 12/07/2021 14:45 CEST to 12/07/2021 14:50 CEST")),
                 qPrintable(text));
    }
}

void TestExportItems::rasterAtChosenResolution_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("100 dpi") << 100;
    QTest::newRow("200 dpi") << 200;
}

void TestExportItems::rasterAtChosenResolution()
{
    QFETCH(int, dpi);
    TERRITOIRE_SHARED_FILE(dem, "data/dem-srtm/N47E007.hgt");
    registerLayerTypes();
    ProjectLayer descriptor;
    descriptor.id = QStringLiteral("dem");
    descriptor.name = QStringLiteral("Relief");
    descriptor.type = QStringLiteral("raster");
    descriptor.source = dem;
    QString error;
    std::unique_ptr<MapLayer> raster
        = LayerRegistry::instance().create(descriptor, LayerContext(), &error);
    QVERIFY2(raster && waitForLayerLoaded(raster.get()), qPrintable(error));

    PrintLayout layout
        = defaultLayout(PageSetup(PageSetup::Paper::A4, PageSetup::Orientation::Landscape));
    layout.map.mode = MapFrameSpec::Mode::Scale;
    layout.map.scale = 250000;
    layout.map.center = QPointF(1038590, 6720721);
    PdfExporter exporter(layout, Crs::lambert93(), {raster.get()}, &m_clock);
    ExportOptions options;
    options.dpi = dpi;
    exporter.setOptions(options);
    const QString pdf = m_dir.filePath(QStringLiteral("raster-%1.pdf").arg(dpi));
    const ExportResult result = exporter.exportPdf(pdf);
    QVERIFY2(result.ok && result.warnings.isEmpty(),
             qPrintable(result.error + result.warnings.join(QLatin1Char('\n'))));
    // The relief is an image at the chosen resolution, as wide as the frame at it; the only
    // other image is its small colour ramp in the legend. Lines and text stay vector.
    const QList<PdfImage> images = pdfImages(pdf);
    QCOMPARE(images.size(), 2);
    const PdfImage relief
        = images.first().width > images.last().width ? images.first() : images.last();
    QVERIFY2(qAbs(relief.ppi - dpi) <= 1, qPrintable(QString::number(relief.ppi)));
    const double frameMm = layout.item(LayoutItem::Type::Map)->rectMm.width();
    QVERIFY2(qAbs(relief.width - frameMm / 25.4 * dpi) <= 2,
             qPrintable(QString::number(relief.width)));
    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QVERIFY(!fonts.isEmpty());
}

void TestExportItems::cancelDuringPage()
{
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    JobControl control;
    CancellingLayer cancelling(&control);
    TestVectorLayer after(grid, Qt::red, QStringLiteral("after"));
    PrintLayout layout = defaultLayout(PageSetup());
    layout.map.extent = after.extent();
    PdfExporter exporter(layout, Crs::lambert93(), {&cancelling, &after}, &m_clock);
    const QString pdf = m_dir.filePath(QStringLiteral("cancel-page.pdf"));
    const ExportResult result = exporter.exportPdf(pdf, &control);
    // The drawing stopped inside the page: cancelled, no page counted, no file left.
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(result.pages, 0);
    QVERIFY(!QFileInfo::exists(pdf));
}

QTEST_MAIN(TestExportItems)
#include "tst_export_items.moc"
