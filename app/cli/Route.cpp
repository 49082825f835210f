// territoire-cli route: the wheelchair route between two points on an OSM network.
#include "CliCommand.h"

#include "base/Logging.h"
#include "base/Project.h"
#include "routing/DemSampler.h"
#include "routing/OsmGraphReader.h"
#include "routing/RouteGeoJson.h"
#include "routing/Router.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace territoire::cli {

namespace {

// "lon,lat" in decimal degrees.
std::optional<LonLat> parseLonLat(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLon = false, okLat = false;
    const LonLat p(parts[0].trimmed().toDouble(&okLon), parts[1].trimmed().toDouble(&okLat));
    if (!okLon || !okLat || !p.isValid())
        return std::nullopt;
    return p;
}

void printSummary(const RouteResult &route)
{
    out() << QCoreApplication::translate("cli", "Profile: %1").arg(route.profile) << "\n"
          << QCoreApplication::translate("cli", "Length: %1 m, duration: %2 min")
                 .arg(route.lengthM, 0, 'f', 1)
                 .arg(route.durationS / 60.0, 0, 'f', 1)
          << "\n"
          << (!route.compliant ? QCoreApplication::translate(
                  "cli", "No compliant route: this is the least bad route.")
                  : route.unverifiedM() > 0
                  ? QCoreApplication::translate("cli",
                                                "No known breach of the profile; %1 m could not "
                                                "be verified (missing data).")
                        .arg(QLocale().toString(route.unverifiedM(), 'f', 0))
                  : QCoreApplication::translate("cli", "Compliant with the profile."))
          << "\n\n"
          << QCoreApplication::translate("cli", "Stretches:") << "\n";
    for (const RouteStretch &s : route.stretches) {
        out() << "  " << complianceKey(s.compliance).leftJustified(14) << " "
              << QString::number(s.lengthM, 'f', 1).rightJustified(7) << " m  "
              << (s.name.isEmpty() ? QStringLiteral("way %1").arg(s.wayId) : s.name) << " ("
              << s.kind << ")\n";
    }
    if (!route.warnings.isEmpty()) {
        out() << "\n" << QCoreApplication::translate("cli", "Warnings:") << "\n";
        for (const QString &w : route.warnings)
            out() << "  - " << w << "\n";
    }
    out() << Qt::flush;
}

// Adds a warning when the elevation model does not cover every point of the route.
void warnIfDemMissesRoute(const QString &demPath, RouteResult *route)
{
    if (route->geometry.empty())
        return;
    double west = 180, east = -180, south = 90, north = -90;
    for (const LonLat &p : route->geometry) {
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
    }
    DemSampler sampler;
    const QRectF box(QPointF(west, south), QPointF(east, north));
    if (!sampler.open(demPath, box.adjusted(-1e-4, -1e-4, 1e-4, 1e-4), nullptr))
        return;
    const bool covered
        = std::all_of(route->geometry.begin(), route->geometry.end(),
                      [&](const LonLat &p) { return sampler.elevation(p).has_value(); });
    if (!covered)
        route->warnings.append(
            QCoreApplication::translate("cli",
                                        "The elevation model %1 does not cover the whole route: "
                                        "slopes the OSM data does not give are unknown there.")
                .arg(demPath));
}

} // namespace

int runRoute(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption osm(
        QStringLiteral("osm"),
        QCoreApplication::translate("cli", "OpenStreetMap file (.osm or .osm.pbf)."),
        QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("cli", "Start point, WGS 84."),
                                  QCoreApplication::translate("cli", "lon,lat"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("cli", "End point, WGS 84."),
                                QCoreApplication::translate("cli", "lon,lat"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate(
            "cli",
            "Profile: norm-2007, manual-wheelchair, electric-wheelchair, walking-aid, pedestrian."),
        QCoreApplication::translate("cli", "NAME"), QStringLiteral("norm-2007"));
    const QCommandLineOption dem(
        QStringLiteral("dem"),
        QCoreApplication::translate("cli",
                                    "Elevation model for slopes the OSM data does not give."),
        QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        QCoreApplication::translate("cli",
                                    "Project whose \"routing\" section adjusts the profiles."),
        QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption snap(
        QStringLiteral("snap-distance"),
        QCoreApplication::translate("cli", "Largest distance from a point to the network, metres."),
        QCoreApplication::translate("cli", "M"), QStringLiteral("50"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print a GeoJSON FeatureCollection."));
    parser.addOptions({osm, from, to, profileOption, dem, project, snap, json});
    const int early = parseOrExit(
        parser, arguments,
        QCoreApplication::translate(
            "cli",
            "Finds the best route a wheelchair can take between two points. Exit status 3 when no "
            "route meets the profile (the least bad one is printed, with what blocks)."));
    if (early >= 0)
        return early;
    if (!parser.isSet(osm) || !parser.isSet(from) || !parser.isSet(to)) {
        err() << QCoreApplication::translate("cli", "route needs --osm, --from and --to.")
              << Qt::endl;
        return ExitUsage;
    }
    const auto start = parseLonLat(parser.value(from));
    const auto end = parseLonLat(parser.value(to));
    if (!start || !end) {
        err() << QCoreApplication::translate("cli",
                                             "--from and --to take \"lon,lat\" in decimal degrees.")
              << Qt::endl;
        return ExitUsage;
    }
    bool snapOk = false;
    const double snapDistance = parser.value(snap).toDouble(&snapOk);
    if (!snapOk || snapDistance <= 0) {
        err() << QCoreApplication::translate("cli",
                                             "--snap-distance takes a positive number of metres.")
              << Qt::endl;
        return ExitUsage;
    }

    // The profile, adjusted by the project when one is given.
    QJsonObject section;
    if (parser.isSet(project)) {
        Project p;
        QString error;
        if (!p.load(parser.value(project), &error)) {
            err() << error << Qt::endl;
            return ExitFailure;
        }
        section = p.section(QStringLiteral("routing"));
    }
    QString profileError;
    const auto profile = Profile::fromSection(section, parser.value(profileOption), &profileError);
    if (!profile) {
        err() << profileError << Qt::endl;
        return ExitUsage;
    }

    OsmGraphReader reader;
    if (parser.isSet(dem))
        reader.setDemPath(parser.value(dem));
    const OsmReadResult read = reader.read(parser.value(osm));
    if (!read.graph) {
        err() << read.error << Qt::endl;
        return ExitFailure;
    }
    if (!read.demError.isEmpty()) {
        err() << read.demError << Qt::endl;
        return ExitFailure;
    }
    Router router;
    router.setGraph(read.graph);
    router.setSnapDistance(snapDistance);
    RouteResult route = router.route(*start, *end, *profile);
    if (parser.isSet(dem) && route.isValid())
        warnIfDemMissesRoute(parser.value(dem), &route);
    qCInfo(lcCli) << "route computed, status" << int(route.status);

    if (route.status == RouteResult::Status::SnapFailed
        || route.status == RouteResult::Status::Error) {
        if (parser.isSet(json))
            out() << QJsonDocument(routeToGeoJson(route)).toJson(QJsonDocument::Indented)
                  << Qt::flush;
        err() << route.error << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(json))
        out() << QJsonDocument(routeToGeoJson(route)).toJson(QJsonDocument::Indented) << Qt::flush;
    else if (route.isValid())
        printSummary(route);
    if (!route.isValid()) {
        err() << route.error << Qt::endl;
        return ExitNoRoute;
    }
    if (!route.compliant) {
        err() << QCoreApplication::translate("cli", "No route meets the profile %1; blocked by:")
                     .arg(route.profile)
              << "\n";
        for (const RuleBreach &b : route.blockedBy)
            err() << "  - " << b.message << "\n";
        err() << Qt::flush;
        return ExitNoRoute;
    }
    return ExitOk;
}

} // namespace territoire::cli
