// bench_pdf PROJECT --out FILE [--paper A3] [--dpi 300] [--repeat N]
// Loads the project's layers once, then exports the default layout of the paper (landscape,
// the project's extent) N times; prints "key=value" lines: load_s, export_s (best of N),
// size_bytes, pages.
#include "base/Clock.h"
#include "base/Project.h"
#include "export/PdfExporter.h"
#include "layers/LayerTypes.h"
#include "map/LayerRegistry.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <vector>

using namespace territoire;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("project"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PDF"), QStringLiteral("f"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QStringLiteral("paper"),
                                         QStringLiteral("p"), QStringLiteral("A3"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), QStringLiteral("dpi"),
                                       QStringLiteral("d"), QStringLiteral("300"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs"),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({out, paperOption, dpiOption, repeatOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out)) {
        std::fprintf(stderr, "usage: bench_pdf PROJECT --out FILE\n");
        return 2;
    }

    // 1. The layers, loaded once (not timed as export).
    QElapsedTimer timer;
    timer.start();
    registerLayerTypes();
    Project project;
    QString error;
    if (!project.load(parser.positionalArguments().first(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    LayerContext context;
    context.project = &project;
    std::vector<std::unique_ptr<MapLayer>> owned;
    QList<MapLayer *> layers;
    for (const ProjectLayer &descriptor : project.layers()) {
        std::unique_ptr<MapLayer> layer
            = LayerRegistry::instance().create(descriptor, context, &error);
        if (!layer || !waitForLayerLoaded(layer.get()))
            continue;
        layers.append(layer.get());
        owned.push_back(std::move(layer));
    }
    const double loadSeconds = timer.nsecsElapsed() / 1e9;

    // 2. The layout: default for the paper, the project's extent, its title.
    PageSetup::Paper paper = PageSetup::Paper::A3;
    PageSetup::parsePaper(parser.value(paperOption), &paper);
    PrintLayout layout = defaultLayout(PageSetup(paper, PageSetup::Orientation::Landscape));
    layout.setTitle(project.title());
    layout.map.mode = MapFrameSpec::Mode::Extent;
    layout.map.extent = project.extent();
    ManualClock clock(QDateTime(QDate(2021, 1, 12), QTime(13, 0), Qt::UTC));

    double best = 1e9;
    ExportResult result;
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    for (int i = 0; i < repeat; ++i) {
        PdfExporter exporter(layout, project.mapCrs(), layers, &clock);
        ExportOptions options;
        options.dpi = parser.value(dpiOption).toDouble();
        exporter.setOptions(options);
        timer.restart();
        result = exporter.exportPdf(parser.value(out));
        best = std::min(best, timer.nsecsElapsed() / 1e9);
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
    }
    std::printf("layers=%d\nload_s=%.4f\nexport_s=%.4f\nsize_bytes=%lld\npages=%d\n",
                int(layers.size()), loadSeconds, best, QFileInfo(parser.value(out)).size(),
                result.pages);
    return 0;
}
