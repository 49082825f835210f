#include "layers/RasterLayer.h"

#include "base/Logging.h"
#include "layers/CrsCheck.h"
#include "layers/RasterRenderJob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLinearGradient>

#include <gdal_priv.h>

#include <cmath>

namespace territoire {

RasterLayer::RasterLayer(const ProjectLayer &descriptor, QObject *parent)
    : MapLayer(parent)
{
    m_descriptor = descriptor;
    m_descriptor.type = type();
    open();
}

RasterLayer::~RasterLayer() = default;

void RasterLayer::open()
{
    m_dataset.reset();
    m_warnings.clear();
    m_attributions.clear();
    m_error.clear();
    const QString name = displaySourceName(m_descriptor.source);
    m_dataset = openGdalSource(m_descriptor.source, SourceKind::Raster, {}, &m_error);
    if (!m_dataset) {
        m_warnings.append(m_error);
        return;
    }
    GdalErrorCapture capture;
    GDALDataset *ds = m_dataset.get();
    m_size = QSize(ds->GetRasterXSize(), ds->GetRasterYSize());
    m_bands = ds->GetRasterCount();
    if (m_bands == 0) {
        m_error = QCoreApplication::translate("RasterLayer", "Cannot open %1: it has no band")
                      .arg(name);
        m_warnings.append(m_error);
        m_dataset.reset();
        return;
    }
    GDALRasterBand *first = ds->GetRasterBand(1);
    m_overviews = first->GetOverviewCount();

    // 1. Extent and CRS (an override wins; a missing CRS is guessed, not drawn until chosen).
    double gt[6] = {0, 1, 0, 0, 0, 1};
    ds->GetGeoTransform(gt);
    const double x0 = gt[0], y0 = gt[3];
    const double x1 = gt[0] + gt[1] * m_size.width() + gt[2] * m_size.height();
    const double y1 = gt[3] + gt[4] * m_size.width() + gt[5] * m_size.height();
    m_extent = QRectF(QPointF(std::min(x0, x1), std::min(y0, y1)),
                      QPointF(std::max(x0, x1), std::max(y0, y1)));
    const CrsVerdict verdict
        = checkLayerCrs(Crs::fromOgr(ds->GetSpatialRef()), m_extent, m_descriptor.crsOverride);
    m_crs = verdict.blocksDrawing() ? Crs() : verdict.crs;
    if (!verdict.reason.isEmpty())
        m_warnings.append(QStringLiteral("%1: %2").arg(name, verdict.reason));

    // 2. How to colour it.
    const GDALDataType type = first->GetRasterDataType();
    if (m_bands >= 3 && type == GDT_Byte)
        m_rendering = RasterRendering::Rgb;
    else if (first->GetColorTable())
        m_rendering = RasterRendering::Paletted;
    else if (type == GDT_Byte)
        m_rendering = RasterRendering::Grey;
    else
        m_rendering = RasterRendering::Elevation;
    if (m_rendering == RasterRendering::Elevation || m_rendering == RasterRendering::Grey) {
        // Stored statistics when the file has them; otherwise an approximate min/max computed
        // in memory, never written beside the source (which may be read-only or shared).
        double mean = 0, stddev = 0;
        double range[2] = {0, 255};
        if (first->GetStatistics(TRUE, FALSE, &m_min, &m_max, &mean, &stddev) != CE_None) {
            CPLErrorReset();
            if (first->ComputeRasterMinMax(TRUE, range) != CE_None)
                range[0] = 0, range[1] = 255;
            m_min = range[0];
            m_max = range[1];
        }
    }

    // 3. Credits from the metadata.
    for (const char *key : {"TIFFTAG_COPYRIGHT", "TIFFTAG_ARTIST", "attribution", "copyright",
                            "producer", "PRODUCER"}) {
        const char *value = ds->GetMetadataItem(key);
        const QString text = QString::fromUtf8(value ? value : "").trimmed();
        if (!text.isEmpty() && !m_attributions.contains(text))
            m_attributions.append(text);
    }
    if (m_descriptor.source.endsWith(QLatin1String(".hgt"), Qt::CaseInsensitive))
        m_attributions.append(QStringLiteral("SRTM: NASA/USGS"));
}

void RasterLayer::applyDescriptor(const ProjectLayer &descriptor)
{
    const bool reopen = descriptor.source != m_descriptor.source
        || descriptor.crsOverride != m_descriptor.crsOverride;
    MapLayer::applyDescriptor(descriptor);
    m_descriptor.type = type();
    if (reopen)
        open();
}

std::unique_ptr<LayerRenderJob> RasterLayer::createRenderJob(const MapSettings &settings)
{
    if (!m_dataset || !m_crs.isValid())
        return nullptr;
    RasterRenderJob::Snapshot snapshot;
    snapshot.source = m_descriptor.source;
    if (!m_descriptor.crsOverride.isEmpty())
        snapshot.sourceCrsWkt = m_crs.toWkt();
    snapshot.rendering = m_rendering;
    snapshot.minimum = m_min;
    snapshot.maximum = m_max;
    return std::make_unique<RasterRenderJob>(snapshot);
}

QList<LegendItem> RasterLayer::legend() const
{
    if (m_rendering != RasterRendering::Elevation)
        return {};
    const double lo = m_min, hi = m_max;
    LegendItem item;
    item.label = QCoreApplication::translate("RasterLayer", "%1 – %2 m")
                     .arg(std::round(lo))
                     .arg(std::round(hi));
    item.paint = [lo, hi](QPainter &painter, const QRectF &rect) {
        std::vector<float> ramp(64);
        for (int i = 0; i < 64; ++i)
            ramp[size_t(i)] = float(lo + (hi - lo) * i / 63.0);
        const QImage image
            = RasterRenderJob::shadeElevation(ramp, 64, 1, 1e9, lo, hi).scaled(64, 8);
        painter.drawImage(rect, image);
    };
    return {item};
}

QList<IdentifyResult> RasterLayer::identify(const QPointF &mapPoint, double,
                                            const MapSettings &settings) const
{
    if (!m_dataset || !m_crs.isValid())
        return {};
    const QPointF p = CoordinateTransform(settings.crs(), m_crs).transform(mapPoint);
    double gt[6];
    double inverse[6];
    if (m_dataset->GetGeoTransform(gt) != CE_None || !GDALInvGeoTransform(gt, inverse))
        return {};
    const int col = int(std::floor(inverse[0] + inverse[1] * p.x() + inverse[2] * p.y()));
    const int row = int(std::floor(inverse[3] + inverse[4] * p.x() + inverse[5] * p.y()));
    if (col < 0 || row < 0 || col >= m_size.width() || row >= m_size.height())
        return {};
    IdentifyResult result;
    result.layerId = id();
    result.layerName = name();
    result.featureId = QStringLiteral("%1,%2").arg(col).arg(row);
    for (int b = 1; b <= m_bands; ++b) {
        GDALRasterBand *band = m_dataset->GetRasterBand(b);
        double value = 0;
        if (band->RasterIO(GF_Read, col, row, 1, 1, &value, 1, 1, GDT_Float64, 0, 0) != CE_None)
            continue;
        int hasNodata = 0;
        const double nodata = band->GetNoDataValue(&hasNodata);
        result.attributes.append({QCoreApplication::translate("RasterLayer", "Band %1").arg(b),
                                  hasNodata && value == nodata ? QVariant() : QVariant(value)});
    }
    return {result};
}

} // namespace territoire
