#include "export/PageSnapshot.h"

namespace territoire {

PageSnapshot PageSnapshot::take(const QList<MapLayer *> &layers, const MapSettings &settings,
                                double scale)
{
    PageSnapshot snapshot;
    for (MapLayer *layer : layers) {
        if (!layer || !layer->isVisible() || !layer->isVisibleAtScale(scale))
            continue;
        Layer entry;
        entry.name = layer->name();
        entry.opacity = layer->opacity();
        entry.legend = layer->legend();
        entry.job = layer->createRenderJob(settings);
        snapshot.layers.push_back(std::move(entry));

        for (const QString &credit : layer->attributions()) {
            if (!credit.isEmpty() && !snapshot.attributions.contains(credit))
                snapshot.attributions.append(credit);
        }
        const QDateTime t = layer->dataTime();
        if (t.isValid()) {
            if (!snapshot.dataTimeFirst.isValid() || t < snapshot.dataTimeFirst)
                snapshot.dataTimeFirst = t;
            if (!snapshot.dataTimeLast.isValid() || t > snapshot.dataTimeLast)
                snapshot.dataTimeLast = t;
        }
    }
    return snapshot;
}

} // namespace territoire
