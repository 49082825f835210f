// Nearest free PMR bay among 10,000 bays on a generated pedestrian network of about 1,000,000
// edges (a 708 x 708 grid of level, smooth, wide footways, 10 m apart). Prints latency
// percentiles of the ranking (findNearestFreeBays, count 3) against anchors measured in the
// same run on the same graph: plain Dijkstra from the destination over the whole network
// (Boost.Graph, what a ranking without pruning would cost), one A* point-to-point route (the
// floor of any ranking) and Router::nearest handed every free bay at once.
// Target: ranking p50 <= 50 ms.
#include "base/LonLat.h"
#include "parking/NearestBay.h"
#include "routing/GraphBuilder.h"
#include "routing/Router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace territoire;

namespace {

constexpr int gridSize = 708; // 2 * 708 * 707 = 1,001,112 edges
constexpr double spacingM = 10.0;
constexpr double originLon = 6.80;
constexpr double originLat = 47.60;
constexpr int bayCount = 10000;
constexpr int queryCount = 200;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * (values.size() - 1) + 0.5));
    return values[index];
}

WayInput gridWay(qint64 wayId, bool row, int line, double dLon, double dLat)
{
    WayInput way;
    way.info.osmId = wayId;
    way.info.kind = WayKind::Footway;
    way.info.wheelchair = WheelchairTag::Yes;
    way.info.surface = SurfaceClass::Smooth;
    way.info.widthM = 2.0f;
    way.info.crossSlope = 0.0f;
    way.info.incline.fraction = 0.0;
    way.info.incline.source = ValueSource::OsmTag;
    way.surfaceRaw = QStringLiteral("asphalt");
    way.nodes.reserve(gridSize);
    for (int i = 0; i < gridSize; ++i) {
        const int r = row ? line : i;
        const int c = row ? i : line;
        way.nodes.emplace_back(qint64(r) * gridSize + c + 1,
                               LonLat(originLon + c * dLon, originLat + r * dLat));
    }
    return way;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const double dLat = spacingM / 111320.0;
    const double dLon = spacingM / (111320.0 * std::cos(originLat * M_PI / 180.0));

    // Step 1: the generated network.
    QElapsedTimer timer;
    timer.start();
    GraphBuilder builder;
    qint64 wayId = 1;
    for (int line = 0; line < gridSize; ++line) {
        builder.addWay(gridWay(wayId++, true, line, dLon, dLat));
        builder.addWay(gridWay(wayId++, false, line, dLon, dLat));
    }
    QString error;
    std::shared_ptr<PedestrianGraph> graph = builder.build({}, &error);
    if (!graph) {
        out << "graph build failed: " << error << Qt::endl;
        return 1;
    }
    out << "network: " << graph->edgeCount() << " edges, " << graph->vertexCount()
        << " vertices, built in " << timer.elapsed() << " ms" << Qt::endl;
    Router router;
    router.setGraph(graph);
    const Profile profile = Profile::builtin(QStringLiteral("norm-2007"));

    // Step 2: 10,000 bays, about half of them free.
    std::mt19937 random(90010);
    std::uniform_real_distribution<double> lonDist(originLon, originLon + (gridSize - 1) * dLon);
    std::uniform_real_distribution<double> latDist(originLat, originLat + (gridSize - 1) * dLat);
    std::bernoulli_distribution freeDist(0.5);
    BayList bays;
    bays.reserve(bayCount);
    QList<RouteTarget> freeTargets;
    for (int i = 0; i < bayCount; ++i) {
        Bay bay;
        bay.id = QString::number(i);
        bay.position = LonLat(lonDist(random), latDist(random));
        bay.status = freeDist(random) ? BayStatus::Free : BayStatus::Taken;
        if (bay.status == BayStatus::Free)
            freeTargets.append({bay.id, {}, bay.position, 1});
        bays.append(bay);
    }
    out << "bays: " << bays.size() << ", free: " << freeTargets.size() << Qt::endl;

    // Warm the per-profile cost table once (built on first use, cached).
    router.route(LonLat(originLon, originLat), LonLat(originLon + dLon, originLat), profile);

    // Step 3: queries.
    std::vector<double> ranking;
    std::vector<double> single;
    std::vector<double> allAtOnce;
    std::vector<double> dijkstra;
    int found = 0;
    for (int q = 0; q < queryCount; ++q) {
        const LonLat destination(lonDist(random), latDist(random));
        timer.restart();
        const NearestBayResult result = findNearestFreeBays(router, destination, bays, profile, 3);
        ranking.push_back(timer.nsecsElapsed() / 1e6);
        found += result.routes.size() == 3 ? 1 : 0;

        // Anchor: one A* route to the straight-line nearest free bay.
        const auto nearest = std::min_element(freeTargets.cbegin(), freeTargets.cend(),
                                              [&](const RouteTarget &a, const RouteTarget &b) {
                                                  return haversineMetres(a.position, destination)
                                                      < haversineMetres(b.position, destination);
                                              });
        timer.restart();
        router.route(nearest->position, destination, profile);
        single.push_back(timer.nsecsElapsed() / 1e6);

        if (q < 20) { // the slower anchors: fewer samples
            timer.restart();
            router.nearest(destination, freeTargets, profile, 3);
            allAtOnce.push_back(timer.nsecsElapsed() / 1e6);

            // Plain Dijkstra from the destination's vertex to every vertex.
            const SnapResult snap = graph->snap(destination, router.snapDistance());
            if (snap.isValid()) {
                timer.restart();
                const RouteSearch::Tree tree
                    = router.costsFrom(graph->edges()[snap.edge].from, profile);
                dijkstra.push_back(timer.nsecsElapsed() / 1e6);
                if (tree.distance.empty())
                    out << "Dijkstra anchor failed" << Qt::endl;
            }
        }
    }

    const double p50 = percentile(ranking, 0.5);
    const double anchor = percentile(single, 0.5);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(2);
    out << "queries: " << queryCount << ", with 3 bays found: " << found << Qt::endl;
    out << "nearest-bay ranking (count 3): p50 " << p50 << " ms, p90 " << percentile(ranking, 0.9)
        << " ms, p99 " << percentile(ranking, 0.99) << " ms" << Qt::endl;
    out << "anchor, one A* route:          p50 " << anchor << " ms, p99 "
        << percentile(single, 0.99) << " ms" << Qt::endl;
    out << "Router::nearest, all free bays: p50 " << percentile(allAtOnce, 0.5) << " ms ("
        << allAtOnce.size() << " queries)" << Qt::endl;
    const double dijkstraP50 = percentile(dijkstra, 0.5);
    out << "anchor, plain Dijkstra from the destination (Boost, whole network): p50 " << dijkstraP50
        << " ms (" << dijkstra.size() << " queries)" << Qt::endl;
    out.setRealNumberPrecision(3);
    out << "ratio ranking / plain Dijkstra (p50): " << (dijkstraP50 > 0 ? p50 / dijkstraP50 : 0)
        << " (Dijkstra " << (p50 > 0 ? dijkstraP50 / p50 : 0) << "x slower)" << Qt::endl;
    out << "ratio ranking / one A* route (p50): " << (anchor > 0 ? p50 / anchor : 0) << Qt::endl;
    const double allP50 = percentile(allAtOnce, 0.5);
    out << "ratio ranking / Router::nearest over all free bays (p50): "
        << (allP50 > 0 ? p50 / allP50 : 0) << Qt::endl;
    out << "target p50 <= 50 ms: " << (p50 <= 50 ? "met" : "NOT met") << Qt::endl;
    return p50 <= 50 ? 0 : 1;
}
