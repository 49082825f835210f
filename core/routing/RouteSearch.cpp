#include "routing/RouteSearch.h"

#include <QCoreApplication>

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/exception.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <queue>

namespace territoire::RouteSearch {

namespace {

// Per-thread labels reused between queries: a label is valid only when its stamp is the
// current query's, so nothing is cleared between queries (O(visited), not O(vertices)). One
// record per vertex, so that a visit touches one cache line; the heuristic is computed once
// per vertex and query.
struct Label
{
    double cost;
    float heuristic;
    std::uint32_t stamp;
    std::uint32_t predVertex;
    std::uint32_t predCode;
    bool settled;
};

struct Workspace
{
    std::vector<Label> labels;
    std::uint32_t current = 0;

    void begin(std::size_t vertices)
    {
        if (labels.size() != vertices || current == std::numeric_limits<std::uint32_t>::max()) {
            labels.assign(vertices, Label {infinity, 0.0f, 0, none, none, false});
            current = 0;
        }
        ++current;
    }
};

thread_local Workspace workspace;

struct QueueItem
{
    double key;
    std::uint32_t vertex;
    bool operator>(const QueueItem &other) const { return key > other.key; }
};

using MinQueue = std::priority_queue<QueueItem, std::vector<QueueItem>, std::greater<QueueItem>>;

} // namespace

Outcome shortestPath(const PedestrianGraph &graph, const std::vector<float> &costs,
                     const std::vector<Seed> &seeds, const std::vector<Goal> &goals,
                     const LonLat &heuristicTarget, double minFactor, double directCost,
                     const Landmarks *landmarks)
{
    Outcome outcome;
    outcome.cost = directCost;
    const auto &csr = graph.csr();
    const auto &rowStart = csr.m_forward.m_rowstart;
    const auto &column = csr.m_forward.m_column;
    Workspace &w = workspace;
    w.begin(graph.vertexCount());

    const bool useHeuristic = heuristicTarget.isValid() && minFactor > 0;
    const bool useLandmarks = landmarks && !landmarks->isEmpty();
    // Slightly under the straight line, so float rounding never makes it overestimate.
    const double hScale = minFactor * 0.999;
    // The larger of two consistent lower bounds is one: the straight line to the target
    // point, and the landmarks' bound through the cheaper goal vertex.
    auto heuristic = [&](std::uint32_t v) {
        double h = useHeuristic
            ? graph.lowerBoundMetres(graph.vertexPosition(v), heuristicTarget) * hScale
            : 0.0;
        if (useLandmarks) {
            double viaGoal = infinity;
            for (const Goal &goal : goals)
                viaGoal = std::min(viaGoal, landmarks->lowerBound(v, goal.vertex) + goal.extraCost);
            h = std::max(h, viaGoal);
        }
        return h;
    };
    // Labels a vertex reached at cost c from u along code; returns its queue key, or a
    // negative value when the vertex already has a cheaper label.
    auto relax = [&](std::uint32_t v, double c, std::uint32_t u, std::uint32_t code) {
        Label &label = w.labels[v];
        if (label.stamp != w.current) {
            label.stamp = w.current;
            label.settled = false;
            label.heuristic = float(heuristic(v));
        } else if (!(c < label.cost)) {
            return -1.0;
        }
        label.cost = c;
        label.predVertex = u;
        label.predCode = code;
        // No goal reachable from there: labelled, never expanded.
        return std::isfinite(label.heuristic) ? c + double(label.heuristic) : -1.0;
    };
    MinQueue queue;
    for (const Seed &seed : seeds) {
        const double key = relax(seed.vertex, seed.cost, none, none);
        if (key >= 0)
            queue.push({key, seed.vertex});
    }
    while (!queue.empty()) {
        const QueueItem item = queue.top();
        queue.pop();
        if (item.key >= outcome.cost)
            break;
        const std::uint32_t u = item.vertex;
        Label &current = w.labels[u];
        if (current.settled)
            continue;
        current.settled = true;
        ++outcome.settled;
        const double du = current.cost;
        for (const Goal &goal : goals) {
            if (goal.vertex == u && du + goal.extraCost < outcome.cost) {
                outcome.cost = du + goal.extraCost;
                outcome.goalVertex = u;
            }
        }
        for (std::uint32_t arc = rowStart[u]; arc < rowStart[u + 1]; ++arc) {
            const std::uint32_t code = csr[PedestrianGraph::Csr::edge_descriptor(u, arc)].code;
            const float c = costs[code];
            if (!(c < std::numeric_limits<float>::infinity()))
                continue;
            const std::uint32_t v = column[arc];
            const double key = relax(v, du + double(c), u, code);
            if (key >= 0)
                queue.push({key, v});
        }
    }

    // Walk the predecessors back to a seed (a seed is its own start: no predecessor).
    if (outcome.goalVertex != none) {
        std::uint32_t v = outcome.goalVertex;
        std::size_t guard = graph.vertexCount() + 1;
        while (w.labels[v].predVertex != none && guard-- > 0) {
            outcome.arcs.push_back({w.labels[v].predCode});
            v = w.labels[v].predVertex;
        }
        std::reverse(outcome.arcs.begin(), outcome.arcs.end());
        outcome.seedVertex = v;
    }
    return outcome;
}

Reach reachWithin(const PedestrianGraph &graph, const std::vector<float> &costs,
                  const std::vector<Seed> &lengthSeeds, const std::vector<std::int32_t> &seedOrigin,
                  double maxLengthM)
{
    Reach reach;
    reach.lengthM.assign(graph.vertexCount(), std::numeric_limits<float>::infinity());
    reach.origin.assign(graph.vertexCount(), -1);
    const auto &csr = graph.csr();
    const auto &rowStart = csr.m_forward.m_rowstart;
    const auto &column = csr.m_forward.m_column;
    const auto &edges = graph.edges();
    std::vector<double> length(graph.vertexCount(), infinity);
    std::vector<std::uint8_t> settled(graph.vertexCount(), 0);
    MinQueue queue;
    for (std::size_t i = 0; i < lengthSeeds.size(); ++i) {
        const Seed &seed = lengthSeeds[i];
        if (seed.cost > maxLengthM || !(seed.cost < length[seed.vertex]))
            continue;
        length[seed.vertex] = seed.cost;
        reach.origin[seed.vertex] = seedOrigin[i];
        queue.push({seed.cost, seed.vertex});
    }
    while (!queue.empty()) {
        const QueueItem item = queue.top();
        queue.pop();
        const std::uint32_t u = item.vertex;
        if (settled[u])
            continue;
        settled[u] = 1;
        reach.lengthM[u] = float(length[u]);
        for (std::uint32_t arc = rowStart[u]; arc < rowStart[u + 1]; ++arc) {
            const std::uint32_t code = csr[PedestrianGraph::Csr::edge_descriptor(u, arc)].code;
            if (!(costs[code] < std::numeric_limits<float>::infinity()))
                continue;
            const std::uint32_t v = column[arc];
            const double lv = length[u] + edges[code >> 1].lengthM;
            if (lv <= maxLengthM && lv < length[v]) {
                length[v] = lv;
                reach.origin[v] = reach.origin[u];
                queue.push({lv, v});
            }
        }
    }
    return reach;
}

Tree boostDijkstra(const PedestrianGraph &graph, const std::vector<double> &costsByCode,
                   std::uint32_t source, QString *error)
{
    Tree tree;
    const auto &csr = graph.csr();
    const std::size_t n = graph.vertexCount();
    if (source >= n) {
        if (error)
            *error = QCoreApplication::translate("RouteSearch",
                                                 "The start vertex is not in the network.");
        return tree;
    }
    // Costs in the CSR's own arc order, for a plain property map.
    std::vector<double> arcCost(num_edges(csr));
    for (std::uint32_t u = 0; u < n; ++u) {
        for (std::uint32_t arc = csr.m_forward.m_rowstart[u]; arc < csr.m_forward.m_rowstart[u + 1];
             ++arc)
            arcCost[arc] = costsByCode[csr[PedestrianGraph::Csr::edge_descriptor(u, arc)].code];
    }
    tree.distance.assign(n, std::numeric_limits<double>::max());
    tree.predecessor.resize(n);
    try {
        boost::dijkstra_shortest_paths(
            csr, source,
            boost::predecessor_map(boost::make_iterator_property_map(tree.predecessor.begin(),
                                                                     get(boost::vertex_index, csr)))
                .distance_map(boost::make_iterator_property_map(tree.distance.begin(),
                                                                get(boost::vertex_index, csr)))
                .weight_map(boost::make_iterator_property_map(arcCost.begin(),
                                                              get(boost::edge_index, csr))));
    } catch (const boost::negative_edge &e) {
        if (error)
            *error
                = QCoreApplication::translate(
                      "RouteSearch", "The network has a negative cost; no route was computed (%1).")
                      .arg(QString::fromUtf8(e.what()));
        return {};
    }
    // Unreached vertices: infinity, not the numeric maximum.
    for (double &d : tree.distance) {
        if (d == std::numeric_limits<double>::max())
            d = infinity;
    }
    return tree;
}

} // namespace territoire::RouteSearch
