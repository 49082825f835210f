#pragma once

#include "routing/PedestrianGraph.h"
#include "routing/Profile.h"
#include "routing/RouteResult.h"

#include <vector>

namespace territoire::RouteAssembly {

// A part of an edge walked from one fraction of its length to another (0 = its `from`
// vertex, 1 = its `to` vertex); fromFraction > toFraction means walking against the edge.
struct Piece
{
    std::uint32_t edge;
    double fromFraction;
    double toFraction;
};

// Turns walked pieces into a RouteResult: geometry, length, duration, stretches with their
// verdicts, warnings naming the ways, breaches and the compliant flag. Pieces of no length are
// dropped.
RouteResult assemble(const PedestrianGraph &graph, const Profile &profile,
                     const std::vector<Piece> &pieces, double cost);

} // namespace territoire::RouteAssembly
