#include "export/PageSnapshot.h"

#include <QJsonArray>

#include <cmath>

namespace territoire {

namespace {

// True unless the layer's extent is known and lies wholly outside the view.
bool overlapsView(const MapLayer &layer, const MapSettings &settings)
{
    const QRectF extent = layer.extent();
    if (extent.isNull() || !layer.crs().isValid() || !settings.crs().isValid())
        return true;
    QRectF inMap = extent;
    if (layer.crs() != settings.crs())
        inMap = CoordinateTransform(layer.crs(), settings.crs()).transformBounds(extent);
    if (!std::isfinite(inMap.width()) || !std::isfinite(inMap.height()))
        return true;
    // A point layer's extent may be a single point: compare with closed rectangles.
    const QRectF view = settings.visibleExtent().normalized();
    inMap = inMap.normalized();
    return inMap.left() <= view.right() && inMap.right() >= view.left()
        && inMap.top() <= view.bottom() && inMap.bottom() >= view.top();
}

// Producers named in the project for a layer: its "attribution" option, a text or a list.
QStringList projectCredits(const MapLayer &layer)
{
    const QJsonValue value = layer.descriptor().options.value(QLatin1String("attribution"));
    QStringList credits;
    if (value.isString())
        credits.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        credits.append(item.toString());
    return credits;
}

} // namespace

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
        // Only the symbols drawn in the frame, as QGIS does with "filter legend by map content".
        entry.legend = layer->legendInView(settings);
        entry.job = layer->createRenderJob(settings);
        entry.inLegend = overlapsView(*layer, settings);
        const bool credited = entry.inLegend;
        snapshot.layers.push_back(std::move(entry));
        if (!credited)
            continue;

        for (const QString &credit : layer->attributions() + projectCredits(*layer)) {
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
