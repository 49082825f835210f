// territoire-cli nearest-bay: the free PMR bays nearest to a destination by compliant path.
#include "CliCommand.h"

#include "base/Clock.h"
#include "base/Project.h"
#include "parking/BayStatusModel.h"
#include "parking/NearestBay.h"
#include "parking/ParkingSetup.h"
#include "routing/OsmGraphReader.h"
#include "routing/Router.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace territoire::cli {

bool loadParkingState(const QCommandLineParser &parser, std::unique_ptr<Clock> &clock,
                      std::unique_ptr<BayStatusModel> &model, ParkingConfig &config,
                      Project &project);
void addParkingStateOptions(QCommandLineParser &parser);

namespace {

LonLat parseLonLat(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return {};
    bool okLon = false;
    bool okLat = false;
    const LonLat p(parts[0].trimmed().toDouble(&okLon), parts[1].trimmed().toDouble(&okLat));
    return okLon && okLat ? p : LonLat();
}

} // namespace

int runNearestBay(const QStringList &arguments)
{
    QCommandLineParser parser;
    addParkingStateOptions(parser);
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("cli", "The destination, WGS 84 degrees."),
                      QCoreApplication::translate("cli", "LON,LAT")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate(
                          "cli",
                          "Routing profile (norm-2007, manual-wheelchair, electric-wheelchair, "
                          "walking-aid, pedestrian, or one of the project)."),
                      QCoreApplication::translate("cli", "NAME"), QStringLiteral("norm-2007")});
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("cli", "How many bays to list."),
                      QCoreApplication::translate("cli", "N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("osm"),
                      QCoreApplication::translate(
                          "cli", "Pedestrian network (OSM XML or PBF) instead of the project's."),
                      QCoreApplication::translate("cli", "FILE")});
    if (const int code = parseOrExit(
            parser, arguments,
            QCoreApplication::translate("cli",
                                        "Ranks the free PMR bays by the compliant walking path "
                                        "from each bay to a destination."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("to"))) {
        err() << QCoreApplication::translate(
            "cli", "nearest-bay: --project FILE and --to LON,LAT are required.")
              << Qt::endl;
        return ExitUsage;
    }
    // The destination is used, never logged (privacy).
    const LonLat destination = parseLonLat(parser.value(QStringLiteral("to")));
    if (!destination.isValid()) {
        err() << QCoreApplication::translate(
            "cli", "--to: expected LON,LAT in degrees, e.g. 6.8628,47.6379.")
              << Qt::endl;
        return ExitUsage;
    }
    bool countOk = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&countOk);
    if (!countOk || count < 1) {
        err() << QCoreApplication::translate("cli", "--count: expected a positive number.")
              << Qt::endl;
        return ExitUsage;
    }

    std::unique_ptr<Clock> clock;
    std::unique_ptr<BayStatusModel> model;
    ParkingConfig config;
    Project project;
    if (!loadParkingState(parser, clock, model, config, project))
        return ExitFailure;

    // The profile (the project's "routing" section may adjust it) and the network.
    QString error;
    const auto profile = Profile::fromSection(project.section(QStringLiteral("routing")),
                                              parser.value(QStringLiteral("profile")), &error);
    if (!profile) {
        err() << QCoreApplication::translate("cli", "--profile: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    const QString network = parser.isSet(QStringLiteral("osm"))
        ? parser.value(QStringLiteral("osm"))
        : config.routingNetwork;
    if (network.isEmpty()) {
        err() << QCoreApplication::translate(
                     "cli",
                     "%1: no pedestrian network (section \"parking\", key \"routing\".\"network\", "
                     "or --osm FILE).")
                     .arg(project.filePath())
              << Qt::endl;
        return ExitFailure;
    }
    const OsmReadResult read = OsmGraphReader().read(network);
    if (!read.graph) {
        err() << read.error << Qt::endl;
        return ExitFailure;
    }
    Router router;
    router.setGraph(read.graph);

    const NearestBayResult result
        = findNearestFreeBays(router, destination, model->bays(), *profile, count);
    if (!result.isOk() && result.routes.isEmpty()) {
        err() << result.error << Qt::endl;
        return ExitFailure;
    }
    if (result.candidateCount == 0)
        err() << QCoreApplication::translate(
            "cli",
            "No bay is known to be free now: without a fresh real-time status (see the "
            "project's parking feeds) a bay is unknown, never free.")
              << Qt::endl;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray bays;
        for (const BayRoute &entry : result.routes) {
            QJsonArray warnings;
            for (const QString &w : entry.route.warnings)
                warnings.append(w);
            bays.append(QJsonObject {
                {"id", entry.bay.id},
                {"source", entry.bay.source},
                {"name", entry.bay.name},
                {"lon", entry.bay.position.lon},
                {"lat", entry.bay.position.lat},
                {"status", bayStatusKey(entry.bay.status)},
                {"status_at",
                 entry.bay.statusTime.isValid()
                     ? QJsonValue(entry.bay.statusTime.toString(Qt::ISODate))
                     : QJsonValue()},
                {"kind", entry.bay.kind == Bay::Kind::Space ? "space" : "carpark"},
                {"capacity",
                 entry.bay.capacity >= 0 ? QJsonValue(entry.bay.capacity)
                                         : QJsonValue(QJsonValue::Null)},
                // For a car park, the feed's vacant places of the whole site.
                {"vacant",
                 entry.bay.vacantPlaces >= 0 ? QJsonValue(entry.bay.vacantPlaces)
                                             : QJsonValue(QJsonValue::Null)},
                {"length_m", entry.route.lengthM},
                {"duration_s", entry.route.durationS},
                {"straight_line_m", entry.straightLineM},
                {"compliant", entry.route.compliant},
                {"profile", entry.route.profile},
                {"warnings", warnings},
            });
        }
        out() << QJsonDocument(QJsonObject {{"free_bays", result.candidateCount}, {"bays", bays}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    } else {
        out() << QCoreApplication::translate("cli", "%1 free bays; best %2:")
                     .arg(result.candidateCount)
                     .arg(result.routes.size())
              << '\n';
        int rank = 1;
        for (const BayRoute &entry : result.routes) {
            out()
                << rank++ << ". " << entry.bay.id
                << (entry.bay.name.isEmpty() ? QString()
                                             : QStringLiteral(" (%1)").arg(entry.bay.name))
                << '\t'
                << QCoreApplication::translate("cli", "%1 m walk").arg(qRound(entry.route.lengthM))
                << '\t'
                << (entry.route.compliant ? QCoreApplication::translate("cli", "compliant")
                                          : QCoreApplication::translate("cli", "NOT compliant"))
                << '\t'
                << QCoreApplication::translate("cli", "%1 m straight line")
                       .arg(qRound(entry.straightLineM))
                << '\n';
        }
        out() << Qt::flush;
    }
    return result.routes.isEmpty() ? ExitNoRoute : ExitOk;
}

} // namespace territoire::cli
