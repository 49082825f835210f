#pragma once

#include "routing/PedestrianGraph.h"

#include <cstdint>
#include <vector>

namespace territoire {

// Lower bounds for A* from landmarks and the triangle inequality (ALT): for a few vertices
// spread over the network, the cost from each of them to every vertex and from every vertex
// to each of them, under one cost table (arc costs by code, >= 0, infinity when forbidden).
// Then cost(v, g) >= from[L][g] - from[L][v] and >= to[L][v] - to[L][g], and a vertex that a
// landmark reaches but the goal's landmark distances say cannot reach the goal is pruned.
// Costs are stored as floats: 8 bytes per vertex and landmark.
class Landmarks
{
public:
    // Picks `count` landmarks far from each other (farthest first) in the largest part of the
    // network a sample of vertices reaches, and measures them. Empty for an empty graph.
    static Landmarks compute(const PedestrianGraph &graph, const std::vector<float> &costs,
                             int count = 4);

    bool isEmpty() const { return m_vertices.empty(); }
    const std::vector<std::uint32_t> &vertices() const { return m_vertices; }
    // A lower bound of the cost from v to g; infinity when v certainly cannot reach g.
    double lowerBound(std::uint32_t v, std::uint32_t g) const;
    std::size_t memoryBytes() const { return (m_from.size() + m_to.size()) * sizeof(float); }

private:
    std::size_t m_vertexCount = 0;
    std::vector<std::uint32_t> m_vertices;
    std::vector<float> m_from; // [landmark * vertexCount + v]: cost landmark -> v
    std::vector<float> m_to; // [landmark * vertexCount + v]: cost v -> landmark
};

} // namespace territoire
