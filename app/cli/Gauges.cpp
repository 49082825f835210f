// territoire-cli gauges: the river gauges of a project with their latest values, live from
// Hub'Eau and Vigicrues or replayed from recorded answers (--source DIR).
#include "CliCommand.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "base/Project.h"
#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/HubEau.h"
#include "feeds/gauges/StationSnapshot.h"
#include "feeds/gauges/Vigicrues.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace territoire::cli {

namespace {

QJsonValue rounded(double value, bool valid)
{
    if (!valid || !std::isfinite(value))
        return QJsonValue::Null;
    return std::round(value * 1000.0) / 1000.0; // mm and l/s resolution of the sources
}

// What a recorded answer holds, told by its shape (JSON or GeoJSON).
enum class RecordedKind { Vigilance, Reaches, Observations, Elaborated, Stations, Unknown };

RecordedKind classifyRecorded(const QJsonDocument &doc)
{
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("vic:InfoVigiCru")))
        return RecordedKind::Vigilance;
    if (root.contains(QLatin1String("vic:TronEntVigiCru"))
        || root.contains(QLatin1String("vic:StaEntVigiCru")))
        return RecordedKind::Reaches;
    QJsonObject first;
    if (root.value(QLatin1String("type")).toString() == QLatin1String("FeatureCollection")) {
        const QJsonArray features = root.value(QLatin1String("features")).toArray();
        if (!features.isEmpty())
            first = features.first().toObject().value(QLatin1String("properties")).toObject();
    } else {
        const QJsonArray data
            = doc.isArray() ? doc.array() : root.value(QLatin1String("data")).toArray();
        if (!data.isEmpty())
            first = data.first().toObject();
    }
    if (first.contains(QLatin1String("grandeur_hydro")))
        return RecordedKind::Observations;
    if (first.contains(QLatin1String("grandeur_hydro_elab")))
        return RecordedKind::Elaborated;
    if (first.contains(QLatin1String("code_station")))
        return RecordedKind::Stations;
    return RecordedKind::Unknown;
}

void warnSkipped(const QString &path, const QString &reason)
{
    err() << QCoreApplication::translate("cli", "warning: %1 skipped: %2").arg(path, reason)
          << Qt::endl;
}

// Reads every recorded answer of a folder into the cache; the stations of referentiel answers
// go to `listed`. A file that cannot be read is skipped with a warning; false only when the
// folder is missing or the cache refuses the observations.
bool loadRecorded(const QString &dir, ObservationCache &cache, GaugeNetwork &network,
                  QList<GaugeStation> &listed)
{
    const QDir folder(dir);
    if (!folder.exists()) {
        err() << QCoreApplication::translate("cli", "%1: no such folder").arg(dir) << Qt::endl;
        return false;
    }
    const QStringList files = folder.entryList(
        {QStringLiteral("*.json"), QStringLiteral("*.jsonld"), QStringLiteral("*.geojson")},
        QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            warnSkipped(path, file.errorString());
            continue;
        }
        const QByteArray body = file.readAll();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            warnSkipped(path,
                        QCoreApplication::translate("cli", "malformed JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
            continue;
        }
        QString error;
        ObservationList list;
        switch (classifyRecorded(doc)) {
        case RecordedKind::Vigilance:
            list = vigicrues::parseVigilance(body, {}, gauge::vigicruesFeedId(), &error);
            break;
        case RecordedKind::Reaches: {
            // As fetched live: matched by code, the project's mapping overriding it.
            const auto reaches = vigicrues::parseStationReaches(body, &error);
            if (error.isEmpty())
                network.mergeFetchedReaches(reaches);
            break;
        }
        case RecordedKind::Observations: {
            const auto page = hubeau::parseObservations(body, gauge::hubEauFeedId());
            error = page.error;
            list = page.observations;
            break;
        }
        case RecordedKind::Elaborated:
            error = QCoreApplication::translate(
                "cli", "daily elaborated values (obs_elab) are not replayed");
            break;
        case RecordedKind::Stations:
            listed.append(hubeau::parseStations(body, &error));
            break;
        case RecordedKind::Unknown:
            error = QCoreApplication::translate("cli", "not a Hub'Eau or Vigicrues answer");
            break;
        }
        if (!error.isEmpty()) {
            warnSkipped(path, error);
            continue;
        }
        if (cache.store(list, &error) < 0) {
            err() << error << Qt::endl;
            return false;
        }
    }
    return true;
}

// The project's stations completed by the listed ones: a name, river or position the project
// lacks comes from the referentiel; listed stations the project does not have are added.
QList<GaugeStation> completedStations(QList<GaugeStation> stations,
                                      const QList<GaugeStation> &listed)
{
    for (const GaugeStation &l : listed) {
        auto it = std::find_if(stations.begin(), stations.end(),
                               [&](const GaugeStation &s) { return s.code == l.code; });
        if (it == stations.end()) {
            stations.append(l);
            continue;
        }
        if (it->name.isEmpty())
            it->name = l.name;
        if (it->river.isEmpty())
            it->river = l.river;
        if (it->site.isEmpty())
            it->site = l.site;
        if (!it->hasPosition() && l.hasPosition())
            it->position = l.position;
    }
    return stations;
}

void printStations(const GaugeNetwork &network, bool json)
{
    for (const GaugeStation &s : network.stations()) {
        const GaugeReading r = network.reading(s.code);
        const QDateTime observed = r.heightTime.isValid() ? r.heightTime : r.flowTime;
        if (json) {
            QJsonObject o;
            o.insert(QLatin1String("code"), s.code);
            o.insert(QLatin1String("name"), s.name);
            o.insert(QLatin1String("river"), s.river);
            o.insert(QLatin1String("h_m"), rounded(r.height.metres(), r.height.isValid()));
            o.insert(QLatin1String("q_m3s"),
                     rounded(r.flow.cubicMetresPerSecond(), r.flow.isValid()));
            o.insert(QLatin1String("observed_at"),
                     observed.isValid() ? QJsonValue(hubeau::formatInstant(observed))
                                        : QJsonValue());
            o.insert(QLatin1String("trend"), trendKey(r.trend));
            o.insert(QLatin1String("status"), gaugeStateKey(r.state));
            o.insert(QLatin1String("vigilance"), vigicrues::levelKey(r.vigilance));
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        const QString h = r.height.isValid()
            ? QStringLiteral("H %1 m").arg(r.height.metres(), 0, 'f', 3)
            : QStringLiteral("H -");
        const QString q = r.flow.isValid()
            ? QStringLiteral("Q %1 m³/s").arg(r.flow.cubicMetresPerSecond(), 0, 'f', 3)
            : QStringLiteral("Q -");
        out() << s.code << "  " << (s.name.isEmpty() ? QStringLiteral("-") : s.name) << "  "
              << (s.river.isEmpty() ? QStringLiteral("-") : s.river) << "  " << h << "  " << q
              << "  "
              << (observed.isValid() ? hubeau::formatInstant(observed) : QStringLiteral("-"))
              << "  " << trendKey(r.trend) << "  " << gaugeStateKey(r.state) << "  "
              << QCoreApplication::translate("cli", "vigilance %1")
                     .arg(vigicrues::levelKey(r.vigilance))
              << '\n';
    }
    out() << Qt::flush;
}

// Stations listed by Hub'Eau for the project's département or box (layer options
// "departement", "bbox"): fetched once before the observations; they reach the network through
// its engine connection. A failure is reported and the project's own stations stay.
void fetchListedStations(FeedEngine &engine, const GaugeSettings &settings, const Project &project)
{
    const QList<hubeau::StationQuery> queries = projectStationQueries(project);
    if (queries.isEmpty())
        return;
    const QString id = gauge::hubEauStationsFeedId();
    engine.addFeed(std::make_unique<HubEauStationsFeed>(settings.hubEauUrl, queries.first()));
    QEventLoop wait;
    QObject::connect(&engine, &FeedEngine::pollFinished, &wait,
                     [&](const QString &feedId, bool ok) {
                         if (feedId != id)
                             return;
                         if (!ok)
                             err() << engine.status(id).reason << Qt::endl;
                         wait.quit();
                     });
    engine.refresh(id);
    wait.exec();
    engine.removeFeed(id);
}

// The Vigicrues station → reach mapping: the one saved beside the cache, fetched again through
// the engine when missing or a day old (the reaches change rarely). A failed fetch is reported
// and the saved mapping stays.
void updateReaches(FeedEngine &engine, GaugeNetwork &network, const GaugeSettings &settings,
                   const SnapshotStore &store)
{
    const ReachSnapshot saved = loadReachSnapshot(store);
    if (saved.damaged)
        err() << saved.message << Qt::endl;
    network.mergeFetchedReaches(saved.reaches);
    const QDateTime now = engine.clock()->now();
    if (saved.savedAt.isValid() && !saved.reaches.isEmpty() && saved.savedAt <= now
        && saved.savedAt.secsTo(now) < 24 * 3600)
        return;
    auto feed = makeReachesFeed(settings, network.stations());
    if (!feed)
        return;
    const QString id = gauge::vigicruesReachesFeedId();
    engine.addFeed(std::move(feed));
    bool ok = false;
    QEventLoop wait;
    QObject::connect(&engine, &FeedEngine::pollFinished, &wait,
                     [&](const QString &feedId, bool success) {
                         if (feedId != id)
                             return;
                         if (!success)
                             err() << engine.status(id).reason << Qt::endl;
                         ok = success;
                         wait.quit();
                     });
    engine.refresh(id);
    wait.exec();
    engine.removeFeed(id);
    QString error;
    if (ok && !saveReachSnapshot(store, network.fetchedReaches(), now, &error))
        err() << error << Qt::endl;
}

} // namespace

int runGauges(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        QCoreApplication::translate("cli", "Project file (.territoire)."),
        QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption onceOption(
        QStringLiteral("once"), QCoreApplication::translate("cli", "Poll once, print and exit."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "One JSON object per station and line."));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QCoreApplication::translate("cli",
                                    "Replay recorded Hub'Eau/Vigicrues answers (JSON files) "
                                    "from DIR instead of the network."),
        QCoreApplication::translate("cli", "DIR"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"),
        QCoreApplication::translate("cli", "Observation cache file (SQLite)."),
        QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        QCoreApplication::translate("cli",
                                    "Show the state at this instant (ISO 8601); with --source "
                                    "the default is the newest recorded observation."),
        QCoreApplication::translate("cli", "TIME"));
    parser.addOptions({projectOption, onceOption, jsonOption, sourceOption, cacheOption, atOption});
    if (const int code = parseOrExit(
            parser, arguments,
            QCoreApplication::translate("cli",
                                        "River gauges of a project: latest height, flow, trend, "
                                        "status and flood vigilance."));
        code >= 0)
        return code;
    if (!parser.isSet(projectOption)) {
        err() << QCoreApplication::translate("cli", "gauges: --project FILE is required")
              << Qt::endl;
        return ExitUsage;
    }
    Project project;
    QString error;
    if (!project.load(parser.value(projectOption), &error)) {
        err() << error << Qt::endl;
        return ExitFailure;
    }
    GaugeSettings settings = GaugeSettings::fromProject(project);
    QDateTime at;
    if (parser.isSet(atOption)) {
        at = hubeau::parseInstant(parser.value(atOption));
        if (!at.isValid()) {
            err() << QCoreApplication::translate(
                "cli",
                "gauges: --at needs an ISO 8601 instant with its offset, e.g. "
                "2025-03-30T01:30:00Z")
                  << Qt::endl;
            return ExitUsage;
        }
    }
    const bool json = parser.isSet(jsonOption);

    if (parser.isSet(sourceOption)) {
        ObservationCache cache(QStringLiteral(":memory:"));
        if (!cache.open(&error)) {
            err() << error << Qt::endl;
            return ExitFailure;
        }
        ManualClock clock;
        GaugeNetwork network(&cache, &clock);
        QList<GaugeStation> listed;
        if (!loadRecorded(parser.value(sourceOption), cache, network, listed))
            return ExitFailure;
        network.setStations(completedStations(projectGaugeStations(project), listed));
        network.setSettings(settings);
        QList<GaugeStation> extra;
        for (const QString &code : cache.entities(gauge::hubEauFeedId()))
            extra.append(GaugeStation {code, {}, {}, {}, {}, {}, {}, std::nan(""), {}});
        network.addStations(extra);
        if (network.stations().isEmpty()) {
            err() << QCoreApplication::translate("cli", "%1: no stations and no observations")
                         .arg(parser.value(sourceOption))
                  << Qt::endl;
            return ExitFailure;
        }
        clock.setNow(at.isValid() ? at : cache.newestTime(gauge::hubEauFeedId()));
        printStations(network, json);
        return ExitOk;
    }

    // Live: poll both feeds, print, and go on unless --once.
    QString cachePath = parser.value(cacheOption);
    if (cachePath.isEmpty())
        cachePath = ObservationCache::defaultPath();
    ObservationCache cache(cachePath);
    if (!cache.open(&error)) {
        err() << error << Qt::endl;
        return ExitFailure;
    }
    cache.setRetentionDays(settings.retentionDays);
    LiveClock liveClock;
    ManualClock fixedClock(at);
    Clock *clock = at.isValid() ? static_cast<Clock *>(&fixedClock) : &liveClock;
    FeedEngine engine(clock, &cache);
    GaugeNetwork network(&cache, clock);
    network.setSettings(settings);
    network.setStations(projectGaugeStations(project));
    network.setFeedEngine(&engine);
    engine.setMaxRetries(parser.isSet(onceOption) ? 0 : 3);
    fetchListedStations(engine, settings, project);
    if (network.stations().isEmpty()) {
        err() << QCoreApplication::translate("cli",
                                             "%1: the project has no gauges layer with stations")
                     .arg(project.filePath())
              << Qt::endl;
        return ExitFailure;
    }
    updateReaches(
        engine, network, settings,
        SnapshotStore(QFileInfo(cachePath).absolutePath() + QStringLiteral("/snapshots")));
    GaugeFeedPair feeds = makeGaugeFeeds(settings, network.stations(), network.fetchedReaches());
    engine.addFeed(std::move(feeds.hubEau));
    engine.addFeed(std::move(feeds.vigicrues));
    QSet<QString> done;
    bool failed = false;
    QEventLoop loop;
    QObject::connect(&engine, &FeedEngine::pollFinished, &loop, [&](const QString &id, bool ok) {
        if (!ok) {
            err() << engine.status(id).reason << Qt::endl;
            failed = failed || id == gauge::hubEauFeedId();
        }
        done.insert(id);
        if (!parser.isSet(onceOption)) {
            if (id == gauge::hubEauFeedId())
                printStations(network, json);
        } else if (done.size() == 2) {
            printStations(network, json);
            loop.quit();
        }
    });
    engine.start();
    loop.exec();
    return failed ? ExitFailure : ExitOk;
}

} // namespace territoire::cli
