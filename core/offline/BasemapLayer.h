#pragma once

#include "map/LayerRegistry.h"
#include "map/MapLayer.h"
#include "offline/BasemapSource.h"

namespace territoire {

// A tiled background map (layer type "basemap"). Online it reads an XYZ/WMTS service through
// GDAL's WMS driver with a disk cache; when NetworkPolicy is offline it reads the cache only
// (GDAL WMS OfflineMode). In a pack it reads the GeoPackage tile table the pack stores.
// Tiles that are missing or unreadable (a tile cut short by a crash) are drawn as a hatched
// placeholder and the rest of the map renders; online such tiles are fetched again.
//
// Descriptor: source "preset:osm", "preset:plan-ign", an XYZ URL template with ${z}/${x}/${y}
// (or {z}/{x}/{y}), or a GeoPackage path with sublayer = tile table (a pack); options hold
// the BasemapSource fields (attribution, zoom range, cacheDir).
class BasemapLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit BasemapLayer(const ProjectLayer &descriptor, QObject *parent = nullptr);

    static constexpr const char *typeName = "basemap";
    // Descriptor for a basemap source (online) or for a tile table of a pack.
    static ProjectLayer descriptorFor(const BasemapSource &source, const QString &layerId);
    static ProjectLayer packDescriptor(const QString &packPath, const QString &table,
                                       const BasemapSource &original, const QString &layerId);

    QString type() const override { return QString::fromLatin1(typeName); }
    Crs crs() const override;
    QRectF extent() const override;
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;
    QList<LegendItem> legend() const override;
    QStringList attributions() const override;
    QStringList warnings() const override { return m_warnings; }
    void applyDescriptor(const ProjectLayer &descriptor) override;

    const BasemapSource &source() const { return m_source; }
    // True when the layer reads a pack's tile table rather than a service.
    bool isPacked() const { return !m_packDataset.isEmpty(); }
    // The GDAL dataset name the next render job opens (depends on the network policy).
    QString datasetName() const;

private:
    BasemapSource m_source;
    QString m_packDataset; // "GPKG:<path>:<table>" when packed
    QStringList m_warnings;
};

// Registers the "basemap" type in LayerRegistry (idempotent).
void registerBasemapLayerType();

} // namespace territoire
