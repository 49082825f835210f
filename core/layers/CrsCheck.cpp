#include "layers/CrsCheck.h"

#include <QCoreApplication>

#include <cmath>

namespace territoire {

namespace {

bool within(double v, double lo, double hi)
{
    return v >= lo && v <= hi;
}

} // namespace

bool isDegreeExtent(const QRectF &r)
{
    return within(r.left(), -180, 180) && within(r.right(), -180, 180) && within(r.top(), -90, 90)
        && within(r.bottom(), -90, 90);
}

QString guessCrsFromExtent(const QRectF &r)
{
    if (r.isNull() && r.left() == 0 && r.top() == 0)
        return {};
    if (isDegreeExtent(r))
        return QStringLiteral("EPSG:4326");
    // Lambert-93 (metropolitan France).
    if (within(r.left(), 100000, 1300000) && within(r.right(), 100000, 1300000)
        && within(r.top(), 6000000, 7200000) && within(r.bottom(), 6000000, 7200000))
        return QStringLiteral("EPSG:2154");
    // Lambert conic conformal 9 zones (CC42..CC50): false easting 1 700 000 m, false northing
    // (zone - 41) * 1 000 000 + 200 000 m at the zone's central latitude.
    if (within(r.left(), 1000000, 2400000) && within(r.right(), 1000000, 2400000)) {
        const double centreY = (r.top() + r.bottom()) / 2;
        const int zone = 41 + int(std::lround((centreY - 200000) / 1000000.0));
        if (zone >= 42 && zone <= 50 && std::abs(r.bottom() - r.top()) < 1500000)
            return QStringLiteral("EPSG:%1").arg(3900 + zone);
    }
    // Web Mercator (web maps, OSM tiles).
    const double m = 20037508.35;
    if (within(r.left(), -m, m) && within(r.right(), -m, m) && within(r.top(), -m, m)
        && within(r.bottom(), -m, m))
        return QStringLiteral("EPSG:3857");
    return {};
}

CrsVerdict checkLayerCrs(const Crs &declared, const QRectF &extent, const QString &crsOverride)
{
    CrsVerdict verdict;
    const bool hasExtent = !(extent.isNull() && extent.left() == 0 && extent.top() == 0)
        && std::isfinite(extent.left());

    // 1. The user's choice wins.
    if (!crsOverride.isEmpty()) {
        QString error;
        verdict.crs = Crs::fromUserInput(crsOverride, &error);
        if (!verdict.crs.isValid()) {
            verdict.status = CrsVerdict::Status::Missing;
            verdict.reason
                = QCoreApplication::translate("CrsCheck", "the chosen CRS \"%1\" is unknown")
                      .arg(crsOverride);
        }
        return verdict;
    }

    const QString guess = hasExtent ? guessCrsFromExtent(extent) : QString();

    // 2. No CRS in the source: degrees are read as WGS 84, anything else needs a choice.
    if (!declared.isValid()) {
        if (!hasExtent || guess == QLatin1String("EPSG:4326")) {
            verdict.status = CrsVerdict::Status::Assumed;
            verdict.crs = Crs::wgs84();
            verdict.reason = QCoreApplication::translate(
                "CrsCheck", "no coordinate reference system declared; WGS 84 assumed");
            return verdict;
        }
        verdict.status = CrsVerdict::Status::Missing;
        verdict.suggestion = guess;
        verdict.reason = guess.isEmpty()
            ? QCoreApplication::translate(
                "CrsCheck",
                "no coordinate reference system declared and the coordinates do not look "
                "like degrees; choose the CRS of the layer")
            : QCoreApplication::translate(
                  "CrsCheck",
                  "no coordinate reference system declared and the coordinates are not "
                  "degrees; is the layer in %1?")
                  .arg(guess);
        return verdict;
    }

    verdict.crs = declared;
    if (!hasExtent)
        return verdict;

    // 3. Degrees out of range can only mean a wrong declaration.
    if (declared.isGeographic()) {
        if (!isDegreeExtent(extent)) {
            verdict.status = CrsVerdict::Status::Contradicted;
            verdict.suggestion = guess;
            verdict.reason = guess.isEmpty()
                ? QCoreApplication::translate("CrsCheck", "coordinates out of range for %1")
                      .arg(declared.name())
                : QCoreApplication::translate(
                      "CrsCheck", "coordinates out of range for %1 — is the layer in %2?")
                      .arg(declared.name(), guess);
        }
        return verdict;
    }

    // 4. Projected metres that look like degrees (e.g. a .prj copied from another layer).
    if (isDegreeExtent(extent) && std::abs(extent.width()) < 10 && std::abs(extent.height()) < 10) {
        const QRectF area = declared.areaOfUse();
        const QRectF projectedArea = area.isNull()
            ? QRectF()
            : CoordinateTransform(Crs::wgs84(), declared).transformBounds(area);
        if (!projectedArea.isNull() && !projectedArea.intersects(extent)) {
            verdict.status = CrsVerdict::Status::Contradicted;
            verdict.suggestion = QStringLiteral("EPSG:4326");
            verdict.reason = QCoreApplication::translate(
                                 "CrsCheck",
                                 "the coordinates look like degrees but the layer declares %1 — "
                                 "is the layer in WGS 84 (EPSG:4326)?")
                                 .arg(declared.name());
        }
    }
    return verdict;
}

} // namespace territoire
