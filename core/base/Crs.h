#pragma once

#include "base/LonLat.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

class OGRSpatialReference;
class OGRCoordinateTransformation;

namespace territoire {

// A coordinate reference system, always in GIS axis order (x = easting or longitude,
// y = northing or latitude), whatever its authority says. Immutable and cheap to copy.
// Invalid by default.
class Crs
{
public:
    Crs() = default;

    // Accepts "EPSG:2154", "2154", "urn:ogc:def:crs:EPSG::2154", "OGC:CRS84", WKT or PROJ
    // strings. Returns an invalid Crs (and a reason in *error) when GDAL cannot read it.
    static Crs fromUserInput(const QString &text, QString *error = nullptr);
    static Crs fromEpsg(int code);
    // Takes a copy of a GDAL spatial reference (null gives an invalid Crs).
    static Crs fromOgr(const OGRSpatialReference *srs);
    static Crs wgs84(); // EPSG:4326, longitude first
    static Crs lambert93(); // EPSG:2154

    bool isValid() const { return m_srs != nullptr; }
    // "EPSG:2154" when the CRS has an authority code, otherwise empty.
    QString authId() const;
    // The EPSG code, or 0 when there is none.
    int epsg() const;
    QString name() const;
    QString toWkt() const;
    bool isGeographic() const;
    // The area of use in WGS 84 degrees (west, south, east, north); null rect when unknown.
    QRectF areaOfUse() const;

    const OGRSpatialReference *ogr() const { return m_srs.get(); }

    bool operator==(const Crs &other) const;
    bool operator!=(const Crs &other) const { return !(*this == other); }

private:
    std::shared_ptr<const OGRSpatialReference> m_srs;
};

// Transforms coordinates between two CRSs, in GIS axis order. Not safe to use from two threads
// at once: each thread makes its own copy with clone(). Invalid when either CRS is invalid or
// PROJ finds no operation.
class CoordinateTransform
{
public:
    CoordinateTransform() = default;
    CoordinateTransform(const Crs &source, const Crs &target);

    bool isValid() const { return m_identity || m_ct != nullptr; }
    bool isIdentity() const { return m_identity; }
    const Crs &sourceCrs() const { return m_source; }
    const Crs &targetCrs() const { return m_target; }

    // Transforms in place; returns the number of points that succeeded. Failed points get
    // NaN coordinates.
    int transform(double *x, double *y, int count) const;
    // Returns a point with NaN coordinates when the transform fails.
    QPointF transform(const QPointF &point) const;
    // The bounding box of a rectangle after transformation, densified along its edges.
    QRectF transformBounds(const QRectF &rect) const;

    CoordinateTransform inverse() const { return {m_target, m_source}; }
    CoordinateTransform clone() const { return {m_source, m_target}; }

private:
    Crs m_source;
    Crs m_target;
    bool m_identity = false;
    std::shared_ptr<OGRCoordinateTransformation> m_ct;
};

// Shorthands between WGS 84 and a projected CRS (Lambert-93 by default).
QPointF toProjected(const LonLat &position, const Crs &crs = Crs::lambert93());
LonLat toLonLat(const QPointF &point, const Crs &crs = Crs::lambert93());

} // namespace territoire
