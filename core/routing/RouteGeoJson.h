#pragma once

#include "routing/RouteResult.h"

#include <QJsonObject>

namespace territoire {

// A route as a GeoJSON FeatureCollection (WGS 84): first the route feature with length_m,
// duration_s, profile, compliant, relaxed, warnings[], stretches[] and blocked_by[], then one
// feature per stretch (kind "stretch") with its compliance class. A failed query gives an
// empty collection with "error" and "blocked_by" members.
QJsonObject routeToGeoJson(const RouteResult &route);

// One stretch's attributes and verdicts as JSON (without geometry).
QJsonObject stretchToJson(const RouteStretch &stretch);

} // namespace territoire
