#pragma once

#include "routing/Coverage.h"
#include "routing/RouteResult.h"

#include <QString>

#include <memory>

namespace territoire {

class PedestrianGraph;

// Writes routing results to a GeoPackage (WGS 84 layers) with a QGIS `layer_styles` table, so
// that QGIS opens each layer with its style. An existing file is replaced. Returns false with a
// sentence naming the file and the reason in *error.
namespace RoutingExport {

// Layers "bays", "coverage", "destinations" (when any) and "audit".
bool writeCoverage(const QString &path, const PedestrianGraph &graph,
                   const CoverageResult &coverage, const std::vector<AuditEntry> &audit,
                   QString *error);

// Layer "route_stretches": one line per stretch with its compliance class and reasons.
bool writeRoute(const QString &path, const RouteResult &route, QString *error);

} // namespace RoutingExport

} // namespace territoire
