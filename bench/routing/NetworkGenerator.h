#pragma once

#include <QString>

#include <cstdint>

namespace territoire::bench {

// Writes a synthetic but realistic pedestrian network as an OSM PBF file: a grid of sidewalks
// and crossings (every grid node a junction) whose ways carry the real tag forms (incline in
// %, degrees and up/down, widths with units, surfaces, kerbs on nodes, some steps with and
// without ramps, wheelchair=*, oneway:foot), with some values missing. side x side nodes give
// 2 * side * (side - 1) edges. Returns false with a message in *error.
bool writeGridNetwork(const QString &path, int side, std::uint32_t seed, QString *error);

} // namespace territoire::bench
