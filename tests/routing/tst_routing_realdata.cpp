// The router on the real extracts: Paris 10e (steps, kerbs, disabled bays) and the south of
// the Territoire de Belfort with the SRTM tile (slopes from the DEM).
#include "routing/DemSampler.h"
#include "routing/OsmGraphReader.h"
#include "routing/Router.h"

#include "RouteDescription.h"
#include "SharedData.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace territoire;
using territoire::test::describe;
using territoire::test::waysOf;

class TestRoutingRealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parisAvoidsSteps_data();
    void parisAvoidsSteps();
    void parisKerbsOnCrossings();
    void parisNearestBays();
    void astarMatchesBoostDijkstra_data();
    void astarMatchesBoostDijkstra();
    void parisReachable();
    void demSlopes();
};

void TestRoutingRealData::parisAvoidsSteps_data()
{
    QTest::addColumn<qint64>("fromNode");
    QTest::addColumn<qint64>("toNode");
    QTest::addColumn<qint64>("stepsWay");
    // Both ends of steps in the Paris extract: walking takes the steps, wheelchairs go round.
    QTest::newRow("steps 29700407") << qint64(327061268) << qint64(665070987) << qint64(29700407);
    QTest::newRow("steps 32732990") << qint64(772798630) << qint64(368327397) << qint64(32732990);
    QTest::newRow("steps 52245761") << qint64(516246608) << qint64(327058806) << qint64(52245761);
    QTest::newRow("steps 32732990 reversed")
        << qint64(368327397) << qint64(772798630) << qint64(32732990);
}

void TestRoutingRealData::parisAvoidsSteps()
{
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    QFETCH(qint64, fromNode);
    QFETCH(qint64, toNode);
    QFETCH(qint64, stepsWay);
    static const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router router;
    router.setGraph(read.graph);
    const auto from = read.graph->vertexForNode(fromNode);
    const auto to = read.graph->vertexForNode(toNode);
    QVERIFY(from && to);
    const LonLat a = read.graph->vertexPosition(*from);
    const LonLat b = read.graph->vertexPosition(*to);

    const RouteResult walk = router.route(a, b, Profile::builtin(QStringLiteral("pedestrian")));
    QVERIFY2(walk.isValid() && waysOf(walk) == QList<qint64> {stepsWay},
             qPrintable(describe(walk)));

    for (const QString &name : {QStringLiteral("manual-wheelchair"), QStringLiteral("norm-2007")}) {
        const RouteResult wheel = router.route(a, b, Profile::builtin(name));
        QVERIFY2(wheel.isValid(), qPrintable(describe(wheel)));
        QVERIFY2(wheel.lengthM > walk.lengthM * 5, qPrintable(describe(wheel)));
        for (const RouteStretch &s : wheel.stretches) {
            QVERIFY2(s.kind != QLatin1String("steps"), qPrintable(describe(wheel)));
            QVERIFY2(s.verdicts[Rule::Kerb] != Verdict::Fail, qPrintable(describe(wheel)));
        }
        if (name == QLatin1String("manual-wheelchair"))
            QVERIFY2(wheel.compliant, qPrintable(describe(wheel)));
    }
}

void TestRoutingRealData::parisKerbsOnCrossings()
{
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    // 106 kerb=lowered nodes, most on the crossing nodes of roads with sidewalk=both: walking
    // along those sidewalks meets no kerb; the footways and crossings through kerbs keep them.
    int roadEdgesWithKerb = 0, footEdgesWithKerb = 0;
    for (const EdgeData &edge : read.graph->edges()) {
        const bool kerb = edge.kerbKnownMm != EdgeData::noKerb || edge.kerbLowerBoundMm > 0
            || (edge.flags & EdgeData::KerbUnknown);
        const WayKind kind = read.graph->ways()[edge.way].kind;
        const bool road = kind == WayKind::RoadWithSidewalk || kind == WayKind::RoadNoSidewalk
            || kind == WayKind::RoadSidewalkUnknown;
        (road ? roadEdgesWithKerb : footEdgesWithKerb) += kerb ? 1 : 0;
    }
    QCOMPARE(roadEdgesWithKerb, 0);
    QVERIFY2(footEdgesWithKerb >= 5, qPrintable(QString::number(footEdgesWithKerb)));
}

void TestRoutingRealData::parisNearestBays()
{
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    QCOMPARE(read.disabledBays.size(), 20);
    Router router;
    router.setGraph(read.graph);
    const Profile profile = Profile::builtin(QStringLiteral("manual-wheelchair"));
    // Destination: the first bay's own position; that bay must come first, at ~0 m.
    const LonLat destination = read.disabledBays[3].position;
    const QList<RouteResult> nearest = router.nearest(destination, read.disabledBays, profile, 3);
    QCOMPARE(nearest.size(), 3);
    QCOMPARE(nearest[0].targetId, read.disabledBays[3].id);
    QVERIFY(nearest[0].lengthM < 1.0);
    for (int i = 1; i < nearest.size(); ++i) {
        QVERIFY(nearest[i - 1].compliant >= nearest[i].compliant);
        if (nearest[i - 1].compliant == nearest[i].compliant)
            QVERIFY(nearest[i - 1].cost <= nearest[i].cost);
    }
    // The same answer as routing from every bay and sorting.
    double best = std::numeric_limits<double>::infinity();
    QString bestId;
    const LonLat other = read.graph->vertexPosition(0);
    for (const RouteTarget &bay : read.disabledBays) {
        const RouteResult r = router.route(bay.position, other, profile);
        if (r.isValid() && r.compliant && r.cost < best) {
            best = r.cost;
            bestId = bay.id;
        }
    }
    const QList<RouteResult> one = router.nearest(other, read.disabledBays, profile, 1);
    if (bestId.isEmpty()) {
        QVERIFY(one.isEmpty() || !one[0].compliant);
    } else {
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].targetId, bestId);
        QVERIFY(std::abs(one[0].cost - best) < 1e-6);
    }
    // No bay passed (none free): no answer.
    QVERIFY(router.nearest(other, {}, profile, 1).isEmpty());
}

void TestRoutingRealData::astarMatchesBoostDijkstra_data()
{
    QTest::addColumn<QString>("extract");
    QTest::addColumn<QString>("profile");
    const QString paris
        = QStringLiteral("data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const QString delle
        = QStringLiteral("data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
    QTest::newRow("Paris norm-2007") << paris << QStringLiteral("norm-2007");
    QTest::newRow("Paris manual wheelchair") << paris << QStringLiteral("manual-wheelchair");
    QTest::newRow("Delle walking aid") << delle << QStringLiteral("walking-aid");
    QTest::newRow("Delle norm-2007") << delle << QStringLiteral("norm-2007");
}

// A* with the straight-line and landmark bounds finds the cost plain Boost Dijkstra finds, for
// random pairs of vertices, strict (compliant) or, when none is compliant, relaxed.
void TestRoutingRealData::astarMatchesBoostDijkstra()
{
    QFETCH(QString, extract);
    QFETCH(QString, profile);
    const QString path = test::sharedPath(extract);
    if (!QFileInfo::exists(path)) {
        if (test::underCi())
            QFAIL(qPrintable(QStringLiteral("shared data missing: ") + path));
        QSKIP("shared data missing");
    }
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router router;
    router.setGraph(read.graph);
    const Profile p = Profile::builtin(profile);
    const auto table = router.costTable(p);
    QVERIFY(table->landmarks.vertices().size() >= 2);
    std::mt19937 random(7);
    std::uniform_int_distribution<std::uint32_t> pick(0,
                                                      std::uint32_t(read.graph->vertexCount() - 1));
    int strict = 0, relaxed = 0;
    for (int i = 0; i < 40; ++i) {
        const std::uint32_t source = pick(random);
        QString error;
        const RouteSearch::Tree strictTree = router.costsFrom(source, p, false, &error);
        const RouteSearch::Tree relaxedTree = router.costsFrom(source, p, true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (int j = 0; j < 10; ++j) {
            const std::uint32_t target = pick(random);
            const RouteResult route = router.routeBetweenVertices(source, target, p);
            const double expected = std::isfinite(strictTree.distance[target])
                ? strictTree.distance[target]
                : relaxedTree.distance[target];
            if (!std::isfinite(expected)) {
                QCOMPARE(route.status, RouteResult::Status::NoRoute);
                continue;
            }
            QVERIFY2(route.isValid(), qPrintable(describe(route)));
            QCOMPARE(route.relaxed, !std::isfinite(strictTree.distance[target]));
            (route.relaxed ? relaxed : strict) += 1;
            // Costs are summed in floats per arc: equal to a millionth.
            QVERIFY2(std::abs(route.cost - expected) <= 1e-5 * std::max(1.0, expected),
                     qPrintable(QStringLiteral("%1 -> %2: A* %3, Dijkstra %4")
                                    .arg(source)
                                    .arg(target)
                                    .arg(route.cost, 0, 'f', 4)
                                    .arg(expected, 0, 'f', 4)));
        }
    }
    QVERIFY2(strict > 20, qPrintable(QString::number(strict)));
}

void TestRoutingRealData::parisReachable()
{
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    const OsmReadResult read = OsmGraphReader().read(path);
    Router router;
    router.setGraph(read.graph);
    QList<LonLat> bays;
    for (const RouteTarget &bay : read.disabledBays)
        bays.append(bay.position);
    const auto profile = Profile::builtin(QStringLiteral("manual-wheelchair"));
    const RouteSearch::Reach near = router.reachable(bays, 200, profile);
    const RouteSearch::Reach far = router.reachable(bays, 400, profile);
    int nearCount = 0, farCount = 0;
    for (std::size_t v = 0; v < near.lengthM.size(); ++v) {
        if (std::isfinite(near.lengthM[v])) {
            ++nearCount;
            QVERIFY(near.lengthM[v] <= 200);
            QVERIFY(near.origin[v] >= 0);
            QVERIFY(far.lengthM[v] <= near.lengthM[v] + 1e-3);
        }
        farCount += std::isfinite(far.lengthM[v]) ? 1 : 0;
    }
    QVERIFY2(nearCount > 0 && farCount > nearCount,
             qPrintable(QStringLiteral("%1 / %2").arg(nearCount).arg(farCount)));
}

void TestRoutingRealData::demSlopes()
{
    TERRITOIRE_SHARED_FILE(osm,
                           "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
    TERRITOIRE_SHARED_FILE(dem, "data/dem-srtm/N47E007.hgt");
    DemSampler sampler;
    QString error;
    QVERIFY2(sampler.open(dem, QRectF(QPointF(6.9, 47.4), QPointF(7.1, 47.6)), &error),
             qPrintable(error));
    // Delle is about 360 m above sea level.
    const auto delle = sampler.elevation(LonLat(7.0015, 47.5080));
    QVERIFY(delle);
    QVERIFY2(*delle > 330 && *delle < 420, qPrintable(QString::number(*delle)));
    QVERIFY(!sampler.elevation(LonLat(6.5, 47.5))); // west of the tile

    OsmGraphReader reader;
    reader.setDemPath(dem);
    const OsmReadResult read = reader.read(osm);
    QVERIFY2(read.graph, qPrintable(read.error));
    QVERIFY(read.demError.isEmpty());
    QVERIFY(read.demSampledEdges > 100);
    int fromDem = 0, unknown = 0;
    for (const EdgeData &edge : read.graph->edges()) {
        if (edge.slopeSource == ValueSource::Dem) {
            ++fromDem;
            QVERIFY(std::abs(*edge.slopeFraction(true)) < 0.6);
            // The tile starts at 7° E: nothing west of it gets a DEM value.
            QVERIFY(read.graph->vertexPosition(edge.from).lon > 6.99);
        } else if (!edge.hasSlope()) {
            ++unknown;
        }
    }
    QCOMPARE(fromDem, read.demSampledEdges);
    // Long edges carry their steepest run: never gentler than the slope end to end.
    int longEdges = 0, steeper = 0;
    for (std::uint32_t e = 0; e < read.graph->edgeCount(); ++e) {
        const EdgeData &edge = read.graph->edges()[e];
        if (edge.slopeSource != ValueSource::Dem || edge.lengthM < 200)
            continue;
        const auto start = sampler.elevation(read.graph->vertexPosition(edge.from));
        const auto end = sampler.elevation(read.graph->vertexPosition(edge.to));
        if (!start || !end)
            continue;
        ++longEdges;
        const double endToEnd = (*end - *start) / edge.lengthM;
        QVERIFY2(std::abs(*edge.slopeFraction(true)) >= std::abs(endToEnd) - 2e-4,
                 qPrintable(QStringLiteral("edge %1: %2 < %3")
                                .arg(e)
                                .arg(*edge.slopeFraction(true))
                                .arg(endToEnd)));
        steeper += std::abs(*edge.slopeFraction(true)) > std::abs(endToEnd) + 0.005 ? 1 : 0;
    }
    // Streets that climb and fall again are not averaged flat.
    QVERIFY2(longEdges > 10 && steeper > 0,
             qPrintable(QStringLiteral("%1 long edges, %2 steeper").arg(longEdges).arg(steeper)));
    QVERIFY(unknown > 0); // the part of the extract west of 7° E
    // Without the DEM, no slope at all: the extract has no incline tags.
    const OsmReadResult plain = OsmGraphReader().read(osm);
    QCOMPARE(plain.demSampledEdges, 0);
    QVERIFY(plain.graph->edgeCount() == read.graph->edgeCount());

    // A broken DEM path is reported; the graph is still built.
    OsmGraphReader broken;
    broken.setDemPath(QStringLiteral("/nonexistent/dem.tif"));
    const OsmReadResult withoutDem = broken.read(osm);
    QVERIFY(withoutDem.graph);
    QVERIFY2(withoutDem.demError.contains(QStringLiteral("/nonexistent/dem.tif")),
             qPrintable(withoutDem.demError));
}

QTEST_GUILESS_MAIN(TestRoutingRealData)
#include "tst_routing_realdata.moc"
