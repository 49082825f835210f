#pragma once

#include "map/MapLayer.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace territoire {

class Clock;

// What a layer factory may need besides its description.
struct LayerContext
{
    Clock *clock = nullptr; // the one clock (live or replay)
    const Project *project = nullptr; // for feature sections (thresholds, mappings)
    QObject *services = nullptr; // application services (feed engine, router), by name
};

// Builds layers from project descriptions. Each area registers its layer types once at start
// (vector and raster by the layers area, gauges by feeds, ...).
class LayerRegistry
{
public:
    using Factory = std::function<std::unique_ptr<MapLayer>(
        const ProjectLayer &descriptor, const LayerContext &context, QString *error)>;

    static LayerRegistry &instance();

    void registerType(const QString &type, Factory factory);
    bool hasType(const QString &type) const { return m_factories.contains(type); }
    // Returns null with a sentence naming the source and the reason in *error on failure.
    std::unique_ptr<MapLayer> create(const ProjectLayer &descriptor, const LayerContext &context,
                                     QString *error) const;

private:
    QHash<QString, Factory> m_factories;
};

} // namespace territoire
