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

    // The layer's extent in Lambert-93: the département is around x 985–1015 km, y 6700–6745 km.
    const QRectF extent
        = CoordinateTransform(layer->crs(), Crs::lambert93()).transformBounds(layer->extent());
    QVERIFY2(extent.left() > 980000 && extent.right() < 1020000 && extent.top() > 6690000
                 && extent.bottom() < 6750000,
             qPrintable(QStringLiteral("extent %1 %2 %3 %4")
                            .arg(extent.left())
                            .arg(extent.top())
                            .arg(extent.right())
                            .arg(extent.bottom())));
    MapSettings settings;
    settings.setCrs(Crs::lambert93());
    settings.setOutputSize(QSize(200, 260));
    settings.setExtent(extent.adjusted(-500, -500, 500, 500));
    const QImage image = MapRenderer::renderImage(settings, {layer.get()}, Qt::white, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString message;
    QVERIFY2(test::matchesControl(image, QStringLiteral("communes-90-lambert93"), &message),
             qPrintable(message));
}

QTEST_MAIN(TestRenderReal)
#include "tst_real.moc"
