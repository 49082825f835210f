#include "layers/RasterRenderJob.h"

#include "layers/GdalSource.h"

#include <QCoreApplication>

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <cmath>
#include <vector>

namespace territoire {

namespace {

int cancelProgress(double, const char *, void *data)
{
    const auto *context = static_cast<const RenderContext *>(data);
    return context->isCancelled() ? FALSE : TRUE;
}

// Elevation colours from low to high: green, yellow, brown, white.
QRgb rampColor(double t)
{
    static const QColor stops[] = {QColor(0x6f, 0xa8, 0x5a), QColor(0xe8, 0xd8, 0x8a),
                                   QColor(0xa6, 0x7c, 0x52), QColor(0xf4, 0xf0, 0xec)};
    t = std::clamp(t, 0.0, 1.0) * 3.0;
    const int i = std::min(int(t), 2);
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return qRgb(int(a.red() + (b.red() - a.red()) * f),
                int(a.green() + (b.green() - a.green()) * f),
                int(a.blue() + (b.blue() - a.blue()) * f));
}

} // namespace

RasterRenderJob::RasterRenderJob(Snapshot snapshot)
    : m_snapshot(std::move(snapshot))
{ }

QImage RasterRenderJob::shadeElevation(const std::vector<float> &h, int width, int height,
                                       double cell, double minimum, double maximum)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const double range = maximum > minimum ? maximum - minimum : 1.0;
    // Sun from the north-west, 45° high.
    const double zenith = M_PI / 4, azimuth = 315.0 * M_PI / 180.0;
    auto at = [&](int x, int y) {
        x = std::clamp(x, 0, width - 1);
        y = std::clamp(y, 0, height - 1);
        return h[size_t(y) * size_t(width) + size_t(x)];
    };
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const float z = at(x, y);
            if (std::isnan(z))
                continue;
            // Horn's slope and aspect; nodata neighbours count as the centre.
            auto n = [&](int dx, int dy) {
                const float v = at(x + dx, y + dy);
                return std::isnan(v) ? double(z) : double(v);
            };
            const double dzdx
                = ((n(1, -1) + 2 * n(1, 0) + n(1, 1)) - (n(-1, -1) + 2 * n(-1, 0) + n(-1, 1)))
                / (8 * cell);
            const double dzdy
                = ((n(-1, 1) + 2 * n(0, 1) + n(1, 1)) - (n(-1, -1) + 2 * n(0, -1) + n(1, -1)))
                / (8 * cell);
            const double slope = std::atan(std::hypot(dzdx, dzdy));
            const double aspect = std::atan2(dzdy, -dzdx);
            double shade = std::cos(zenith) * std::cos(slope)
                + std::sin(zenith) * std::sin(slope) * std::cos(azimuth - M_PI / 2 - aspect);
            shade = std::clamp(0.35 + 0.65 * shade / std::cos(zenith) * 0.75, 0.0, 1.0);
            const QRgb c = rampColor((z - minimum) / range);
            line[x] = qRgb(int(qRed(c) * shade), int(qGreen(c) * shade), int(qBlue(c) * shade));
        }
    }
    return image;
}

bool RasterRenderJob::render(QPainter &painter, RenderContext &context)
{
    const MapSettings &settings = context.settings();
    const double dpr = settings.devicePixelRatio();
    const QSize size(std::max(1, int(std::lround(settings.outputSize().width() * dpr))),
                     std::max(1, int(std::lround(settings.outputSize().height() * dpr))));
    const QRectF view = settings.visibleExtent();

    // 1. Open the source on this thread.
    QString error;
    GdalDatasetPtr source = openGdalSource(m_snapshot.source, SourceKind::Raster, {}, &error);
    if (!source) {
        m_error = error;
        return false;
    }
    GdalErrorCapture capture;

    // 2. Warp the visible part into memory, in the map CRS, at device resolution.
    const bool elevation = m_snapshot.rendering == RasterRendering::Elevation;
    const bool paletted = m_snapshot.rendering == RasterRendering::Paletted;
    const QByteArray targetWkt = settings.crs().toWkt().toUtf8();
    QList<QByteArray> args = {"-of",
                              "MEM",
                              "-t_srs",
                              targetWkt,
                              "-te",
                              QByteArray::number(view.left(), 'f', 6),
                              QByteArray::number(view.top(), 'f', 6),
                              QByteArray::number(view.right(), 'f', 6),
                              QByteArray::number(view.bottom(), 'f', 6),
                              "-ts",
                              QByteArray::number(size.width()),
                              QByteArray::number(size.height()),
                              "-r",
                              paletted ? "near" : "bilinear",
                              "-ovr",
                              "AUTO",
                              "-dstalpha",
                              "-wo",
                              "NUM_THREADS=1"};
    if (elevation)
        args << "-ot"
             << "Float32";
    if (!m_snapshot.sourceCrsWkt.isEmpty())
        args << "-s_srs" << m_snapshot.sourceCrsWkt.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALWarpAppOptionsSetProgress(options, cancelProgress, &context);
    GDALDatasetH sourceHandle = GDALDataset::ToHandle(source.get());
    int usageError = FALSE;
    GdalDatasetPtr warped(
        GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &sourceHandle, options, &usageError)));
    GDALWarpAppOptionsFree(options);
    if (context.isCancelled())
        return false;
    if (!warped) {
        m_error = QCoreApplication::translate("RasterLayer", "Cannot draw %1: %2")
                      .arg(displaySourceName(m_snapshot.source), capture.lastError());
        return false;
    }

    // 3. Colour the pixels.
    const int w = size.width(), h = size.height();
    const int bands = warped->GetRasterCount(); // the last one is the alpha band
    std::vector<unsigned char> alpha(size_t(w) * size_t(h));
    warped->GetRasterBand(bands)->RasterIO(GF_Read, 0, 0, w, h, alpha.data(), w, h, GDT_Byte, 0, 0);
    QImage image;
    if (elevation) {
        std::vector<float> heights(size_t(w) * size_t(h));
        warped->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, w, h, heights.data(), w, h, GDT_Float32,
                                           0, 0);
        for (size_t i = 0; i < heights.size(); ++i) {
            if (alpha[i] == 0)
                heights[i] = std::nanf("");
        }
        const double cell = settings.resolution() / dpr * settings.metresPerMapUnit();
        image = shadeElevation(heights, w, h, cell, m_snapshot.minimum, m_snapshot.maximum);
    } else {
        image = QImage(w, h, QImage::Format_ARGB32);
        std::vector<unsigned char> channels[3];
        const int colourBands = std::min(3, bands - 1);
        for (int b = 0; b < colourBands; ++b) {
            channels[b].resize(size_t(w) * size_t(h));
            warped->GetRasterBand(b + 1)->RasterIO(GF_Read, 0, 0, w, h, channels[b].data(), w, h,
                                                   GDT_Byte, 0, 0);
        }
        const GDALColorTable *table
            = paletted ? source->GetRasterBand(1)->GetColorTable() : nullptr;
        const double range = m_snapshot.maximum > m_snapshot.minimum
            ? m_snapshot.maximum - m_snapshot.minimum
            : 255.0;
        for (int y = 0; y < h; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * size_t(w) + size_t(x);
                const int a = alpha[i];
                if (colourBands >= 3) {
                    line[x] = qRgba(channels[0][i], channels[1][i], channels[2][i], a);
                } else if (table) {
                    const GDALColorEntry *e = table->GetColorEntry(channels[0][i]);
                    line[x] = e ? qRgba(e->c1, e->c2, e->c3, e->c4 * a / 255) : 0;
                } else {
                    const int g = std::clamp(
                        int((channels[0][i] - m_snapshot.minimum) * 255.0 / range), 0, 255);
                    line[x] = qRgba(g, g, g, a);
                }
            }
        }
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    image.setDevicePixelRatio(dpr);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(settings.outputSize())), image);
    return true;
}

} // namespace territoire
