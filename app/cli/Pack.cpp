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

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

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
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project (.territoire)."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The pack to write (.gpkg)."),
                                       tr("file"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        tr("Area to keep: a polygon layer of the project (id or name) or xmin,ymin,xmax,ymax in "
           "the map CRS or in degrees. Default: the project extent."),
        tr("layer-or-extent"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("Start of the recorded period (ISO 8601, UTC)."), tr("time"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("End of the recorded period (ISO 8601, UTC)."), tr("time"));
    const QCommandLineOption zoomOption(QStringLiteral("basemap-zoom"),
                                        tr("Basemap zoom levels to keep (default 10-16)."),
                                        tr("min-max"), QStringLiteral("10-16"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         tr("The recorded feed history (observation cache file)."),
                                         tr("file"), defaultObservationCachePath());
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), tr("Use cached basemap tiles only; make no network request."));
    parser.addOptions(
        {outOption, areaOption, fromOption, toOption, zoomOption, cacheOption, offlineOption});
    const int early = parseOrExit(
        parser, arguments,
        tr("Write an offline pack: one GeoPackage with the layers, basemap tiles, recorded "
           "feeds, routing data and the project, for use with no network."));
    if (early >= 0)
        return early;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outOption)) {
        err() << tr("Usage: territoire-cli pack PROJECT --out FILE.gpkg [options]") << Qt::endl;
        return ExitUsage;
    }
    static const QRegularExpression zoomPattern(QStringLiteral("^(\\d{1,2})(?:-(\\d{1,2}))?$"));
    const auto zoom = zoomPattern.match(parser.value(zoomOption));
    if (!zoom.hasMatch()) {
        err() << tr("Invalid --basemap-zoom \"%1\": expected MIN-MAX such as 10-16.")
                     .arg(parser.value(zoomOption))
              << Qt::endl;
        return ExitUsage;
    }
    PackRequest request;
    request.basemapMinZoom = zoom.captured(1).toInt();
    request.basemapMaxZoom
        = zoom.captured(2).isEmpty() ? request.basemapMinZoom : zoom.captured(2).toInt();
    if (request.basemapMaxZoom < request.basemapMinZoom || request.basemapMaxZoom > 22) {
        err() << tr("Invalid --basemap-zoom \"%1\".").arg(parser.value(zoomOption)) << Qt::endl;
        return ExitUsage;
    }
    for (const auto *option : {&fromOption, &toOption}) {
        if (parser.isSet(*option) && !parseInstant(parser.value(*option)).isValid()) {
            err() << tr("Invalid time \"%1\": expected ISO 8601 such as 2021-01-12T14:00:00Z.")
                         .arg(parser.value(*option))
                  << Qt::endl;
            return ExitUsage;
        }
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
        err() << tr("Warning: %1").arg(warning) << Qt::endl;
    if (!result.ok) {
        err() << result.error << Qt::endl;
        return ExitFailure;
    }
    out() << tr("Pack written: %1").arg(QFileInfo(request.outPath).absoluteFilePath()) << "\n"
          << tr("  vector layers: %1, rasters: %2, basemap tiles: %3 (%4 missing)")
                 .arg(result.vectorLayers)
                 .arg(result.rasterLayers)
                 .arg(result.basemapTiles)
                 .arg(result.missingTiles)
          << "\n"
          << tr("  recorded observations: %1, embedded files: %2")
                 .arg(result.observations)
                 .arg(result.files)
          << "\n"
          << tr("  size before: %1, after: %2")
                 .arg(formatBytes(result.bytesBefore), formatBytes(result.bytesAfter))
          << Qt::endl;
    return ExitOk;
}

} // namespace territoire::cli
