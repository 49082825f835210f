#include "routing/DemSampler.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal_priv.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace territoire {

bool DemSampler::open(const QString &path, const QRectF &extentLonLat, QString *error)
{
    m_values.clear();
    m_path = path;
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("DemSampler",
                                                 "Cannot read the elevation model %1: %2")
                         .arg(path, reason);
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("DemSampler", "the file does not exist"));
    if (!info.isReadable() || info.isDir())
        return fail(QCoreApplication::translate("DemSampler", "the file cannot be read"));
    GDALAllRegister(); // idempotent; the router may run before any layer is opened
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset) {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        return fail(reason.isEmpty() ? QCoreApplication::translate(
                        "DemSampler", "it is not a raster GDAL can read")
                                     : reason);
    }
    if (dataset->GetRasterCount() < 1)
        return fail(QCoreApplication::translate("DemSampler", "it has no raster band"));
    if (dataset->GetGeoTransform(m_geo) != CE_None || m_geo[2] != 0 || m_geo[4] != 0)
        return fail(QCoreApplication::translate("DemSampler", "it has no usable georeferencing"));
    Crs crs = Crs::fromOgr(dataset->GetSpatialRef());
    if (!crs.isValid())
        crs = Crs::wgs84();
    m_toRaster = CoordinateTransform(Crs::wgs84(), crs);
    if (!m_toRaster.isValid())
        return fail(
            QCoreApplication::translate("DemSampler", "its CRS cannot be reached from WGS 84"));

    // The window of pixels covering the extent, with one pixel of margin.
    const int fullWidth = dataset->GetRasterXSize();
    const int fullHeight = dataset->GetRasterYSize();
    int x0 = 0, y0 = 0, x1 = fullWidth, y1 = fullHeight;
    if (!extentLonLat.isNull()) {
        const QRectF box = m_toRaster.transformBounds(extentLonLat);
        auto column = [&](double x) {
            return (x - m_geo[0]) / m_geo[1];
        };
        auto row = [&](double y) {
            return (y - m_geo[3]) / m_geo[5];
        };
        const double cx0 = column(box.left()), cx1 = column(box.right());
        const double ry0 = row(box.top()), ry1 = row(box.bottom());
        x0 = std::clamp(int(std::floor(std::min(cx0, cx1))) - 1, 0, fullWidth);
        x1 = std::clamp(int(std::ceil(std::max(cx0, cx1))) + 2, 0, fullWidth);
        y0 = std::clamp(int(std::floor(std::min(ry0, ry1))) - 1, 0, fullHeight);
        y1 = std::clamp(int(std::ceil(std::max(ry0, ry1))) + 2, 0, fullHeight);
        if (x1 <= x0 || y1 <= y0)
            return true; // no overlap: valid file, no values
    }
    m_xOffset = x0;
    m_yOffset = y0;
    m_width = x1 - x0;
    m_height = y1 - y0;
    GDALRasterBand *band = dataset->GetRasterBand(1);
    int hasNoData = 0;
    const double noData = band->GetNoDataValue(&hasNoData);
    if (hasNoData)
        m_noData = noData;
    m_values.resize(std::size_t(m_width) * m_height);
    if (band->RasterIO(GF_Read, x0, y0, m_width, m_height, m_values.data(), m_width, m_height,
                       GDT_Float32, 0, 0)
        != CE_None) {
        m_values.clear();
        return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
    }
    return true;
}

std::optional<double> DemSampler::elevation(const LonLat &position) const
{
    if (m_values.empty())
        return std::nullopt;
    const QPointF p = m_toRaster.transform(position.toPointF());
    if (!std::isfinite(p.x()))
        return std::nullopt;
    // Pixel centres are at +0.5.
    const double column = (p.x() - m_geo[0]) / m_geo[1] - 0.5 - m_xOffset;
    const double row = (p.y() - m_geo[3]) / m_geo[5] - 0.5 - m_yOffset;
    const int c0 = int(std::floor(column)), r0 = int(std::floor(row));
    if (c0 < 0 || r0 < 0 || c0 + 1 >= m_width || r0 + 1 >= m_height)
        return std::nullopt;
    const double fx = column - c0, fy = row - r0;
    double corners[4];
    const int offsets[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    for (int i = 0; i < 4; ++i) {
        const float v = m_values[std::size_t(r0 + offsets[i][1]) * m_width + c0 + offsets[i][0]];
        if (!std::isfinite(v) || (m_noData && double(v) == *m_noData) || v < -1000)
            return std::nullopt;
        corners[i] = v;
    }
    return (corners[0] * (1 - fx) + corners[1] * fx) * (1 - fy)
        + (corners[2] * (1 - fx) + corners[3] * fx) * fy;
}

} // namespace territoire
