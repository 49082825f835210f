#include "CliCommand.h"

#include "base/Crs.h"
#include "base/Project.h"
#include "feeds/gauges/GaugeLayer.h"
#include "layers/LayerTypes.h"
#include "layers/RasterLayer.h"
#include "layers/VectorLayer.h"
#include "map/LayerRegistry.h"
#include "parking/BayLayer.h"
#include "render/MapRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>

#include <cmath>
#include <memory>
#include <vector>

namespace territoire::cli {

namespace {

// "1920x1080" → size; invalid size on anything else.
QSize parseSize(const QString &text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okW = false, okH = false;
    const int w = parts.at(0).trimmed().toInt(&okW);
    const int h = parts.at(1).trimmed().toInt(&okH);
    if (!okW || !okH || w <= 0 || h <= 0 || w > 20000 || h > 20000)
        return {};
    return QSize(w, h);
}

// "x1,y1,x2,y2" in map CRS units → the four numbers; empty on anything else.
QList<double> parseExtent(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return {};
    QList<double> values;
    for (const QString &part : parts) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return {};
        values.append(v);
    }
    return values;
}

// Why a layer could not be loaded, naming its source.
QString loadFailure(MapLayer *layer)
{
    QString reason;
    if (auto *vector = qobject_cast<VectorLayer *>(layer))
        reason = vector->errorString();
    else if (auto *raster = qobject_cast<RasterLayer *>(layer))
        reason = raster->errorString();
    if (reason.isEmpty())
        reason = layer->warnings().join(QLatin1Char(' '));
    if (reason.isEmpty())
        reason = QCoreApplication::translate("cli", "it could not be loaded");
    const QString source = layer->descriptor().source;
    return reason.contains(QFileInfo(source).fileName())
        ? reason
        : QStringLiteral("%1: %2").arg(source, reason);
}

} // namespace

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("cli", "Image to write (PNG, JPEG or TIFF, by suffix)."),
        QCoreApplication::translate("cli", "file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("cli",
                                    "Image size in pixels, WIDTHxHEIGHT (default "
                                    "1920x1080)."),
        QCoreApplication::translate("cli", "size"), QStringLiteral("1920x1080"));
    const QCommandLineOption extentOption(
        QStringLiteral("extent"),
        QCoreApplication::translate(
            "cli",
            "Area to show, x1,y1,x2,y2 in map CRS units (default: the project's view, or all "
            "layers)."),
        QCoreApplication::translate("cli", "extent"));
    const QCommandLineOption crsOption(
        QStringLiteral("crs"),
        QCoreApplication::translate(
            "cli", "Map CRS, e.g. EPSG:2154 (default: the project's, or Lambert-93)."),
        QCoreApplication::translate("cli", "crs"));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"),
        QCoreApplication::translate("cli", "Output resolution in dots per inch (default 96)."),
        QCoreApplication::translate("cli", "dpi"), QStringLiteral("96"));
    parser.addOptions({outOption, sizeOption, extentOption, crsOption, dpiOption});
    parser.addPositionalArgument(
        QStringLiteral("source"),
        QCoreApplication::translate(
            "cli", "A data file, a PG: connection string or a .territoire project."));
    const int status = parseOrExit(
        parser, arguments,
        QCoreApplication::translate(
            "cli",
            "Draws the layers of a project or source into an image, with their styles and "
            "labels."));
    if (status >= 0)
        return status;

    // 1. Arguments.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << QCoreApplication::translate("cli",
                                             "render: expected exactly one source or project.")
              << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        err() << QCoreApplication::translate("cli", "render: --out FILE is required.") << Qt::endl;
        return ExitUsage;
    }
    const QString outPath = parser.value(outOption);
    const QByteArray format = QFileInfo(outPath).suffix().toLower().toLatin1();
    if (!QImageWriter::supportedImageFormats().contains(format)) {
        err() << QCoreApplication::translate(
                     "cli", "render: cannot write \"%1\": unknown image format \"%2\".")
                     .arg(outPath, QString::fromLatin1(format))
              << Qt::endl;
        return ExitUsage;
    }
    const QSize size = parseSize(parser.value(sizeOption));
    if (!size.isValid()) {
        err() << QCoreApplication::translate(
                     "cli",
                     "render: invalid --size \"%1\", expected WIDTHxHEIGHT such as 1920x1080.")
                     .arg(parser.value(sizeOption))
              << Qt::endl;
        return ExitUsage;
    }
    bool dpiOk = false;
    const double dpi = parser.value(dpiOption).toDouble(&dpiOk);
    if (!dpiOk || !(dpi >= 10 && dpi <= 2400)) {
        err() << QCoreApplication::translate(
                     "cli", "render: invalid --dpi \"%1\", expected a number between 10 and 2400.")
                     .arg(parser.value(dpiOption))
              << Qt::endl;
        return ExitUsage;
    }
    QRectF extent;
    QList<double> extentValues;
    if (parser.isSet(extentOption)) {
        extentValues = parseExtent(parser.value(extentOption));
        if (extentValues.isEmpty()) {
            err() << QCoreApplication::translate(
                         "cli", "render: invalid --extent \"%1\", expected x1,y1,x2,y2.")
                         .arg(parser.value(extentOption))
                  << Qt::endl;
            return ExitUsage;
        }
        const QString problem = extentProblem(extentValues[0], extentValues[1], extentValues[2],
                                              extentValues[3], QRectF(), Crs());
        if (!problem.isEmpty()) {
            err() << QStringLiteral("render: ") << problem << Qt::endl;
            return ExitUsage;
        }
        extent = QRectF(QPointF(extentValues[0], extentValues[1]),
                        QPointF(extentValues[2], extentValues[3]));
    }
    Crs crs;
    if (parser.isSet(crsOption)) {
        QString crsError;
        crs = Crs::fromUserInput(parser.value(crsOption), &crsError);
        if (!crs.isValid()) {
            err() << QCoreApplication::translate("cli", "render: invalid --crs \"%1\": %2")
                         .arg(parser.value(crsOption), crsError)
                  << Qt::endl;
            return ExitUsage;
        }
    }

    // 2. The layers: those of the project, or every layer of the source. Live layers (gauges,
    // bays) draw their last known state, or none, without network access.
    registerLayerTypes();
    registerGaugeLayerType();
    registerParkingLayerType();
    const QString source = positional.first();
    Project project;
    QString error;
    if (source.endsWith(QLatin1String(".territoire"), Qt::CaseInsensitive)) {
        if (!project.load(source, &error)) {
            err() << error << Qt::endl;
            return ExitFailure;
        }
    } else {
        const QList<ProjectLayer> descriptors = descriptorsForSource(source, &error);
        if (descriptors.isEmpty()) {
            err() << error << Qt::endl;
            return ExitFailure;
        }
        project.layers() = descriptors;
    }
    // A project's saved view is the default, reprojected when the map CRS is changed (the
    // union of all layers could be much larger: a 1° elevation tile, say).
    if (extent.isNull() && !project.extent().isNull()) {
        if (!crs.isValid() || crs == project.mapCrs()) {
            extent = project.extent();
        } else {
            const CoordinateTransform toNew(project.mapCrs(), crs);
            if (toNew.isValid())
                extent = toNew.transformBounds(project.extent());
        }
    }
    if (crs.isValid())
        project.setMapCrs(crs);
    if (!project.mapCrs().isValid())
        project.setMapCrs(Crs::lambert93());

    LayerContext context;
    context.project = &project;
    std::vector<std::unique_ptr<MapLayer>> owned;
    QList<MapLayer *> layers;
    QStringList failures;
    for (const ProjectLayer &descriptor : project.layers()) {
        QString layerError;
        std::unique_ptr<MapLayer> layer
            = LayerRegistry::instance().create(descriptor, context, &layerError);
        if (!layer) {
            failures.append(layerError);
            continue;
        }
        if (!waitForLayerLoaded(layer.get())) {
            failures.append(loadFailure(layer.get()));
            continue;
        }
        for (const QString &warning : layer->warnings())
            err() << QCoreApplication::translate("cli", "Warning:") << " " << warning << Qt::endl;
        layers.append(layer.get());
        owned.push_back(std::move(layer));
    }

    // 3. The view: the given extent, or all layers' extents in the map CRS.
    const QRectF bounds = layersExtent(layers, project.mapCrs());
    if (!extentValues.isEmpty()) {
        // An extent in the wrong units would write a blank image.
        const QString problem = extentProblem(extentValues[0], extentValues[1], extentValues[2],
                                              extentValues[3], bounds, project.mapCrs());
        if (!problem.isEmpty()) {
            err() << QStringLiteral("render: ") << problem << Qt::endl;
            return ExitUsage;
        }
    }
    if (extent.isNull()) {
        extent = bounds;
        if (extent.isNull() || !std::isfinite(extent.width())) {
            for (const QString &failure : std::as_const(failures))
                err() << failure << Qt::endl;
            err() << QCoreApplication::translate(
                         "cli", "render: %1: no located feature to show; give --extent.")
                         .arg(source)
                  << Qt::endl;
            return ExitFailure;
        }
        const double margin = std::max(extent.width(), extent.height()) * 0.02;
        extent.adjust(-margin, -margin, margin, margin);
    }
    MapSettings settings;
    settings.setCrs(project.mapCrs());
    settings.setOutputSize(size);
    settings.setOutputDpi(dpi);
    settings.setExtent(extent);

    // 4. Draw and write.
    QString renderError;
    const QImage image = MapRenderer::renderImage(settings, layers, Qt::white, &renderError);
    if (image.isNull()) {
        err() << QCoreApplication::translate("cli", "render: %1: %2").arg(outPath, renderError)
              << Qt::endl;
        return ExitFailure;
    }
    if (!renderError.isEmpty())
        failures.append(renderError);
    QImageWriter writer(outPath, format);
    if (!writer.write(image)) {
        err() << QCoreApplication::translate("cli", "render: cannot write %1: %2")
                     .arg(outPath, writer.errorString())
              << Qt::endl;
        return ExitFailure;
    }
    for (const QString &failure : std::as_const(failures))
        err() << failure << Qt::endl;
    return failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace territoire::cli
