#include "ImageCheck.h"
#include "SharedData.h"

#include "layers/LayerTypes.h"
#include "layers/VectorLayer.h"
#include "map/LayerRegistry.h"
#include "render/MapRenderer.h"

#include <QTest>

using namespace territoire;

// Real data through the layers area and the map renderer, against control images.
class TestRenderReal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerLayerTypes(); }
    void communesInLambert93();
};

void TestRenderReal::communesInLambert93()
{
    TERRITOIRE_SHARED_FILE(path, "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    QString error;
    const QList<ProjectLayer> descriptors = descriptorsForSource(path, &error);
    QVERIFY2(descriptors.size() == 1, qPrintable(error));
    Project project;
    project.setMapCrs(Crs::lambert93());
    LayerContext context;
    context.project = &project;
    std::unique_ptr<MapLayer> layer
        = LayerRegistry::instance().create(descriptors.first(), context, &error);
    QVERIFY2(layer, qPrintable(error));
    QVERIFY2(waitForLayerLoaded(layer.get()), qPrintable(path));
    auto *vector = qobject_cast<VectorLayer *>(layer.get());
    QVERIFY(vector);
    QCOMPARE(vector->featureCount(), 102);
    // A fixed style, so that the image checks the geometry, reprojection and drawing only.
    vector->setStyle(
        VectorStyle::single(Symbol::fill(QColor(0xe6, 0xd8, 0xb8), QColor(0x6a, 0x50, 0x30), 0.3)));

    // The layer's extent in Lambert-93 (GDAL: 980958, 6710403 – 1012181, 6755320), within 500 m.
    const QRectF extent
        = CoordinateTransform(layer->crs(), Crs::lambert93()).transformBounds(layer->extent());
    const QString got = QStringLiteral("extent %1 %2 %3 %4")
                            .arg(extent.left(), 0, 'f', 0)
                            .arg(extent.top(), 0, 'f', 0)
                            .arg(extent.right(), 0, 'f', 0)
                            .arg(extent.bottom(), 0, 'f', 0);
    const QRectF features(QPointF(981470, 6711079), QPointF(1011646, 6754180));
    QVERIFY2(extent.adjusted(-50, -50, 50, 50).contains(features)
                 && features.adjusted(-1500, -1500, 1500, 1500).contains(extent),
             qPrintable(got));
    MapSettings settings;
    settings.setCrs(Crs::lambert93());
    settings.setOutputSize(QSize(160, 200));
    settings.setExtent(extent.adjusted(-500, -500, 500, 500));
    const QImage image = MapRenderer::renderImage(settings, {layer.get()}, Qt::white, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString message;
    QVERIFY2(test::matchesControl(image, QStringLiteral("communes-90-lambert93"), &message),
             qPrintable(message));
}

QTEST_MAIN(TestRenderReal)
#include "tst_real.moc"
