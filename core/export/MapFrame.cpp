#include "export/MapFrame.h"

#include <ogr_spatialref.h>

#include <cmath>

namespace territoire {

namespace {

// Projections whose grid unit is far from ground metres away from the equator.
bool isMercator(const Crs &crs)
{
    const OGRSpatialReference *srs = crs.ogr();
    if (!srs || !srs->IsProjected())
        return false;
    const char *method = srs->GetAttrValue("PROJECTION");
    return method && QByteArray(method).contains("Mercator");
}

// Ground length of a small step (in degrees) on the WGS 84 ellipsoid.
double ellipsoidStepMetres(const LonLat &a, const LonLat &b)
{
    constexpr double semiMajor = 6378137.0;
    constexpr double e2 = 0.00669437999014;
    constexpr double rad = M_PI / 180.0;
    const double lat = (a.lat + b.lat) / 2 * rad;
    const double w = std::sqrt(1 - e2 * std::sin(lat) * std::sin(lat));
    const double primeVertical = semiMajor / w; // N
    const double meridional = semiMajor * (1 - e2) / (w * w * w); // M
    const double dx = primeVertical * std::cos(lat) * (b.lon - a.lon) * rad;
    const double dy = meridional * (b.lat - a.lat) * rad;
    return std::hypot(dx, dy);
}

} // namespace

double groundMetresPerMapUnit(const Crs &crs, const QPointF &point)
{
    if (!crs.isValid())
        return NAN;
    if (!crs.isGeographic() && !isMercator(crs)) {
        const double toMetres = crs.ogr()->GetLinearUnits();
        return toMetres > 0 ? toMetres : 1.0;
    }
    // Small east-west step around the point, measured on the ellipsoid.
    const double step = crs.isGeographic() ? 1e-4 : 10.0;
    const CoordinateTransform toWgs84(crs, Crs::wgs84());
    const QPointF a = toWgs84.transform(point - QPointF(step / 2, 0));
    const QPointF b = toWgs84.transform(point + QPointF(step / 2, 0));
    const double metres = ellipsoidStepMetres(LonLat(a.x(), a.y()), LonLat(b.x(), b.y()));
    if (!std::isfinite(metres) || metres <= 0)
        return NAN;
    return metres / step;
}

MapFrame::MapFrame(const QRectF &frameDevice, double dpi, const Crs &mapCrs,
                   const MapFrameSpec &spec)
    : m_frame(frameDevice)
{
    if (!mapCrs.isValid() || !spec.isValid() || frameDevice.isEmpty() || !(dpi > 0))
        return;
    const QSize outputSize(int(std::ceil(frameDevice.width() - 1e-6)),
                           int(std::ceil(frameDevice.height() - 1e-6)));
    m_settings.setCrs(mapCrs);
    m_settings.setOutputDpi(dpi);
    m_settings.setOutputSize(outputSize);

    const double metresPerDevice = 0.0254 / dpi; // paper metres per device unit
    if (spec.mode == MapFrameSpec::Mode::Scale) {
        const double mpu = groundMetresPerMapUnit(mapCrs, spec.center);
        if (!std::isfinite(mpu))
            return;
        m_settings.setCenter(spec.center);
        m_settings.setResolution(spec.scale * metresPerDevice / mpu);
        m_scale = spec.scale;
    } else {
        const QRectF e = spec.extent.normalized();
        const double resolution
            = std::max(e.width() / frameDevice.width(), e.height() / frameDevice.height());
        const double mpu = groundMetresPerMapUnit(mapCrs, e.center());
        if (!std::isfinite(mpu) || !(resolution > 0))
            return;
        m_settings.setCenter(e.center());
        m_settings.setResolution(resolution);
        m_scale = resolution * mpu / metresPerDevice;
    }
    m_valid = true;
}

QPointF MapFrame::painterOffset() const
{
    const QSize out = m_settings.outputSize();
    return m_frame.center() - QPointF(out.width() / 2.0, out.height() / 2.0);
}

QPointF MapFrame::deviceToMap(const QPointF &device) const
{
    return m_settings.toMap(device - painterOffset());
}

QRectF MapFrame::frameExtent() const
{
    const QPointF topLeft = deviceToMap(m_frame.topLeft());
    const QPointF bottomRight = deviceToMap(m_frame.bottomRight());
    return QRectF(topLeft, bottomRight).normalized();
}

} // namespace territoire
