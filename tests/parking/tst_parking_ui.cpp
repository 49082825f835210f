// The parking feature as the desktop application runs it: the controller reads the project's
// parking section (real OSM of Paris 10e), polls a recorded ParkAPI answer through the shared
// feed engine, and the panel answers "nearest free bay" for a clicked destination, again when
// a bay is taken.
#include "MockHttpServer.h"
#include "SharedData.h"

#include "base/Clock.h"
#include "base/Crs.h"
#include "common/AppContext.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "parking/BayLayer.h"
#include "parking/InventoryReader.h"
#include "parking/ParkingController.h"
#include "parking/ParkingDock.h"

#include <QJsonArray>
#include <QListWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

using namespace territoire;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// What the main window offers, reduced to what the parking feature uses.
class FakeContext : public AppContext
{
public:
    explicit FakeContext(Clock *clock)
        : m_clock(clock)
    {
        m_settings.setCrs(Crs::lambert93());
    }
    ~FakeContext() override { qDeleteAll(m_layers); }

    QMainWindow *mainWindow() const override { return const_cast<QMainWindow *>(&m_window); }
    Clock *clock() const override { return m_clock; }
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
    void refreshMap() override { }
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

private:
    Clock *m_clock;
    QMainWindow m_window;
    Project m_project;
    MapSettings m_settings;
    QList<MapLayer *> m_layers;
};

QJsonObject spots(const BayList &bays, const QString &takenId)
{
    QJsonArray items;
    for (const Bay &bay : bays) {
        if (bay.kind != Bay::Kind::Space)
            continue;
        items.append(
            QJsonObject {{"uid", bay.id},
                         {"realtime_status", bay.id == takenId ? "TAKEN" : "AVAILABLE"},
                         {"realtime_data_updated_at",
                          takenId.isEmpty() ? "2025-07-18T06:40:00Z" : "2025-07-18T06:44:00Z"}});
    }
    return QJsonObject {{"items", items}};
}

} // namespace

class TestParkingUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearestFreeBayFromTheMap();
};

void TestParkingUi::nearestFreeBayFromTheMap()
{
    TERRITOIRE_SHARED_FILE(osm, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    InventorySource source;
    source.id = QStringLiteral("osm");
    source.path = osm;
    source.format = QStringLiteral("osm");
    const InventoryResult inventory = readInventory(source);
    QVERIFY2(inventory.isOk(), qPrintable(inventory.error));
    const QString best = QStringLiteral("node/2549712900"); // see test_parking_nearest

    // The feed answers "all free" once, then "the best bay is taken".
    const QJsonObject json {{"Content-Type", "application/json"}};
    const QJsonArray routes {
        QJsonObject {{"path", "/spots"},
                     {"times", 1},
                     {"headers", json},
                     {"body_json", spots(inventory.bays, {})}},
        QJsonObject {
            {"path", "/spots"}, {"headers", json}, {"body_json", spots(inventory.bays, best)}},
    };
    territoire::test::MockHttpServer server;
    QString error;
    QVERIFY2(server.start(QJsonObject {{"routes", routes}}, &error), qPrintable(error));

    ManualClock clock(utc("2025-07-18T06:45:00Z"));
    FakeContext context(&clock);
    ObservationCache cache(QStringLiteral(":memory:"));
    QVERIFY(cache.open());
    auto *engine = new FeedEngine(&clock, &cache, &context);
    engine->setMaxRetries(0);
    context.setService(QStringLiteral("feeds"), engine);
    context.project().setSection(
        QStringLiteral("parking"),
        QJsonObject {
            {"sources", QJsonArray {QJsonObject {{"id", "osm"}, {"path", osm}, {"format", "osm"}}}},
            {"feeds",
             QJsonArray {QJsonObject {{"id", "spots"},
                                      {"url", server.baseUrl().toString() + "/spots"},
                                      {"format", "parkapi"},
                                      {"interval", 3600},
                                      {"sources", QJsonArray {"osm"}}}}},
            {"routing", QJsonObject {{"network", osm}, {"profile", "electric-wheelchair"}}}});

    // Load: inventories and network off the UI thread, then the first poll.
    ParkingController controller(context);
    context.addLayer(std::make_unique<BayLayer>(controller.model()));
    ParkingDock dock(context, controller);
    QSignalSpy loaded(&controller, &ParkingController::loaded);
    controller.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QVERIFY2(context.errors.isEmpty(), qPrintable(context.errors.join(QLatin1Char('\n'))));
    QCOMPARE(controller.model()->bayCount(), inventory.rowCount);
    QVERIFY(controller.hasNetwork());
    QTRY_COMPARE_WITH_TIMEOUT(controller.model()->statusCounts().value(BayStatus::Free), 20, 10000);

    // The user clicks the foot of the Rue Fénelon steps.
    QSignalSpy answered(controller.nearestQuery(), &NearestBayQuery::finished);
    dock.pickDestination();
    QVERIFY(context.pendingClick);
    context.pendingClick(toProjected(LonLat(2.3513230, 48.8786229), Crs::lambert93()));
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 1, 10000);
    QCOMPARE(controller.nearestQuery()->result().routes.value(0).bay.id, best);
    // The project's profile was applied.
    QCOMPARE(controller.nearestQuery()->result().routes.value(0).route.profile,
             QStringLiteral("electric-wheelchair"));
    auto *list = dock.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QVERIFY2(list->item(0)->text().contains(best), qPrintable(list->item(0)->text()));

    // The best bay is taken: the answer changes by itself.
    answered.clear();
    controller.refreshFeeds();
    QTRY_VERIFY_WITH_TIMEOUT(
        answered.count() >= 1 && controller.nearestQuery()->result().routes.value(0).bay.id != best,
        10000);
    QVERIFY2(!list->item(0)->text().contains(best), qPrintable(list->item(0)->text()));
    QCOMPARE(controller.model()->statusCounts().value(BayStatus::Taken), 1);

    // Twenty minutes without a new answer: nothing may be offered as free.
    clock.advance(20 * 60);
    QTRY_COMPARE_WITH_TIMEOUT(controller.nearestQuery()->result().routes.size(), 0, 10000);
    QCOMPARE(controller.model()->statusCounts().value(BayStatus::Free), 0);
}

QTEST_MAIN(TestParkingUi)
#include "tst_parking_ui.moc"
