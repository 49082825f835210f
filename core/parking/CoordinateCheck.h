#pragma once

#include "base/LonLat.h"

#include <QRectF>
#include <QString>

namespace territoire {

// The outcome of checking a coordinate pair read from degree columns (Xlong, Ylat).
struct CoordinateCheck
{
    LonLat position; // the position to draw; invalid when the row is not placed
    QString problem; // empty when the pair is plausible; otherwise a sentence (no file/row)
    bool fixed = false; // the position was corrected (swapped or reprojected)
};

// Checks x (expected longitude) and y (expected latitude) in degrees against the degree range
// and the expected WGS 84 bounds (x = lon, y = lat; null rect: range check only).
// - out of the degree range: rejected, or read as metres in projectedCrs when it is not empty
//   (e.g. "EPSG:2154"), then accepted when inside the bounds;
// - outside the bounds but inside once swapped: "probably swapped", excluded unless fixSwapped;
// - outside the bounds otherwise: kept, with a warning.
CoordinateCheck checkDegreeCoordinates(double x, double y, const QRectF &expectedBounds,
                                       bool fixSwapped, const QString &projectedCrs);

} // namespace territoire
