// Routing benchmark: graph build time and memory, query latency (A*, Dijkstra, nearest bay,
// coverage) on real OSM extracts and on a generated network of a million edges, against
// plain Boost.Graph dijkstra_shortest_paths (the floor) and Routino (when installed), all
// measured in the same run.
#include "NetworkGenerator.h"
#include "RoutinoAnchor.h"

#include "routing/Coverage.h"
#include "routing/OsmGraphReader.h"
#include "routing/RouteSearch.h"
#include "routing/Router.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <gdal.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace territoire;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / 1e6 : 0;
}

struct Stats
{
    double p50 = 0, p99 = 0, mean = 0;
};

Stats stats(std::vector<double> samples)
{
    Stats s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.p50 = samples[samples.size() / 2];
    s.p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    double total = 0;
    for (double v : samples)
        total += v;
    s.mean = total / samples.size();
    return s;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 1 ? 3 : 1) + QStringLiteral(" ms");
}

void line(const QString &name, const QString &value, const QString &note = {})
{
    out() << "  " << name.leftJustified(50) << value.rightJustified(14);
    if (!note.isEmpty())
        out() << "   " << note;
    out() << "\n" << Qt::flush;
}

// Stops Boost's Dijkstra when the target is settled.
struct TargetReached
{
};
struct StopAtTarget : boost::default_dijkstra_visitor
{
    std::uint32_t target;
    template<typename Graph> void examine_vertex(std::uint32_t v, const Graph &)
    {
        if (v == target)
            throw TargetReached();
    }
};

struct Pair
{
    std::uint32_t from, to;
};

// Random pairs reachable under the strict costs (checked with our own search).
std::vector<Pair> reachablePairs(const PedestrianGraph &graph, const Router::CostTable &table,
                                 int count, std::mt19937 &random)
{
    std::vector<Pair> pairs;
    std::uniform_int_distribution<std::uint32_t> vertex(0, std::uint32_t(graph.vertexCount() - 1));
    int attempts = 0;
    while (int(pairs.size()) < count && attempts++ < count * 50) {
        const Pair p {vertex(random), vertex(random)};
        const auto outcome
            = RouteSearch::shortestPath(graph, table.strict, {{p.from, 0}}, {{p.to, 0}},
                                        graph.vertexPosition(p.to), table.minFactor);
        if (std::isfinite(outcome.cost) && p.from != p.to)
            pairs.push_back(p);
    }
    return pairs;
}

struct DatasetResult
{
    double astarP50 = 0;
    double astarMean = 0;
    std::vector<Pair> pairs;
};

DatasetResult benchDataset(const QString &label, const QString &osmPath, int pairCount,
                           bool generated)
{
    DatasetResult result;
    out() << "\n== " << label << " (" << QFileInfo(osmPath).fileName() << ")\n" << Qt::flush;
    const double rssBefore = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    const OsmReadResult read = OsmGraphReader().read(osmPath);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    if (!read.graph) {
        out() << "  " << read.error << "\n";
        return result;
    }
    const auto graph = read.graph;
    Router router;
    router.setGraph(graph);
    const Profile profile = Profile::builtin(QStringLiteral("manual-wheelchair"));
    timer.restart();
    const auto table = router.costTable(profile);
    const double costMs = timer.nsecsElapsed() / 1e6;
    const double rssAfter = residentMegabytes();
    const std::size_t edges = graph->edgeCount();
    const double graphBytes = double(graph->memoryBytes()) + double(table->strict.size() * 8)
        + double(table->landmarks.memoryBytes());
    line(QStringLiteral("edges / vertices"),
         QStringLiteral("%1 / %2").arg(edges).arg(graph->vertexCount()));
    line(QStringLiteral("graph build (read + cut + CSR + R-tree)"), ms(buildMs),
         generated
             ? QStringLiteral("target <= 10000 ms: %1").arg(buildMs <= 10000 ? "met" : "MISSED")
             : QString());
    line(
        QStringLiteral("profile cost table + %1 landmarks").arg(table->landmarks.vertices().size()),
        ms(costMs));
    const double perEdge = graphBytes / double(edges);
    line(QStringLiteral("memory per edge (graph, index, costs, landmarks)"),
         QStringLiteral("%1 B").arg(perEdge, 0, 'f', 1),
         generated ? QStringLiteral("target <= 150 B: %1").arg(perEdge <= 150 ? "met" : "MISSED")
                   : QString());
    line(QStringLiteral("resident growth during build"),
         QStringLiteral("%1 MB").arg(rssAfter - rssBefore, 0, 'f', 1));

    std::mt19937 random(42);
    result.pairs = reachablePairs(*graph, *table, pairCount, random);
    line(QStringLiteral("random reachable pairs"), QString::number(result.pairs.size()));
    if (result.pairs.empty())
        return result;

    // Our A* and Dijkstra (search only), then A* with the full result.
    std::vector<double> astar, dijkstra, full, boostEarly, boostFull;
    std::vector<double> costsByCode(table->strict.begin(), table->strict.end());
    std::vector<double> arcCost(num_edges(graph->csr()));
    for (std::uint32_t u = 0; u < graph->vertexCount(); ++u) {
        for (auto arc = graph->csr().m_forward.m_rowstart[u];
             arc < graph->csr().m_forward.m_rowstart[u + 1]; ++arc)
            arcCost[arc]
                = costsByCode[graph->csr()[PedestrianGraph::Csr::edge_descriptor(u, arc)].code];
    }
    double checksum = 0;
    for (const Pair &p : result.pairs) {
        timer.restart();
        const auto a = RouteSearch::shortestPath(*graph, table->strict, {{p.from, 0}}, {{p.to, 0}},
                                                 graph->vertexPosition(p.to), table->minFactor,
                                                 RouteSearch::infinity, &table->landmarks);
        astar.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const auto d = RouteSearch::shortestPath(*graph, table->strict, {{p.from, 0}}, {{p.to, 0}},
                                                 LonLat(), 0);
        dijkstra.push_back(timer.nsecsElapsed() / 1e6);
        if (std::abs(a.cost - d.cost) > 1e-3 * std::max(1.0, d.cost))
            out() << "  MISMATCH A* " << a.cost << " Dijkstra " << d.cost << "\n";
        checksum += a.cost;
    }
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const Pair &p = result.pairs[i];
        timer.restart();
        const RouteResult r = router.routeBetweenVertices(p.from, p.to, profile);
        full.push_back(timer.nsecsElapsed() / 1e6);
        checksum += r.lengthM;
    }
    // The floor: plain Boost.Graph dijkstra_shortest_paths on the same CSR graph and costs,
    // stopped at the target; and a few full one-to-all runs.
    const auto &csr = graph->csr();
    const std::size_t n = graph->vertexCount();
    std::vector<double> distance(n);
    std::vector<std::uint32_t> predecessor(n);
    const int fullRuns = std::min<int>(int(result.pairs.size()), generated ? 20 : 200);
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const Pair &p = result.pairs[i];
        StopAtTarget visitor;
        visitor.target = p.to;
        timer.restart();
        try {
            boost::dijkstra_shortest_paths(
                csr, p.from,
                boost::predecessor_map(boost::make_iterator_property_map(
                                           predecessor.begin(), get(boost::vertex_index, csr)))
                    .distance_map(boost::make_iterator_property_map(distance.begin(),
                                                                    get(boost::vertex_index, csr)))
                    .weight_map(boost::make_iterator_property_map(arcCost.begin(),
                                                                  get(boost::edge_index, csr)))
                    .visitor(visitor));
        } catch (const TargetReached &) { }
        boostEarly.push_back(timer.nsecsElapsed() / 1e6);
        if (int(i) < fullRuns) {
            timer.restart();
            boost::dijkstra_shortest_paths(
                csr, p.from,
                boost::predecessor_map(boost::make_iterator_property_map(
                                           predecessor.begin(), get(boost::vertex_index, csr)))
                    .distance_map(boost::make_iterator_property_map(distance.begin(),
                                                                    get(boost::vertex_index, csr)))
                    .weight_map(boost::make_iterator_property_map(arcCost.begin(),
                                                                  get(boost::edge_index, csr))));
            boostFull.push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    const Stats sa = stats(astar), sd = stats(dijkstra), sf = stats(full), sb = stats(boostEarly),
                sbf = stats(boostFull);
    const double target = generated ? 20.0 : 1.0;
    line(QStringLiteral("A* search p50 / p99"), ms(sa.p50) + QStringLiteral(" / ") + ms(sa.p99),
         QStringLiteral("target p50 <= %1 ms: %2")
             .arg(target)
             .arg(sa.p50 <= target ? "met" : "MISSED"));
    line(QStringLiteral("A* with full result p50 / p99"),
         ms(sf.p50) + QStringLiteral(" / ") + ms(sf.p99));
    line(QStringLiteral("our Dijkstra (early exit) p50 / p99"),
         ms(sd.p50) + QStringLiteral(" / ") + ms(sd.p99));
    line(QStringLiteral("floor: Boost dijkstra (early exit) p50 / p99"),
         ms(sb.p50) + QStringLiteral(" / ") + ms(sb.p99),
         QStringLiteral("A* is %1x the floor's speed")
             .arg(sb.p50 / std::max(1e-6, sa.p50), 0, 'f', 1));
    line(QStringLiteral("Boost dijkstra one-to-all p50"), ms(sbf.p50));
    result.astarP50 = sa.p50;
    result.astarMean = sa.mean;

    // Nearest bay: the extract's own bays, or 50 random vertices.
    QList<RouteTarget> bays = read.disabledBays;
    std::uniform_int_distribution<std::uint32_t> vertex(0, std::uint32_t(n - 1));
    if (bays.isEmpty()) {
        for (int i = 0; i < 50; ++i) {
            const std::uint32_t v = vertex(random);
            bays.append({QString::number(i), QString(), graph->vertexPosition(v), 1});
        }
    }
    std::vector<double> nearestTimes;
    const int nearestQueries = std::min<int>(int(result.pairs.size()), generated ? 100 : 300);
    for (int i = 0; i < nearestQueries; ++i) {
        const LonLat destination = graph->vertexPosition(result.pairs[i].to);
        timer.restart();
        const auto found = router.nearest(destination, bays, profile, 1);
        nearestTimes.push_back(timer.nsecsElapsed() / 1e6);
        checksum += found.isEmpty() ? 0 : found[0].cost;
    }
    const Stats sn = stats(nearestTimes);
    line(QStringLiteral("nearest of %1 bays p50 / p99").arg(bays.size()),
         ms(sn.p50) + QStringLiteral(" / ") + ms(sn.p99));
    timer.restart();
    const CoverageResult coverage = computeCoverage(router, bays, {}, profile, 200.0);
    line(QStringLiteral("coverage of all %1 bays (200 m)").arg(bays.size()),
         ms(timer.nsecsElapsed() / 1e6), QStringLiteral("%1 pieces").arg(coverage.pieces.size()));
    if (checksum == 42.4242)
        out() << "";
    return result;
}

// Routino on the same extract (--transport=wheelchair), then our router on exactly the legs
// Routino routed, both from WGS 84 points (snapping, search and the full result).
void benchRoutino(const QString &osmPath, const Router &router, const Profile &profile,
                  const std::vector<Pair> &pairs)
{
    const auto graph = router.graph();
    std::vector<LonLat> waypoints;
    for (const Pair &p : pairs)
        waypoints.push_back(graph->vertexPosition(p.from));
    const bench::RoutinoTiming routino = bench::runRoutino(osmPath, waypoints);
    if (!routino.problem.isEmpty()) {
        line(QStringLiteral("Routino anchor"), QStringLiteral("skipped"), routino.problem);
        return;
    }
    line(QStringLiteral("Routino planetsplitter"), ms(routino.splitMs));
    line(QStringLiteral("Routino start-up + database load"), ms(routino.startupMs));
    std::vector<double> ours;
    QElapsedTimer timer;
    int found = 0;
    for (const auto &[from, to] : routino.legs) {
        timer.restart();
        const RouteResult r = router.route(from, to, profile);
        ours.push_back(timer.nsecsElapsed() / 1e6);
        found += r.isValid() ? 1 : 0;
    }
    const Stats so = stats(ours);
    line(QStringLiteral("Routino per leg (start-up subtracted)"), ms(routino.perLegMs),
         QStringLiteral("%1 legs; with start-up shared: %2")
             .arg(routino.legs.size())
             .arg(ms(routino.perLegWithStartupMs)));
    line(QStringLiteral("ours on the same legs, full result"),
         ms(so.p50) + QStringLiteral(" / ") + ms(so.p99),
         QStringLiteral("p50 / p99, mean %1, %2 routes found").arg(ms(so.mean)).arg(found));
    line(QStringLiteral("ratio Routino / ours per query"),
         QStringLiteral("%1x").arg(routino.perLegMs / std::max(1e-6, so.mean), 0, 'f', 1),
         QStringLiteral("target: faster than Routino: %1")
             .arg(so.mean < routino.perLegMs ? "met" : "MISSED"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    GDALAllRegister();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Routing benchmark"));
    parser.addHelpOption();
    const QCommandLineOption osm(QStringLiteral("osm"),
                                 QStringLiteral("Real OSM extract (repeatable)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption side(
        QStringLiteral("grid-side"),
        QStringLiteral("Generated grid side (708: 1,001,112 edges; 0: none)."), QStringLiteral("N"),
        QStringLiteral("708"));
    const QCommandLineOption pairs(QStringLiteral("pairs"), QStringLiteral("Query pairs."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption noRoutino(QStringLiteral("no-routino"),
                                       QStringLiteral("Skip Routino."));
    parser.addOptions({osm, side, pairs, noRoutino});
    parser.process(app);
    const int pairCount = parser.value(pairs).toInt();

    out() << "Territoire routing benchmark (profile manual-wheelchair, times per query)\n";
    for (const QString &path : parser.values(osm)) {
        const DatasetResult r
            = benchDataset(QStringLiteral("real extract"), path, pairCount, false);
        if (!parser.isSet(noRoutino) && !r.pairs.empty()) {
            const OsmReadResult read = OsmGraphReader().read(path);
            Router router;
            router.setGraph(read.graph);
            benchRoutino(path, router, Profile::builtin(QStringLiteral("manual-wheelchair")),
                         r.pairs);
        }
    }
    const int gridSide = parser.value(side).toInt();
    if (gridSide > 1) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grid.osm.pbf"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!bench::writeGridNetwork(path, gridSide, 7, &error)) {
            out() << "cannot generate the network: " << error << "\n";
            return 1;
        }
        out() << "\ngenerated " << QFileInfo(path).size() / 1e6 << " MB of PBF in "
              << timer.elapsed() << " ms\n";
        benchDataset(QStringLiteral("generated grid, %1 x %1 nodes").arg(gridSide), path, pairCount,
                     true);
    }
    return 0;
}
