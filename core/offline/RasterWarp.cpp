#include "offline/RasterWarp.h"

#include <QCoreApplication>

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_utils.h>

#include <memory>

namespace territoire {

namespace {

// Collects GDAL errors of the current thread instead of printing them.
struct ErrorCollector
{
    QStringList messages;
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
        if (self && level >= CE_Failure && self->messages.size() < 20)
            self->messages.append(QString::fromUtf8(message));
    }
    ErrorCollector() { CPLPushErrorHandlerEx(handler, this); }
    ~ErrorCollector() { CPLPopErrorHandler(); }
};

int CPL_STDCALL cancelProgress(double, const char *, void *data)
{
    const auto *cancelled = static_cast<const std::function<bool()> *>(data);
    return *cancelled && (*cancelled)() ? FALSE : TRUE;
}

} // namespace

WarpedImage warpToView(const QString &datasetName, const QString &displayName,
                       const MapSettings &settings, const std::function<bool()> &isCancelled)
{
    WarpedImage result;
    ErrorCollector errors;
    const QSize size = (QSizeF(settings.outputSize()) * settings.devicePixelRatio()).toSize();
    if (size.isEmpty() || !settings.crs().isValid()) {
        result.error = QCoreApplication::translate("RasterWarp", "Invalid map view.");
        return result;
    }
    GDALDatasetH source = GDALOpenEx(datasetName.toUtf8().constData(),
                                     GDAL_OF_RASTER | GDAL_OF_INTERNAL | GDAL_OF_VERBOSE_ERROR,
                                     nullptr, nullptr, nullptr);
    if (!source) {
        result.error = QCoreApplication::translate("RasterWarp", "Cannot open %1: %2")
                           .arg(displayName, errors.messages.value(0));
        return result;
    }
    std::unique_ptr<void, void (*)(void *)> sourceGuard(source, [](void *h) { GDALClose(h); });
    const int bandCount = GDALGetRasterCount(source);

    GDALDriverH mem = GDALGetDriverByName("MEM");
    GDALDatasetH target = GDALCreate(mem, "", size.width(), size.height(), 4, GDT_Byte, nullptr);
    std::unique_ptr<void, void (*)(void *)> targetGuard(target, [](void *h) { GDALClose(h); });
    const QRectF extent = settings.visibleExtent();
    double transform[6] = {extent.left(),
                           extent.width() / size.width(),
                           0,
                           extent.bottom(),
                           0,
                           -extent.height() / size.height()};
    GDALSetGeoTransform(target, transform);
    GDALSetProjection(target, settings.crs().toWkt().toUtf8().constData());
    GDALSetRasterColorInterpretation(GDALGetRasterBand(target, 4), GCI_AlphaBand);

    if (bandCount != 4 && bandCount != 3) {
        result.error = QCoreApplication::translate("RasterWarp",
                                                   "Cannot draw %1: %2 bands, RGB(A) expected.")
                           .arg(displayName)
                           .arg(bandCount);
        return result;
    }
    // RGBA sources carry their alpha; RGB ones get an opaque alpha where they have data.
    QList<QByteArray> args = {"-r", "bilinear", "-dstalpha", "-et", "0.25"};
    QList<char *> argv;
    for (QByteArray &a : args)
        argv.append(a.data());
    argv.append(nullptr);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALWarpAppOptionsSetProgress(options, cancelProgress,
                                  const_cast<std::function<bool()> *>(&isCancelled));
    int usageError = 0;
    GDALDatasetH warped = GDALWarp(nullptr, target, 1, &source, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (isCancelled && isCancelled()) {
        result.error = QCoreApplication::translate("RasterWarp", "Cancelled.");
        return result;
    }
    if (!warped) {
        result.error = QCoreApplication::translate("RasterWarp", "Cannot draw %1: %2")
                           .arg(displayName, errors.messages.value(0));
        return result;
    }

    QImage image(size, QImage::Format_RGBA8888);
    int bands[4] = {1, 2, 3, 4};
    const CPLErr err = GDALDatasetRasterIO(target, GF_Read, 0, 0, size.width(), size.height(),
                                           image.bits(), size.width(), size.height(), GDT_Byte, 4,
                                           bands, 4, image.bytesPerLine(), 1);
    if (err != CE_None) {
        result.error = QCoreApplication::translate("RasterWarp", "Cannot draw %1: %2")
                           .arg(displayName, errors.messages.value(0));
        return result;
    }
    image.setDevicePixelRatio(settings.devicePixelRatio());
    result.image = image;
    result.problems = errors.messages;
    return result;
}

} // namespace territoire
