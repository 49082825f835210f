// territoire-cli parking: the PMR bays of a project with their live status.
#include "CliCommand.h"

#include "base/Clock.h"
#include "base/Project.h"
#include "parking/BayStatusModel.h"
#include "parking/ParkingSetup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace territoire::cli {

namespace { } // namespace

// Shared by "parking" and "nearest-bay": reads the project's parking section, its
// inventories and the status (recorded answers from --source, else one poll of each feed).
// Returns false after printing the reason on stderr.
bool loadParkingState(const QCommandLineParser &parser, std::unique_ptr<Clock> &clock,
                      std::unique_ptr<BayStatusModel> &model, ParkingConfig &config,
                      Project &project)
{
    const QString projectPath = parser.value(QStringLiteral("project"));
    QString error;
    if (!project.load(projectPath, &error)) {
        err() << error << Qt::endl;
        return false;
    }
    config
        = ParkingConfig::fromJson(project.section(QStringLiteral("parking")), project.directory());
    if (config.sources.isEmpty()) {
        err() << QCoreApplication::translate(
                     "cli",
                     "%1: the project has no parking inventory (section \"parking\", key "
                     "\"sources\").")
                     .arg(projectPath)
              << Qt::endl;
        return false;
    }

    // The one clock: a fixed instant with --at (replays), else the system's.
    if (parser.isSet(QStringLiteral("at"))) {
        const QDateTime at
            = QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODateWithMs).toUTC();
        if (!at.isValid()) {
            err() << QCoreApplication::translate("cli", "--at: \"%1\" is not an ISO 8601 instant.")
                         .arg(parser.value(QStringLiteral("at")))
                  << Qt::endl;
            return false;
        }
        clock = std::make_unique<ManualClock>(at);
    } else {
        clock = std::make_unique<LiveClock>();
    }

    const LoadedInventories loaded = loadInventories(config);
    for (const QString &problem : loaded.errors)
        err() << problem << Qt::endl;
    if (loaded.bays.isEmpty() && !loaded.errors.isEmpty())
        return false;
    for (const QString &warning : loaded.warnings)
        err() << QCoreApplication::translate("cli", "warning: %1").arg(warning) << Qt::endl;

    model = std::make_unique<BayStatusModel>(clock.get());
    model->setFeeds(config.feeds);
    model->setBays(loaded.bays);
    const QStringList problems = parser.isSet(QStringLiteral("source"))
        ? replayRecordedFeeds(*model, parser.value(QStringLiteral("source")), clock->now())
        : fetchStatusOnce(*model);
    for (const QString &problem : problems)
        err() << QCoreApplication::translate("cli", "warning: %1").arg(problem) << Qt::endl;
    return true;
}

void addParkingStateOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"),
                      QCoreApplication::translate("cli", "The project file."),
                      QCoreApplication::translate("cli", "FILE")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("cli", "Print JSON instead of text.")});
    parser.addOption(
        {QStringLiteral("source"),
         QCoreApplication::translate(
             "cli", "Replay the recorded feed answers of a folder instead of the network."),
         QCoreApplication::translate("cli", "DIR")});
    parser.addOption({QStringLiteral("at"),
                      QCoreApplication::translate(
                          "cli", "Judge statuses at this instant (ISO 8601, UTC) instead of now."),
                      QCoreApplication::translate("cli", "TIME")});
}

QJsonValue orNull(int value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

int runParking(const QStringList &arguments)
{
    QCommandLineParser parser;
    addParkingStateOptions(parser);
    if (const int code = parseOrExit(
            parser, arguments,
            QCoreApplication::translate("cli",
                                        "Lists the PMR parking bays of a project with their "
                                        "live status (free, taken, unknown)."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("project"))) {
        err() << QCoreApplication::translate("cli", "parking: --project FILE is required.")
              << Qt::endl;
        return ExitUsage;
    }
    std::unique_ptr<Clock> clock;
    std::unique_ptr<BayStatusModel> model;
    ParkingConfig config;
    Project project;
    if (!loadParkingState(parser, clock, model, config, project))
        return ExitFailure;

    const BayList bays = model->bays();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Bay &bay : bays) {
            array.append(QJsonObject {
                {"id", bay.id},
                {"source", bay.source},
                {"name", bay.name},
                {"kind", bay.kind == Bay::Kind::Space ? "space" : "carpark"},
                {"lon", bay.hasPosition() ? QJsonValue(bay.position.lon) : QJsonValue()},
                {"lat", bay.hasPosition() ? QJsonValue(bay.position.lat) : QJsonValue()},
                {"status", bayStatusKey(bay.status)},
                {"status_at",
                 bay.statusTime.isValid() ? QJsonValue(bay.statusTime.toString(Qt::ISODate))
                                          : QJsonValue()},
                {"capacity", orNull(bay.capacity)},
                {"total_places", orNull(bay.totalPlaces)},
                {"vacant", orNull(bay.vacantPlaces)},
            });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitOk;
    }
    for (const Bay &bay : bays) {
        out() << bay.id << '\t' << bay.source << '\t'
              << (bay.hasPosition() ? QString::number(bay.position.lon, 'f', 7) : QString()) << '\t'
              << (bay.hasPosition() ? QString::number(bay.position.lat, 'f', 7) : QString()) << '\t'
              << bayStatusKey(bay.status) << '\t'
              << (bay.statusTime.isValid() ? bay.statusTime.toString(Qt::ISODate) : QString())
              << '\t' << (bay.capacity >= 0 ? QString::number(bay.capacity) : QString()) << '\t'
              << bay.name << '\n';
    }
    out() << Qt::flush;
    return ExitOk;
}

} // namespace territoire::cli
