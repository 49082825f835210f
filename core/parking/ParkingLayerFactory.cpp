// The "parking" layer type of the LayerRegistry.
#include "parking/BayLayer.h"

#include "map/LayerRegistry.h"
#include "parking/InventoryReader.h"
#include "parking/ParkingSetup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace territoire {

std::unique_ptr<MapLayer> createParkingLayer(const ProjectLayer &descriptor,
                                             const LayerContext &context, QString *error)
{
    const QString projectDir = context.project ? context.project->directory() : QString();
    const ParkingConfig config = context.project
        ? ParkingConfig::fromJson(context.project->section(QStringLiteral("parking")), projectDir)
        : ParkingConfig();

    // A descriptor pointing at a file is one inventory; its options describe it.
    QStringList filter;
    for (const QJsonValue &v : descriptor.options.value(QLatin1String("sources")).toArray())
        filter << v.toString();
    std::optional<InventorySource> ownSource;
    if (!descriptor.source.isEmpty()) {
        InventorySource source = InventorySource::fromJson(descriptor.options, projectDir);
        source.path = descriptor.source;
        if (source.id.isEmpty())
            source.id = descriptor.id;
        if (source.expectedBounds.isNull())
            source.expectedBounds = config.expectedBounds;
        if (source.encoding.isEmpty())
            source.encoding = descriptor.encoding;
        ownSource = source;
    }

    // The application's shared model when there is one (the panel and the layer agree).
    BayStatusModel *shared = nullptr;
    if (context.services) {
        shared = qobject_cast<BayStatusModel *>(
            context.services->property("service.parkingModel").value<QObject *>());
        if (!shared)
            shared = context.services->findChild<BayStatusModel *>(QStringLiteral("parkingModel"));
    }
    std::unique_ptr<BayLayer> layer;
    QStringList warnings;
    if (shared && !ownSource) {
        layer = std::make_unique<BayLayer>(shared);
    } else {
        ParkingConfig own = config;
        if (ownSource)
            own.sources = {*ownSource};
        const LoadedInventories loaded = loadInventories(own);
        if (loaded.bays.isEmpty() && !loaded.errors.isEmpty()) {
            if (error)
                *error = loaded.errors.join(QLatin1Char('\n'));
            return nullptr;
        }
        auto model = std::make_unique<BayStatusModel>(context.clock);
        model->setFeeds(config.feeds);
        model->setBays(loaded.bays);
        layer = std::make_unique<BayLayer>(std::move(model));
        warnings = loaded.errors + loaded.warnings;
        layer->setAttributions(loaded.attributions);
    }
    if (layer->attributions().isEmpty())
        layer->setAttributions(parkingAttributions(config));
    layer->setWarnings(warnings);
    layer->setSourceFilter(filter);
    if (!config.zones.isEmpty()) {
        QString zoneError;
        const QList<Zone> zones = readZones(config.zones, &zoneError);
        if (!zoneError.isEmpty())
            warnings << zoneError;
        layer->setZones(zones);
        layer->setWarnings(warnings);
    }
    ProjectLayer applied = descriptor;
    if (applied.name.isEmpty())
        applied.name = QCoreApplication::translate("Parking", "PMR parking bays");
    layer->applyDescriptor(applied);
    return layer;
}

void registerParkingLayerType()
{
    LayerRegistry::instance().registerType(BayLayer::layerType(), &createParkingLayer);
}

} // namespace territoire
