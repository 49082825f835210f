#include "GaugesUi.h"

#include "FeedPanel.h"
#include "HydrographWindow.h"
#include "ThresholdEditor.h"
#include "base/Logging.h"
#include "common/AppContext.h"
#include "common/SharedFeeds.h"
#include "feeds/FeedEngine.h"
#include "feeds/FeedHub.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "feeds/gauges/GaugeLayer.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "feeds/gauges/StationSnapshot.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>
#include <QTimeZone>
#include <QToolBar>

#include <QVBoxLayout>
#include <algorithm>

namespace territoire {

namespace {

// The engine and its cache are shared with parking (ui/common/SharedFeeds).
FeedEngine *sharedEngine(AppContext &context)
{
    return sharedFeedEngine(context);
}

QString pickStation(AppContext &context, GaugeNetwork *network)
{
    QStringList items;
    for (const GaugeStation &s : network->stations())
        items.append(QStringLiteral("%1 — %2").arg(s.code, s.name));
    if (items.isEmpty()) {
        context.showMessage(
            QCoreApplication::translate("GaugesUi", "The project has no gauge station."));
        return {};
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        context.mainWindow(), QCoreApplication::translate("GaugesUi", "Gauge station"),
        QCoreApplication::translate("GaugesUi", "Station:"), items, 0, false, &ok);
    return ok ? choice.section(QStringLiteral(" — "), 0, 0) : QString();
}

// The vigilance feed asks for the reaches of the network's stations (project mapping, then the
// one fetched from Vigicrues).
void rebuildVigilanceFeed(FeedEngine *engine, GaugeNetwork *network)
{
    engine->removeFeed(gauge::vigicruesFeedId());
    GaugeFeedPair feeds
        = makeGaugeFeeds(network->settings(), network->stations(), network->fetchedReaches());
    if (feeds.hubEau)
        engine->addFeed(std::move(feeds.vigicrues));
}

// The observation, vigilance and reach-mapping feeds follow the network's stations (the
// project's, then those the stations feed lists). The daily mapping feed is only replaced when
// its requests change.
void rebuildGaugeFeeds(FeedEngine *engine, GaugeNetwork *network)
{
    engine->removeFeed(gauge::hubEauFeedId());
    engine->removeFeed(gauge::vigicruesFeedId());
    GaugeFeedPair feeds
        = makeGaugeFeeds(network->settings(), network->stations(), network->fetchedReaches());
    auto reaches = makeReachesFeed(network->settings(), network->stations());
    const auto *current
        = dynamic_cast<VigicruesReachesFeed *>(engine->feed(gauge::vigicruesReachesFeedId()));
    if (!feeds.hubEau || !reaches)
        engine->removeFeed(gauge::vigicruesReachesFeedId());
    else if (!current || current->requests() != reaches->requests())
        engine->addFeed(std::move(reaches));
    if (!feeds.hubEau)
        return;
    engine->addFeed(std::move(feeds.hubEau));
    engine->addFeed(std::move(feeds.vigicrues));
}

SnapshotStore stationSnapshots()
{
    return SnapshotStore(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                         + QStringLiteral("/feeds/snapshots"));
}

// After a successful stations poll, the listed stations of the query are saved for the next
// start.
void saveListedStations(AppContext &context, FeedEngine *engine, GaugeNetwork *network)
{
    const QList<hubeau::StationQuery> queries = projectStationQueries(context.project());
    if (queries.isEmpty())
        return;
    QList<GaugeStation> listed;
    for (const GaugeStation &s : network->stations()) {
        if (stationMatches(s, queries.first()))
            listed.append(s);
    }
    QString error;
    const QString source
        = hubeau::stationsUrl(network->settings().hubEauUrl, queries.first()).toString();
    if (!saveStationSnapshot(stationSnapshots(), stationSnapshotName(queries.first()), listed,
                             engine->status(gauge::hubEauStationsFeedId()).lastSuccess, source,
                             &error))
        context.reportError(error);
}

// The gauge under a click, on the visible gauge layers, topmost first.
QString gaugeAt(AppContext &context, const QPointF &mapPoint)
{
    constexpr double tolerancePixels = 8;
    const MapSettings settings = context.mapSettings();
    QList<MapLayer *> layers = context.layers();
    std::reverse(layers.begin(), layers.end());
    for (MapLayer *layer : std::as_const(layers)) {
        auto *gauges = qobject_cast<GaugeLayer *>(layer);
        if (!gauges || !gauges->isVisible())
            continue;
        const QString code
            = gauges->stationAt(mapPoint, tolerancePixels * settings.resolution(), settings);
        if (!code.isEmpty())
            return code;
    }
    return {};
}

void applyProject(AppContext &context, FeedEngine *engine, GaugeNetwork *network)
{
    GaugeSettings settings = GaugeSettings::fromProject(context.project());
    network->setSettings(settings);
    // The station → reach mapping saved at the last fetch, until Vigicrues answers.
    const ReachSnapshot reaches = loadReachSnapshot(stationSnapshots());
    if (reaches.damaged)
        context.reportError(reaches.message);
    network->mergeFetchedReaches(reaches.reaches);
    if (engine->cache())
        engine->cache()->setRetentionDays(settings.retentionDays);
    engine->removeFeed(gauge::hubEauStationsFeedId());
    // stationsChanged rebuilds the observation and vigilance feeds.
    network->setStations(projectGaugeStations(context.project()));
    const QList<hubeau::StationQuery> queries = projectStationQueries(context.project());
    if (!queries.isEmpty()) {
        if (queries.size() > 1)
            qCWarning(lcUi) << "only the first gauges layer's Hub'Eau station query is polled";
        // The list saved at the last successful poll, until the network answers.
        const StationSnapshot saved
            = loadStationSnapshot(stationSnapshots(), stationSnapshotName(queries.first()));
        if (saved.damaged)
            context.reportError(saved.message + QLatin1Char(' ')
                                + QCoreApplication::translate(
                                    "GaugesUi",
                                    "The gauge stations will be listed again when Hub'Eau "
                                    "answers."));
        network->addStations(saved.stations);
        engine->addFeed(std::make_unique<HubEauStationsFeed>(settings.hubEauUrl, queries.first()));
    }
    if (!engine->isStarted())
        engine->start();
}

} // namespace

void installGaugesUi(AppContext &context)
{
    registerGaugeLayerType();
    FeedEngine *engine = sharedEngine(context);
    auto *network = new GaugeNetwork(engine->cache(), context.clock());
    network->setFeedEngine(engine);
    context.setService(QStringLiteral("gauges"), network);
    // The snapshot worker reads the cache: it is waited for before the cache goes.
    auto *hub = qobject_cast<FeedHub *>(context.service(QStringLiteral("feedHub")));
    if (hub) {
        QObject::connect(hub, &FeedHub::aboutToReleaseCache, network, &GaugeNetwork::releaseCache);
        QObject::connect(hub, &FeedHub::cacheChanged, network, [network](ObservationCache *cache) {
            if (cache)
                cache->setRetentionDays(network->settings().retentionDays);
            network->setCache(cache);
            network->setClock(network->clock()); // a snapshot from the new cache
        });
    }

    QObject::connect(&context, &AppContext::projectLoaded, network,
                     [&context, engine, network] { applyProject(context, engine, network); });
    QObject::connect(network, &GaugeNetwork::stationsChanged, engine,
                     [engine, network] { rebuildGaugeFeeds(engine, network); });
    // Connected after the network, which takes the listed stations and reaches first.
    QObject::connect(engine, &FeedEngine::pollFinished, network,
                     [&context, engine, network](const QString &id, bool ok) {
                         if (ok && id == gauge::hubEauStationsFeedId())
                             saveListedStations(context, engine, network);
                         QString error;
                         if (ok && id == gauge::vigicruesReachesFeedId()
                             && !saveReachSnapshot(stationSnapshots(), network->fetchedReaches(),
                                                   engine->status(id).lastSuccess, &error))
                             context.reportError(error);
                     });
    QObject::connect(network, &GaugeNetwork::reachesChanged, engine,
                     [engine, network] { rebuildVigilanceFeed(engine, network); });
    QObject::connect(&context, &AppContext::aboutToSaveProject, network, [&context, network] {
        QJsonObject section = context.project().section(QStringLiteral("gauges"));
        const QJsonObject mine = network->settings().toJson();
        for (auto it = mine.begin(); it != mine.end(); ++it)
            section.insert(it.key(), it.value());
        context.project().setSection(QStringLiteral("gauges"), section);
    });
    QObject::connect(network, &GaugeNetwork::settingsChanged, &context,
                     [&context] { context.setProjectModified(); });
    QObject::connect(&context, &AppContext::clockChanged, network,
                     [engine = QPointer<FeedEngine>(engine), network](Clock *clock) {
                         if (engine)
                             engine->setClock(clock);
                         network->setClock(clock);
                         network->checkNow();
                     });

    // Feed panel.
    auto *feedDock = new QDockWidget(QCoreApplication::translate("GaugesUi", "Live feeds"),
                                     context.mainWindow());
    feedDock->setObjectName(QStringLiteral("feedsDock"));
    feedDock->setWidget(new FeedPanel(engine, feedDock));
    context.addDock(feedDock, Qt::RightDockWidgetArea);

    // Alert list: non-modal; each crossing also goes to the status bar.
    auto *alertDock = new QDockWidget(QCoreApplication::translate("GaugesUi", "Gauge alerts"),
                                      context.mainWindow());
    alertDock->setObjectName(QStringLiteral("gaugeAlertsDock"));
    auto *alerts = new QListWidget(alertDock);
    alertDock->setWidget(alerts);
    context.addDock(alertDock, Qt::RightDockWidgetArea);
    QObject::connect(
        network, &GaugeNetwork::alertRaised, alerts,
        [&context, alerts, alertDock](const GaugeAlert &alert) {
            const QString when = alert.time.toTimeZone(QTimeZone("Europe/Paris"))
                                     .toString(QStringLiteral("dd/MM HH:mm"));
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(when, alert.message()));
            item->setForeground(alert.upward ? alert.threshold.color : QColor(Qt::darkGray));
            alerts->insertItem(0, item);
            alertDock->show();
            context.showMessage(alert.message(), 15000);
            qCInfo(lcUi).noquote() << "gauge alert:" << alert.message();
        });
    // A rewind clears the network's alerts: the list follows.
    QObject::connect(network, &GaugeNetwork::alertsChanged, alerts, [alerts, network] {
        if (network->alerts().isEmpty())
            alerts->clear();
    });
    // Failures are reported once per kind, not once per poll.
    auto *lastReported = new QHash<QString, QString>;
    QObject::connect(engine, &QObject::destroyed, [lastReported] { delete lastReported; });
    QObject::connect(engine, &FeedEngine::pollFinished, &context,
                     [&context, engine, lastReported](const QString &id, bool ok) {
                         const FeedStatus s = engine->status(id);
                         const QString kind = ok ? QString()
                                                 : QString::number(s.lastNetworkError)
                                 + QString::number(s.lastHttpStatus);
                         if (!ok && lastReported->value(id) != kind)
                             context.showMessage(s.reason, 10000);
                         lastReported->insert(id, kind);
                     });

    if (QMenu *view = context.menu(QStringLiteral("view"))) {
        view->addAction(feedDock->toggleViewAction());
        view->addAction(alertDock->toggleViewAction());
        QAction *clicked = view->addAction(
            QCoreApplication::translate("GaugesUi", "Hydrograph of a gauge on the map"));
        QObject::connect(clicked, &QAction::triggered, network, [&context, network] {
            context.requestMapClick(
                QCoreApplication::translate("GaugesUi",
                                            "Click a river gauge to open its hydrograph"),
                [&context, network](const QPointF &point) {
                    const QString code = gaugeAt(context, point);
                    if (code.isEmpty())
                        context.showMessage(
                            QCoreApplication::translate("GaugesUi", "No river gauge there."));
                    else
                        (new HydrographWindow(network, code, context.mainWindow()))->show();
                });
        });
        if (QToolBar *bar = context.toolBar())
            bar->addAction(clicked);
        QAction *hydrograph
            = view->addAction(QCoreApplication::translate("GaugesUi", "Hydrograph…"));
        QObject::connect(hydrograph, &QAction::triggered, network, [&context, network] {
            const QString code = pickStation(context, network);
            if (!code.isEmpty())
                (new HydrographWindow(network, code, context.mainWindow()))->show();
        });
    }
    if (QMenu *tools = context.menu(QStringLiteral("tools"))) {
        QAction *editor
            = tools->addAction(QCoreApplication::translate("GaugesUi", "Gauge thresholds…"));
        QObject::connect(editor, &QAction::triggered, network, [&context, network] {
            ThresholdEditor dialog(network, QString(), context.mainWindow());
            dialog.exec();
        });
        QAction *refresh
            = tools->addAction(QCoreApplication::translate("GaugesUi", "Refresh live feeds"));
        QObject::connect(refresh, &QAction::triggered, engine, &FeedEngine::refreshAll);
    }
}

} // namespace territoire
