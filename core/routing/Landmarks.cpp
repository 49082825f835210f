#include "routing/Landmarks.h"

#include <algorithm>
#include <limits>
#include <queue>

namespace territoire {

namespace {

constexpr float floatInfinity = std::numeric_limits<float>::infinity();

struct Item
{
    double key;
    std::uint32_t vertex;
    bool operator>(const Item &other) const { return key > other.key; }
};

// Dijkstra from one vertex to all: forward (cost source -> v) or backward (cost v -> source:
// the arc u -> v is the sibling code of v's arc v -> u).
std::vector<float> oneToAll(const PedestrianGraph &graph, const std::vector<float> &costs,
                            std::uint32_t source, bool backward)
{
    const auto &csr = graph.csr();
    const auto &rowStart = csr.m_forward.m_rowstart;
    const auto &column = csr.m_forward.m_column;
    std::vector<double> distance(graph.vertexCount(), std::numeric_limits<double>::infinity());
    std::vector<std::uint8_t> settled(graph.vertexCount(), 0);
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    distance[source] = 0;
    queue.push({0, source});
    while (!queue.empty()) {
        const std::uint32_t u = queue.top().vertex;
        queue.pop();
        if (settled[u])
            continue;
        settled[u] = 1;
        for (std::uint32_t arc = rowStart[u]; arc < rowStart[u + 1]; ++arc) {
            std::uint32_t code = csr[PedestrianGraph::Csr::edge_descriptor(u, arc)].code;
            if (backward)
                code ^= 1u;
            const float c = costs[code];
            if (!(c < floatInfinity))
                continue;
            const std::uint32_t v = column[arc];
            const double dv = distance[u] + double(c);
            if (dv < distance[v]) {
                distance[v] = dv;
                queue.push({dv, v});
            }
        }
    }
    return std::vector<float>(distance.begin(), distance.end());
}

} // namespace

Landmarks Landmarks::compute(const PedestrianGraph &graph, const std::vector<float> &costs,
                             int count)
{
    Landmarks landmarks;
    const std::size_t n = graph.vertexCount();
    if (n < 2 || count <= 0)
        return landmarks;
    landmarks.m_vertexCount = n;

    // A start in the largest part: of a few vertices spread over the index, the one that
    // reaches the most.
    std::vector<float> best;
    std::size_t bestReached = 0;
    for (int sample = 0; sample < 5; ++sample) {
        const auto start = std::uint32_t((n - 1) * std::size_t(sample) / 4);
        std::vector<float> reach = oneToAll(graph, costs, start, false);
        const auto reached = std::size_t(
            std::count_if(reach.begin(), reach.end(), [](float d) { return d < floatInfinity; }));
        if (reached > bestReached) {
            bestReached = reached;
            best = std::move(reach);
        }
        if (bestReached > n / 2)
            break;
    }

    // Farthest first: each landmark maximises the distance to the ones already chosen.
    std::vector<float> nearestLandmark = best;
    for (int l = 0; l < count; ++l) {
        std::uint32_t pick = 0;
        float far = -1;
        for (std::uint32_t v = 0; v < n; ++v) {
            if (nearestLandmark[v] < floatInfinity && nearestLandmark[v] > far) {
                far = nearestLandmark[v];
                pick = v;
            }
        }
        if (far <= 0)
            break;
        landmarks.m_vertices.push_back(pick);
        std::vector<float> from = oneToAll(graph, costs, pick, false);
        std::vector<float> to = oneToAll(graph, costs, pick, true);
        for (std::uint32_t v = 0; v < n; ++v) {
            if (nearestLandmark[v] < floatInfinity)
                nearestLandmark[v] = std::min(nearestLandmark[v], from[v]);
        }
        landmarks.m_from.insert(landmarks.m_from.end(), from.begin(), from.end());
        landmarks.m_to.insert(landmarks.m_to.end(), to.begin(), to.end());
    }
    landmarks.m_from.shrink_to_fit();
    landmarks.m_to.shrink_to_fit();
    return landmarks;
}

double Landmarks::lowerBound(std::uint32_t v, std::uint32_t g) const
{
    double bound = 0;
    for (std::size_t l = 0; l < m_vertices.size(); ++l) {
        const float *from = m_from.data() + l * m_vertexCount;
        const float *to = m_to.data() + l * m_vertexCount;
        // L reaches v but not g: v cannot reach g (else L would, through v).
        if (from[v] < floatInfinity) {
            if (!(from[g] < floatInfinity))
                return std::numeric_limits<double>::infinity();
            bound = std::max(bound, double(from[g]) - double(from[v]));
        }
        // g reaches L but v does not: v cannot reach g.
        if (to[g] < floatInfinity) {
            if (!(to[v] < floatInfinity))
                return std::numeric_limits<double>::infinity();
            bound = std::max(bound, double(to[v]) - double(to[g]));
        }
    }
    // Float storage rounds each distance by up to 6e-8 of it: a hair under, to stay a bound.
    return bound * (1.0 - 1e-6);
}

} // namespace territoire
