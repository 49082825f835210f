#pragma once

#include "layers/GdalSource.h"
#include "map/MapLayer.h"

namespace territoire {

// How a raster is turned into colours.
enum class RasterRendering {
    Rgb, // 3 or 4 byte bands: red, green, blue (and alpha)
    Paletted, // one band with a colour table
    Grey, // one byte band
    Elevation, // one numeric band (DEM): colour ramp from the band's range, lit by a hillshade
};

// A GDAL raster (GeoTIFF/COG, SRTM .hgt, ...), type "raster". Every render job warps the
// visible part to the map CRS at the output resolution with GDAL, reading from overviews when
// the source has them; nodata and areas outside the raster stay transparent. The band range of
// a DEM is measured once (approximately, on overviews) when the layer opens.
class RasterLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit RasterLayer(const ProjectLayer &descriptor, QObject *parent = nullptr);
    ~RasterLayer() override;

    // False when the source could not be opened (see errorString()).
    bool isValid() const { return m_dataset != nullptr; }
    QString errorString() const { return m_error; }

    QString type() const override { return QStringLiteral("raster"); }
    Crs crs() const override { return m_crs; }
    QRectF extent() const override { return m_extent; }
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;
    QList<LegendItem> legend() const override;
    // The band values of the pixel under the point.
    QList<IdentifyResult> identify(const QPointF &mapPoint, double tolerance,
                                   const MapSettings &settings) const override;
    QStringList warnings() const override { return m_warnings; }
    QStringList attributions() const override { return m_attributions; }
    void applyDescriptor(const ProjectLayer &descriptor) override;

    RasterRendering rendering() const { return m_rendering; }
    QSize rasterSize() const { return m_size; }
    int bandCount() const { return m_bands; }
    int overviewCount() const { return m_overviews; }
    // Range of the first band (DEM metres), without nodata; invalid for RGB.
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

private:
    void open();

    GdalDatasetPtr m_dataset; // UI thread only (identify); render jobs open their own
    QString m_error;
    QStringList m_warnings;
    QStringList m_attributions;
    Crs m_crs;
    QRectF m_extent;
    QSize m_size;
    int m_bands = 0;
    int m_overviews = 0;
    RasterRendering m_rendering = RasterRendering::Grey;
    double m_min = 0;
    double m_max = 0;
};

} // namespace territoire
