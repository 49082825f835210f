#include "common/AppContext.h"
#include "routing/OsmGraphReader.h"
#include "routing/ProfileDialog.h"
#include "routing/RouteLayer.h"
#include "routing/RoutePanel.h"
#include "routing/Router.h"

#include "SharedData.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace territoire;

namespace {

// What the main window offers, reduced to what the route panel uses; map clicks are kept
// for the test to answer.
class FakeContext : public AppContext
{
public:
    FakeContext() { m_settings.setCrs(Crs::lambert93()); }
    ~FakeContext() override { qDeleteAll(m_layers); }

    QMainWindow *mainWindow() const override { return const_cast<QMainWindow *>(&m_window); }
    Clock *clock() const override { return nullptr; }
    Project &project() override { return m_project; }
    void setProjectModified() override { }
    QList<MapLayer *> layers() const override { return m_layers; }
    void addLayer(std::unique_ptr<MapLayer> layer) override { m_layers.append(layer.release()); }
    void removeLayer(MapLayer *layer) override
    {
        m_layers.removeAll(layer);
        delete layer;
    }
    MapSettings mapSettings() const override { return m_settings; }
    void setMapExtent(const QRectF &) override { }
    void refreshMap() override { ++refreshes; }
    void requestMapClick(const QString &, std::function<void(const QPointF &)> callback) override
    {
        pendingClick = std::move(callback);
    }
    QMenu *menu(const QString &) override { return nullptr; }
    QToolBar *toolBar() override { return nullptr; }
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override
    {
        m_window.addDockWidget(area, dock);
    }
    void showMessage(const QString &, int) override { }
    void reportError(const QString &text) override { errors.append(text); }

    std::function<void(const QPointF &)> pendingClick;
    QStringList errors;
    int refreshes = 0;

private:
    QMainWindow m_window;
    Project m_project;
    MapSettings m_settings;
    QList<MapLayer *> m_layers;
};

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child widget %s", name);
    return widget;
}

} // namespace

class TestRoutingUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routeLayerDrawsCompliance();
    void profileDialogRoundTrip();
    void routePanelShowsRouteAndExplanation();
    void routePanelDrawsBayCoverage();
    void routePanelNamesAllowances();
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
    // The extent spans the route (A to G, about 100 m north), not only its first point.
    const QRectF extent = layer.extent();
    QVERIFY2(extent.height() > 0.0008 && extent.height() < 0.0012
                 && extent.contains(QPointF(6.8796, 47.638)),
             qPrintable(QStringLiteral("%1 x %2").arg(extent.width()).arg(extent.height())));
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
    norm.maxKerbM = 0.03;
    norm.maxChamferedKerbM = 0.05;
    norm.minWidthM.reset();
    norm.minWidthUnobstructedM.reset();
    ProfileDialog dialog(norm);
    const Profile back = dialog.profile();
    QVERIFY(back.maxKerbM && std::abs(*back.maxKerbM - 0.03) < 1e-9);
    QVERIFY(back.maxChamferedKerbM && std::abs(*back.maxChamferedKerbM - 0.05) < 1e-9);
    QVERIFY(!back.minWidthM);
    QVERIFY(!back.minWidthUnobstructedM);
    const Profile defaults = ProfileDialog(Profile::builtin(QStringLiteral("norm-2007"))).profile();
    QVERIFY(defaults.maxChamferedKerbM && std::abs(*defaults.maxChamferedKerbM - 0.04) < 1e-9);
    QVERIFY(defaults.minWidthUnobstructedM
            && std::abs(*defaults.minWidthUnobstructedM - 1.20) < 1e-9);
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

// The panel end to end: network loaded off the UI thread, start picked on the map, end typed,
// profile chosen; the stretches coloured by verdict, the warnings and the explanation shown
// and the route drawn as a layer.
void TestRoutingUi::routePanelShowsRouteAndExplanation()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    FakeContext context;
    Router router;
    RoutePanel panel(context, &router);
    child<QComboBox>(panel, "osmSource")->setEditText(path);
    child<QPushButton>(panel, "loadNetwork")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(panel, "findRoute")->isEnabled(), 30000);
    QVERIFY2(child<QLabel>(panel, "networkStatus")->text().contains(QStringLiteral("12 walkable")),
             qPrintable(child<QLabel>(panel, "networkStatus")->text()));

    // Start A picked on the map (Lambert-93 click), end G typed.
    child<QPushButton>(panel, "fromPick")->click();
    QVERIFY(context.pendingClick);
    context.pendingClick(toProjected(LonLat(6.8795898, 47.6374881), Crs::lambert93()));
    const QString picked = child<QLineEdit>(panel, "from")->text();
    QVERIFY2(picked.startsWith(QStringLiteral("6.87958")), qPrintable(picked));
    child<QLineEdit>(panel, "to")->setText(QStringLiteral("6.8796552,47.6383872"));
    auto *profile = child<QComboBox>(panel, "profile");
    profile->setCurrentIndex(profile->findData(QStringLiteral("norm-2007")));
    child<QPushButton>(panel, "findRoute")->click();
    QVERIFY2(context.errors.isEmpty(), qPrintable(context.errors.join(QLatin1Char('\n'))));

    // Four stretches, the last one (way 6108) non-compliant with both reasons.
    auto *stretches = child<QTreeWidget>(panel, "stretches");
    QCOMPARE(stretches->topLevelItemCount(), 4);
    QTreeWidgetItem *last = stretches->topLevelItem(3);
    QCOMPARE(last->text(0), QStringLiteral("non-compliant"));
    QCOMPARE(last->text(2), QStringLiteral("way 6108"));
    QVERIFY2(last->text(3).contains(QStringLiteral("wheelchair=limited")),
             qPrintable(last->text(3)));
    QVERIFY(last->foreground(0).color() != stretches->topLevelItem(0)->foreground(0).color());
    QVERIFY(!child<QListWidget>(panel, "warnings")
                 ->findItems(QStringLiteral("ramp slope unknown on way 6103"), Qt::MatchExactly)
                 .isEmpty());
    const QString explanation = child<QTextBrowser>(panel, "explanation")->toPlainText();
    QVERIFY2(explanation.contains(QStringLiteral("surface \"sett\" is not firm and smooth")),
             qPrintable(explanation));
    QVERIFY2(child<QLabel>(panel, "summary")->text().startsWith(QStringLiteral("140 m")),
             qPrintable(child<QLabel>(panel, "summary")->text()));
    QCOMPARE(context.layers().size(), 1);
    QVERIFY(qobject_cast<RouteLayer *>(context.layers().first()));
    QVERIFY(context.refreshes > 0);

    // A typed point far from any way: the reason, no stale stretches.
    child<QLineEdit>(panel, "to")->setText(QStringLiteral("6.88,47.63"));
    child<QPushButton>(panel, "findRoute")->click();
    QCOMPARE(stretches->topLevelItemCount(), 0);
    QVERIFY2(child<QLabel>(panel, "summary")->text().contains(QStringLiteral("no footway within")),
             qPrintable(child<QLabel>(panel, "summary")->text()));

    // H to G: no known breach, but the slope of way 6110 is unknown: not "meets the profile".
    child<QLineEdit>(panel, "from")->setText(QStringLiteral("6.8799212,47.6383783"));
    child<QLineEdit>(panel, "to")->setText(QStringLiteral("6.8796552,47.6383872"));
    child<QPushButton>(panel, "findRoute")->click();
    const QString summary = child<QLabel>(panel, "summary")->text();
    QVERIFY2(summary.contains(QStringLiteral("No known breach of the profile; 80 m could not be "
                                             "verified (missing data).")),
             qPrintable(summary));
}

// Paris: the 20 disabled bays of the extract, their compliant 200 m drawn as a layer.
void TestRoutingUi::routePanelDrawsBayCoverage()
{
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    FakeContext context;
    Router router;
    RoutePanel panel(context, &router);
    child<QComboBox>(panel, "osmSource")->setEditText(path);
    child<QPushButton>(panel, "loadNetwork")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(panel, "findRoute")->isEnabled(), 30000);
    QVERIFY2(child<QLabel>(panel, "networkStatus")->text().contains(QStringLiteral("20 disabled")),
             qPrintable(child<QLabel>(panel, "networkStatus")->text()));
    child<QPushButton>(panel, "coverage")->click();
    QVERIFY2(context.errors.isEmpty(), qPrintable(context.errors.join(QLatin1Char('\n'))));
    // Computed off the UI thread, then drawn.
    QTRY_COMPARE_WITH_TIMEOUT(context.layers().size(), 1, 30000);
    QVERIFY2(child<QLabel>(panel, "networkStatus")->text().contains(QStringLiteral("20 bays")),
             qPrintable(child<QLabel>(panel, "networkStatus")->text()));
    auto *layer = qobject_cast<CoverageLayer *>(context.layers().first());
    QVERIFY(layer);
    QVERIFY(!layer->legend().isEmpty());
    // Drawn over the bays' part of the extract (WGS 84, 2.3432-2.3541 E, 48.877-48.881 N).
    const QRectF extent = layer->extent();
    QVERIFY2(extent.width() > 0.002 && extent.height() > 0.001 && extent.left() > 2.34
                 && extent.right() < 2.36 && extent.top() > 48.87 && extent.bottom() < 48.89,
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(extent.left())
                            .arg(extent.top())
                            .arg(extent.right())
                            .arg(extent.bottom())));
}

// A 1.30 m footway with nothing along it meets norm-2007 only through the 1.20 m allowance:
// the panel says so in the stretch, the warnings and the explanation.
void TestRoutingUi::routePanelNamesAllowances()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("narrow.osm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
 <node id="1" lat="47.6400" lon="6.8600" version="1"/>
 <node id="2" lat="47.6400" lon="6.8610" version="1"/>
 <node id="3" lat="47.6400" lon="6.8620" version="1"/>
 <way id="10" version="1">
  <nd ref="1"/><nd ref="2"/><nd ref="3"/>
  <tag k="highway" v="footway"/><tag k="width" v="1.30"/><tag k="surface" v="asphalt"/>
  <tag k="smoothness" v="good"/><tag k="incline" v="0%"/><tag k="incline:across" v="0%"/>
 </way>
</osm>
)");
    file.close();
    FakeContext context;
    Router router;
    RoutePanel panel(context, &router);
    child<QComboBox>(panel, "osmSource")->setEditText(path);
    child<QPushButton>(panel, "loadNetwork")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(panel, "findRoute")->isEnabled(), 30000);
    child<QLineEdit>(panel, "from")->setText(QStringLiteral("6.8600,47.6400"));
    child<QLineEdit>(panel, "to")->setText(QStringLiteral("6.8620,47.6400"));
    auto *profile = child<QComboBox>(panel, "profile");
    profile->setCurrentIndex(profile->findData(QStringLiteral("norm-2007")));
    child<QPushButton>(panel, "findRoute")->click();
    QVERIFY2(context.errors.isEmpty(), qPrintable(context.errors.join(QLatin1Char('\n'))));
    QVERIFY2(child<QLabel>(panel, "summary")->text().contains(QStringLiteral("meets the profile")),
             qPrintable(child<QLabel>(panel, "summary")->text()));
    auto *stretches = child<QTreeWidget>(panel, "stretches");
    QVERIFY(stretches->topLevelItemCount() >= 1);
    const QString details = stretches->topLevelItem(0)->text(3);
    QVERIFY2(details.contains(QStringLiteral("1.30 m accepted")), qPrintable(details));
    QVERIFY(!child<QListWidget>(panel, "warnings")
                 ->findItems(QStringLiteral("Allowance of the norm used"), Qt::MatchStartsWith)
                 .isEmpty());
    const QString explanation = child<QTextBrowser>(panel, "explanation")->toPlainText();
    QVERIFY2(explanation.contains(QStringLiteral("allowances")), qPrintable(explanation));
}

QTEST_MAIN(TestRoutingUi)
#include "tst_routing_ui.moc"
