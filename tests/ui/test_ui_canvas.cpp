// The map canvas and its status widgets: view maths, tools, scale input, and drawing off the UI
// thread with a test layer.
#include "TestLayer.h"
#include "canvas/CoordinateLabel.h"
#include "canvas/MapCanvas.h"
#include "canvas/MapTool.h"
#include "canvas/ScaleWidget.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace territoire;
using namespace territoire::test;

class TestUiCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseScale_data();
    void parseScale();
    void scaleWidgetEmitsEdits();
    void zoomKeepsPointUnderCursor();
    void panMovesCentre();
    void setScale();
    void boxZoom();
    void requestedClickGoesToCallback();
    void keysPanAndZoom();
    void previousImageStaysWhileRendering();
    void coordinatesUnderTheCursor_data();
    void coordinatesUnderTheCursor();
};

void TestUiCanvas::parseScale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // 0: rejected
    QTest::newRow("colon") << "1:5000" << 5000.0;
    QTest::newRow("space groups") << "1:25 000" << 25000.0;
    QTest::newRow("no-break space") << QString::fromUtf8("1:25\u202f000") << 25000.0;
    QTest::newRow("bare number") << "10000" << 10000.0;
    QTest::newRow("slash") << "1/2500" << 2500.0;
    QTest::newRow("dot groups") << "1:1.000.000" << 1000000.0;
    QTest::newRow("comma groups") << "1:5,000" << 5000.0;
    QTest::newRow("decimal comma") << "1:2,5" << 2.5;
    QTest::newRow("zero") << "1:0" << 0.0;
    QTest::newRow("negative") << "1:-500" << 0.0;
    QTest::newRow("words") << "large" << 0.0;
    QTest::newRow("empty") << "" << 0.0;
}

void TestUiCanvas::parseScale()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const std::optional<double> value = ScaleWidget::parseScale(text);
    if (expected == 0) {
        QVERIFY2(!value, qPrintable(QStringLiteral("accepted %1 as %2").arg(text).arg(*value)));
        return;
    }
    QVERIFY2(value, qPrintable(QStringLiteral("rejected %1").arg(text)));
    QCOMPARE(*value, expected);
}

void TestUiCanvas::scaleWidgetEmitsEdits()
{
    ScaleWidget widget;
    widget.setScale(12345.6);
    QVERIFY2(widget.currentText().startsWith(QStringLiteral("1:")),
             qPrintable(widget.currentText()));
    QSignalSpy edited(&widget, &ScaleWidget::scaleEdited);
    widget.lineEdit()->setText(QStringLiteral("1:5000"));
    Q_EMIT widget.lineEdit()->editingFinished();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().first().toDouble(), 5000.0);
    // Nonsense goes back to the current scale without a signal.
    widget.lineEdit()->setText(QStringLiteral("abc"));
    Q_EMIT widget.lineEdit()->editingFinished();
    QCOMPARE(edited.count(), 1);
    QVERIFY(widget.currentText().contains(QStringLiteral("5")));
}

void TestUiCanvas::zoomKeepsPointUnderCursor()
{
    MapCanvas canvas;
    canvas.resize(800, 600);
    canvas.setExtent(QRectF(QPointF(980000, 6720000), QPointF(1000000, 6740000)));
    const QPointF pixel(200, 150);
    const QPointF before = canvas.mapSettings().toMap(pixel);
    const double resolution = canvas.mapSettings().resolution();
    canvas.zoomByFactor(0.5, pixel);
    const QPointF after = canvas.mapSettings().toMap(pixel);
    QVERIFY2(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6,
             qPrintable(QStringLiteral("POINT(%1 %2) moved to POINT(%3 %4)")
                            .arg(before.x(), 0, 'f', 3)
                            .arg(before.y(), 0, 'f', 3)
                            .arg(after.x(), 0, 'f', 3)
                            .arg(after.y(), 0, 'f', 3)));
    QCOMPARE(canvas.mapSettings().resolution(), resolution * 0.5);
}

void TestUiCanvas::panMovesCentre()
{
    MapCanvas canvas;
    canvas.resize(400, 300);
    canvas.setScale(10000);
    canvas.setCenter(QPointF(990000, 6730000));
    QSignalSpy changed(&canvas, &MapCanvas::viewChanged);
    const double resolution = canvas.mapSettings().resolution();
    // Dragging the map to the right and down shows what lies west and north.
    canvas.panByPixels(QPointF(100, 50));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(canvas.mapSettings().center().x(), 990000 - 100 * resolution);
    QCOMPARE(canvas.mapSettings().center().y(), 6730000 + 50 * resolution);
}

void TestUiCanvas::setScale()
{
    MapCanvas canvas;
    canvas.resize(640, 480);
    canvas.setScale(5000);
    QVERIFY2(std::abs(canvas.mapSettings().scale() - 5000) < 0.01,
             qPrintable(QString::number(canvas.mapSettings().scale())));
    canvas.setScale(-3); // ignored
    QVERIFY(std::abs(canvas.mapSettings().scale() - 5000) < 0.01);
}

void TestUiCanvas::boxZoom()
{
    MapCanvas canvas;
    canvas.resize(800, 600);
    canvas.setExtent(QRectF(QPointF(980000, 6720000), QPointF(1000000, 6740000)));
    ZoomBoxTool tool(&canvas);
    canvas.setMapTool(&tool);
    const QPointF a = canvas.mapSettings().toMap(QPointF(100, 100));
    const QPointF b = canvas.mapSettings().toMap(QPointF(300, 250));
    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(&canvas, QPoint(200, 180));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(300, 250));
    const QRectF shown = canvas.mapSettings().visibleExtent();
    const QRectF wanted = QRectF(a, b).normalized();
    QVERIFY2(shown.contains(wanted.adjusted(1, 1, -1, -1)),
             qPrintable(QStringLiteral("shown %1,%2 %3x%4")
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(shown.width())
                            .arg(shown.height())));
    QVERIFY(shown.width() < wanted.width() * 1.5);
    canvas.setMapTool(nullptr);
}

void TestUiCanvas::requestedClickGoesToCallback()
{
    MapCanvas canvas;
    canvas.resize(400, 300);
    canvas.setScale(1000);
    canvas.setCenter(QPointF(989400, 6734300));
    PanTool pan(&canvas);
    canvas.setMapTool(&pan);
    QPointF picked(qQNaN(), qQNaN());
    canvas.requestClick([&picked](const QPointF &point) { picked = point; });
    QVERIFY(canvas.hasClickRequest());
    const QPoint centre(200, 150);
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, centre);
    QVERIFY(!canvas.hasClickRequest());
    QVERIFY2(std::abs(picked.x() - 989400) < 1 && std::abs(picked.y() - 6734300) < 1,
             qPrintable(QStringLiteral("POINT(%1 %2)").arg(picked.x()).arg(picked.y())));
    // Escape abandons a request.
    canvas.requestClick([](const QPointF &) {});
    QSignalSpy cancelled(&canvas, &MapCanvas::clickRequestCancelled);
    QTest::keyClick(&canvas, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    canvas.setMapTool(nullptr);
}

void TestUiCanvas::keysPanAndZoom()
{
    MapCanvas canvas;
    canvas.resize(400, 300);
    canvas.setScale(10000);
    canvas.setCenter(QPointF(990000, 6730000));
    const double resolution = canvas.mapSettings().resolution();
    QTest::keyClick(&canvas, Qt::Key_Plus);
    QCOMPARE(canvas.mapSettings().resolution(), resolution / 2);
    QTest::keyClick(&canvas, Qt::Key_Minus);
    QCOMPARE(canvas.mapSettings().resolution(), resolution);
    QTest::keyClick(&canvas, Qt::Key_Right);
    QVERIFY(canvas.mapSettings().center().x() > 990000);
    QTest::keyClick(&canvas, Qt::Key_Up);
    QVERIFY(canvas.mapSettings().center().y() > 6730000);
}

// The canvas draws off the UI thread: while a slow render runs, the last image stays on screen,
// scaled to the new view, and a further view change cancels the running render.
void TestUiCanvas::previousImageStaysWhileRendering()
{
    // A red square over the west half of the view.
    Symbol red = Symbol::fill(Qt::red, Qt::red, 0);
    TestLayer layer(QStringLiteral("square"),
                    {polygonFeature({rectRing(980000, 6720000, 990000, 6740000)})},
                    VectorStyle::single(red));
    MapCanvas canvas;
    canvas.setRefreshDelay(0);
    canvas.resize(400, 400);
    canvas.setExtent(QRectF(QPointF(980000, 6720000), QPointF(1000000, 6740000)));
    canvas.setLayers({&layer});
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QTRY_VERIFY_WITH_TIMEOUT(canvas.finishedRenderCount() > 0 && !canvas.isRendering(), 10000);
    const QColor before = canvas.grab().toImage().pixelColor(100, 200);
    QCOMPARE(before, QColor(Qt::red));

    // Zoom out ×2 around the centre with a slow layer: the old image, half as big, stays.
    layer.setDelayPerFeatureMs(1500);
    const int finished = canvas.finishedRenderCount();
    canvas.zoomByFactor(2, QPointF(200, 200));
    QTRY_VERIFY(canvas.isRendering());
    QCOMPARE(canvas.finishedRenderCount(), finished);
    const QImage during = canvas.grab().toImage();
    // The square now covers x 100..200 of the 400-pixel canvas (y 100..300); outside it, nothing.
    QCOMPARE(during.pixelColor(150, 200), QColor(Qt::red));
    QVERIFY(during.pixelColor(50, 200) != QColor(Qt::red));
    QVERIFY(during.pixelColor(250, 200) != QColor(Qt::red));

    // A second change while drawing cancels the running job and starts again.
    canvas.panByPixels(QPointF(10, 0));
    QTRY_VERIFY_WITH_TIMEOUT(layer.stats()->jobsCancelled.load() >= 1, 5000);
    layer.setDelayPerFeatureMs(0);
    QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering(), 10000);
    QCOMPARE(canvas.grab().toImage().pixelColor(160, 200), QColor(Qt::red));
}

void TestUiCanvas::coordinatesUnderTheCursor_data()
{
    QTest::addColumn<int>("epsg");
    QTest::addColumn<QPointF>("mapPoint");
    QTest::addColumn<QStringList>("expected");
    // Belfort (cases/geojson-legacy-crs): L93 989413.82 6734344.21 = lon 6.8563797 lat 47.6458650.
    QTest::newRow("Lambert-93 map")
        << 2154 << QPointF(989413.82, 6734344.21)
        << QStringList {"Lambert-93", "989414 m", "6734344 m", "lon 6.85638", "lat 47.6458"};
    QTest::newRow("WGS 84 map") << 4326 << QPointF(6.8563797, 47.6458650)
                                << QStringList {"6.856380", "47.645865"};
    QTest::newRow("Web Mercator map") << 3857 << QPointF(763240.0, 6046346.0)
                                      << QStringList {"EPSG:3857", "763240 m", "lon 6.85"};
}

void TestUiCanvas::coordinatesUnderTheCursor()
{
    QFETCH(int, epsg);
    QFETCH(QPointF, mapPoint);
    QFETCH(QStringList, expected);
    CoordinateLabel label;
    label.setMapCrs(Crs::fromEpsg(epsg));
    // Through the canvas signal, as in the main window.
    MapCanvas canvas;
    canvas.resize(400, 300);
    canvas.setMapCrs(Crs::fromEpsg(epsg));
    canvas.setCenter(mapPoint);
    canvas.setScale(10000);
    QObject::connect(&canvas, &MapCanvas::cursorMoved, &label, &CoordinateLabel::showPoint);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QTest::mouseMove(&canvas, QPoint(10, 10)); // the pointer may already rest at the centre
    QTest::mouseMove(&canvas, QPoint(200, 150));
    QTRY_VERIFY(label.text().contains(expected.constFirst()));
    for (const QString &part : expected)
        QVERIFY2(label.text().contains(part), qPrintable(label.text() + " lacks " + part));
}

QTEST_MAIN(TestUiCanvas)
#include "test_ui_canvas.moc"
