#pragma once

#include "base/LonLat.h"

#include <QString>

#include <vector>

namespace territoire::bench {

// Routino (Debian `routino`) on an OSM extract, `--transport=wheelchair`, as the external
// anchor of the routing benchmark. planetsplitter runs once; routino-router then routes
// chains of waypoints (one process per chain, so that start-up and database loading are
// shared); waypoints Routino cannot route to are dropped from a chain before it is timed.
struct RoutinoTiming
{
    QString problem; // set when Routino is missing or failed; nothing else is then valid
    double splitMs = 0; // planetsplitter
    double startupMs = 0; // one process with a single leg, minus nothing (median)
    double perLegMs = 0; // per leg, start-up subtracted
    double perLegWithStartupMs = 0; // per leg, start-up shared by the chain
    std::vector<std::pair<LonLat, LonLat>> legs; // the legs timed, for the same queries on ours
};

// waypoints: candidate points (WGS 84); up to `chains` chains of `chainLength` waypoints.
RoutinoTiming runRoutino(const QString &osmPath, const std::vector<LonLat> &waypoints,
                         int chains = 4, int chainLength = 99);

} // namespace territoire::bench
