#pragma once

#include "routing/Landmarks.h"
#include "routing/PedestrianGraph.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace territoire {

// Search primitives over a PedestrianGraph with arc costs indexed by arc code (edge * 2 +
// reverse). Costs must be >= 0; infinity marks a forbidden arc. Used by Router.
namespace RouteSearch {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

struct Seed
{
    std::uint32_t vertex;
    double cost; // cost already spent to reach the vertex
};

struct Goal
{
    std::uint32_t vertex;
    double extraCost; // cost from the vertex to the target point
};

// One step of a found path: an arc walked from `vertex` (pred) along arc code `code`.
struct PathArc
{
    std::uint32_t code;
};

struct Outcome
{
    double cost = infinity;
    std::uint32_t goalVertex = none; // none: not reached (or only the direct candidate)
    std::vector<PathArc> arcs; // from a seed vertex to goalVertex
    std::uint32_t seedVertex = none;
    std::size_t settled = 0; // vertices settled, for benchmarks
};

// A* from seeds to goals. heuristicTarget: straight-line target for the heuristic
// (PedestrianGraph::lowerBoundMetres * minFactor, admissible and consistent when every arc
// costs at least minFactor per metre of its length and of the straight line it spans);
// an invalid LonLat gives Dijkstra. directCost: a known candidate (e.g. along one edge)
// the search must beat.
// landmarks: measured on these same costs, they tighten the heuristic (ALT) and prune the
// vertices that cannot reach a goal; null for the straight line alone.
Outcome shortestPath(const PedestrianGraph &graph, const std::vector<float> &costs,
                     const std::vector<Seed> &seeds, const std::vector<Goal> &goals,
                     const LonLat &heuristicTarget, double minFactor, double directCost = infinity,
                     const Landmarks *landmarks = nullptr);

// Dijkstra from seeds over arcs with finite cost, measuring walked length (metres) instead of
// cost, stopping at maxLengthM. Returns the length per vertex (infinity when not reached) and
// the seed index each vertex was reached from.
struct Reach
{
    std::vector<float> lengthM;
    std::vector<std::int32_t> origin;
};
Reach reachWithin(const PedestrianGraph &graph, const std::vector<float> &costs,
                  const std::vector<Seed> &lengthSeeds, const std::vector<std::int32_t> &seedOrigin,
                  double maxLengthM);

// Plain Boost.Graph dijkstra_shortest_paths from one vertex with costs indexed by arc code.
// Catches boost::negative_edge (error set, empty result). Unreached vertices keep an infinite
// distance and are their own predecessor.
struct Tree
{
    std::vector<double> distance;
    std::vector<std::uint32_t> predecessor;
};
Tree boostDijkstra(const PedestrianGraph &graph, const std::vector<double> &costsByCode,
                   std::uint32_t source, QString *error = nullptr);

} // namespace RouteSearch

} // namespace territoire
