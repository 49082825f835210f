#include "ImageCheck.h"
#include "SharedData.h"
#include "TestLayer.h"

#include "render/DefaultStyles.h"
#include "render/MapRenderer.h"

#include <QPdfWriter>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace territoire;
using namespace territoire::test;

namespace {

// A 240 × 160 view over a 1200 m × 800 m scene in Lambert-93 (5 m per pixel).
MapSettings sceneSettings(double dpr = 1.0)
{
    MapSettings settings;
    settings.setCrs(Crs::lambert93());
    settings.setOutputSize(QSize(240, 160));
    settings.setDevicePixelRatio(dpr);
    settings.setExtent(QRectF(990000, 6730000, 1200, 800));
    return settings;
}

constexpr double X = 990000, Y = 6730000;

// Communes as categorized polygons (one with a hole), dashed and solid roads, markers.
QList<MapLayer *> scene(QObject *owner, bool labels)
{
    VectorStyle polygons = VectorStyle::categorized(
        QStringLiteral("type"),
        {{QStringLiteral("forêt"),
          Symbol::fill(QColor(0xad, 0xd1, 0x9e), QColor(0x40, 0x70, 0x40), 0.4),
          {}},
         {QStringLiteral("eau"),
          Symbol::fill(QColor(0xaa, 0xd3, 0xdf), QColor(0x4a, 0x90, 0xc8), 0.6),
          {}}});
    polygons.setOtherSymbol(Symbol::fill(QColor(230, 225, 220), QColor(120, 120, 120)));
    LabelSettings polygonLabels;
    polygonLabels.enabled = labels;
    polygonLabels.field = QStringLiteral("nom");
    polygonLabels.placement = LabelPlacement::PolygonCentroid;
    polygons.setLabels(polygonLabels);
    auto *areas = new TestLayer(
        QStringLiteral("areas"),
        {polygonFeature(
             {rectRing(X + 50, Y + 50, X + 550, Y + 450),
              rectRing(X + 200, Y + 150, X + 400, Y + 300)},
             {{"type", QStringLiteral("forêt")}, {"nom", QStringLiteral("Bois d'Évette")}}),
         polygonFeature({QPolygonF({QPointF(X + 650, Y + 100), QPointF(X + 1150, Y + 150),
                                    QPointF(X + 900, Y + 700), QPointF(X + 650, Y + 100)})},
                        {{"type", QStringLiteral("eau")}, {"nom", QStringLiteral("Étang")}}),
         polygonFeature({rectRing(X + 50, Y + 550, X + 450, Y + 750)},
                        {{"type", QStringLiteral("bâti")}})},
        polygons, owner);

    const VectorStyle roads = DefaultStyles::forOsm(QStringLiteral("lines"), GeometryKind::Line);
    auto *lines = new TestLayer(
        QStringLiteral("roads"),
        {lineFeature(QPolygonF({QPointF(X, Y + 500), QPointF(X + 600, Y + 520),
                                QPointF(X + 1200, Y + 480)}),
                     {{"highway", QStringLiteral("primary")}}),
         lineFeature(QPolygonF({QPointF(X + 300, Y), QPointF(X + 320, Y + 800)}),
                     {{"highway", QStringLiteral("track")}}),
         lineFeature(QPolygonF({QPointF(X + 700, Y + 800), QPointF(X + 1200, Y + 300)}),
                     {{"other_tags", QStringLiteral("\"railway\"=>\"rail\"")}})},
        roads, owner);

    QList<TestFeature> points;
    const MarkerShape shapes[] = {MarkerShape::Circle, MarkerShape::Square, MarkerShape::Triangle,
                                  MarkerShape::Cross, MarkerShape::Star};
    QList<VectorStyle::Category> markerCategories;
    for (int i = 0; i < 5; ++i) {
        points.append(pointFeature(X + 150 + i * 200, Y + 620, {{"shape", i}}));
        markerCategories.append(
            {i, Symbol::marker(shapes[i], DefaultStyles::paletteColor(i), 3.5), {}});
    }
    auto *markers
        = new TestLayer(QStringLiteral("markers"), points,
                        VectorStyle::categorized(QStringLiteral("shape"), markerCategories), owner);
    return {areas, lines, markers};
}

QList<MapLayer *> overlapping(QObject *owner)
{
    auto *bottom = new TestLayer(
        QStringLiteral("bottom"), {polygonFeature({rectRing(X + 100, Y + 100, X + 700, Y + 600)})},
        VectorStyle::single(Symbol::fill(QColor(0, 0, 255), Qt::transparent)), owner);
    // Two overlapping features in one half-transparent layer: the layer is composed as a
    // whole, so the overlap is not darker than the rest.
    auto *top = new TestLayer(QStringLiteral("top"),
                              {polygonFeature({rectRing(X + 500, Y + 200, X + 1100, Y + 700)}),
                               polygonFeature({rectRing(X + 300, Y + 300, X + 800, Y + 500)})},
                              VectorStyle::single(Symbol::fill(QColor(255, 0, 0), Qt::transparent)),
                              owner);
    top->setOpacity(0.5);
    return {bottom, top};
}

QImage renderAsync(MapRenderer &renderer, const MapSettings &settings,
                   const QList<MapLayer *> &layers)
{
    QSignalSpy spy(&renderer, &MapRenderer::finished);
    renderer.start(settings, layers);
    if (!spy.wait(20000))
        return {};
    return spy.first().first().value<QImage>();
}

QList<MapLayer *> slowLayers(QObject *owner, int features, int delayMs)
{
    QList<TestFeature> list;
    for (int i = 0; i < features; ++i)
        list.append(pointFeature(X + i * 10, Y + i * 5));
    auto *layer = new TestLayer(QStringLiteral("slow"), list, VectorStyle(), owner);
    layer->setDelayPerFeatureMs(delayMs);
    return {layer};
}

} // namespace

class TestRenderRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlImages_data();
    void controlImages();
    void layerOpacityComposesWholeLayer();
    void restartCancelsPrevious();
    void cancelEmitsNothing();
    void layerDeletedAfterStart();
    void hiddenAndOutOfScaleSkipped_data();
    void hiddenAndOutOfScaleSkipped();
    void failingLayerReported();
    void pdfStaysVector();
};

void TestRenderRenderer::controlImages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("dpr");
    QTest::addColumn<bool>("labels");
    QTest::addColumn<bool>("async");
    QTest::newRow("styled scene") << "scene" << 1.0 << false << true;
    QTest::newRow("styled scene, synchronous") << "scene" << 1.0 << false << false;
    QTest::newRow("HiDPI scene") << "scene-hidpi" << 2.0 << false << true;
    QTest::newRow("labels with halo and accents") << "scene-labels" << 1.0 << true << true;
    QTest::newRow("layer opacity") << "opacity" << 1.0 << false << true;
}

void TestRenderRenderer::controlImages()
{
    QFETCH(QString, name);
    QFETCH(double, dpr);
    QFETCH(bool, labels);
    QFETCH(bool, async);
    QObject owner;
    const QList<MapLayer *> layers
        = name == QLatin1String("opacity") ? overlapping(&owner) : scene(&owner, labels);
    const MapSettings settings = sceneSettings(dpr);
    QImage image;
    if (async) {
        MapRenderer renderer;
        renderer.setBackgroundColor(Qt::white);
        image = renderAsync(renderer, settings, layers);
    } else {
        image = MapRenderer::renderImage(settings, layers);
    }
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(qRound(240 * dpr), qRound(160 * dpr)));
    QCOMPARE(image.devicePixelRatio(), dpr);
    QString message;
    QVERIFY2(matchesControl(image, name, &message), qPrintable(message));
}

void TestRenderRenderer::layerOpacityComposesWholeLayer()
{
    QObject owner;
    MapRenderer renderer;
    renderer.setBackgroundColor(Qt::white);
    const QImage image = renderAsync(renderer, sceneSettings(), overlapping(&owner));
    QVERIFY(!image.isNull());
    const MapSettings s = sceneSettings();
    auto at = [&](double x, double y) {
        return QColor(image.pixel(s.toPixel(QPointF(X + x, Y + y)).toPoint()));
    };
    // Red at 50 % over white, over blue, and where the top layer's features overlap.
    const QColor overWhite = at(1000, 650), overBlue = at(600, 250), overlap = at(600, 400);
    QVERIFY2(qAbs(overWhite.red() - 255) <= 2 && qAbs(overWhite.green() - 128) <= 3,
             qPrintable(overWhite.name()));
    QVERIFY2(qAbs(overBlue.red() - 128) <= 3 && qAbs(overBlue.blue() - 128) <= 3,
             qPrintable(overBlue.name()));
    QCOMPARE(overlap.name(), overBlue.name());
}

void TestRenderRenderer::restartCancelsPrevious()
{
    QObject owner;
    const QList<MapLayer *> layers = slowLayers(&owner, 400, 5); // about 2 s uncancelled
    auto stats = static_cast<TestLayer *>(layers.first())->stats();
    MapRenderer renderer;
    QSignalSpy finished(&renderer, &MapRenderer::finished);
    QSignalSpy progress(&renderer, &MapRenderer::progress);
    MapSettings first = sceneSettings();
    renderer.start(first, layers);
    QTRY_VERIFY(stats->jobsCreated == 1);
    static_cast<TestLayer *>(layers.first())->setDelayPerFeatureMs(0);
    MapSettings second = sceneSettings();
    second.setCenter(second.center() + QPointF(100, 0));
    renderer.start(second, layers);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    // The image is for the second view, the first job stopped early.
    QCOMPARE(finished.first().at(1).value<MapSettings>().center(), second.center());
    // The first job stopped early, or never started when the thread pool was busy.
    QTRY_COMPARE(stats->jobsDestroyed.load(), 2);
    QCOMPARE(stats->jobsFinished.load(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 1);
    QCOMPARE(progress.last().at(1).toInt(), 1);
    QVERIFY(!renderer.isActive());
}

void TestRenderRenderer::cancelEmitsNothing()
{
    QObject owner;
    const QList<MapLayer *> layers = slowLayers(&owner, 400, 5);
    auto stats = static_cast<TestLayer *>(layers.first())->stats();
    MapRenderer renderer;
    QSignalSpy finished(&renderer, &MapRenderer::finished);
    renderer.start(sceneSettings(), layers);
    QVERIFY(renderer.isActive());
    renderer.cancel();
    QVERIFY(!renderer.isActive());
    QTRY_COMPARE(stats->jobsDestroyed.load(), 1);
    QCOMPARE(stats->jobsFinished.load(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

void TestRenderRenderer::layerDeletedAfterStart()
{
    auto *owner = new QObject;
    const QList<MapLayer *> layers = scene(owner, true);
    QPointer<MapLayer> first = layers.first();
    MapRenderer renderer;
    renderer.setBackgroundColor(Qt::white);
    QSignalSpy finished(&renderer, &MapRenderer::finished);
    renderer.start(sceneSettings(), layers);
    delete owner; // every layer goes while its job may still be drawing
    QVERIFY(first.isNull());
    QVERIFY(finished.wait(10000));
    // The snapshot still drew the layers.
    QString message;
    QVERIFY2(matchesControl(finished.first().first().value<QImage>(),
                            QStringLiteral("scene-labels"), &message),
             qPrintable(message));
}

void TestRenderRenderer::hiddenAndOutOfScaleSkipped_data()
{
    QTest::addColumn<bool>("visible");
    QTest::addColumn<double>("minScale");
    QTest::addColumn<double>("maxScale");
    QTest::addColumn<int>("expectedJobs");
    // The scene view is at about 1:18 900.
    QTest::newRow("visible") << true << 0.0 << 0.0 << 1;
    QTest::newRow("hidden") << false << 0.0 << 0.0 << 0;
    QTest::newRow("only below 1:10 000") << true << 10000.0 << 0.0 << 0;
    QTest::newRow("only above 1:50 000") << true << 0.0 << 50000.0 << 0;
    QTest::newRow("inside its range") << true << 50000.0 << 10000.0 << 1;
}

void TestRenderRenderer::hiddenAndOutOfScaleSkipped()
{
    QFETCH(bool, visible);
    QFETCH(double, minScale);
    QFETCH(double, maxScale);
    QFETCH(int, expectedJobs);
    QObject owner;
    auto *layer = static_cast<TestLayer *>(slowLayers(&owner, 3, 0).first());
    layer->setVisible(visible);
    ProjectLayer d = layer->descriptor();
    d.minScale = minScale;
    d.maxScale = maxScale;
    layer->applyDescriptor(d);
    MapRenderer renderer;
    QSignalSpy finished(&renderer, &MapRenderer::finished);
    renderer.start(sceneSettings(), {layer});
    QVERIFY(finished.wait(10000));
    QCOMPARE(layer->stats()->jobsCreated.load(), expectedJobs);
    QCOMPARE(MapRenderer::renderImage(sceneSettings(), {layer}).isNull(), false);
    QCOMPARE(layer->stats()->jobsCreated.load(), expectedJobs * 2);
}

void TestRenderRenderer::failingLayerReported()
{
    QObject owner;
    const QList<MapLayer *> layers = scene(&owner, false);
    static_cast<TestLayer *>(layers.at(1))
        ->setFailWith(QStringLiteral("roads.gpkg: disk I/O error"));
    MapRenderer renderer;
    QSignalSpy finished(&renderer, &MapRenderer::finished);
    QSignalSpy failed(&renderer, &MapRenderer::layerFailed);
    renderer.start(sceneSettings(), layers);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("roads"));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("roads.gpkg: disk I/O error"));

    QString error;
    const QImage image = MapRenderer::renderImage(sceneSettings(), layers, Qt::white, &error);
    QVERIFY(!image.isNull());
    QVERIFY2(error.contains(QStringLiteral("roads")) && error.contains(QStringLiteral("I/O")),
             qPrintable(error));
}

void TestRenderRenderer::pdfStaysVector()
{
    QObject owner;
    const QList<MapLayer *> layers = scene(&owner, true);
    layers.at(0)->setOpacity(0.6);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    MapSettings settings = sceneSettings();
    settings.setOutputDpi(300);
    settings.setOutputSize(QSize(1000, 667)); // 85 × 56 mm at 300 dpi
    settings.setExtent(QRectF(X, Y, 1200, 800));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        QPainter painter(&writer);
        QString error;
        QVERIFY2(MapRenderer::renderToPainter(painter, settings, layers, nullptr, &error),
                 qPrintable(error));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY2(!pdf.contains("/Subtype /Image"), "the PDF holds a raster image");
    QVERIFY2(pdf.size() < 200 * 1024, qPrintable(QString::number(pdf.size())));

    // The labels are text, the features paths.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdftocairo = QStandardPaths::findExecutable(QStringLiteral("pdftocairo"));
    TERRITOIRE_REQUIRE(!pdftotext.isEmpty() && !pdftocairo.isEmpty(),
                       "poppler-utils is not installed");
    QProcess text;
    text.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(QStringLiteral("Bois d'Évette"))
                 || words.contains(QStringLiteral("Bois d’Évette")),
             qPrintable(words));
    QProcess svg;
    svg.start(pdftocairo, {QStringLiteral("-svg"), path, dir.filePath(QStringLiteral("map.svg"))});
    QVERIFY(svg.waitForFinished(30000));
    QFile svgFile(dir.filePath(QStringLiteral("map.svg")));
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY2(svgText.count("<path") >= 10, qPrintable(QString::number(svgText.count("<path"))));
    QVERIFY2(!svgText.contains("<image"), "pdftocairo found an image in the PDF");
}

QTEST_MAIN(TestRenderRenderer)
#include "tst_renderer.moc"
