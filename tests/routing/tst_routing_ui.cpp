#include "routing/OsmGraphReader.h"
#include "routing/ProfileDialog.h"
#include "routing/RouteLayer.h"
#include "routing/Router.h"

#include "SharedData.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace territoire;

class TestRoutingUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routeLayerDrawsCompliance();
    void profileDialogRoundTrip();
};

void TestRoutingUi::routeLayerDrawsCompliance()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    Router router;
    router.setGraph(read.graph);
    // A to G: compliant-unknown stretches then the non-compliant way 6108.
    const RouteResult route
        = router.route(LonLat(6.8795898, 47.6374881), LonLat(6.8796552, 47.6383872),
                       Profile::builtin(QStringLiteral("norm-2007")));
    QVERIFY(route.isValid());
    RouteLayer layer;
    QSignalSpy repaint(&layer, &MapLayer::repaintRequested);
    layer.setRoute(route);
    QCOMPARE(repaint.count(), 1);
    QVERIFY(!layer.extent().isNull());
    QCOMPARE(layer.legend().size(), 3);

    MapSettings settings;
    settings.setCrs(Crs::lambert93());
    settings.setOutputSize(QSize(300, 300));
    const QPolygonF projected = route.geometryIn(Crs::lambert93());
    QVERIFY(!projected.isEmpty());
    settings.setExtent(projected.boundingRect().adjusted(-30, -30, 30, 30));
    auto job = layer.createRenderJob(settings);
    QVERIFY(job);
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    RenderContext context(settings);
    QVERIFY2(job->render(painter, context), qPrintable(job->errorString()));
    painter.end();
    int red = 0, orange = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 250)
                continue;
            if (c.red() > 200 && c.green() < 60)
                ++red;
            else if (c.red() > 220 && c.green() > 110 && c.green() < 170 && c.blue() < 80)
                ++orange;
        }
    }
    QVERIFY2(red > 50, qPrintable(QString::number(red))); // way 6108 breaks the norm
    QVERIFY2(orange > 50, qPrintable(QString::number(orange))); // untagged slopes: unknown

    layer.clear();
    QVERIFY(!layer.createRenderJob(settings));
}

void TestRoutingUi::profileDialogRoundTrip()
{
    Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    norm.maxKerbM = 0.04; // chamfered kerbs
    norm.minWidthM.reset();
    ProfileDialog dialog(norm);
    const Profile back = dialog.profile();
    QVERIFY(back.maxKerbM && std::abs(*back.maxKerbM - 0.04) < 1e-9);
    QVERIFY(!back.minWidthM);
    QVERIFY(back.maxSlopeUp && std::abs(*back.maxSlopeUp - 0.05) < 1e-9);
    QCOMPARE(back.allowSteps, false);
    QCOMPARE(back.worstSurface, SurfaceClass::Smooth);
    // Profiles survive JSON, as in the project's "routing" section.
    QJsonObject section {
        {QStringLiteral("profiles"), QJsonObject {{QStringLiteral("norm-2007"), back.toJson()}}}};
    const auto reloaded = Profile::fromSection(section, QStringLiteral("norm-2007"));
    QVERIFY(reloaded);
    QCOMPARE(reloaded->toJson(), back.toJson());
    QString error;
    QVERIFY(!Profile::fromSection({}, QStringLiteral("rocket"), &error));
    QVERIFY(error.contains(QStringLiteral("rocket")));
    QVERIFY(
        !Profile::fromJson({{QStringLiteral("max_kerb_m"), QStringLiteral("high")}}, norm, &error));
    QVERIFY(error.contains(QStringLiteral("max_kerb_m")));
}

QTEST_MAIN(TestRoutingUi)
#include "tst_routing_ui.moc"
