#include "parking/CoordinateCheck.h"

#include "base/Crs.h"

#include <QCoreApplication>

#include <cmath>

namespace territoire {

namespace {

bool inside(const QRectF &bounds, double lon, double lat)
{
    return lon >= bounds.left() && lon <= bounds.right() && lat >= bounds.top()
        && lat <= bounds.bottom();
}

} // namespace

CoordinateCheck checkDegreeCoordinates(double x, double y, const QRectF &bounds, bool fixSwapped,
                                       const QString &projectedCrs)
{
    CoordinateCheck check;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        check.problem = QCoreApplication::translate("Parking", "no coordinates");
        return check;
    }

    // Step 1: values that cannot be degrees (typically Lambert-93 metres in Xlong/Ylat).
    const LonLat asDegrees(x, y);
    if (!asDegrees.isValid()) {
        if (projectedCrs.isEmpty()) {
            check.problem = QCoreApplication::translate(
                                "Parking",
                                "coordinates %1, %2 are out of the degree range (metres in "
                                "degree columns?); row not placed")
                                .arg(x, 0, 'f', 1)
                                .arg(y, 0, 'f', 1);
            return check;
        }
        const Crs crs = Crs::fromUserInput(projectedCrs);
        const LonLat reprojected = crs.isValid() ? toLonLat(QPointF(x, y), crs) : LonLat();
        if (!reprojected.isValid()
            || (!bounds.isNull() && !inside(bounds, reprojected.lon, reprojected.lat))) {
            check.problem = QCoreApplication::translate(
                                "Parking",
                                "coordinates %1, %2 are neither degrees nor %3 inside the "
                                "expected area; row not placed")
                                .arg(x, 0, 'f', 1)
                                .arg(y, 0, 'f', 1)
                                .arg(projectedCrs);
            return check;
        }
        check.position = reprojected;
        check.fixed = true;
        check.problem
            = QCoreApplication::translate("Parking", "coordinates %1, %2 read as %3 metres")
                  .arg(x)
                  .arg(y)
                  .arg(projectedCrs);
        return check;
    }

    // Step 2: plausibility against the expected area.
    if (bounds.isNull() || inside(bounds, x, y)) {
        check.position = asDegrees;
        return check;
    }
    if (inside(bounds, y, x)) {
        if (fixSwapped) {
            check.position = LonLat(y, x);
            check.fixed = true;
            check.problem
                = QCoreApplication::translate(
                      "Parking", "longitude and latitude were swapped (%1, %2); corrected")
                      .arg(x)
                      .arg(y);
        } else {
            check.problem = QCoreApplication::translate(
                                "Parking",
                                "coordinates probably swapped (longitude %1, latitude %2 lies "
                                "outside the expected area); row not placed")
                                .arg(x)
                                .arg(y);
        }
        return check;
    }
    check.position = asDegrees;
    check.problem
        = QCoreApplication::translate("Parking", "position %1, %2 lies outside the expected area")
              .arg(x)
              .arg(y);
    return check;
}

} // namespace territoire
