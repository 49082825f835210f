#include "parking/NearestBay.h"

#include "routing/RouteTarget.h"
#include "routing/Router.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace territoire {

namespace {

struct Candidate
{
    int index; // into the bay list
    double lowerBoundM; // never more than the walk (the graph's plane bound, cheap)
};

bool better(const RouteResult &a, const RouteResult &b)
{
    if (a.compliant != b.compliant)
        return a.compliant;
    return a.cost < b.cost;
}

} // namespace

NearestBayResult findNearestFreeBays(const Router &router, const LonLat &destination,
                                     const BayList &bays, const Profile &profile, int count)
{
    NearestBayResult result;
    count = qMax(1, count);
    if (!destination.isValid()) {
        result.error = QCoreApplication::translate("Parking",
                                                   "The destination is not a valid "
                                                   "position.");
        return result;
    }
    const std::shared_ptr<const PedestrianGraph> graph = router.graph();
    if (!graph) {
        result.error = QCoreApplication::translate("Parking", "No walking network is loaded.");
        return result;
    }

    // Step 1: free bays with a position, by straight-line distance to the destination (the
    // router's own lower bound: no trigonometry per bay, and the same bound it prunes with).
    std::vector<Candidate> candidates;
    candidates.reserve(bays.size());
    for (int i = 0; i < bays.size(); ++i) {
        const Bay &bay = bays[i];
        if (bay.status != BayStatus::Free || !bay.hasPosition() || bay.capacity == 0)
            continue;
        candidates.push_back({i, graph->lowerBoundMetres(bay.position, destination)});
    }
    result.candidateCount = int(candidates.size());
    if (candidates.empty())
        return result;
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.lowerBoundM < b.lowerBoundM; });

    // Step 2: growing batches until the bound proves no farther bay can do better.
    const auto table = router.costTable(profile);
    const double minFactor = table ? std::max(1e-3, table->minFactor) : 1.0;
    const double slackM = 2 * router.snapDistance();
    size_t batch = std::max<size_t>(64, size_t(count) * 16);
    size_t start = 0;
    QList<RouteResult> best;
    while (true) {
        // Only the new candidates are routed: the best `count` of all bays so far are the best
        // `count` of the previous best and of this batch's best.
        const size_t end = std::min(candidates.size(), batch);
        QList<RouteTarget> targets;
        targets.reserve(int(end - start));
        for (size_t i = start; i < end; ++i) {
            const Bay &bay = bays[candidates[i].index];
            targets.append({QString::number(i), bay.name, bay.position, qMax(1, bay.capacity)});
        }
        best.append(router.nearest(destination, targets, profile, count));
        std::stable_sort(best.begin(), best.end(), better);
        if (best.size() > count)
            best.resize(count);
        result.searchedCount = int(end);
        start = end;
        if (end == candidates.size())
            break;
        // Only compliant routes may stop the search early: a relaxed one could be beaten by a
        // compliant route from a farther bay.
        const bool full = best.size() >= count
            && std::all_of(best.cbegin(), best.cend(),
                           [](const RouteResult &r) { return r.isValid() && r.compliant; });
        const double worst = full ? best.last().cost : 0;
        const double nextBound = (candidates[end].lowerBoundM - slackM) * minFactor;
        if (full && worst <= nextBound)
            break;
        batch *= 4;
    }

    // Step 3: results with their bays.
    std::sort(best.begin(), best.end(), better);
    for (const RouteResult &route : std::as_const(best)) {
        if (!route.isValid()) {
            if (result.error.isEmpty())
                result.error = route.error;
            continue;
        }
        const size_t index = route.targetId.toULongLong();
        if (index >= candidates.size())
            continue;
        BayRoute entry;
        entry.bay = bays[candidates[index].index];
        entry.route = route;
        entry.straightLineM = haversineMetres(entry.bay.position, destination);
        result.routes.append(entry);
    }
    if (!result.routes.isEmpty())
        result.error.clear();
    return result;
}

} // namespace territoire
