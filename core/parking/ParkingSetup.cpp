#include "parking/ParkingSetup.h"

#include "parking/InventoryReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace territoire {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parking", text);
}

} // namespace

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
            problems << tr("%1: no recorded answer in %2").arg(feed.id, directory);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: cannot open %2 (%3)").arg(feed.id, path, file.errorString());
            continue;
        }
        const StatusParseResult result = parseStatus(feed.format, file.readAll(), receivedAt);
        if (!result.isOk()) {
            problems << tr("%1: %2: %3").arg(feed.id, path, result.error);
            continue;
        }
        model.applyStatuses(feed.id, result.records);
    }
    return problems;
}

} // namespace territoire
