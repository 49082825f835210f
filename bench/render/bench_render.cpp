// Times Territoire's map rendering for one scenario and prints "key=value" lines:
//   bench_render SOURCE [--layers a,b] --extent x1,y1,x2,y2 [--scale N] [--size WxH]
//                [--repeat R] [--first-image] [--dump-styles FILE]
// Layers are opened from SOURCE (every layer, or those named), loaded, then drawn by the
// MapRenderer (layers in parallel, as on the canvas). With --first-image, the time from opening
// to the first finished image (drawn as soon as the first chunk of features arrives) is
// measured instead. Peak memory is the process's maximum resident set size. Large layers with a
// spatial index are streamed (see VectorLayer::streamingThreshold()).

#include "layers/LayerTypes.h"
#include "layers/VectorLayer.h"
#include "map/LayerRegistry.h"
#include "render/MapRenderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace territoire;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

long maxRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Renders once through the asynchronous renderer and returns the seconds it took.
double renderOnce(MapRenderer &renderer, const MapSettings &settings,
                  const QList<MapLayer *> &layers, QImage *image = nullptr)
{
    QEventLoop loop;
    QImage result;
    auto connection = QObject::connect(&renderer, &MapRenderer::finished,
                                       [&](const QImage &img, const MapSettings &) {
                                           result = img;
                                           loop.quit();
                                       });
    QElapsedTimer timer;
    timer.start();
    renderer.start(settings, layers);
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    QObject::disconnect(connection);
    if (image)
        *image = result;
    return seconds;
}

QRectF parseExtent(const QString &text)
{
    const QStringList p = text.split(QLatin1Char(','));
    if (p.size() != 4)
        return {};
    return QRectF(QPointF(p[0].toDouble(), p[1].toDouble()),
                  QPointF(p[2].toDouble(), p[3].toDouble()))
        .normalized();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption layersOption(QStringLiteral("layers"), QStringLiteral("layer names"),
                                          QStringLiteral("names"));
    const QCommandLineOption extentOption(QStringLiteral("extent"), QStringLiteral("x1,y1,x2,y2"),
                                          QStringLiteral("extent"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("1:N"),
                                         QStringLiteral("N"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("WxH"),
                                        QStringLiteral("size"), QStringLiteral("1920x1080"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("renders"),
                                          QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption firstOption(QStringLiteral("first-image"),
                                         QStringLiteral("time to first image"));
    const QCommandLineOption dumpOption(QStringLiteral("dump-styles"),
                                        QStringLiteral("write the layers' styles as JSON"),
                                        QStringLiteral("file"));
    const QCommandLineOption imageOption(QStringLiteral("image"), QStringLiteral("save image"),
                                         QStringLiteral("file"));
    parser.addOptions({layersOption, extentOption, scaleOption, sizeOption, repeatOption,
                       firstOption, dumpOption, imageOption});
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("data source"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: bench_render SOURCE --extent x1,y1,x2,y2 [options]\n");
        return 2;
    }

    // 1. Open the layers.
    registerLayerTypes();
    QString error;
    QList<ProjectLayer> descriptors
        = descriptorsForSource(parser.positionalArguments().first(), &error);
    if (descriptors.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(layersOption)) {
        // In the order given: bottom layer first.
        QList<ProjectLayer> picked;
        for (const QString &name : parser.value(layersOption).split(QLatin1Char(','))) {
            for (const ProjectLayer &d : std::as_const(descriptors)) {
                if (d.sublayer == name)
                    picked.append(d);
            }
        }
        descriptors = picked;
    }
    const QSize size = [&] {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        return QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }();
    MapSettings settings;
    settings.setCrs(Crs::lambert93());
    settings.setOutputSize(size);
    settings.setExtent(parseExtent(parser.value(extentOption)));
    if (parser.isSet(scaleOption))
        settings.setScale(parser.value(scaleOption).toDouble());

    Project project;
    project.setMapCrs(Crs::lambert93());
    LayerContext context;
    context.project = &project;
    MapRenderer renderer;
    renderer.setBackgroundColor(Qt::white);
    QElapsedTimer opening;
    opening.start();
    std::vector<std::unique_ptr<MapLayer>> owned;
    QList<MapLayer *> layers;
    for (const ProjectLayer &d : std::as_const(descriptors)) {
        std::unique_ptr<MapLayer> layer = LayerRegistry::instance().create(d, context, &error);
        if (!layer) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        layers.append(layer.get());
        owned.push_back(std::move(layer));
    }

    // 2a. Time to first image: render as soon as the first features arrive, as the canvas does.
    if (parser.isSet(firstOption)) {
        QEventLoop wait;
        for (MapLayer *layer : std::as_const(layers))
            QObject::connect(layer, &MapLayer::repaintRequested, &wait, &QEventLoop::quit);
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        wait.exec();
        QImage image;
        renderOnce(renderer, settings, layers, &image);
        out() << "first_image_s=" << opening.nsecsElapsed() / 1e9 << "\n";
        for (MapLayer *layer : std::as_const(layers))
            waitForLayerLoaded(layer);
        out() << "load_s=" << opening.nsecsElapsed() / 1e9 << "\n";
        out() << "maxrss_kb=" << maxRssKb() << "\n" << Qt::flush;
        return 0;
    }

    // 2b. Load fully, then time renders.
    qint64 features = 0;
    int streamed = 0;
    for (MapLayer *layer : std::as_const(layers)) {
        if (!waitForLayerLoaded(layer)) {
            std::fprintf(stderr, "layer %s failed to load\n", qPrintable(layer->name()));
            return 1;
        }
        if (auto *vector = qobject_cast<VectorLayer *>(layer)) {
            features += vector->featureCount();
            streamed += vector->isStreaming() ? 1 : 0;
        }
    }
    out() << "load_s=" << opening.nsecsElapsed() / 1e9 << "\n";
    out() << "features=" << features << "\n";
    out() << "streamed_layers=" << streamed << "\n";
    out() << "scale=" << qRound64(settings.scale()) << "\n";
    if (parser.isSet(dumpOption)) {
        QJsonObject styles;
        for (MapLayer *layer : std::as_const(layers)) {
            if (auto *vector = qobject_cast<VectorLayer *>(layer))
                styles.insert(layer->descriptor().sublayer.isEmpty() ? layer->name()
                                                                     : layer->descriptor().sublayer,
                              vector->style().toJson());
        }
        QFile file(parser.value(dumpOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(styles).toJson());
    }
    QImage image;
    const double first = renderOnce(renderer, settings, layers, &image);
    QList<double> times;
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    for (int i = 0; i < repeat; ++i)
        times.append(renderOnce(renderer, settings, layers));
    std::sort(times.begin(), times.end());
    out() << "first_render_s=" << first << "\n";
    out() << "render_s=" << times.at(times.size() / 2) << "\n";
    out() << "maxrss_kb=" << maxRssKb() << "\n" << Qt::flush;
    if (parser.isSet(imageOption))
        image.save(parser.value(imageOption));
    return 0;
}
