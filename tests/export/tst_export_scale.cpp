// The pdf-scale-dpi case: the scale, page size, texts, fonts and georeferencing of a PDF page
// must not depend on the writer's resolution.
#include "PdfTools.h"
#include "SharedData.h"
#include "TestVectorLayer.h"

#include "base/Clock.h"
#include "export/MapFrame.h"
#include "export/PdfExporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

using namespace territoire;
using namespace territoire::test;

namespace {

constexpr int measureDpi = 254; // 10 pixels per millimetre
constexpr double pxPerMm = measureDpi / 25.4;

bool isRed(QRgb p)
{
    return qRed(p) > 180 && qGreen(p) < 110 && qBlue(p) < 110;
}
bool isBlue(QRgb p)
{
    return qBlue(p) > 180 && qRed(p) < 110 && qGreen(p) < 110;
}
bool isDark(QRgb p)
{
    return qGray(p) < 100;
}

// The print-spec.json of the case as a layout.
PrintLayout caseLayout()
{
    using Type = LayoutItem::Type;
    PrintLayout layout;
    layout.name = QStringLiteral("pdf-scale-dpi");
    layout.page = PageSetup(PageSetup::Paper::A4, PageSetup::Orientation::Landscape);
    auto add = [&](Type type, QRectF rect, const QString &text = {}) {
        LayoutItem item;
        item.type = type;
        item.rectMm = rect;
        item.text = text;
        layout.items.append(item);
    };
    add(Type::Map, QRectF(10, 10, 250, 150));
    add(Type::NorthArrow, QRectF(240, 13, 16, 20));
    add(Type::Legend, QRectF(263, 10, 32, 60));
    add(Type::ScaleBar, QRectF(10, 163, 80, 10));
    add(Type::NumericScale, QRectF(95, 163, 60, 7));
    add(Type::Title, QRectF(10, 176, 250, 12),
        QString::fromUtf8("Essai d’échelle — Belfort 1:10 000"));
    add(Type::CrsNote, QRectF(263, 75, 32, 20));
    add(Type::Sources, QRectF(263, 100, 32, 30));
    add(Type::ExportDate, QRectF(263, 135, 32, 25));
    add(Type::Author, QRectF(10, 190, 250, 8), QStringLiteral("Service SIG — officiel"));
    layout.map.mode = MapFrameSpec::Mode::Scale;
    layout.map.scale = 10000;
    layout.map.center = QPointF(990000, 6733000);
    return layout;
}

} // namespace

class TestExportScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITOIRE_KEEP_TEST_FILES"));
        qInfo() << "output in" << m_dir.path();
    }
    void scaleAtEveryDpi_data();
    void scaleAtEveryDpi();
    void squareAtOtherScales_data();
    void squareAtOtherScales();
    void rasterVariant();
    void trueScaleInWebMercator();

private:
    QTemporaryDir m_dir;
};

void TestExportScale::scaleAtEveryDpi_data()
{
    QTest::addColumn<int>("dpi");
    for (int dpi : {72, 96, 150, 300, 1200})
        QTest::addRow("%d dpi", dpi) << dpi;
}

void TestExportScale::scaleAtEveryDpi()
{
    QFETCH(int, dpi);
    TERRITOIRE_SHARED_FILE(gridPath, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TERRITOIRE_SHARED_FILE(rulerPath, "cases/pdf-scale-dpi/ruler_500m_l93.shp");
    TestVectorLayer grid(gridPath, QColor(255, 0, 0), QStringLiteral("grid_1km_l93"));
    TestVectorLayer ruler(rulerPath, QColor(0, 0, 255), QStringLiteral("ruler_500m_l93"));
    grid.setAttributions({QStringLiteral("© OpenStreetMap contributors")});
    ruler.setAttributions({QStringLiteral("Hub’Eau")});
    QVERIFY(grid.isValid() && ruler.isValid());
    ManualClock clock(QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC));

    const PrintLayout layout = caseLayout();
    PdfExporter exporter(layout, Crs::lambert93(), {&grid, &ruler}, &clock);
    ExportOptions options;
    options.dpi = dpi;
    exporter.setOptions(options);
    const QString pdf = m_dir.filePath(QStringLiteral("scale-%1.pdf").arg(dpi));
    const ExportResult result = exporter.exportPdf(pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));

    // Page size in points, never multiplied by dpi/72.
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("841.89 x 595.28 pts")), qPrintable(info));

    // Vector: no embedded image and a small file.
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // header lines
    QVERIFY2(QFileInfo(pdf).size() < 200 * 1024,
             qPrintable(QString::number(QFileInfo(pdf).size())));

    // Texts: stated scale, title with accents and ligature-prone words, legend, sources.
    const QString text
        = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    QVERIFY2(text.contains(QLatin1String("1:10 000")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Essai d’échelle — Belfort")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("officiel")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("grid_1km_l93")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ruler_500m_l93")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("OpenStreetMap contributors")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Lambert-93 (EPSG:"))
                 && text.contains(QLatin1String("2154)")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("12/01/2021 14:00")), qPrintable(text));

    // Every font embedded.
    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }

    // The square on paper: stroke centres in a row and a column through its upper-left cell.
    const QImage page = rasterisePage(pdf, measureDpi);
    QVERIFY(!page.isNull());
    const int row = qRound((85 - 25) * pxPerMm);
    const int column = qRound((135 - 25) * pxPerMm);
    const QList<double> xs = runCentres(page, row, true, isRed);
    const QList<double> ys = runCentres(page, column, false, isRed);
    QVERIFY2(xs.size() == 3 && ys.size() == 3,
             qPrintable(QStringLiteral("runs x=%1 y=%2").arg(xs.size()).arg(ys.size())));
    const double widthMm = (xs[2] - xs[0]) / pxPerMm;
    const double heightMm = (ys[2] - ys[0]) / pxPerMm;
    QVERIFY2(qAbs(widthMm - 100.0) <= 0.3, qPrintable(QString::number(widthMm)));
    QVERIFY2(qAbs(heightMm - 100.0) <= 0.3, qPrintable(QString::number(heightMm)));
    QVERIFY2(qAbs((xs[1] - xs[0]) / pxPerMm - 50.0) <= 0.3, "500 m cell");
    QVERIFY2(qAbs((xs[0] + xs[2]) / 2 / pxPerMm - 135.0) <= 0.3, "centre x");
    QVERIFY2(qAbs((ys[0] + ys[2]) / 2 / pxPerMm - 85.0) <= 0.3, "centre y");

    // The 500 m ruler (flat caps) at 6732400 N: 50 mm long, 10 mm under the square.
    const int rulerRow = qRound((85 + 60) * pxPerMm);
    const QList<int> rulerRuns = runLengths(page, rulerRow, true, isBlue);
    QVERIFY2(rulerRuns.size() == 1, qPrintable(QString::number(rulerRuns.size())));
    QVERIFY2(qAbs(rulerRuns.first() / pxPerMm - 50.0) <= 0.3,
             qPrintable(QString::number(rulerRuns.first() / pxPerMm)));

    // Scale bar ticks: find the bar (a long dark run), then the ticks just above it.
    int barTop = -1;
    for (int y = qRound(163 * pxPerMm); y < qRound(173 * pxPerMm) && barTop < 0; ++y) {
        for (int len : runLengths(page, y, true, isDark)) {
            if (len > 40 * pxPerMm)
                barTop = y;
        }
    }
    QVERIFY(barTop > 0);
    QList<double> ticks = runCentres(page, barTop - 2, true, isDark);
    ticks.removeIf([](double x) { return x > 90 * pxPerMm; }); // the item's right edge
    QVERIFY2(ticks.size() == 3, qPrintable(QString::number(ticks.size())));
    QVERIFY2(qAbs((ticks[1] - ticks[0]) / pxPerMm - 25.0) <= 0.3, "250 m tick");
    QVERIFY2(qAbs((ticks[2] - ticks[0]) / pxPerMm - 50.0) <= 0.3, "500 m tick");

    // Georeferencing read by GDAL: EPSG:2154 and the frame corners within a metre.
    const QJsonObject gdal = gdalInfo(pdf);
    const QString wkt = gdal.value(QStringLiteral("coordinateSystem"))
                            .toObject()
                            .value(QStringLiteral("wkt"))
                            .toString();
    QVERIFY2(wkt.contains(QLatin1String("ID[\"EPSG\",2154]")), qPrintable(wkt));
    const QJsonArray gt = gdal.value(QStringLiteral("geoTransform")).toArray();
    QCOMPARE(gt.size(), 6);
    const QJsonArray size = gdal.value(QStringLiteral("size")).toArray();
    const double gdalPxPerMm = size.at(0).toDouble() / 297.0;
    const auto mapAt = [&](double xMm, double yMm) {
        return QPointF(gt[0].toDouble() + xMm * gdalPxPerMm * gt[1].toDouble(),
                       gt[3].toDouble() + yMm * gdalPxPerMm * gt[5].toDouble());
    };
    const QPointF topLeft = mapAt(10, 10);
    const QPointF bottomRight = mapAt(260, 160);
    // 250 mm x 150 mm at 1:10 000 around 990000, 6733000.
    const QString corners = QStringLiteral("%1 %2 %3 %4")
                                .arg(topLeft.x(), 0, 'f', 2)
                                .arg(topLeft.y(), 0, 'f', 2)
                                .arg(bottomRight.x(), 0, 'f', 2)
                                .arg(bottomRight.y(), 0, 'f', 2);
    QVERIFY2(qAbs(topLeft.x() - 988750) < 1.0 && qAbs(topLeft.y() - 6733750) < 1.0,
             qPrintable(corners));
    QVERIFY2(qAbs(bottomRight.x() - 991250) < 1.0 && qAbs(bottomRight.y() - 6732250) < 1.0,
             qPrintable(corners));
}

void TestExportScale::squareAtOtherScales_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("squareMm");
    QTest::addColumn<QString>("scaleText");
    QTest::newRow("1:25 000, 1 km = 40 mm") << 25000.0 << 40.0 << "1:25 000";
    QTest::newRow("1:20 000") << 20000.0 << 50.0 << "1:20 000";
    QTest::newRow("1:12 500") << 12500.0 << 80.0 << "1:12 500";
}

void TestExportScale::squareAtOtherScales()
{
    QFETCH(double, scale);
    QFETCH(double, squareMm);
    QFETCH(QString, scaleText);
    TERRITOIRE_SHARED_FILE(gridPath, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TestVectorLayer grid(gridPath, QColor(255, 0, 0), QStringLiteral("grid_1km_l93"));
    ManualClock clock(QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC));
    PrintLayout layout = caseLayout();
    layout.map.scale = scale;
    PdfExporter exporter(layout, Crs::lambert93(), {&grid}, &clock);
    ExportOptions options;
    options.dpi = 300;
    exporter.setOptions(options);
    const QString pdf = m_dir.filePath(QStringLiteral("square-%1.pdf").arg(scale));
    QVERIFY(exporter.exportPdf(pdf).ok);

    // Outer strokes of the square through its centre (135 mm, 85 mm), and the scale text.
    const QImage page = rasterisePage(pdf, measureDpi);
    const QList<double> xs = runCentres(page, qRound((85 - squareMm / 4) * pxPerMm), true, isRed);
    const QList<double> ys = runCentres(page, qRound((135 - squareMm / 4) * pxPerMm), false, isRed);
    QVERIFY2(xs.size() == 3 && ys.size() == 3,
             qPrintable(QStringLiteral("runs x=%1 y=%2").arg(xs.size()).arg(ys.size())));
    const double widthMm = (xs[2] - xs[0]) / pxPerMm;
    const double heightMm = (ys[2] - ys[0]) / pxPerMm;
    QVERIFY2(qAbs(widthMm - squareMm) <= 0.3, qPrintable(QString::number(widthMm)));
    QVERIFY2(qAbs(heightMm - squareMm) <= 0.3, qPrintable(QString::number(heightMm)));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(scaleText), qPrintable(text));
}

void TestExportScale::rasterVariant()
{
    // The same page as an image at 300 dpi (the preview): the 1 km square is 1181 +- 1 px.
    TERRITOIRE_SHARED_FILE(gridPath, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TestVectorLayer grid(gridPath, QColor(255, 0, 0), QStringLiteral("grid_1km_l93"));
    ManualClock clock(QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC));
    const PdfExporter exporter(caseLayout(), Crs::lambert93(), {&grid}, &clock);
    const QImage image = exporter.renderPreview(300).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(3507, 2480));
    const double px300 = 300 / 25.4;
    const QList<double> xs = runCentres(image, qRound(60 * px300), true, isRed);
    const QList<double> ys = runCentres(image, qRound(110 * px300), false, isRed);
    QVERIFY2(xs.size() == 3 && ys.size() == 3,
             qPrintable(QStringLiteral("runs x=%1 y=%2").arg(xs.size()).arg(ys.size())));
    QVERIFY2(qAbs(xs[2] - xs[0] - 1181) <= 1, qPrintable(QString::number(xs[2] - xs[0])));
    QVERIFY2(qAbs(ys[2] - ys[0] - 1181) <= 1, qPrintable(QString::number(ys[2] - ys[0])));
}

void TestExportScale::trueScaleInWebMercator()
{
    TERRITOIRE_SHARED_FILE(gridPath, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TestVectorLayer grid(gridPath, QColor(255, 0, 0), QStringLiteral("grid_1km_l93"));
    ManualClock clock(QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC));
    PrintLayout layout = caseLayout();
    const Crs mercator = Crs::fromEpsg(3857);
    layout.map.center
        = CoordinateTransform(Crs::lambert93(), mercator).transform(QPointF(990000, 6733000));

    // The grid unit is 1.48 ground metres here: a frame in "3857 metres" would be wrong.
    const double mpu = groundMetresPerMapUnit(mercator, layout.map.center);
    QVERIFY2(qAbs(1.0 / mpu - 1.4811) < 0.001, qPrintable(QString::number(1.0 / mpu)));

    PdfExporter exporter(layout, mercator, {&grid}, &clock);
    ExportOptions options;
    options.dpi = 300;
    exporter.setOptions(options);
    const QString pdf = m_dir.filePath(QStringLiteral("scale-3857.pdf"));
    const ExportResult result = exporter.exportPdf(pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QImage page = rasterisePage(pdf, measureDpi);
    const QList<double> xs = runCentres(page, qRound(60 * pxPerMm), true, isRed);
    QVERIFY2(xs.size() == 3, qPrintable(QString::number(xs.size())));
    const double widthMm = (xs[2] - xs[0]) / pxPerMm;
    QVERIFY2(qAbs(widthMm - 100.0) <= 0.3, qPrintable(QString::number(widthMm)));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QLatin1String("1:10 000")), qPrintable(text));
    const QString wkt = gdalInfo(pdf)
                            .value(QStringLiteral("coordinateSystem"))
                            .toObject()
                            .value(QStringLiteral("wkt"))
                            .toString();
    QVERIFY2(wkt.contains(QLatin1String("3857")), qPrintable(wkt));
}

QTEST_MAIN(TestExportScale)
#include "tst_export_scale.moc"
