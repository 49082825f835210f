#include "CliCommand.h"

#include "base/Clock.h"
#include "offline/NetworkPolicy.h"
#include "offline/PackWriter.h"
#include "offline/ProjectSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace territoire::cli {

namespace {

QDateTime parseInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')))
        t.setTimeSpec(Qt::UTC); // times without an offset are UTC
    return t.toUTC();
}

} // namespace

int runPack(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("cli", "The project (.territoire)."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QCoreApplication::translate("cli", "The pack to write (.gpkg)."),
        QCoreApplication::translate("cli", "file"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        QCoreApplication::translate(
            "cli",
            "Area to keep: a polygon layer of the project (id or name) or xmin,ymin,xmax,ymax in "
            "the map CRS or in degrees. Default: the project extent."),
        QCoreApplication::translate("cli", "layer-or-extent"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("cli", "Start of the recorded period (ISO 8601, UTC)."),
        QCoreApplication::translate("cli", "time"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("cli", "End of the recorded period (ISO 8601, UTC)."),
        QCoreApplication::translate("cli", "time"));
    const QCommandLineOption zoomOption(
        QStringLiteral("basemap-zoom"),
        QCoreApplication::translate("cli", "Basemap zoom levels to keep (default 10-16)."),
        QCoreApplication::translate("cli", "min-max"), QStringLiteral("10-16"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"),
        QCoreApplication::translate("cli", "The recorded feed history (observation cache file)."),
        QCoreApplication::translate("cli", "file"), defaultObservationCachePath());
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"),
        QCoreApplication::translate("cli",
                                    "Use cached basemap tiles only; make no network request."));
    parser.addOptions(
        {outOption, areaOption, fromOption, toOption, zoomOption, cacheOption, offlineOption});
    const int early = parseOrExit(
        parser, arguments,
        QCoreApplication::translate(
            "cli",
            "Write an offline pack: one GeoPackage with the layers, basemap tiles, recorded "
            "feeds, routing data and the project, for use with no network."));
    if (early >= 0)
        return early;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outOption)) {
        err() << QCoreApplication::translate(
            "cli", "Usage: territoire-cli pack PROJECT --out FILE.gpkg [options]")
              << Qt::endl;
        return ExitUsage;
    }
    static const QRegularExpression zoomPattern(QStringLiteral("^(\\d{1,2})(?:-(\\d{1,2}))?$"));
    const auto zoom = zoomPattern.match(parser.value(zoomOption));
    if (!zoom.hasMatch()) {
        err() << QCoreApplication::translate(
                     "cli", "Invalid --basemap-zoom \"%1\": expected MIN-MAX such as 10-16.")
                     .arg(parser.value(zoomOption))
              << Qt::endl;
        return ExitUsage;
    }
    PackRequest request;
    request.basemapMinZoom = zoom.captured(1).toInt();
    request.basemapMaxZoom
        = zoom.captured(2).isEmpty() ? request.basemapMinZoom : zoom.captured(2).toInt();
    if (request.basemapMaxZoom < request.basemapMinZoom || request.basemapMaxZoom > 22) {
        err() << QCoreApplication::translate("cli", "Invalid --basemap-zoom \"%1\".")
                     .arg(parser.value(zoomOption))
              << Qt::endl;
        return ExitUsage;
    }
    for (const auto *option : {&fromOption, &toOption}) {
        if (parser.isSet(*option) && !parseInstant(parser.value(*option)).isValid()) {
            err() << QCoreApplication::translate(
                         "cli",
                         "Invalid time \"%1\": expected ISO 8601 such as 2021-01-12T14:00:00Z.")
                         .arg(parser.value(*option))
                  << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(fromOption) && parser.isSet(toOption)
        && parseInstant(parser.value(fromOption)) >= parseInstant(parser.value(toOption))) {
        err() << QCoreApplication::translate("cli",
                                             "--from %1 is not before --to %2: the recorded "
                                             "period would be empty.")
                     .arg(parser.value(fromOption), parser.value(toOption))
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(cacheOption) && !QFileInfo::exists(parser.value(cacheOption))) {
        err() << QCoreApplication::translate("cli",
                                             "pack: the observation cache %1 does not exist.")
                     .arg(parser.value(cacheOption))
              << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(offlineOption))
        NetworkPolicy::instance().setOffline(true);
    QString error;
    if (!loadProjectOrPack(positional.first(), &request.project, &error)) {
        err() << error << Qt::endl;
        return ExitFailure;
    }
    request.outPath = parser.value(outOption);
    request.area = parser.value(areaOption);
    request.from = parser.isSet(fromOption) ? parseInstant(parser.value(fromOption)) : QDateTime();
    request.to = parser.isSet(toOption) ? parseInstant(parser.value(toOption)) : QDateTime();
    request.observationCachePath = parser.value(cacheOption);
    LiveClock clock;
    request.createdAt = clock.now();

    int lastPercent = -1;
    const PackResult result = writePack(request, [&](double fraction, const QString &step) {
        const int percent = int(fraction * 100);
        if (percent != lastPercent) {
            lastPercent = percent;
            err() << QStringLiteral("[%1%] ").arg(percent, 3) << step << Qt::endl;
        }
        return true;
    });
    for (const QString &warning : result.warnings)
        err() << QCoreApplication::translate("cli", "Warning: %1").arg(warning) << Qt::endl;
    if (!result.ok) {
        err() << result.error << Qt::endl;
        return ExitFailure;
    }
    out() << QCoreApplication::translate("cli", "Pack written: %1")
                 .arg(QFileInfo(request.outPath).absoluteFilePath())
          << "\n"
          << QCoreApplication::translate(
                 "cli", "  vector layers: %1, rasters: %2, basemap tiles: %3 (%4 missing)")
                 .arg(result.vectorLayers)
                 .arg(result.rasterLayers)
                 .arg(result.basemapTiles)
                 .arg(result.missingTiles)
          << "\n"
          << QCoreApplication::translate("cli", "  recorded observations: %1, embedded files: %2")
                 .arg(result.observations)
                 .arg(result.files)
          << "\n"
          << QCoreApplication::translate("cli", "  size before: %1, after: %2")
                 .arg(formatBytes(result.bytesBefore), formatBytes(result.bytesAfter))
          << Qt::endl;
    return ExitOk;
}

} // namespace territoire::cli
