// territoire-cli export-pdf: a project's layout to a vector, georeferenced PDF (or an atlas).
#include "CliCommand.h"

#include "base/Clock.h"
#include "base/JobControl.h"
#include "base/Project.h"
#include "export/LayoutStore.h"
#include "export/PdfExporter.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeLayer.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/HubEau.h"
#include "layers/LayerTypes.h"
#include "map/LayerRegistry.h"
#include "parking/BayLayer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <cmath>
#include <memory>
#include <vector>

namespace territoire::cli {

namespace {

// "a,b,c" → numbers; empty on anything else or when the count differs.
QList<double> parseNumbers(const QString &text, int count)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != count)
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

// Carries texts and the logo of a stored layout over to a layout made for another paper.
void copyTexts(const PrintLayout &from, PrintLayout *to)
{
    for (const LayoutItem &item : from.items) {
        if (LayoutItem *target = to->item(item.type)) {
            target->text = item.text;
            target->path = item.path;
            target->visible = item.visible;
        }
    }
    to->map = from.map;
}

// Where the desktop application records gauge observations (ui/gauges).
QString applicationObservationCache()
{
    return ObservationCache::defaultPath();
}

// The live layers' data: gauges read the observation cache at the clock's instant, so the page
// shows the values, and the time, the duty officer saw. Owns what the layer factories use
// through LayerContext::services.
struct LiveData
{
    std::unique_ptr<ObservationCache> cache;
    std::unique_ptr<Clock> clock;
    std::unique_ptr<GaugeNetwork> gauges;
    QObject services;
};

// Opens the cache (an explicit --cache must exist; the application's is used when present) and
// sets the clock of the live data: the --at instant, or now.
bool openLiveData(const QString &cachePath, bool explicitCache, const QDateTime &at,
                  const Project &project, LiveData *live, QString *error)
{
    if (at.isValid())
        live->clock = std::make_unique<ManualClock>(at);
    else
        live->clock = std::make_unique<LiveClock>();
    if (explicitCache && !QFileInfo::exists(cachePath)) {
        *error = QCoreApplication::translate("cli",
                                             "export-pdf: the observation cache %1 does not exist.")
                     .arg(cachePath);
        return false;
    }
    if (QFileInfo::exists(cachePath)) {
        live->cache = std::make_unique<ObservationCache>(cachePath);
        if (!live->cache->open(error))
            return false;
    }
    live->gauges = std::make_unique<GaugeNetwork>(live->cache.get(), live->clock.get());
    live->gauges->setSettings(GaugeSettings::fromProject(project));
    live->services.setProperty("service.gauges",
                               QVariant::fromValue<QObject *>(live->gauges.get()));
    return true;
}

} // namespace

int runExportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "PDF file to write."),
                                       QCoreApplication::translate("cli", "file"));
    const QCommandLineOption layoutOption(
        QStringLiteral("layout"),
        QCoreApplication::translate("cli",
                                    "Layout of the project to use (default: a layout "
                                    "generated for the paper)."),
        QCoreApplication::translate("cli", "name"));
    const QCommandLineOption paperOption(
        QStringLiteral("paper"),
        QCoreApplication::translate("cli", "Paper: A4, A3, A2, A1 or A0 (default A4)."),
        QCoreApplication::translate("cli", "paper"));
    const QCommandLineOption orientationOption(
        QStringLiteral("orientation"),
        QCoreApplication::translate("cli", "portrait or landscape (default landscape)."),
        QCoreApplication::translate("cli", "orientation"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QCoreApplication::translate("cli", "Scale denominator, e.g. 10000 for 1:10 000."),
        QCoreApplication::translate("cli", "N"));
    const QCommandLineOption centerOption(
        QStringLiteral("center"),
        QCoreApplication::translate("cli", "Map centre x,y in the project's map CRS."),
        QCoreApplication::translate("cli", "x,y"));
    const QCommandLineOption extentOption(
        QStringLiteral("extent"),
        QCoreApplication::translate("cli", "Area to fit, x1,y1,x2,y2 in the map CRS."),
        QCoreApplication::translate("cli", "extent"));
    const QCommandLineOption titleOption(QStringLiteral("title"),
                                         QCoreApplication::translate("cli", "Title of the map."),
                                         QCoreApplication::translate("cli", "text"));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"),
        QCoreApplication::translate("cli", "Resolution for rasters, 36 to 2400 (default 300)."),
        QCoreApplication::translate("cli", "dpi"), QStringLiteral("300"));
    const QCommandLineOption atlasOption(
        QStringLiteral("atlas"),
        QCoreApplication::translate("cli", "One page per feature of this layer (id or name)."),
        QCoreApplication::translate("cli", "layer"));
    const QCommandLineOption atlasTitleOption(
        QStringLiteral("atlas-title"),
        QCoreApplication::translate("cli", "Field giving each atlas page its title."),
        QCoreApplication::translate("cli", "field"));
    const QCommandLineOption badgeOption(
        QStringLiteral("badge"),
        QCoreApplication::translate("cli", "Text of a banner printed over every map."),
        QCoreApplication::translate("cli", "text"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"),
        QCoreApplication::translate(
            "cli",
            "Observation cache of the live layers (default: the application's, when present)."),
        QCoreApplication::translate("cli", "file"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        QCoreApplication::translate(
            "cli",
            "Show the live data as at this ISO 8601 instant, e.g. 2025-03-30T01:30:00Z "
            "(default: now)."),
        QCoreApplication::translate("cli", "instant"));
    parser.addOptions({outOption, layoutOption, paperOption, orientationOption, scaleOption,
                       centerOption, extentOption, titleOption, dpiOption, atlasOption,
                       atlasTitleOption, badgeOption, cacheOption, atOption});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("cli", "A .territoire project."));
    const int status = parseOrExit(
        parser, arguments,
        QCoreApplication::translate(
            "cli",
            "Exports the map of a project to a vector PDF with title, legend, scale bar, north "
            "arrow, sources and dates, georeferenced for GIS and PDF viewers."));
    if (status >= 0)
        return status;

    // 1. Arguments.
    const auto usage = [](const QString &message) {
        err() << QStringLiteral("export-pdf: ") << message << Qt::endl;
        return ExitUsage;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(QCoreApplication::translate("cli", "expected exactly one project."));
    if (parser.value(outOption).isEmpty())
        return usage(QCoreApplication::translate("cli", "--out FILE is required."));
    bool dpiOk = false;
    const double dpi = parser.value(dpiOption).toDouble(&dpiOk);
    if (!dpiOk || dpi < 36 || dpi > 2400)
        return usage(
            QCoreApplication::translate("cli", "invalid --dpi \"%1\", expected 36 to 2400.")
                .arg(parser.value(dpiOption)));
    PageSetup::Paper paper = PageSetup::Paper::A4;
    if (parser.isSet(paperOption)
        && (!PageSetup::parsePaper(parser.value(paperOption), &paper)
            || paper == PageSetup::Paper::Custom))
        return usage(QCoreApplication::translate(
                         "cli", "invalid --paper \"%1\", expected A4, A3, A2, A1 or A0.")
                         .arg(parser.value(paperOption)));
    PageSetup::Orientation orientation = PageSetup::Orientation::Landscape;
    if (parser.isSet(orientationOption)
        && !PageSetup::parseOrientation(parser.value(orientationOption), &orientation))
        return usage(QCoreApplication::translate(
                         "cli", "invalid --orientation \"%1\", expected portrait or landscape.")
                         .arg(parser.value(orientationOption)));
    double scale = 0;
    if (parser.isSet(scaleOption)) {
        scale = parser.value(scaleOption).toDouble();
        if (!(scale >= 1 && scale <= 1e9))
            return usage(QCoreApplication::translate("cli", "invalid --scale \"%1\".")
                             .arg(parser.value(scaleOption)));
    }
    QList<double> center;
    if (parser.isSet(centerOption)
        && (center = parseNumbers(parser.value(centerOption), 2)).isEmpty())
        return usage(QCoreApplication::translate("cli", "invalid --center \"%1\", expected x,y.")
                         .arg(parser.value(centerOption)));
    QList<double> extentValues;
    if (parser.isSet(extentOption)
        && (extentValues = parseNumbers(parser.value(extentOption), 4)).isEmpty())
        return usage(
            QCoreApplication::translate("cli", "invalid --extent \"%1\", expected x1,y1,x2,y2.")
                .arg(parser.value(extentOption)));
    if (!extentValues.isEmpty()) {
        const QString problem = extentProblem(extentValues[0], extentValues[1], extentValues[2],
                                              extentValues[3], QRectF(), Crs());
        if (!problem.isEmpty())
            return usage(problem);
    }
    if (parser.isSet(extentOption) && (parser.isSet(scaleOption) || parser.isSet(centerOption)))
        return usage(
            QCoreApplication::translate("cli", "give either --scale and --center, or --extent."));
    if (parser.isSet(atlasOption) != parser.isSet(atlasTitleOption))
        return usage(QCoreApplication::translate(
            "cli", "--atlas LAYER and --atlas-title FIELD go together."));
    QDateTime at;
    if (parser.isSet(atOption) && !(at = hubeau::parseInstant(parser.value(atOption))).isValid())
        return usage(QCoreApplication::translate(
                         "cli",
                         "invalid --at \"%1\", expected an ISO 8601 instant with its offset, e.g. "
                         "2025-03-30T01:30:00Z.")
                         .arg(parser.value(atOption)));

    // 2. The project and its layers, live ones reading the observation cache.
    registerLayerTypes();
    registerGaugeLayerType();
    registerParkingLayerType();
    Project project;
    QString error;
    if (!project.load(positional.first(), &error)) {
        err() << error << Qt::endl;
        return ExitFailure;
    }
    if (!project.mapCrs().isValid())
        project.setMapCrs(Crs::lambert93());
    LiveData live;
    const QString cachePath
        = parser.isSet(cacheOption) ? parser.value(cacheOption) : applicationObservationCache();
    if (!openLiveData(cachePath, parser.isSet(cacheOption), at, project, &live, &error)) {
        err() << error << Qt::endl;
        return ExitFailure;
    }
    LayerContext context;
    context.project = &project;
    context.clock = live.clock.get();
    context.services = &live.services;
    std::vector<std::unique_ptr<MapLayer>> owned;
    QList<MapLayer *> layers;
    for (const ProjectLayer &descriptor : project.layers()) {
        QString layerError;
        std::unique_ptr<MapLayer> layer
            = LayerRegistry::instance().create(descriptor, context, &layerError);
        if (!layer || !waitForLayerLoaded(layer.get())) {
            err() << QCoreApplication::translate("cli", "Warning:") << " "
                  << (layerError.isEmpty()
                          ? QCoreApplication::translate("cli", "%1: the layer could not be loaded.")
                                .arg(descriptor.source)
                          : layerError)
                  << Qt::endl;
            continue;
        }
        layers.append(layer.get());
        owned.push_back(std::move(layer));
    }

    // An extent or a centre given in the wrong units would export an empty frame.
    const QRectF bounds = layersExtent(layers, project.mapCrs());
    if (!extentValues.isEmpty()) {
        const QString problem = extentProblem(extentValues[0], extentValues[1], extentValues[2],
                                              extentValues[3], bounds, project.mapCrs());
        if (!problem.isEmpty())
            return usage(problem);
    }
    if (!center.isEmpty()) {
        const QString problem
            = centerProblem(QPointF(center[0], center[1]), bounds, project.mapCrs());
        if (!problem.isEmpty())
            return usage(problem);
    }

    // 3. The layout: a stored one, or one generated for the paper.
    const PageSetup page(paper, orientation);
    PrintLayout layout = defaultLayout(page);
    if (parser.isSet(layoutOption)) {
        const auto stored = LayoutStore::find(project, parser.value(layoutOption));
        if (!stored) {
            err() << QCoreApplication::translate("cli",
                                                 "export-pdf: %1 has no layout named \"%2\".")
                         .arg(project.filePath(), parser.value(layoutOption))
                  << Qt::endl;
            return ExitFailure;
        }
        layout = *stored;
        const bool otherPaper = (parser.isSet(paperOption) && paper != stored->page.paper())
            || (parser.isSet(orientationOption) && orientation != stored->page.orientation());
        if (otherPaper) {
            layout = defaultLayout(page, stored->name);
            copyTexts(*stored, &layout);
        }
    }
    if (parser.isSet(titleOption))
        layout.setTitle(parser.value(titleOption));
    else if (layout.title().isEmpty())
        layout.setTitle(project.title());

    // 4. The framing: options, then the layout's, then the project's view or all layers.
    const QRectF fallbackExtent = project.extent().isNull() ? bounds : project.extent();
    if (!extentValues.isEmpty()) {
        layout.map.mode = MapFrameSpec::Mode::Extent;
        layout.map.extent = QRectF(QPointF(extentValues[0], extentValues[1]),
                                   QPointF(extentValues[2], extentValues[3]));
    } else if (scale > 0) {
        const QPointF previous = layout.map.mode == MapFrameSpec::Mode::Scale
            ? layout.map.center
            : (layout.map.extent.isNull() ? fallbackExtent.center() : layout.map.extent.center());
        layout.map.mode = MapFrameSpec::Mode::Scale;
        layout.map.scale = scale;
        layout.map.center = center.isEmpty() ? previous : QPointF(center[0], center[1]);
    } else if (!center.isEmpty()) {
        return usage(QCoreApplication::translate("cli", "--center needs --scale."));
    }
    if (!layout.map.isValid()) {
        layout.map.mode = MapFrameSpec::Mode::Extent;
        layout.map.extent = fallbackExtent;
    }
    if (!layout.map.isValid() && !parser.isSet(atlasOption)) {
        err() << QCoreApplication::translate(
                     "cli",
                     "export-pdf: %1: nothing located to show; give --extent or --scale and "
                     "--center.")
                     .arg(project.filePath())
              << Qt::endl;
        return ExitFailure;
    }

    // 5. Export.
    ExportOptions options;
    options.dpi = dpi;
    options.badgeText = parser.value(badgeOption);
    if (parser.isSet(atlasOption)) {
        const QString wanted = parser.value(atlasOption);
        for (const ProjectLayer &descriptor : project.layers()) {
            if (descriptor.id == wanted || descriptor.name == wanted) {
                options.atlas.source = descriptor.source;
                options.atlas.sublayer = descriptor.sublayer;
            }
        }
        if (options.atlas.source.isEmpty()) {
            err() << QCoreApplication::translate(
                         "cli", "export-pdf: %1 has no layer \"%2\" for the atlas.")
                         .arg(project.filePath(), wanted)
                  << Qt::endl;
            return ExitFailure;
        }
        options.atlas.titleField = parser.value(atlasTitleOption);
        options.atlas.keepScale = scale > 0;
    }
    LiveClock clock;
    PdfExporter exporter(layout, project.mapCrs(), layers, &clock);
    exporter.setOptions(options);
    JobControl control;
    if (options.atlas.isEnabled()) {
        QObject::connect(&control, &JobControl::progressChanged,
                         [](double, const QString &step) { err() << step << Qt::endl; });
    }
    const ExportResult result = exporter.exportPdf(parser.value(outOption), &control);
    for (const QString &warning : result.warnings)
        err() << QCoreApplication::translate("cli", "Warning:") << " " << warning << Qt::endl;
    if (!result.ok) {
        err() << result.error << Qt::endl;
        return ExitFailure;
    }
    out() << QCoreApplication::translate("cli", "Wrote %1 (%n page(s)).", nullptr, result.pages)
                 .arg(parser.value(outOption))
          << Qt::endl;
    return ExitOk;
}

} // namespace territoire::cli
