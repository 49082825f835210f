#pragma once

#include "base/Crs.h"
#include "base/LonLat.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace territoire {

// Elevation from a digital elevation model read through GDAL (SRTM .hgt, GeoTIFF...), sampled
// with bilinear interpolation. Only the window covering the requested extent is read into
// memory. Void cells (nodata) give no value. Elevations in metres.
class DemSampler
{
public:
    // Opens the file and reads the band-1 window covering `extentLonLat` (WGS 84; a null rect
    // reads the whole raster). Returns false with a sentence naming the file in *error.
    bool open(const QString &path, const QRectF &extentLonLat, QString *error);
    bool isValid() const { return !m_values.empty(); }
    QString path() const { return m_path; }

    // Elevation in metres at a WGS 84 position; empty outside the raster or next to a void.
    std::optional<double> elevation(const LonLat &position) const;

private:
    QString m_path;
    CoordinateTransform m_toRaster;
    double m_geo[6] = {0, 1, 0, 0, 0, 1};
    int m_xOffset = 0, m_yOffset = 0, m_width = 0, m_height = 0;
    std::vector<float> m_values;
    std::optional<double> m_noData;
};

} // namespace territoire
