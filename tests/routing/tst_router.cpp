#include "routing/DemSampler.h"
#include "routing/GraphBuilder.h"
#include "routing/OsmGraphReader.h"
#include "routing/RouteGeoJson.h"
#include "routing/Router.h"
#include "routing/TagParsers.h"

#include "RouteDescription.h"
#include "SharedData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace territoire;
using territoire::test::describe;
using territoire::test::waysOf;

namespace {

// A hand-made way of two nodes, with a given length and slope from its first to second node.
WayInput straightWay(qint64 id, qint64 a, qint64 b, double length, double slope)
{
    WayInput way;
    way.info.osmId = id;
    way.info.kind = WayKind::Footway;
    way.info.incline.fraction = slope;
    way.info.incline.source = ValueSource::OsmTag;
    // Nodes a few centimetres apart: the lengths come from the override, and the A*
    // heuristic stays below them.
    way.nodes = {{a, LonLat(6.86 + a * 1e-7, 47.63)}, {b, LonLat(6.86 + b * 1e-7, 47.63)}};
    way.lengthOverrideM = length;
    return way;
}

// The effort profile of boost-dijkstra-pitfalls: cost = length * (1 + 10 * max(slope, 0)).
Profile effortProfile()
{
    Profile p = Profile::builtin(QStringLiteral("pedestrian"));
    p.name = QStringLiteral("effort");
    p.uphillEffort = 10.0;
    return p;
}

std::shared_ptr<PedestrianGraph> pitfallsGraph()
{
    // cases/boost-dijkstra-pitfalls/edges.csv
    GraphBuilder builder;
    builder.addWay(straightWay(1, 0, 1, 100, 0.02));
    builder.addWay(straightWay(2, 1, 2, 50, -0.12));
    builder.addWay(straightWay(3, 0, 3, 80, 0.0));
    builder.addWay(straightWay(4, 3, 2, 90, 0.05));
    builder.addWay(straightWay(5, 2, 4, 30, 0.0));
    builder.addWay(straightWay(6, 5, 6, 40, 0.0));
    return builder.build();
}

const LonLat nodeA(6.8795898, 47.6374881);
const LonLat nodeB(6.8796160, 47.6378477);
const LonLat nodeG(6.8796552, 47.6383872);
const LonLat nodeH(6.8799212, 47.6383783);

// A single way 10 over nodes 1, 2, 3 (about 22 m east), with the given way tags and tags on
// its middle node 2, for the norm's allowances.
QString writeAllowanceNetwork(const QTemporaryDir &dir, const QByteArray &wayTags,
                              const QByteArray &nodeTags)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="hand">
 <node id="1" lat="47.63000" lon="6.86000" version="1"/>
 <node id="2" lat="47.63000" lon="6.86015" version="1">)";
    xml += nodeTags + R"(</node>
 <node id="3" lat="47.63000" lon="6.86030" version="1"/>
 <way id="10" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/>)";
    xml += wayTags + "</way>\n</osm>\n";
    const QString path = dir.filePath(QStringLiteral("allowance.osm"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return {};
    return path;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pitfalls_data();
    void pitfalls();
    void pitfallsDistanceMap();
    void negativeCostsAreCaught();
    void negativeProfileIsClamped();

    void stepsRampOneway_data();
    void stepsRampOneway();
    void limitedIsReportedNotBlocked();
    void closuresChangeRoutes();

    void onlyNonCompliantPath();
    void limitsAndUnknownPenaltyAreAdjustable();
    void disconnectedNetwork();
    void pointFarFromAnyWay();
    void sameStartAndEnd();

    void raisedKerbIsAvoided();
    void kerbsApplyToFootwaysNotRoads();
    void elevatorsAreUsed();
    void barriersOnNodes();
    void normAllowances_data();
    void normAllowances();
    void geoJson();
};

void TestRouter::pitfalls_data()
{
    QTest::addColumn<qint64>("source");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("cost");
    QTest::addColumn<QList<qint64>>("vertices");
    QTest::addColumn<double>("length");
    QTest::newRow("0 to 4") << qint64(0) << qint64(4) << true << 200.0 << QList<qint64> {0, 1, 2, 4}
                            << 180.0;
    QTest::newRow("4 to 0 (asymmetric)")
        << qint64(4) << qint64(0) << true << 200.0 << QList<qint64> {4, 2, 3, 0} << 200.0;
    QTest::newRow("0 to 0") << qint64(0) << qint64(0) << true << 0.0 << QList<qint64> {0} << 0.0;
    QTest::newRow("0 to 5 unreachable")
        << qint64(0) << qint64(5) << false << 0.0 << QList<qint64> {} << 0.0;
    QTest::newRow("5 to 6") << qint64(5) << qint64(6) << true << 40.0 << QList<qint64> {5, 6}
                            << 40.0;
}

void TestRouter::pitfalls()
{
    QFETCH(qint64, source);
    QFETCH(qint64, target);
    QFETCH(bool, found);
    QFETCH(double, cost);
    QFETCH(QList<qint64>, vertices);
    QFETCH(double, length);
    Router router;
    router.setGraph(pitfallsGraph());
    const auto graph = router.graph();
    const RouteResult route = router.routeBetweenVertices(
        *graph->vertexForNode(source), *graph->vertexForNode(target), effortProfile());
    QCOMPARE(route.isValid(), found);
    if (!found) {
        QCOMPARE(route.status, RouteResult::Status::NoRoute);
        QVERIFY(route.geometry.empty());
        QVERIFY(!route.error.isEmpty());
        return;
    }
    QVERIFY2(std::abs(route.cost - cost) < 1e-3, qPrintable(describe(route)));
    QVERIFY2(std::abs(route.lengthM - length) < 1e-3, qPrintable(describe(route)));
    QList<qint64> walked;
    for (std::uint32_t v : route.vertices)
        walked.append(graph->vertexNodeId(v));
    if (vertices.size() == 1)
        QVERIFY(walked.isEmpty() || walked == vertices);
    else
        QCOMPARE(walked, vertices);
}

void TestRouter::pitfallsDistanceMap()
{
    Router router;
    router.setGraph(pitfallsGraph());
    const auto graph = router.graph();
    QString error;
    const RouteSearch::Tree tree
        = router.costsFrom(*graph->vertexForNode(0), effortProfile(), false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double expected[] = {0, 120, 170, 80, 200};
    for (qint64 node = 0; node <= 4; ++node) {
        const std::uint32_t v = *graph->vertexForNode(node);
        QVERIFY2(std::abs(tree.distance[v] - expected[node]) < 1e-3,
                 qPrintable(QStringLiteral("d(%1) = %2").arg(node).arg(tree.distance[v])));
    }
    // The island stays unreached: infinite, its own predecessor; so does the source.
    for (qint64 node : {5, 6}) {
        const std::uint32_t v = *graph->vertexForNode(node);
        QVERIFY(std::isinf(tree.distance[v]));
        QCOMPARE(tree.predecessor[v], v);
    }
    const std::uint32_t v0 = *graph->vertexForNode(0);
    QCOMPARE(tree.predecessor[v0], v0);
    QCOMPARE(tree.predecessor[*graph->vertexForNode(4)], *graph->vertexForNode(2));
    QCOMPARE(tree.predecessor[*graph->vertexForNode(3)], v0);
}

void TestRouter::negativeCostsAreCaught()
{
    // The tempting model length * (1 + 10 * slope) gives arc 1->2 a cost of -10: Boost throws
    // negative_edge, which must come back as an error, not end the program.
    const auto graph = pitfallsGraph();
    std::vector<double> costs(graph->edgeCount() * 2);
    for (std::uint32_t e = 0; e < graph->edgeCount(); ++e) {
        const EdgeData &edge = graph->edges()[e];
        costs[e * 2] = edge.lengthM * (1 + 10 * *edge.slopeFraction(true));
        costs[e * 2 + 1] = edge.lengthM * (1 + 10 * *edge.slopeFraction(false));
    }
    QString error;
    const RouteSearch::Tree tree = RouteSearch::boostDijkstra(*graph, costs, 0, &error);
    QVERIFY(tree.distance.empty());
    QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));
}

void TestRouter::negativeProfileIsClamped()
{
    Profile p = effortProfile();
    p.uphillEffort = -50; // nonsense from a user: clamped, never negative
    p.unknownPenalty = -5;
    Router router;
    router.setGraph(pitfallsGraph());
    const auto table = router.costTable(p);
    for (float c : table->strict)
        QVERIFY2(c >= 0, qPrintable(QString::number(c)));
    QString error;
    const auto tree = router.costsFrom(0, p, false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRouter::stepsRampOneway_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<LonLat>("from");
    QTest::addColumn<LonLat>("to");
    QTest::addColumn<QList<qint64>>("ways");
    QTest::addColumn<double>("length");
    QTest::addColumn<bool>("compliant");

    const QString wheelchair = QStringLiteral("norm-2007");
    QTest::newRow("A to B over the ramped steps")
        << wheelchair << nodeA << nodeB << QList<qint64> {6102, 6103, 6104} << 80.06 << true;
    QTest::newRow("B to A: oneway=yes does not bind pedestrians")
        << wheelchair << nodeB << nodeA << QList<qint64> {6104, 6103, 6102} << 80.06 << true;
    QTest::newRow("A to G with limited accessibility")
        << wheelchair << nodeA << nodeG << QList<qint64> {6102, 6103, 6104, 6108} << 140.11
        << false;
    QTest::newRow("H to G: oneway:foot forbids 6109")
        << wheelchair << nodeH << nodeG << QList<qint64> {6110, 6111, 6112} << 80.06 << true;
    QTest::newRow("G to H") << wheelchair << nodeG << nodeH << QList<qint64> {6109} << 20.01
                            << true;
    QTest::newRow("manual wheelchair A to B")
        << QStringLiteral("manual-wheelchair") << nodeA << nodeB << QList<qint64> {6102, 6103, 6104}
        << 80.06 << true;
    QTest::newRow("walking A to B over the steps")
        << QStringLiteral("pedestrian") << nodeA << nodeB << QList<qint64> {6101} << 40.03 << true;
    QTest::newRow("walking B to A over the steps")
        << QStringLiteral("pedestrian") << nodeB << nodeA << QList<qint64> {6101} << 40.03 << true;
}

void TestRouter::stepsRampOneway()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    QFETCH(QString, profile);
    QFETCH(LonLat, from);
    QFETCH(LonLat, to);
    QFETCH(QList<qint64>, ways);
    QFETCH(double, length);
    QFETCH(bool, compliant);
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    QCOMPARE(read.graph->ways().size(), std::size_t(12));
    Router router;
    router.setGraph(read.graph);
    const RouteResult route = router.route(from, to, Profile::builtin(profile));
    QVERIFY2(route.isValid(), qPrintable(describe(route)));
    QCOMPARE(waysOf(route), ways);
    QVERIFY2(std::abs(route.lengthM - length) <= 0.5, qPrintable(describe(route)));
    QCOMPARE(route.compliant, compliant);
    if (profile != QLatin1String("pedestrian")) {
        // Slope and width are untagged: doubts are named, never silent.
        QVERIFY2(route.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("slope unknown")),
                 qPrintable(describe(route)));
    }
    if (ways.contains(6103) && profile != QLatin1String("pedestrian"))
        QVERIFY2(route.warnings.contains(QStringLiteral("ramp slope unknown on way 6103")),
                 qPrintable(describe(route)));
}

void TestRouter::limitedIsReportedNotBlocked()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    Router router;
    router.setGraph(read.graph);
    const RouteResult route
        = router.route(nodeA, nodeG, Profile::builtin(QStringLiteral("norm-2007")));
    QVERIFY2(route.isValid() && route.relaxed && !route.compliant, qPrintable(describe(route)));
    const QString warnings = route.warnings.join(QLatin1Char('\n'));
    QVERIFY2(
        warnings.contains(QStringLiteral("limited accessibility (wheelchair=limited) on way 6108")),
        qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("surface \"sett\"")), qPrintable(warnings));
    QSet<QString> rules;
    for (const RuleBreach &b : route.blockedBy) {
        QCOMPARE(b.wayId, qint64(6108));
        rules.insert(ruleKey(b.rule));
    }
    QCOMPARE(rules, (QSet<QString> {QStringLiteral("wheelchair"), QStringLiteral("surface")}));
    // The stretch on 6108 is the non-compliant one, with both rules.
    const RouteStretch &last = route.stretches.last();
    QCOMPARE(last.wayId, qint64(6108));
    QCOMPARE(last.compliance, Compliance::NonCompliant);
    QCOMPARE(last.verdicts[Rule::Surface], Verdict::Fail);
    QCOMPARE(last.verdicts[Rule::Wheelchair], Verdict::Fail);
}

void TestRouter::closuresChangeRoutes()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    Router router;
    router.setGraph(read.graph);
    QSignalSpy spy(&router, &Router::closuresChanged);
    const Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    QVERIFY(!router.closeWay(99999)); // no such way
    QVERIFY(router.closeWay(6103));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(router.closedWays(), QList<qint64> {6103});
    RouteResult route = router.route(nodeA, nodeB, norm);
    QVERIFY2(route.isValid() && !waysOf(route).contains(6103), qPrintable(describe(route)));
    QVERIFY2(!route.compliant && route.relaxed, qPrintable(describe(route)));
    // The walking profile goes over the plain steps, closed ramp or not.
    QCOMPARE(waysOf(router.route(nodeA, nodeB, Profile::builtin(QStringLiteral("pedestrian")))),
             QList<qint64> {6101});
    router.reopenWay(6103);
    QCOMPARE(spy.count(), 2);
    route = router.route(nodeA, nodeB, norm);
    QCOMPARE(waysOf(route), (QList<qint64> {6102, 6103, 6104}));
}

void TestRouter::onlyNonCompliantPath()
{
    // Two footways joined by a 12 % ramp of 20 m: the only way is non-compliant.
    GraphBuilder builder;
    auto way = [](qint64 id, qint64 a, qint64 b, double latA, double latB, double slope) {
        WayInput w;
        w.info.osmId = id;
        w.info.widthM = 2.0f;
        w.info.crossSlope = 0.0f;
        w.info.surface = SurfaceClass::Smooth;
        w.info.incline.fraction = slope;
        w.info.incline.source = ValueSource::OsmTag;
        w.nodes = {{a, LonLat(6.86, latA)}, {b, LonLat(6.86, latB)}};
        return w;
    };
    builder.addWay(way(1, 1, 2, 47.6300, 47.6302, 0.0));
    builder.addWay(way(2, 2, 3, 47.6302, 47.63038, 0.12));
    builder.addWay(way(3, 3, 4, 47.63038, 47.6306, 0.0));
    Router router;
    router.setGraph(builder.build());
    const RouteResult route = router.route(LonLat(6.86, 47.6300), LonLat(6.86, 47.6306),
                                           Profile::builtin(QStringLiteral("norm-2007")));
    QVERIFY2(route.isValid(), qPrintable(describe(route)));
    QVERIFY(!route.compliant);
    QVERIFY(route.relaxed);
    QCOMPARE(route.blockedBy.size(), 1);
    QCOMPARE(route.blockedBy[0].rule, Rule::Slope);
    QCOMPARE(route.blockedBy[0].wayId, qint64(2));
    QVERIFY2(route.blockedBy[0].message.startsWith(
                 QStringLiteral("slope of 12.0 % over the 5.0 % limit")),
             qPrintable(route.blockedBy[0].message));
    QCOMPARE(route.stretches.size(), 3);
    QCOMPARE(route.stretches[0].compliance, Compliance::Compliant);
    QCOMPARE(route.stretches[1].compliance, Compliance::NonCompliant);
    // Going down the same ramp breaks the rule too (|slope| is limited).
    const RouteResult back = router.route(LonLat(6.86, 47.6306), LonLat(6.86, 47.6300),
                                          Profile::builtin(QStringLiteral("norm-2007")));
    QVERIFY(back.isValid() && !back.compliant);
    // The electric wheelchair profile takes 12 % ... only over short runs: still relaxed.
    QVERIFY(!router
                 .route(LonLat(6.86, 47.6300), LonLat(6.86, 47.6306),
                        Profile::builtin(QStringLiteral("electric-wheelchair")))
                 .compliant);
    QVERIFY(router
                .route(LonLat(6.86, 47.6300), LonLat(6.86, 47.6306),
                       Profile::builtin(QStringLiteral("walking-aid")))
                .compliant);
}

// A 40 m footway whose width is untagged, and a 60 m way round that is fully tagged and
// compliant. The default unknown penalty takes the short way and says where the doubt is; a
// user who wants no doubt raises the penalty and goes round; a user whose limit is 7 % goes
// up the 6 % ramp the norm refuses.
void TestRouter::limitsAndUnknownPenaltyAreAdjustable()
{
    GraphBuilder builder;
    auto way = [](qint64 id, std::vector<std::pair<qint64, LonLat>> nodes, bool widthKnown,
                  double slope) {
        WayInput w;
        w.info.osmId = id;
        if (widthKnown)
            w.info.widthM = 2.0f;
        w.info.crossSlope = 0.0f;
        w.info.surface = SurfaceClass::Smooth;
        w.info.incline.fraction = slope;
        w.info.incline.source = ValueSource::OsmTag;
        w.nodes = std::move(nodes);
        return w;
    };
    const LonLat a(6.8600, 47.6300), b(6.8600, 47.63036), c(6.86027, 47.6300), d(6.86027, 47.63036),
        e(6.8600, 47.6310);
    builder.addWay(way(1, {{1, a}, {2, b}}, false, 0.0));
    builder.addWay(way(2, {{1, a}, {3, c}}, true, 0.0));
    builder.addWay(way(3, {{3, c}, {4, d}}, true, 0.0));
    builder.addWay(way(4, {{4, d}, {2, b}}, true, 0.0));
    builder.addWay(way(5, {{2, b}, {5, e}}, true, 0.06));
    Router router;
    router.setGraph(builder.build());

    const Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    const RouteResult doubt = router.route(a, b, norm);
    QVERIFY2(doubt.isValid() && doubt.compliant, qPrintable(describe(doubt)));
    QCOMPARE(waysOf(doubt), QList<qint64> {1});
    QCOMPARE(doubt.warnings, QStringList {QStringLiteral("width unknown on way 1")});
    QCOMPARE(doubt.stretches[0].compliance, Compliance::Unknown);

    QString error;
    const auto strict = Profile::fromSection(
        QJsonObject {{QStringLiteral("profiles"),
                      QJsonObject {{QStringLiteral("norm-2007"),
                                    QJsonObject {{QStringLiteral("unknown_penalty"), 2.0}}}}}},
        QStringLiteral("norm-2007"), &error);
    QVERIFY2(strict, qPrintable(error));
    const RouteResult sure = router.route(a, b, *strict);
    QCOMPARE(waysOf(sure), (QList<qint64> {2, 3, 4}));
    QVERIFY(sure.warnings.isEmpty());
    QCOMPARE(sure.stretches[0].compliance, Compliance::Compliant);

    QVERIFY(!router.route(b, e, norm).compliant); // 6 % over 36 m
    const auto gentle = Profile::fromJson(
        {{QStringLiteral("max_slope_up"), 0.07}, {QStringLiteral("max_slope_down"), 0.07}}, norm,
        &error);
    QVERIFY2(gentle, qPrintable(error));
    QVERIFY(router.route(b, e, *gentle).compliant);
}

void TestRouter::disconnectedNetwork()
{
    Router router;
    router.setGraph(pitfallsGraph());
    const auto graph = router.graph();
    const RouteResult route
        = router.route(graph->vertexPosition(*graph->vertexForNode(0)),
                       graph->vertexPosition(*graph->vertexForNode(6)), effortProfile());
    QCOMPARE(route.status, RouteResult::Status::NoRoute);
    QVERIFY2(route.error.contains(QStringLiteral("do not connect")), qPrintable(route.error));
    QCOMPARE(route.lengthM, 0.0);
}

void TestRouter::pointFarFromAnyWay()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    Router router;
    router.setGraph(read.graph);
    const RouteResult route
        = router.route(LonLat(6.88, 47.63), nodeA, Profile::builtin(QStringLiteral("norm-2007")));
    QCOMPARE(route.status, RouteResult::Status::SnapFailed);
    QCOMPARE(route.error, QStringLiteral("no footway within 50 m of 6.88,47.63"));
    router.setSnapDistance(2000);
    QVERIFY(router.route(LonLat(6.88, 47.63), nodeA, Profile::builtin(QStringLiteral("norm-2007")))
                .isValid());
}

void TestRouter::sameStartAndEnd()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    Router router;
    router.setGraph(read.graph);
    const RouteResult route
        = router.route(nodeG, nodeG, Profile::builtin(QStringLiteral("norm-2007")));
    QVERIFY2(route.isValid(), qPrintable(describe(route)));
    QCOMPARE(route.lengthM, 0.0);
    QCOMPARE(route.durationS, 0.0);
    QVERIFY(!route.geometry.empty());
}

void TestRouter::raisedKerbIsAvoided()
{
    // A square: the direct crossing (A-B, 20 m) has a raised kerb, the way round (A-C-D-B,
    // 60 m) has a 2 cm kerb. Wheelchairs go round; walkers cross.
    GraphBuilder builder;
    auto way = [](qint64 id, std::vector<std::pair<qint64, LonLat>> nodes) {
        WayInput w;
        w.info.osmId = id;
        w.info.kind = WayKind::Crossing;
        w.info.widthM = 2.0f;
        w.info.crossSlope = 0.0f;
        w.info.surface = SurfaceClass::Smooth;
        w.info.incline.fraction = 0.0;
        w.info.incline.source = ValueSource::OsmTag;
        w.nodes = std::move(nodes);
        return w;
    };
    const LonLat a(6.8600, 47.6300), b(6.8600, 47.63018), c(6.86027, 47.6300), d(6.86027, 47.63018),
        mid(6.8600, 47.63009), midRound(6.86027, 47.63009);
    NodeInfo raised;
    raised.kerb = TagParsers::parseKerb(QStringLiteral("raised"), QString());
    NodeInfo lowered;
    lowered.kerb = TagParsers::parseKerb(QStringLiteral("lowered"), QStringLiteral("2 cm"));
    builder.setNodeInfo(10, raised);
    builder.setNodeInfo(11, lowered);
    builder.addWay(way(1, {{1, a}, {10, mid}, {2, b}}));
    builder.addWay(way(2, {{1, a}, {3, c}}));
    builder.addWay(way(3, {{3, c}, {11, midRound}, {4, d}}));
    builder.addWay(way(4, {{4, d}, {2, b}}));
    Router router;
    router.setGraph(builder.build());
    const RouteResult wheel = router.route(a, b, Profile::builtin(QStringLiteral("norm-2007")));
    QVERIFY2(wheel.isValid() && wheel.compliant, qPrintable(describe(wheel)));
    QCOMPARE(waysOf(wheel), (QList<qint64> {2, 3, 4}));
    const RouteResult walk = router.route(a, b, Profile::builtin(QStringLiteral("pedestrian")));
    QCOMPARE(waysOf(walk), QList<qint64> {1});
    // With the round way closed, the relaxed route crosses the raised kerb and says so.
    router.closeWay(3);
    const RouteResult relaxed = router.route(a, b, Profile::builtin(QStringLiteral("norm-2007")));
    QVERIFY2(relaxed.isValid() && !relaxed.compliant, qPrintable(describe(relaxed)));
    QCOMPARE(relaxed.blockedBy.size(), 1);
    QCOMPARE(relaxed.blockedBy[0].rule, Rule::Kerb);
}

void TestRouter::kerbsApplyToFootwaysNotRoads()
{
    // A road walked along its sidewalks with a raised kerb on its crossing node; a sidewalk
    // way meeting a crossing way at a raised kerb; a plain footway with a raised kerb inside.
    GraphBuilder builder;
    auto way = [](qint64 id, WayKind kind, std::vector<qint64> nodes) {
        WayInput w;
        w.info.osmId = id;
        w.info.kind = kind;
        for (qint64 n : nodes)
            w.nodes.emplace_back(n, LonLat(6.86 + n * 1e-5, 47.63 + (n % 3) * 1e-5));
        return w;
    };
    NodeInfo raised;
    raised.kerb = TagParsers::parseKerb(QStringLiteral("raised"), QString());
    for (qint64 node : {10, 20, 30})
        builder.setNodeInfo(node, raised);
    builder.addWay(way(1, WayKind::RoadWithSidewalk, {1, 10, 2}));
    builder.addWay(way(2, WayKind::Sidewalk, {3, 20, 4}));
    builder.addWay(way(3, WayKind::Crossing, {20, 5}));
    builder.addWay(way(4, WayKind::Footway, {6, 30, 7}));
    const auto graph = builder.build();
    QVERIFY(graph);
    const Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    QMap<qint64, QStringList> verdicts; // per way, the kerb verdict of each of its edges
    for (std::uint32_t e = 0; e < graph->edgeCount(); ++e) {
        const qint64 id = graph->ways()[graph->edges()[e].way].osmId;
        for (bool forward : {true, false})
            verdicts[id].append(
                verdictKey(EdgeRules::evaluate(*graph, e, forward, norm)[Rule::Kerb]));
    }
    const QStringList pass {QStringLiteral("pass"), QStringLiteral("pass")};
    const QStringList fail {QStringLiteral("fail"), QStringLiteral("fail")};
    QCOMPARE(verdicts[1], pass); // along the road: the kerb is the crossing's
    QCOMPARE(verdicts[2], pass + pass); // along the sidewalk, past the crossing
    QCOMPARE(verdicts[3], fail); // onto the crossing: both directions
    QCOMPARE(verdicts[4], fail); // a kerb inside a footway
}

// Two levels joined by 20 m of steps and, 40 m round, by a lift (a highway=elevator node
// joining the lower and upper footways); a lift mapped as a way; a broken lift.
void TestRouter::elevatorsAreUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("elevator.osm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="hand">
 <node id="1" lat="47.63000" lon="6.86000" version="1"/>
 <node id="2" lat="47.63018" lon="6.86000" version="1"/>
 <node id="3" lat="47.63009" lon="6.86020" version="1"><tag k="highway" v="elevator"/></node>
 <node id="4" lat="47.63100" lon="6.86000" version="1"/>
 <node id="5" lat="47.63100" lon="6.86010" version="1"/>
 <node id="6" lat="47.63100" lon="6.86030" version="1"/>
 <node id="7" lat="47.63109" lon="6.86030" version="1">
  <tag k="highway" v="elevator"/><tag k="wheelchair" v="no"/></node>
 <way id="10" version="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="steps"/></way>
 <way id="11" version="1"><nd ref="1"/><nd ref="3"/><tag k="highway" v="footway"/></way>
 <way id="12" version="1"><nd ref="3"/><nd ref="2"/><tag k="highway" v="footway"/></way>
 <way id="13" version="1"><nd ref="4"/><nd ref="5"/><tag k="highway" v="elevator"/></way>
 <way id="14" version="1"><nd ref="5"/><nd ref="6"/><tag k="highway" v="footway"/></way>
 <way id="15" version="1"><nd ref="6"/><nd ref="7"/><tag k="highway" v="footway"/></way>
</osm>
)");
    file.close();
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router router;
    router.setGraph(read.graph);
    const Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    const LonLat lower(6.86, 47.63), upper(6.86, 47.63018);

    const RouteResult lift = router.route(lower, upper, norm);
    QVERIFY2(lift.isValid() && lift.compliant, qPrintable(describe(lift)));
    QCOMPARE(waysOf(lift), (QList<qint64> {11, 12}));
    QVERIFY(lift.stretches[0].elevator && lift.stretches[1].elevator);
    QVERIFY2(lift.warnings.contains(
                 QStringLiteral("the route uses an elevator on way 11: check that it works")),
             qPrintable(describe(lift)));
    QCOMPARE(waysOf(router.route(lower, upper, Profile::builtin(QStringLiteral("pedestrian")))),
             QList<qint64> {10});

    // A lift mapped as a way: no slope, cross-fall or surface to check.
    const auto edge = read.graph->waysForOsmId(13);
    QCOMPARE(edge.size(), std::size_t(1));
    for (std::uint32_t e = 0; e < read.graph->edgeCount(); ++e) {
        if (read.graph->edges()[e].way != edge[0])
            continue;
        const EdgeVerdicts verdicts = EdgeRules::evaluate(*read.graph, e, true, norm);
        QCOMPARE(verdicts[Rule::Slope], Verdict::Pass);
        QCOMPARE(verdicts[Rule::CrossSlope], Verdict::Pass);
        QCOMPARE(verdicts[Rule::Surface], Verdict::Pass);
    }
    // A lift tagged wheelchair=no blocks the wheelchair, not the walker.
    const RouteResult broken = router.route(LonLat(6.8603, 47.631), LonLat(6.8603, 47.63109), norm);
    QVERIFY2(broken.isValid() && !broken.compliant, qPrintable(describe(broken)));
    QCOMPARE(broken.blockedBy.first().rule, Rule::Wheelchair);
}

// A 20 m footway through a turnstile and a 60 m way round through a bollard: wheelchairs
// go round (a bollard lets them pass), walkers go through; with the way round closed the
// least bad route names the barrier.
void TestRouter::barriersOnNodes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("barriers.osm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="hand">
 <node id="1" lat="47.63000" lon="6.86000" version="1"/>
 <node id="2" lat="47.63018" lon="6.86000" version="1"/>
 <node id="3" lat="47.63009" lon="6.86000" version="1"><tag k="barrier" v="turnstile"/></node>
 <node id="4" lat="47.63000" lon="6.86027" version="1"/>
 <node id="5" lat="47.63018" lon="6.86027" version="1"/>
 <node id="6" lat="47.63009" lon="6.86027" version="1"><tag k="barrier" v="bollard"/></node>
 <way id="20" version="1"><nd ref="1"/><nd ref="3"/><nd ref="2"/><tag k="highway" v="footway"/></way>
 <way id="21" version="1"><nd ref="1"/><nd ref="4"/><tag k="highway" v="footway"/></way>
 <way id="22" version="1"><nd ref="4"/><nd ref="6"/><nd ref="5"/><tag k="highway" v="footway"/></way>
 <way id="23" version="1"><nd ref="5"/><nd ref="2"/><tag k="highway" v="footway"/></way>
</osm>
)");
    file.close();
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router router;
    router.setGraph(read.graph);
    const Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    const LonLat a(6.86, 47.63), b(6.86, 47.63018);
    const RouteResult wheel = router.route(a, b, norm);
    QVERIFY2(wheel.isValid() && wheel.compliant, qPrintable(describe(wheel)));
    QCOMPARE(waysOf(wheel), (QList<qint64> {21, 22, 23}));
    QCOMPARE(waysOf(router.route(a, b, Profile::builtin(QStringLiteral("pedestrian")))),
             QList<qint64> {20});
    router.closeWay(22);
    const RouteResult blocked = router.route(a, b, norm);
    QVERIFY2(blocked.isValid() && !blocked.compliant, qPrintable(describe(blocked)));
    QCOMPARE(blocked.blockedBy.size(), 1);
    QCOMPARE(blocked.blockedBy[0].rule, Rule::Barrier);
    QCOMPARE(blocked.blockedBy[0].message,
             QStringLiteral("a barrier a wheelchair cannot pass on way 20"));
}

// norm-2007's two allowances: a chamfered kerb up to 4 cm, a free width down to 1.20 m where
// nothing narrows the way; each named in the result when used, each limit set by the user.
void TestRouter::normAllowances_data()
{
    QTest::addColumn<QByteArray>("wayTags");
    QTest::addColumn<QByteArray>("nodeTags");
    QTest::addColumn<QJsonObject>("limits"); // over norm-2007
    QTest::addColumn<bool>("compliant");
    QTest::addColumn<QString>("sentence"); // the allowance, or the breach; empty: neither

    const QByteArray footway = R"(<tag k="highway" v="footway"/><tag k="width" v="2"/>)";
    auto kerb = [](const char *tags) {
        return QByteArray(R"(<tag k="barrier" v="kerb"/>)") + tags;
    };
    const QString chamferedPass = QStringLiteral(
        "chamfered kerb of 3.0 cm accepted under the 4.0 cm limit for chamfered kerbs (2.0 cm "
        "otherwise) on way 10");
    QTest::newRow("3 cm chamfered kerb (kerb:shape) passes")
        << footway << kerb(R"(<tag k="kerb" v="lowered"/><tag k="kerb:height" v="3 cm"/>
                   <tag k="kerb:shape" v="chamfered"/>)")
        << QJsonObject() << true << chamferedPass;
    QTest::newRow("3 cm rolled kerb passes")
        << footway << kerb(R"(<tag k="kerb" v="rolled"/><tag k="kerb:height" v="0,03"/>)")
        << QJsonObject() << true << chamferedPass;
    QTest::newRow("3 cm kerb:chamfer=yes passes")
        << footway << kerb(R"(<tag k="kerb" v="lowered"/><tag k="kerb:height" v="30 mm"/>
                   <tag k="kerb:chamfer" v="yes"/>)")
        << QJsonObject() << true << chamferedPass;
    QTest::newRow("3 cm square kerb fails")
        << footway << kerb(R"(<tag k="kerb" v="lowered"/><tag k="kerb:height" v="3 cm"/>)")
        << QJsonObject() << false
        << QStringLiteral("kerb of 3.0 cm over the 2.0 cm limit on way 10 (4.0 cm only if "
                          "chamfered, not tagged so)");
    QTest::newRow("3 cm kerb:shape=square fails")
        << footway << kerb(R"(<tag k="kerb" v="rolled"/><tag k="kerb:height" v="3 cm"/>
                   <tag k="kerb:shape" v="square"/>)")
        << QJsonObject() << false
        << QStringLiteral("kerb of 3.0 cm over the 2.0 cm limit on way 10 (4.0 cm only if "
                          "chamfered, not tagged so)");
    QTest::newRow("5 cm chamfered kerb fails")
        << footway << kerb(R"(<tag k="kerb" v="rolled"/><tag k="kerb:height" v="5 cm"/>)")
        << QJsonObject() << false
        << QStringLiteral(
               "chamfered kerb of 5.0 cm over the 4.0 cm limit for chamfered kerbs on way 10");
    QTest::newRow("rolled kerb without a height fails")
        << footway << kerb(R"(<tag k="kerb" v="rolled"/>)") << QJsonObject() << false
        << QStringLiteral("raised or rolled kerb (over 3 cm) on way 10");
    QTest::newRow("flush kerb is 0 cm")
        << footway << kerb(R"(<tag k="kerb" v="flush"/>)") << QJsonObject() << true << QString();
    QTest::newRow("user: chamfered limit 6 cm, 5 cm chamfered passes")
        << footway << kerb(R"(<tag k="kerb" v="rolled"/><tag k="kerb:height" v="5 cm"/>)")
        << QJsonObject {{QStringLiteral("max_chamfered_kerb_m"), 0.06}} << true
        << QStringLiteral("chamfered kerb of 5.0 cm accepted under the 6.0 cm limit for "
                          "chamfered kerbs (2.0 cm otherwise) on way 10");
    QTest::newRow("user: no chamfer allowance, 3 cm chamfered fails")
        << footway << kerb(R"(<tag k="kerb" v="rolled"/><tag k="kerb:height" v="3 cm"/>)")
        << QJsonObject {{QStringLiteral("max_chamfered_kerb_m"), QJsonValue::Null}} << false
        << QStringLiteral("kerb of 3.0 cm over the 2.0 cm limit on way 10");
    QTest::newRow("user: kerb limit 3 cm, 3 cm square passes without allowance")
        << footway << kerb(R"(<tag k="kerb" v="lowered"/><tag k="kerb:height" v="3 cm"/>)")
        << QJsonObject {{QStringLiteral("max_kerb_m"), 0.03}} << true << QString();

    const QByteArray narrow = R"(<tag k="highway" v="footway"/><tag k="width" v="1,30 m"/>)";
    const QString widthPass
        = QStringLiteral("width of 1.30 m accepted under the 1.20 m minimum where nothing "
                         "narrows the way (1.40 m otherwise) on way 10");
    const QString narrowed = QStringLiteral("width of 1.30 m under the 1.40 m minimum on way 10: "
                                            "the 1.20 m allowance where nothing narrows the way "
                                            "does not apply (%1)");
    const QString furniture
        = narrowed.arg(QStringLiteral("a barrier, obstacle or street furniture stands on the way"));
    QTest::newRow("1.30 m open way passes on the 1.20 m rule")
        << narrow << QByteArray() << QJsonObject() << true << widthPass;
    QTest::newRow("1.30 m with a bench node fails")
        << narrow << QByteArray(R"(<tag k="amenity" v="bench"/>)") << QJsonObject() << false
        << furniture;
    QTest::newRow("1.30 m with a bollard fails")
        << narrow << QByteArray(R"(<tag k="barrier" v="bollard"/>)") << QJsonObject() << false
        << furniture;
    QTest::newRow("1.30 m with a street lamp fails")
        << narrow << QByteArray(R"(<tag k="highway" v="street_lamp"/>)") << QJsonObject() << false
        << furniture;
    QTest::newRow("1.30 m with a lowered kerb passes")
        << narrow << kerb(R"(<tag k="kerb" v="flush"/>)") << QJsonObject() << true << widthPass;
    QTest::newRow("1.30 m narrowing to 1.10 m (width:minimum) fails")
        << narrow + R"(<tag k="width:minimum" v="1.10"/>)" << QByteArray() << QJsonObject() << false
        << narrowed.arg(QStringLiteral("the way narrows to 1.10 m (width:minimum, "
                                       "est_width)"));
    QTest::newRow("1.15 m open way fails")
        << QByteArray(R"(<tag k="highway" v="footway"/><tag k="width" v="1.15"/>)") << QByteArray()
        << QJsonObject() << false
        << QStringLiteral("width of 1.15 m under the 1.40 m minimum on way 10");

    const QByteArray road = R"(<tag k="highway" v="residential"/><tag k="sidewalk" v="both"/>
        <tag k="sidewalk:both:width" v="1.30"/>)";
    const QString parking = narrowed.arg(QStringLiteral("cars park along the sidewalk"));
    QTest::newRow("1.30 m sidewalk of a road passes")
        << road << QByteArray() << QJsonObject() << true << widthPass;
    QTest::newRow("1.30 m sidewalk with a parking lane fails")
        << road + R"(<tag k="parking:lane:both" v="parallel"/>)" << QByteArray() << QJsonObject()
        << false << parking;
    QTest::newRow("1.30 m sidewalk with parking:right=half_on_kerb fails")
        << road + R"(<tag k="parking:right" v="half_on_kerb"/>)" << QByteArray() << QJsonObject()
        << false << parking;
    QTest::newRow("1.30 m sidewalk, parking:both=no passes")
        << road + R"(<tag k="parking:both" v="no"/>)" << QByteArray() << QJsonObject() << true
        << widthPass;
    QTest::newRow("1.30 m left sidewalk, parking on the right passes")
        << QByteArray(R"(<tag k="highway" v="residential"/><tag k="sidewalk" v="left"/>
              <tag k="sidewalk:left:width" v="1.30"/><tag k="parking:right" v="lane"/>)")
        << QByteArray() << QJsonObject() << true << widthPass;

    QTest::newRow("user: reduced width 1.35 m, 1.30 m open fails")
        << narrow << QByteArray()
        << QJsonObject {{QStringLiteral("min_width_unobstructed_m"), 1.35}} << false
        << QStringLiteral("width of 1.30 m under the 1.40 m minimum on way 10");
    QTest::newRow("user: no width allowance, 1.30 m open fails")
        << narrow << QByteArray()
        << QJsonObject {{QStringLiteral("min_width_unobstructed_m"), QJsonValue::Null}} << false
        << QStringLiteral("width of 1.30 m under the 1.40 m minimum on way 10");
    QTest::newRow("user: reduced width 1.00 m, 1.15 m open passes")
        << QByteArray(R"(<tag k="highway" v="footway"/><tag k="width" v="1.15"/>)") << QByteArray()
        << QJsonObject {{QStringLiteral("min_width_unobstructed_m"), 1.0}} << true
        << QStringLiteral("width of 1.15 m accepted under the 1.00 m minimum where nothing "
                          "narrows the way (1.40 m otherwise) on way 10");
    QTest::newRow("user: minimum 1.25 m, 1.30 m with a bench passes without allowance")
        << narrow << QByteArray(R"(<tag k="amenity" v="bench"/>)")
        << QJsonObject {{QStringLiteral("min_width_m"), 1.25}} << true << QString();
}

void TestRouter::normAllowances()
{
    QFETCH(QByteArray, wayTags);
    QFETCH(QByteArray, nodeTags);
    QFETCH(QJsonObject, limits);
    QFETCH(bool, compliant);
    QFETCH(QString, sentence);
    QTemporaryDir dir;
    const OsmReadResult read = OsmGraphReader().read(writeAllowanceNetwork(dir, wayTags, nodeTags));
    QVERIFY2(read.graph, qPrintable(read.error));
    QString error;
    const auto profile
        = Profile::fromJson(limits, Profile::builtin(QStringLiteral("norm-2007")), &error);
    QVERIFY2(profile, qPrintable(error));
    Router router;
    router.setGraph(read.graph);
    const RouteResult route = router.route(LonLat(6.86, 47.63), LonLat(6.8603, 47.63), *profile);
    QVERIFY2(route.isValid(), qPrintable(describe(route)));
    QCOMPARE(waysOf(route), QList<qint64> {10});
    QVERIFY2(route.compliant == compliant, qPrintable(describe(route)));

    // The allowance is named on the stretch and on the route; a breach is a reason and a
    // blocking constraint.
    QStringList stretchAllowances, reasons;
    for (const RouteStretch &stretch : route.stretches) {
        stretchAllowances += stretch.allowances;
        reasons += stretch.reasons;
    }
    QStringList breaches;
    for (const RuleBreach &breach : route.blockedBy)
        breaches.append(breach.message);
    if (compliant) {
        QCOMPARE(route.allowances, sentence.isEmpty() ? QStringList() : QStringList {sentence});
        QCOMPARE(stretchAllowances, route.allowances);
        QVERIFY2(breaches.isEmpty(), qPrintable(breaches.join(QStringLiteral("; "))));
    } else {
        QVERIFY2(route.allowances.isEmpty(),
                 qPrintable(route.allowances.join(QStringLiteral("; "))));
        QCOMPARE(breaches, QStringList {sentence});
        QVERIFY(reasons.contains(sentence));
        QVERIFY(route.warnings.contains(sentence));
    }
    const QJsonObject json = routeToGeoJson(route)
                                 .value(QStringLiteral("features"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("properties"))
                                 .toObject();
    QCOMPARE(json.value(QStringLiteral("allowances")).toArray().toVariantList().size(),
             route.allowances.size());
}

void TestRouter::geoJson()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    Router router;
    router.setGraph(read.graph);
    const QJsonObject json
        = routeToGeoJson(router.route(nodeA, nodeG, Profile::builtin(QStringLiteral("norm-2007"))));
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonObject properties = json.value(QStringLiteral("features"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("properties"))
                                       .toObject();
    QVERIFY(std::abs(properties.value(QStringLiteral("length_m")).toDouble() - 140.11) < 0.5);
    QCOMPARE(properties.value(QStringLiteral("compliant")).toBool(), false);
    QCOMPARE(properties.value(QStringLiteral("profile")).toString(), QStringLiteral("norm-2007"));
    QVERIFY(properties.value(QStringLiteral("duration_s")).toDouble() > 100);
    QVERIFY(!properties.value(QStringLiteral("warnings")).toArray().isEmpty());
    QCOMPARE(properties.value(QStringLiteral("stretches")).toArray().size(), 4);
    QCOMPARE(properties.value(QStringLiteral("blocked_by")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
