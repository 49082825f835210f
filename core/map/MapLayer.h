#pragma once

#include "base/Crs.h"
#include "base/Project.h"
#include "map/IdentifyResult.h"
#include "map/LayerRenderJob.h"
#include "map/LegendItem.h"

#include <QDateTime>
#include <QObject>
#include <QRectF>
#include <QStringList>

#include <memory>

namespace territoire {

// A layer on the map: a file or database layer, a raster, or a live layer (gauges, bays,
// routes). Lives on the UI thread; drawing happens in render jobs it creates, so a layer's
// data may change while a previous image is still being drawn.
class MapLayer : public QObject
{
    Q_OBJECT
public:
    explicit MapLayer(QObject *parent = nullptr);
    ~MapLayer() override;

    // The layer type as stored in projects: "vector", "raster", "gauges", ...
    virtual QString type() const = 0;
    // The CRS of the layer's coordinates (after any user override).
    virtual Crs crs() const = 0;
    // Extent in the layer's CRS; null when the layer has no located feature.
    virtual QRectF extent() const = 0;
    // Snapshot for drawing on another thread, for the given view (map CRS and extent).
    // May return null when there is nothing to draw.
    virtual std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) = 0;

    // Legend rows in drawing order.
    virtual QList<LegendItem> legend() const { return {}; }
    // The legend rows of what is drawn in a view (map CRS and extent), for printed maps
    // ("filter legend by map content"); the whole legend unless a layer knows better.
    virtual QList<LegendItem> legendInView(const MapSettings &settings) const
    {
        Q_UNUSED(settings);
        return legend();
    }
    // Features at a map point (map CRS), within a tolerance in map units.
    virtual QList<IdentifyResult> identify(const QPointF &mapPoint, double tolerance,
                                           const MapSettings &settings) const;
    // Problems found while reading (invalid geometries, CRS doubts), as sentences for users.
    virtual QStringList warnings() const { return {}; }
    // Producers to credit on maps and exports, e.g. "© OpenStreetMap contributors".
    virtual QStringList attributions() const { return {}; }
    // For live layers: the observation time of the data shown; invalid for static data.
    virtual QDateTime dataTime() const { return {}; }

    // Properties shared by all layers, stored in the project.
    QString id() const { return m_descriptor.id; }
    QString name() const { return m_descriptor.name; }
    void setName(const QString &name);
    bool isVisible() const { return m_descriptor.visible; }
    void setVisible(bool visible);
    double opacity() const { return m_descriptor.opacity; }
    void setOpacity(double opacity);
    // True when the scale denominator is inside the layer's [maxScale, minScale] range.
    bool isVisibleAtScale(double scaleDenominator) const;

    // The project description of this layer, kept in sync with the properties above.
    virtual ProjectLayer descriptor() const { return m_descriptor; }
    // Applies the common properties (and, in subclasses, style and options).
    virtual void applyDescriptor(const ProjectLayer &descriptor);

Q_SIGNALS:
    // The image must be redrawn (data or style changed).
    void repaintRequested();
    // Name, visibility, opacity or style changed: the project is modified.
    void propertiesChanged();

protected:
    ProjectLayer m_descriptor;
};

} // namespace territoire
