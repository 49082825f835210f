// Nearest free bay: ranking by the compliant walking path, not the straight line (a bay behind
// steps), and the answer following status changes.
#include "SharedData.h"

#include "base/Clock.h"
#include "parking/BayStatusModel.h"
#include "parking/InventoryReader.h"
#include "parking/NearestBay.h"
#include "parking/NearestBayQuery.h"
#include "routing/OsmGraphReader.h"
#include "routing/Router.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace territoire;

namespace {

const LonLat door(6.8620, 47.6380); // top of the steps

QString dataFile(const char *name)
{
    return QStringLiteral(TERRITOIRE_SOURCE_DIR "/tests/parking/data/") + QLatin1String(name);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestParkingNearest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pathBeatsStraightLine();
    void onlyFreeBaysCompete_data();
    void onlyFreeBaysCompete();
    void queryFollowsStatusChanges();
    void noNetwork();
    void parisGareDuNord();
    void parisStepsOfRueFenelon();

private:
    std::shared_ptr<Router> m_router;
    BayList m_bays; // A (node/101) then B (node/102)
};

void TestParkingNearest::initTestCase()
{
    const QString path = dataFile("steps-detour.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    m_router = std::make_shared<Router>();
    m_router->setGraph(read.graph);

    InventorySource source;
    source.id = QStringLiteral("osm");
    source.path = path;
    source.format = QStringLiteral("osm");
    const InventoryResult inventory = readInventory(source);
    QVERIFY2(inventory.isOk(), qPrintable(inventory.error));
    QCOMPARE(inventory.rowCount, 2);
    m_bays = inventory.bays;
    QCOMPARE(m_bays[0].id, QStringLiteral("node/101"));
    QCOMPARE(m_bays[1].capacity, 2);
}

void TestParkingNearest::pathBeatsStraightLine()
{
    BayList bays = m_bays;
    for (Bay &bay : bays)
        bay.status = BayStatus::Free;
    // The straight line prefers A.
    QVERIFY(haversineMetres(bays[0].position, door) < haversineMetres(bays[1].position, door));

    const NearestBayResult result = findNearestFreeBays(
        *m_router, door, bays, Profile::builtin(QStringLiteral("norm-2007")), 2);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.candidateCount, 2);
    QCOMPARE(result.routes.size(), 2);
    const BayRoute &first = result.routes[0];
    const BayRoute &second = result.routes[1];
    QCOMPARE(first.bay.id, QStringLiteral("node/102"));
    QVERIFY2(first.route.compliant, qPrintable(first.route.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(first.route.lengthM < 150, qPrintable(QString::number(first.route.lengthM)));
    // A is reached by the detour, not down the steps.
    QCOMPARE(second.bay.id, QStringLiteral("node/101"));
    QVERIFY2(second.route.lengthM > 600, qPrintable(QString::number(second.route.lengthM)));
    QVERIFY(second.straightLineM < first.straightLineM);
    for (const RouteStretch &stretch : second.route.stretches)
        QVERIFY2(stretch.kind != QLatin1String("steps"), qPrintable(stretch.name));
}

void TestParkingNearest::onlyFreeBaysCompete_data()
{
    QTest::addColumn<int>("statusA");
    QTest::addColumn<int>("statusB");
    QTest::addColumn<QString>("best");
    QTest::newRow("B taken: A by the detour")
        << int(BayStatus::Free) << int(BayStatus::Taken) << "node/101";
    QTest::newRow("B unknown (stale): A")
        << int(BayStatus::Free) << int(BayStatus::Unknown) << "node/101";
    QTest::newRow("A taken: B") << int(BayStatus::Taken) << int(BayStatus::Free) << "node/102";
    QTest::newRow("none free") << int(BayStatus::Taken) << int(BayStatus::Unknown) << "";
}

void TestParkingNearest::onlyFreeBaysCompete()
{
    QFETCH(int, statusA);
    QFETCH(int, statusB);
    QFETCH(QString, best);
    BayList bays = m_bays;
    bays[0].status = BayStatus(statusA);
    bays[1].status = BayStatus(statusB);
    const NearestBayResult result = findNearestFreeBays(
        *m_router, door, bays, Profile::builtin(QStringLiteral("norm-2007")), 3);
    if (best.isEmpty()) {
        QCOMPARE(result.routes.size(), 0);
        QCOMPARE(result.candidateCount, 0);
        return;
    }
    QCOMPARE(result.routes.size(), 1);
    QCOMPARE(result.routes[0].bay.id, best);
}

void TestParkingNearest::queryFollowsStatusChanges()
{
    ManualClock clock(utc("2025-07-18T08:00:00Z"));
    BayStatusModel model(&clock);
    ParkingFeedConfig feed;
    feed.id = QStringLiteral("sensors");
    feed.freshnessSeconds = 600;
    model.setFeeds({feed});
    model.setBays(m_bays);
    const auto status = [](const char *id, int vacant, const char *time) {
        SiteStatus s;
        s.siteId = QString::fromLatin1(id);
        s.vacant = vacant;
        s.time = utc(time);
        return s;
    };
    model.applyStatuses(feed.id,
                        {status("node/101", 1, "2025-07-18T07:59:00Z"),
                         status("node/102", 1, "2025-07-18T07:59:00Z")});

    NearestBayQuery query(&model, m_router);
    query.setCount(1);
    QSignalSpy finished(&query, &NearestBayQuery::finished);
    query.setDestination(door);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(query.result().routes.value(0).bay.id, QStringLiteral("node/102"));

    // B is taken: the answer changes by itself.
    model.applyStatuses(feed.id, {status("node/102", 0, "2025-07-18T08:00:00Z")});
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(query.result().routes.value(0).bay.id, QStringLiteral("node/101"));

    // Eleven minutes later every status is stale: no bay may be offered as free.
    clock.advance(11 * 60);
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(query.result().routes.size(), 0);
}

void TestParkingNearest::noNetwork()
{
    Router empty;
    BayList bays = m_bays;
    bays[0].status = BayStatus::Free;
    const NearestBayResult result
        = findNearestFreeBays(empty, door, bays, Profile::builtin(QStringLiteral("norm-2007")), 1);
    QVERIFY(!result.isOk());
    QVERIFY(!result.error.isEmpty());
}

void TestParkingNearest::parisGareDuNord()
{
    // The real extract: 20 disabled bays, steps around the stations. Every bay free; the
    // best bays for the Gare du Nord forecourt come by paths without steps, best first.
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router router;
    router.setGraph(read.graph);
    InventorySource source;
    source.id = QStringLiteral("osm");
    source.path = path;
    source.format = QStringLiteral("osm");
    InventoryResult inventory = readInventory(source);
    QVERIFY2(inventory.isOk(), qPrintable(inventory.error));
    for (Bay &bay : inventory.bays)
        bay.status = BayStatus::Free;
    const LonLat forecourt(2.3553, 48.8797);
    const NearestBayResult result = findNearestFreeBays(
        router, forecourt, inventory.bays, Profile::builtin(QStringLiteral("norm-2007")), 3);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QVERIFY(!result.routes.isEmpty());
    for (int i = 0; i < result.routes.size(); ++i) {
        const BayRoute &entry = result.routes[i];
        QVERIFY(entry.route.lengthM + 1 >= entry.straightLineM - 2 * router.snapDistance());
        if (i > 0 && entry.route.compliant == result.routes[i - 1].route.compliant)
            QVERIFY(entry.route.cost >= result.routes[i - 1].route.cost);
        if (entry.route.compliant) {
            for (const RouteStretch &stretch : entry.route.stretches)
                QVERIFY2(stretch.kind != QLatin1String("steps"), qPrintable(stretch.name));
        }
    }
}

void TestParkingNearest::parisStepsOfRueFenelon()
{
    // Real OSM: the visitor must reach the foot of the 22 steps of Rue Fénelon (Paris 10e,
    // node 327061268). The disabled bay nearest in a straight line (node/2549712856, 48 m) is
    // reached on foot down those steps; without steps it is a 190 m detour. The bay of Rue
    // d'Abbeville (node/2549712900), 92 m away as the crow flies, has a 137 m compliant path
    // and must come first.
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router router;
    router.setGraph(read.graph);
    InventorySource source;
    source.id = QStringLiteral("osm");
    source.path = path;
    source.format = QStringLiteral("osm");
    InventoryResult inventory = readInventory(source);
    QVERIFY2(inventory.isOk(), qPrintable(inventory.error));
    for (Bay &bay : inventory.bays)
        bay.status = BayStatus::Free;
    const LonLat destination(2.3513230, 48.8786229);
    const QString behindSteps = QStringLiteral("node/2549712856");

    // The straight line prefers the bay behind the steps, and so does a walk that takes them.
    const Bay *nearest = nullptr;
    for (const Bay &bay : std::as_const(inventory.bays)) {
        if (!nearest
            || haversineMetres(bay.position, destination)
                < haversineMetres(nearest->position, destination))
            nearest = &bay;
    }
    QVERIFY(nearest);
    QCOMPARE(nearest->id, behindSteps);
    const RouteResult walk = router.route(nearest->position, destination,
                                          Profile::builtin(QStringLiteral("pedestrian")));
    QVERIFY2(walk.isValid(), qPrintable(walk.error));
    const bool viaSteps = std::any_of(
        walk.stretches.cbegin(), walk.stretches.cend(),
        [](const RouteStretch &stretch) { return stretch.kind == QLatin1String("steps"); });
    QVERIFY(viaSteps);

    // Ranked by the compliant path: another bay first, the steps never used.
    const NearestBayResult result = findNearestFreeBays(
        router, destination, inventory.bays, Profile::builtin(QStringLiteral("norm-2007")), 3);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.routes.size(), 3);
    const BayRoute &first = result.routes[0];
    QCOMPARE(first.bay.id, QStringLiteral("node/2549712900"));
    QVERIFY(first.route.compliant);
    QVERIFY(first.straightLineM > 2 * haversineMetres(nearest->position, destination) - 10);
    QVERIFY2(first.route.lengthM < 150, qPrintable(QString::number(first.route.lengthM)));
    for (const BayRoute &entry : result.routes) {
        for (const RouteStretch &stretch : entry.route.stretches)
            QVERIFY2(stretch.kind != QLatin1String("steps"), qPrintable(entry.bay.id));
        if (entry.bay.id == behindSteps)
            QVERIFY2(entry.route.lengthM > first.route.lengthM + 30,
                     qPrintable(QString::number(entry.route.lengthM)));
    }
}

QTEST_GUILESS_MAIN(TestParkingNearest)
#include "tst_nearest.moc"
