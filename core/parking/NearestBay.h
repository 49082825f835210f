#pragma once

#include "parking/Bay.h"
#include "routing/Profile.h"
#include "routing/RouteResult.h"

#include <QList>

namespace territoire {

class Router;

// One free bay with the walk from it to the destination.
struct BayRoute
{
    Bay bay;
    RouteResult route; // from the bay to the destination; route.compliant tells the norm
    double straightLineM = 0; // as the crow flies, for comparison
};

// The outcome of a nearest-free-bay query.
struct NearestBayResult
{
    QList<BayRoute> routes; // best first (compliant before relaxed, then by cost)
    int candidateCount = 0; // free bays with a position that were eligible
    int searchedCount = 0; // bays actually given to the router
    QString error; // no graph, destination far from the network... (for users)

    bool isOk() const { return error.isEmpty(); }
};

// Ranks the free bays by the walking path from each bay to a destination, under a routing
// profile. Only bays whose status is Free now (and that hold at least one PMR place) compete.
// Exact but fast on large inventories: bays are handed to the router by increasing straight-line
// distance in growing batches, and the search stops once no remaining bay can beat the `count`
// found (a walk is never shorter than the straight line, less the snapping distances).
NearestBayResult findNearestFreeBays(const Router &router, const LonLat &destination,
                                     const BayList &bays, const Profile &profile, int count = 3);

} // namespace territoire
