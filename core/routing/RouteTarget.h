#pragma once

#include "base/LonLat.h"

#include <QList>
#include <QString>

namespace territoire {

// A place a route may end at or start from, e.g. a disabled parking bay. `id` is stable
// (the OSM node id, the feed's bay id) and comes back in results; `label` is for people.
struct RouteTarget
{
    QString id;
    QString label;
    LonLat position; // WGS 84
    int capacity = 1; // disabled places at this target (informative)
};

} // namespace territoire
