#include "CliCommand.h"

#include "base/Project.h"
#include "layers/LayerTypes.h"
#include "layers/SourceInspector.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace territoire::cli {

namespace {

void printText(const QList<LayerInfo> &layers)
{
    for (const LayerInfo &layer : layers) {
        out() << layer.name << "\n";
        out() << "  " << QCoreApplication::translate("cli", "Source:") << " " << layer.source
              << "\n";
        out() << "  " << QCoreApplication::translate("cli", "Geometry:") << " " << layer.geometry
              << "\n";
        if (layer.type == QLatin1String("raster"))
            out() << "  " << QCoreApplication::translate("cli", "Size:") << " "
                  << layer.rasterSize.width() << " x " << layer.rasterSize.height() << "\n";
        else
            out() << "  " << QCoreApplication::translate("cli", "Features:") << " "
                  << layer.features << "\n";
        out() << "  " << QCoreApplication::translate("cli", "CRS:") << " "
              << (layer.crs.isEmpty() ? QCoreApplication::translate("cli", "(none)") : layer.crs)
              << "\n";
        if (!layer.suggestedCrs.isEmpty())
            out() << "  " << QCoreApplication::translate("cli", "Suggested CRS:") << " "
                  << layer.suggestedCrs << "\n";
        if (!layer.extent.isNull() || layer.extent.left() != 0)
            out() << "  " << QCoreApplication::translate("cli", "Extent:") << " "
                  << QString::number(layer.extent.left(), 'f', 6) << ", "
                  << QString::number(layer.extent.top(), 'f', 6) << " - "
                  << QString::number(layer.extent.right(), 'f', 6) << ", "
                  << QString::number(layer.extent.bottom(), 'f', 6) << "\n";
        if (!layer.encoding.isEmpty())
            out() << "  " << QCoreApplication::translate("cli", "Encoding:") << " "
                  << layer.encoding << "\n";
        out() << "  " << QCoreApplication::translate("cli", "Fields:") << " "
              << layer.fields.join(QStringLiteral(", ")) << "\n";
        for (const QString &warning : layer.warnings)
            out() << "  " << QCoreApplication::translate("cli", "Warning:") << " " << warning
                  << "\n";
    }
    out() << Qt::flush;
}

} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Write JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("source"),
        QCoreApplication::translate("cli",
                                    "A data file, a PG: connection string or a .territoire "
                                    "project."));
    const int status = parseOrExit(
        parser, arguments,
        QCoreApplication::translate(
            "cli",
            "Describes every layer of a source or project: name, geometry type, feature count, "
            "CRS, extent, fields and warnings."));
    if (status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << QCoreApplication::translate("cli", "info: expected exactly one source or project.")
              << Qt::endl;
        return ExitUsage;
    }
    registerLayerTypes();
    const QString source = positional.first();

    // A project: every layer it describes. Otherwise every layer of the source.
    QList<LayerInfo> layers;
    QString error;
    QStringList failures;
    if (source.endsWith(QLatin1String(".territoire"), Qt::CaseInsensitive)) {
        Project project;
        if (!project.load(source, &error)) {
            err() << error << Qt::endl;
            return ExitFailure;
        }
        for (const ProjectLayer &descriptor : project.layers()) {
            QString layerError;
            layers.append(SourceInspector::inspectLayer(descriptor, &layerError));
            if (!layerError.isEmpty())
                failures.append(layerError);
        }
    } else if (!SourceInspector::inspectSource(source, &layers, &error)) {
        err() << error << Qt::endl;
        return ExitFailure;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const LayerInfo &layer : layers)
            array.append(layer.toJson());
        out() << QJsonDocument(QJsonObject {{"layers", array}}).toJson(QJsonDocument::Indented)
              << Qt::flush;
    } else {
        printText(layers);
    }
    for (const QString &failure : failures)
        err() << failure << Qt::endl;
    return failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace territoire::cli
