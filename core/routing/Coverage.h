#pragma once

#include "base/JobControl.h"
#include "routing/EdgeRules.h"
#include "routing/Profile.h"
#include "routing/RouteTarget.h"

#include <QList>
#include <QStringList>

#include <limits>
#include <vector>

namespace territoire {

class Router;

// What one disabled bay reaches on compliant paths.
struct BayCoverage
{
    RouteTarget bay;
    bool snapped = false; // false: farther than the snap distance from the network
    double reachableLengthM = 0; // compliant network within the distance, in metres
};

// A part of an edge reached from a bay: fractions of the edge length, the nearest bay.
struct CoveredPiece
{
    std::uint32_t edge = 0;
    double fromFraction = 0;
    double toFraction = 1;
    int bayIndex = -1;
    double distanceM = 0; // walked distance from the bay to the nearer end of the piece
};

// The compliant walk from the nearest bay to one destination (town hall, school...).
struct DestinationAccess
{
    RouteTarget destination;
    int nearestBay = -1; // -1: no bay reaches it on compliant paths
    double distanceM = std::numeric_limits<double>::infinity();
    bool covered = false; // within the coverage distance
};

// A stretch that breaks a rule of the profile or lacks the data to tell.
struct AuditEntry
{
    std::uint32_t edge = 0;
    Rule rule = Rule::Slope;
    Verdict verdict = Verdict::Unknown; // Fail or Unknown
    QString message;
};

struct CoverageResult
{
    double distanceM = 200;
    QString profile;
    QList<BayCoverage> bays;
    std::vector<CoveredPiece> pieces;
    QList<DestinationAccess> destinations;
    QStringList gaps; // sentences: destinations not covered, bays off the network
    bool cancelled = false;
};

// Planning computations on a router's network: for each bay the network reachable on
// compliant paths within distanceM (default 200 m), the compliant distance from each
// destination to its nearest bay, and the gaps. Runs off the UI thread; progress may cancel.
CoverageResult computeCoverage(const Router &router, const QList<RouteTarget> &bays,
                               const QList<RouteTarget> &destinations, const Profile &profile,
                               double distanceM = 200.0, const ProgressCallback &progress = {});

// Every edge that breaks a rule of the profile or cannot be checked, one entry per rule
// (worst of both directions).
std::vector<AuditEntry> auditNetwork(const Router &router, const Profile &profile,
                                     const ProgressCallback &progress = {});

} // namespace territoire
