#pragma once

#include "map/MapLayer.h"
#include "parking/BayStatusModel.h"
#include "parking/ZoneStatistics.h"

#include <QPointer>

#include <vector>

namespace territoire {

struct LayerContext;

// The "parking" map layer: PMR bays drawn by live status (free, taken, unknown) with the PMR
// place count of car parks, free/total counts per car park for bays grouped by Bay::zoneKey,
// and, zoomed out with zones set, the free/total counts per zone instead. Reads
// its bays from a BayStatusModel (shared with the parking panel, or owned by the layer) and
// repaints when a status changes. Coordinates are WGS 84.
class BayLayer : public MapLayer
{
    Q_OBJECT
public:
    // Uses a model owned elsewhere (may be shared by several layers).
    explicit BayLayer(BayStatusModel *model, QObject *parent = nullptr);
    // Owns its model.
    explicit BayLayer(std::unique_ptr<BayStatusModel> model, QObject *parent = nullptr);
    ~BayLayer() override;

    static QString layerType() { return QStringLiteral("parking"); }
    QString type() const override { return layerType(); }
    Crs crs() const override;
    QRectF extent() const override;
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;
    QList<LegendItem> legend() const override;
    QList<IdentifyResult> identify(const QPointF &mapPoint, double tolerance,
                                   const MapSettings &settings) const override;
    QStringList warnings() const override { return m_warnings; }
    QStringList attributions() const override { return m_attributions; }
    QDateTime dataTime() const override;

    BayStatusModel *model() const { return m_model; }
    // Only bays of these inventories are drawn; empty: all.
    void setSourceFilter(const QStringList &sourceIds);
    void setZones(const QList<Zone> &zones);
    void setWarnings(const QStringList &warnings) { m_warnings = warnings; }
    void setAttributions(const QStringList &attributions) { m_attributions = attributions; }
    // Walking paths to draw over the bays (nearest free bay answers), best first, in WGS 84,
    // and the destination they lead to. Shown only; never written to the project.
    void setHighlightedRoutes(const QList<std::vector<LonLat>> &paths, const LonLat &destination);
    void clearHighlightedRoutes() { setHighlightedRoutes({}, LonLat()); }
    // Scale denominator above which counts per zone replace the car park labels.
    void setZoneCountScale(double denominator) { m_zoneCountScale = denominator; }

    // The bays drawn now (filter applied), with their status at the clock's now.
    BayList visibleBays() const;

    // Colours of the statuses, shared with the panel.
    static QColor statusColor(BayStatus status);

private:
    void connectModel();

    QPointer<BayStatusModel> m_model;
    std::unique_ptr<BayStatusModel> m_ownedModel;
    QStringList m_sourceFilter;
    QList<Zone> m_zones;
    QList<int> m_zoneOfBay; // assignZones() of visibleBays(); empty when to be recomputed
    QStringList m_warnings;
    QStringList m_attributions;
    double m_zoneCountScale = 50000;
    QList<std::vector<LonLat>> m_routes;
    LonLat m_destination;
};

// Registers the "parking" type in the LayerRegistry. The factory uses the application's
// "parkingModel" service (a BayStatusModel child of LayerContext::services) when present and
// otherwise builds a model of its own from the project's "parking" section; a descriptor
// whose source is a file adds that inventory (options: an InventorySource in JSON).
void registerParkingLayerType();

// Builds a layer for a descriptor (what the registry factory does). Null and *error when no
// inventory can be read.
std::unique_ptr<MapLayer> createParkingLayer(const ProjectLayer &descriptor,
                                             const LayerContext &context, QString *error);

} // namespace territoire
