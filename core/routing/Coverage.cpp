#include "routing/Coverage.h"

#include "routing/Router.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

// Distances beyond which a destination is "not served" at all.
constexpr double farLimitM = 20000.0;

bool usable(const std::vector<float> &costs, std::uint32_t code)
{
    return costs[code] < std::numeric_limits<float>::infinity();
}

// Pieces of each edge reached within maxM, from the per-vertex walked lengths.
void collectPieces(const PedestrianGraph &graph, const std::vector<float> &costs,
                   const RouteSearch::Reach &reach, double maxM, std::vector<CoveredPiece> *pieces,
                   double *totalLength)
{
    double total = 0;
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        const EdgeData &edge = graph.edges()[e];
        if (edge.lengthM <= 0)
            continue;
        const float du = reach.lengthM[edge.from];
        const float dv = reach.lengthM[edge.to];
        const double a = (std::isfinite(du) && usable(costs, e * 2))
            ? std::clamp((maxM - du) / edge.lengthM, 0.0, 1.0)
            : 0.0;
        const double b = (std::isfinite(dv) && usable(costs, e * 2 + 1))
            ? std::clamp((maxM - dv) / edge.lengthM, 0.0, 1.0)
            : 0.0;
        if (a <= 0 && b <= 0)
            continue;
        total += std::min(1.0, a + b) * edge.lengthM;
        if (!pieces)
            continue;
        if (a + b >= 1.0) {
            const bool fromU = std::isfinite(du) && (!std::isfinite(dv) || du <= dv);
            pieces->push_back({e, 0.0, 1.0, reach.origin[fromU ? edge.from : edge.to],
                               fromU ? double(du) : double(dv)});
        } else {
            if (a > 0)
                pieces->push_back({e, 0.0, a, reach.origin[edge.from], du});
            if (b > 0)
                pieces->push_back({e, 1.0 - b, 1.0, reach.origin[edge.to], dv});
        }
    }
    if (totalLength)
        *totalLength = total;
}

} // namespace

CoverageResult computeCoverage(const Router &router, const QList<RouteTarget> &bays,
                               const QList<RouteTarget> &destinations, const Profile &profile,
                               double distanceM, const ProgressCallback &progress)
{
    CoverageResult result;
    result.distanceM = distanceM;
    result.profile = profile.name;
    const auto graph = router.graph();
    const auto table = router.costTable(profile);
    if (!graph || !table)
        return result;
    auto step = [&](double fraction) {
        if (progress
            && !progress(fraction, QCoreApplication::translate("Coverage", "Computing coverage"))) {
            result.cancelled = true;
            return false;
        }
        return true;
    };

    // Each bay alone: what it reaches.
    for (int i = 0; i < bays.size(); ++i) {
        if (!step(0.8 * i / std::max<qsizetype>(1, bays.size())))
            return result;
        BayCoverage bay;
        bay.bay = bays[i];
        const RouteSearch::Reach reach = router.reachable({bays[i].position}, distanceM, profile);
        bay.snapped = std::any_of(reach.origin.begin(), reach.origin.end(),
                                  [](std::int32_t o) { return o >= 0; });
        if (bay.snapped)
            collectPieces(*graph, table->strict, reach, distanceM, nullptr, &bay.reachableLengthM);
        else
            result.gaps.append(
                QCoreApplication::translate("Coverage",
                                            "Bay %1 is not on the network usable with %2 (more "
                                            "than %3 m away, or only on ways that break it).")
                    .arg(bays[i].label, profile.name)
                    .arg(router.snapDistance()));
        result.bays.append(bay);
    }

    // All bays together: the covered network, each piece with its nearest bay.
    QList<LonLat> positions;
    for (const RouteTarget &bay : bays)
        positions.append(bay.position);
    const RouteSearch::Reach all = router.reachable(positions, distanceM, profile);
    collectPieces(*graph, table->strict, all, distanceM, &result.pieces, nullptr);
    if (!step(0.9))
        return result;

    // Destinations: the compliant distance from the nearest bay.
    if (!destinations.isEmpty()) {
        const RouteSearch::Reach far = router.reachable(positions, farLimitM, profile);
        for (const RouteTarget &destination : destinations) {
            DestinationAccess access;
            access.destination = destination;
            const SnapResult snap
                = graph->snap(destination.position, router.snapDistance(), [&](std::uint32_t e) {
                      return usable(table->strict, e * 2) || usable(table->strict, e * 2 + 1);
                  });
            if (snap.isValid()) {
                const EdgeData &edge = graph->edges()[snap.edge];
                const double viaFrom = usable(table->strict, snap.edge * 2)
                    ? far.lengthM[edge.from] + edge.lengthM * snap.fraction
                    : RouteSearch::infinity;
                const double viaTo = usable(table->strict, snap.edge * 2 + 1)
                    ? far.lengthM[edge.to] + edge.lengthM * (1 - snap.fraction)
                    : RouteSearch::infinity;
                access.distanceM = std::min(viaFrom, viaTo);
                if (std::isfinite(access.distanceM))
                    access.nearestBay = far.origin[viaFrom <= viaTo ? edge.from : edge.to];
            }
            access.covered = access.distanceM <= distanceM;
            const QString label = destination.label.isEmpty() ? destination.id : destination.label;
            if (!snap.isValid()) {
                result.gaps.append(
                    QCoreApplication::translate(
                        "Coverage", "%1: no way usable with %2 within %3 m of the place.")
                        .arg(label, profile.name)
                        .arg(router.snapDistance()));
            } else if (!access.covered) {
                result.gaps.append(
                    std::isfinite(access.distanceM)
                        ? QCoreApplication::translate(
                              "Coverage",
                              "%1: nearest disabled bay %2 m away on compliant paths "
                              "(more than %3 m).")
                              .arg(label)
                              .arg(std::lround(access.distanceM))
                              .arg(distanceM)
                        : QCoreApplication::translate(
                              "Coverage", "%1: no disabled bay reachable on compliant paths.")
                              .arg(label));
            }
            result.destinations.append(access);
        }
    }
    step(1.0);
    return result;
}

std::vector<AuditEntry> auditNetwork(const Router &router, const Profile &profile,
                                     const ProgressCallback &progress)
{
    std::vector<AuditEntry> entries;
    const auto graph = router.graph();
    if (!graph)
        return entries;
    const std::size_t count = graph->edgeCount();
    for (std::uint32_t e = 0; e < count; ++e) {
        if (progress && e % 8192 == 0
            && !progress(double(e) / count,
                         QCoreApplication::translate("Coverage", "Auditing the network")))
            return {};
        const EdgeVerdicts forward = EdgeRules::evaluate(*graph, e, true, profile);
        const EdgeVerdicts backward = EdgeRules::evaluate(*graph, e, false, profile);
        for (int r = 0; r < ruleCount; ++r) {
            const Verdict f = forward.verdicts[std::size_t(r)];
            const Verdict b = backward.verdicts[std::size_t(r)];
            const Verdict worst = std::max(f, b);
            if (worst == Verdict::Pass)
                continue;
            const bool useForward = f >= b;
            entries.push_back({e, Rule(r), worst,
                               EdgeRules::explain(*graph, e, useForward, profile, Rule(r), worst)});
        }
    }
    return entries;
}

} // namespace territoire
