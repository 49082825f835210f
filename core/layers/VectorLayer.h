#pragma once

#include "base/JobControl.h"
#include "layers/StreamingReader.h"
#include "layers/VectorSource.h"
#include "map/MapLayer.h"
#include "render/VectorStyle.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>

namespace territoire {

// A layer read through GDAL/OGR (file or PostGIS), type "vector". Features are loaded off the
// UI thread into immutable chunks whose geometries are already in the map CRS; chunks appear
// as they are read (repaintRequested after each), so the first image of a large layer comes
// quickly. Render jobs share the chunks. A change of map CRS, source, CRS override, encoding
// or filter reloads the layer.
//
// Streaming mode: a source with a spatial index and at least streamingThreshold() features
// keeps no geometry in memory; the load only scans it (counts, extent, warnings) and every
// render job, identify and area reads its features from GDAL by extent (StreamingReader).
//
// A layer whose CRS is missing or contradicted by its coordinates is loaded (table, counts)
// but not drawn until its descriptor gets a crsOverride; warnings() says why and suggests one.
class VectorLayer : public MapLayer
{
    Q_OBJECT
public:
    // Starts loading at once. mapCrs: the CRS geometries are stored in.
    explicit VectorLayer(const ProjectLayer &descriptor, const Crs &mapCrs = Crs::lambert93(),
                         QObject *parent = nullptr);
    // Cancels a load in progress and waits for it to stop.
    ~VectorLayer() override;

    QString type() const override { return QStringLiteral("vector"); }
    // The CRS of the source (after any override); invalid while unknown.
    Crs crs() const override;
    // Extent of the drawn features in crs(); null while loading or when nothing is located.
    QRectF extent() const override;
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;
    // The style's rows, without the categories and classes no loaded feature falls in (all of
    // them while loading and in streaming mode).
    QList<LegendItem> legend() const override;
    // For each symbol of style(), whether a loaded feature is drawn with it; empty while
    // loading and in streaming mode (unknown). Computed once per load and style.
    std::vector<bool> usedSymbols() const;
    // Only the categories and classes of the features whose bounds meet the view.
    QList<LegendItem> legendInView(const MapSettings &settings) const override;
    // Points: within tolerance; lines: within tolerance of a segment; polygons: inside or
    // within tolerance of the outline. mapPoint in the map CRS, tolerance in map units.
    QList<IdentifyResult> identify(const QPointF &mapPoint, double tolerance,
                                   const MapSettings &settings) const override;
    QStringList warnings() const override;
    QStringList attributions() const override { return m_summary.attributions; }
    ProjectLayer descriptor() const override;
    void applyDescriptor(const ProjectLayer &descriptor) override;

    // Loading state.
    bool isLoading() const { return m_loading; }
    // Blocks until the current load ends and applies its result (for the CLI and tests).
    // Returns false when the load failed.
    bool waitForLoaded();
    // Progress and cancellation of the current load.
    JobControl *loadControl() const { return m_control.get(); }
    // Why the last load failed (names the source), empty when it did not.
    QString errorString() const { return m_summary.error; }

    // The CRS geometries are held in; a different one reloads the layer.
    Crs mapCrs() const { return m_mapCrs; }
    void setMapCrs(const Crs &crs);
    // Extent of the drawn features in the map CRS.
    QRectF mapExtent() const;

    // What the last completed load found (chunks excluded: see chunks()).
    const VectorLoadResult &summary() const { return m_summary; }
    FieldList fields() const { return m_summary.fields; }
    GeometryKind geometryKind() const { return m_kind; }
    qint64 featureCount() const;
    // Empty in streaming mode.
    FeatureChunkList chunks() const { return m_chunks; }
    // Calls f with the field's value for every feature (read from the source in streaming
    // mode, without geometries); stops when f returns false. For style dialogs.
    void forEachValue(const QString &field, const std::function<bool(const QVariant &)> &f) const;
    // True when the geometries are read from the source at each render (see above).
    bool isStreaming() const { return m_stream != nullptr; }

    // Feature count from which layers with a spatial index stream (negative: never). Default
    // 50,000, or the TERRITOIRE_STREAMING_THRESHOLD environment variable; applies to the
    // next loads.
    static qint64 streamingThreshold();
    static void setStreamingThreshold(qint64 featureCount);

    VectorStyle style() const { return m_style; }
    void setStyle(const VectorStyle &style);

    // Area in square map units of a polygon feature; an invalid polygon (self-intersection) is
    // repaired with MakeValid first when makeValid is true. NaN when the feature has no
    // polygon geometry.
    double featureArea(qint64 fid, bool makeValid = true) const;

Q_SIGNALS:
    void loadingStarted();
    void loadingFinished(bool ok);

private:
    void startLoad();
    void onChunk(quint64 generation, std::shared_ptr<const FeatureChunk> chunk);
    void onHeader(quint64 generation, const VectorLoadResult &header);
    void finishLoad(quint64 generation, VectorLoadResult result);
    void chooseDefaultStyle();
    bool sourceChanged(const ProjectLayer &other) const;
    void startStreaming(const VectorLoadResult &header);
    // The chunks to search near a rectangle (map CRS): the loaded ones, or read from the source.
    FeatureChunkList chunksAround(const QRectF &rect) const;
    // Symbols of style() used by the loaded features, or by those meeting rect (map CRS).
    std::vector<bool> symbolsUsedBy(const QRectF *rect) const;

    Crs m_mapCrs;
    VectorStyle m_style;
    bool m_hasStyle = false; // false: a default style is picked from the data
    GeometryKind m_kind = GeometryKind::Unknown;
    VectorLoadResult m_summary;
    FeatureChunkList m_chunks;
    std::shared_ptr<const StreamingReader> m_stream;
    mutable std::vector<bool> m_usedSymbols; // cache of usedSymbols()
    mutable bool m_usedSymbolsKnown = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    std::shared_ptr<JobControl> m_control;
    QFuture<VectorLoadResult> m_future;
    QFutureWatcher<VectorLoadResult> m_watcher;
};

// The geometry kind of an OGR type name from geometryTypeName() ("MultiPolygon" -> Polygon).
GeometryKind geometryKindOfType(const QString &typeName);

} // namespace territoire
