#pragma once

#include "feeds/gauges/GaugeNetwork.h"
#include "map/MapLayer.h"

#include <QPointer>

namespace territoire {

// The river gauges on the map (layer type "gauges"). Stations come from the layer options
// ("stations": [{code, name, river, lon, lat}]) and from the network for its Hub'Eau query
// ("departement": "90", "bbox": [w, s, e, n]); values come from the GaugeNetwork at its clock's
// instant, so the same layer shows live duty and replays. Symbol by state (normal, above a local
// threshold in the threshold's colour, vigilance colour of the reach, stale in grey), label with
// the latest height (or flow) and the trend arrow. Stations with no position are listed by the
// network but not drawn.
class GaugeLayer : public MapLayer
{
    Q_OBJECT
public:
    // The network is not owned (the application's shared one) unless it has this layer as
    // parent.
    explicit GaugeLayer(GaugeNetwork *network, QObject *parent = nullptr);

    QString type() const override { return QStringLiteral("gauges"); }
    Crs crs() const override;
    QRectF extent() const override; // WGS 84 degrees
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;
    QList<LegendItem> legend() const override;
    QList<IdentifyResult> identify(const QPointF &mapPoint, double tolerance,
                                   const MapSettings &settings) const override;
    QStringList warnings() const override;
    QStringList attributions() const override;
    // The newest observation time shown (UTC), at the network clock's instant.
    QDateTime dataTime() const override;
    void applyDescriptor(const ProjectLayer &descriptor) override;

    GaugeNetwork *network() const { return m_network; }
    // The layer's stations: those of its options, then the network's stations that match its
    // Hub'Eau query (options "departement" / "bbox"), e.g. listed by the stations feed.
    QList<GaugeStation> stations() const;
    // The code of the drawn station nearest to a map point within `tolerance` (map units),
    // empty when none: what a click on the map opens (the hydrograph).
    QString stationAt(const QPointF &mapPoint, double tolerance, const MapSettings &settings) const;
    // The fill colour of a reading's symbol.
    static QColor stateColor(const GaugeReading &reading);
    // "1.262 m ↑" (or the flow when there is no height); empty without data.
    static QString labelText(const GaugeReading &reading);

private:
    QPointer<GaugeNetwork> m_network;
    QList<GaugeStation> m_stations;
    hubeau::StationQuery m_query;
};

// Registers the "gauges" type in the LayerRegistry. The factory uses the application service
// "gauges" (a GaugeNetwork, property "service.gauges" of LayerContext::services) when there is
// one; otherwise the layer gets its own network reading no cache (stations without values).
void registerGaugeLayerType();

} // namespace territoire
