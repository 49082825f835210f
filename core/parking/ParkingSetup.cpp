#include "parking/ParkingSetup.h"

#include "feeds/FeedEngine.h"
#include "feeds/ObservationCache.h"
#include "parking/InventoryReader.h"
#include "parking/ParkingFeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

namespace territoire {

namespace { } // namespace

LoadedInventories loadInventories(const ParkingConfig &config, const ProgressCallback &progress)
{
    LoadedInventories loaded;
    const int count = config.sources.size();
    for (int i = 0; i < count; ++i) {
        InventorySource source = config.sources[i];
        source.expectedBounds = config.boundsFor(source);
        const ProgressCallback step = [&](double fraction, const QString &text) {
            return !progress || progress((i + fraction) / count, text);
        };
        const InventoryResult result = readInventory(source, step);
        if (!result.isOk()) {
            loaded.errors << result.error;
            continue;
        }
        loaded.bays.append(result.bays);
        loaded.warnings.append(result.warnings);
    }
    loaded.attributions = parkingAttributions(config);
    return loaded;
}

QStringList parkingAttributions(const ParkingConfig &config)
{
    QStringList credits;
    const auto add = [&credits](const QString &credit) {
        if (!credit.isEmpty() && !credits.contains(credit))
            credits << credit;
    };
    for (const InventorySource &source : config.sources) {
        if (source.format == QLatin1String("osm"))
            add(QStringLiteral("© OpenStreetMap contributors"));
        add(source.attribution);
    }
    for (const ParkingFeedConfig &feed : config.feeds)
        add(feed.attribution);
    return credits;
}

QStringList replayRecordedFeeds(BayStatusModel &model, const QString &directory,
                                const QDateTime &receivedAt)
{
    QStringList problems;
    const QDir dir(directory);
    for (const ParkingFeedConfig &feed : model.feeds()) {
        QStringList candidates;
        if (!feed.recordedFile.isEmpty())
            candidates << feed.recordedFile;
        candidates << feed.id + QStringLiteral(".xml") << feed.id + QStringLiteral(".json")
                   << feed.id + QStringLiteral(".geojson");
        QString path;
        for (const QString &name : candidates) {
            if (QFileInfo::exists(dir.filePath(name))) {
                path = dir.filePath(name);
                break;
            }
        }
        if (path.isEmpty()) {
            problems << QCoreApplication::translate("Parking", "%1: no recorded answer in %2")
                            .arg(feed.id, directory);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << QCoreApplication::translate("Parking", "%1: cannot open %2 (%3)")
                            .arg(feed.id, path, file.errorString());
            continue;
        }
        const StatusParseResult result = parseStatus(feed.format, file.readAll(), receivedAt);
        if (!result.isOk()) {
            problems << QCoreApplication::translate("Parking", "%1: %2: %3")
                            .arg(feed.id, path, result.error);
            continue;
        }
        model.applyStatuses(feed.id, result.records);
    }
    return problems;
}

QMetaObject::Connection connectParkingFeeds(BayStatusModel &model, FeedEngine &engine, Clock *clock)
{
    QSet<QString> ids;
    for (const ParkingFeedConfig &feed : model.feeds()) {
        if (feed.format == StatusFormat::Invalid || !feed.url.isValid())
            continue;
        engine.addFeed(std::make_unique<ParkingFeed>(feed, clock));
        ids.insert(feed.id);
    }
    BayStatusModel *target = &model;
    return QObject::connect(&engine, &FeedEngine::observationsReceived, &model,
                            [target, ids](const QString &feedId, const ObservationList &batch) {
                                if (ids.contains(feedId))
                                    target->applyStatuses(feedId, fromObservations(batch));
                            });
}

QStringList fetchStatusOnce(BayStatusModel &model, int timeoutMs)
{
    QStringList problems;
    ObservationCache cache(QStringLiteral(":memory:"));
    QString error;
    if (!cache.open(&error))
        return {error};
    FeedEngine engine(model.clock(), &cache);
    engine.setMaxRetries(0);
    engine.setTransferTimeoutMs(timeoutMs);
    connectParkingFeeds(model, engine, model.clock());
    const QStringList ids = engine.feedIds();
    for (const ParkingFeedConfig &feed : model.feeds()) {
        if (!ids.contains(feed.id))
            problems << QCoreApplication::translate("Parking",
                                                    "%1: no usable URL or format; not polled")
                            .arg(feed.id);
    }
    if (ids.isEmpty())
        return problems;

    // Wait for every poll to finish (answers are stored before observationsReceived).
    QEventLoop loop;
    QSet<QString> pending(ids.cbegin(), ids.cend());
    QObject::connect(&engine, &FeedEngine::pollFinished, &loop,
                     [&](const QString &feedId, bool ok) {
                         if (ok)
                             return; // the observations follow
                         problems << engine.status(feedId).reason;
                         pending.remove(feedId);
                         if (pending.isEmpty())
                             loop.quit();
                     });
    QObject::connect(
        &engine, &FeedEngine::observationsReceived, &loop,
        [&](const QString &feedId) {
            pending.remove(feedId);
            if (pending.isEmpty())
                loop.quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    engine.refreshAll();
    loop.exec();
    for (const QString &id : std::as_const(pending))
        problems << QCoreApplication::translate("Parking", "%1: no answer within %2 s")
                        .arg(id)
                        .arg(timeoutMs / 1000);
    return problems;
}

} // namespace territoire
