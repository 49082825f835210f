#include "layers/VectorLayer.h"

#include "base/Logging.h"
#include "layers/GdalSource.h"
#include "layers/VectorRenderJob.h"
#include "render/DefaultStyles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

QString kindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return QStringLiteral("Point");
    case GeometryKind::Line:
        return QStringLiteral("LineString");
    case GeometryKind::Polygon:
        return QStringLiteral("Polygon");
    default:
        return {};
    }
}

// Features a streamed layer draws while it is still being scanned.
constexpr qint64 streamingPreviewFeatures = 10000;

qint64 &thresholdSetting()
{
    static qint64 threshold = [] {
        bool ok = false;
        const qint64 fromEnv
            = qEnvironmentVariable("TERRITOIRE_STREAMING_THRESHOLD").toLongLong(&ok);
        return ok ? fromEnv : qint64(50000);
    }();
    return threshold;
}

} // namespace

qint64 VectorLayer::streamingThreshold()
{
    return thresholdSetting();
}

void VectorLayer::setStreamingThreshold(qint64 featureCount)
{
    thresholdSetting() = featureCount;
}

GeometryKind geometryKindOfType(const QString &typeName)
{
    if (typeName.contains(QLatin1String("Point")))
        return GeometryKind::Point;
    if (typeName.contains(QLatin1String("Line")) || typeName == QLatin1String("Curve"))
        return GeometryKind::Line;
    if (typeName.contains(QLatin1String("Polygon")) || typeName == QLatin1String("Surface"))
        return GeometryKind::Polygon;
    return GeometryKind::Unknown;
}

VectorLayer::VectorLayer(const ProjectLayer &descriptor, const Crs &mapCrs, QObject *parent)
    : MapLayer(parent)
    , m_mapCrs(mapCrs.isValid() ? mapCrs : Crs::lambert93())
{
    m_descriptor = descriptor;
    m_descriptor.type = type();
    m_hasStyle = !descriptor.style.isEmpty();
    if (m_hasStyle)
        m_style = VectorStyle::fromJson(descriptor.style);
    connect(&m_watcher, &QFutureWatcher<VectorLoadResult>::finished, this, [this] {
        const quint64 generation = m_generation;
        if (m_loading && m_future.isFinished())
            finishLoad(generation, m_future.result());
    });
    startLoad();
}

VectorLayer::~VectorLayer()
{
    if (m_control)
        m_control->cancel();
    m_future.waitForFinished();
}

void VectorLayer::startLoad()
{
    // Stop a previous load; its late chunks carry an old generation and are ignored.
    if (m_control)
        m_control->cancel();
    const quint64 generation = ++m_generation;
    m_control = std::make_shared<JobControl>();
    m_chunks.clear();
    m_stream.reset();
    m_usedSymbolsKnown = false;
    m_summary.streaming = false;
    m_loading = true;

    VectorLoadOptions options;
    options.mapCrs = m_mapCrs;
    options.streamingThreshold = streamingThreshold();
    options.progress = [control = m_control](double fraction, const QString &step) {
        control->setProgress(fraction, step);
        return !control->isCancelled();
    };
    options.chunkReady = [this, generation](std::shared_ptr<const FeatureChunk> chunk) {
        QMetaObject::invokeMethod(
            this, [this, generation, chunk] { onChunk(generation, chunk); }, Qt::QueuedConnection);
    };
    options.headerReady = [this, generation](const VectorLoadResult &header) {
        QMetaObject::invokeMethod(
            this, [this, generation, header] { onHeader(generation, header); },
            Qt::QueuedConnection);
    };
    const VectorSourceSpec spec = VectorSourceSpec::fromDescriptor(m_descriptor);
    m_future = QtConcurrent::run(
        [spec, options, control = m_control] { return loadVectorSource(spec, options); });
    m_watcher.setFuture(m_future);
    Q_EMIT loadingStarted();
}

void VectorLayer::onHeader(quint64 generation, const VectorLoadResult &header)
{
    if (generation != m_generation || !m_loading)
        return;
    m_summary.fields = header.fields;
    m_summary.layerName = header.layerName;
    m_summary.geometryType = header.geometryType;
    m_summary.crs = header.crs;
    m_summary.declaredCrs = header.declaredCrs;
    m_kind = geometryKindOfType(header.geometryType);
    chooseDefaultStyle();
    if (header.streaming) {
        m_summary.streaming = true;
        m_summary.featureCount = header.featureCount;
        m_summary.sourceExtent = header.sourceExtent;
        m_summary.mapExtent = header.mapExtent;
        startStreaming(header);
        Q_EMIT repaintRequested();
    }
}

void VectorLayer::startStreaming(const VectorLoadResult &header)
{
    m_stream = std::make_shared<StreamingReader>(VectorSourceSpec::fromDescriptor(m_descriptor),
                                                 header.crs.crs, m_mapCrs, header.fields,
                                                 header.encoding);
}

void VectorLayer::onChunk(quint64 generation, std::shared_ptr<const FeatureChunk> chunk)
{
    if (generation != m_generation || !m_loading)
        return;
    m_chunks.push_back(std::move(chunk));
    Q_EMIT repaintRequested();
}

void VectorLayer::finishLoad(quint64 generation, VectorLoadResult result)
{
    if (generation != m_generation || !m_loading)
        return;
    m_loading = false;
    m_chunks = std::move(result.chunks);
    m_summary = std::move(result);
    m_summary.chunks.clear();
    m_stream.reset();
    if (m_summary.ok && m_summary.streaming)
        startStreaming(m_summary); // with the text encoding the scan found
    if (!m_summary.ok) {
        if (!m_summary.cancelled)
            qCWarning(lcLayers).noquote() << m_summary.error;
    }
    m_kind = geometryKindOfType(m_summary.geometryType);
    if (m_kind == GeometryKind::Unknown) {
        // Generic geometry columns: use the kind of the first located feature.
        for (const auto &chunk : m_chunks) {
            for (int i = 0; i < chunk->size() && m_kind == GeometryKind::Unknown; ++i)
                m_kind = chunk->kind(i);
        }
    }
    chooseDefaultStyle();
    // The legend now leaves out the categories no feature falls in: layer panels refresh.
    const std::vector<bool> used = usedSymbols();
    if (std::find(used.begin(), used.end(), false) != used.end())
        Q_EMIT propertiesChanged();
    Q_EMIT loadingFinished(m_summary.ok);
    Q_EMIT repaintRequested();
}

bool VectorLayer::waitForLoaded()
{
    if (m_loading) {
        m_future.waitForFinished();
        finishLoad(m_generation, m_future.result());
    }
    return m_summary.ok;
}

void VectorLayer::chooseDefaultStyle()
{
    m_usedSymbolsKnown = false;
    if (m_hasStyle)
        return;
    const QString layerName
        = m_descriptor.sublayer.isEmpty() ? m_summary.layerName : m_descriptor.sublayer;
    m_style = DefaultStyles::forLayer(m_kind, m_summary.fields.names, layerName);
}

Crs VectorLayer::crs() const
{
    return m_summary.crs.crs;
}

QRectF VectorLayer::mapExtent() const
{
    if (m_summary.streaming)
        return m_summary.mapExtent;
    QRectF extent;
    for (const auto &chunk : m_chunks) {
        if (!chunk->extent().isNull())
            extent = extent.isNull() ? chunk->extent() : extent.united(chunk->extent());
    }
    return extent;
}

QRectF VectorLayer::extent() const
{
    if ((m_summary.ok && !m_loading) || m_summary.streaming)
        return m_summary.crs.blocksDrawing() ? QRectF() : m_summary.sourceExtent;
    // While loading: the extent of the chunks so far, brought back to the layer CRS.
    const QRectF inMap = mapExtent();
    if (inMap.isNull() || !crs().isValid())
        return {};
    return CoordinateTransform(m_mapCrs, crs()).transformBounds(inMap);
}

qint64 VectorLayer::featureCount() const
{
    if (!m_loading || m_summary.streaming)
        return m_summary.featureCount;
    qint64 count = 0;
    for (const auto &chunk : m_chunks)
        count += chunk->size();
    return count;
}

std::unique_ptr<LayerRenderJob> VectorLayer::createRenderJob(const MapSettings &settings)
{
    if (settings.crs().isValid() && settings.crs() != m_mapCrs) {
        // Draw the current data reprojected on the fly while the layer reloads in the new CRS.
        auto job = std::make_unique<VectorRenderJob>(VectorRenderJob::Snapshot {
            m_chunks, m_mapCrs, m_style, m_summary.fields, m_kind, m_stream});
        setMapCrs(settings.crs());
        return job;
    }
    if (m_chunks.empty() && !m_stream)
        return nullptr;
    // While a streamed layer is scanned, draw its first features only (as an in-memory layer
    // draws the chunks loaded so far); the full image follows when the scan ends.
    return std::make_unique<VectorRenderJob>(
        VectorRenderJob::Snapshot {m_chunks, m_mapCrs, m_style, m_summary.fields, m_kind, m_stream,
                                   m_stream && m_loading ? streamingPreviewFeatures : -1});
}

void VectorLayer::setMapCrs(const Crs &crs)
{
    if (!crs.isValid() || crs == m_mapCrs)
        return;
    m_mapCrs = crs;
    startLoad();
}

QList<LegendItem> VectorLayer::legend() const
{
    const std::vector<bool> used = usedSymbols();
    return used.empty() ? m_style.legend(m_kind) : m_style.legend(m_kind, used);
}

std::vector<bool> VectorLayer::usedSymbols() const
{
    if (m_loading || m_stream || !m_summary.ok)
        return {};
    if (!m_usedSymbolsKnown) {
        m_usedSymbols = symbolsUsedBy(nullptr);
        m_usedSymbolsKnown = true;
    }
    return m_usedSymbols;
}

QList<LegendItem> VectorLayer::legendInView(const MapSettings &settings) const
{
    if (m_loading || m_stream || !m_summary.ok)
        return legend();
    QRectF view = settings.visibleExtent().normalized();
    if (settings.crs().isValid() && m_mapCrs.isValid() && settings.crs() != m_mapCrs)
        view = CoordinateTransform(settings.crs(), m_mapCrs).transformBounds(view);
    if (view.isNull() || !std::isfinite(view.width()) || !std::isfinite(view.height()))
        return legend();
    return m_style.legend(m_kind, symbolsUsedBy(&view));
}

std::vector<bool> VectorLayer::symbolsUsedBy(const QRectF *rect) const
{
    const size_t count = size_t(m_style.symbols().size());
    std::vector<bool> used(count, false);
    size_t found = 0;
    const FieldList &fields = m_summary.fields;
    const QVariantList *current = nullptr;
    const AttributeLookup lookup = [&](const QString &field) -> QVariant {
        const int i = fields.indexOf(field);
        return current && i >= 0 && i < current->size() ? current->at(i) : QVariant();
    };
    auto classify = [&](const FeatureChunk &chunk, int i) {
        current = &chunk.attributes(i);
        const int symbol = m_style.symbolIndexFor(lookup);
        if (symbol >= 0 && size_t(symbol) < count && !used[size_t(symbol)]) {
            used[size_t(symbol)] = true;
            ++found;
        }
    };
    for (const auto &chunk : m_chunks) {
        if (found == count)
            break;
        if (!rect) {
            for (int i = 0; i < chunk->size() && found < count; ++i)
                classify(*chunk, i);
            continue;
        }
        if (!chunk->extent().intersects(*rect) && !rect->contains(chunk->extent()))
            continue;
        chunk->query(*rect, [&](int i) { classify(*chunk, i); });
    }
    return used;
}

void VectorLayer::setStyle(const VectorStyle &style)
{
    m_style = style;
    m_hasStyle = true;
    m_usedSymbolsKnown = false;
    Q_EMIT propertiesChanged();
    Q_EMIT repaintRequested();
}

ProjectLayer VectorLayer::descriptor() const
{
    ProjectLayer d = m_descriptor;
    d.style = m_hasStyle ? m_style.toJson() : QJsonObject();
    return d;
}

bool VectorLayer::sourceChanged(const ProjectLayer &other) const
{
    return other.source != m_descriptor.source || other.sublayer != m_descriptor.sublayer
        || other.crsOverride != m_descriptor.crsOverride || other.encoding != m_descriptor.encoding
        || other.options.value(QStringLiteral("filter"))
        != m_descriptor.options.value(QStringLiteral("filter"));
}

void VectorLayer::applyDescriptor(const ProjectLayer &descriptor)
{
    const bool reload = sourceChanged(descriptor);
    m_usedSymbolsKnown = false;
    m_hasStyle = !descriptor.style.isEmpty();
    if (m_hasStyle)
        m_style = VectorStyle::fromJson(descriptor.style);
    else
        chooseDefaultStyle();
    MapLayer::applyDescriptor(descriptor);
    m_descriptor.type = type();
    if (reload)
        startLoad();
}

QStringList VectorLayer::warnings() const
{
    QStringList result;
    if (!m_summary.ok && !m_loading && !m_summary.error.isEmpty())
        result.append(m_summary.error);
    result.append(m_summary.warnings);
    return result;
}

QList<IdentifyResult> VectorLayer::identify(const QPointF &point, double tolerance,
                                            const MapSettings &settings) const
{
    QPointF p = point;
    if (settings.crs().isValid() && settings.crs() != m_mapCrs)
        p = CoordinateTransform(settings.crs(), m_mapCrs).transform(point);
    const QRectF box(p.x() - tolerance, p.y() - tolerance, 2 * tolerance, 2 * tolerance);
    QList<QPair<double, IdentifyResult>> hits;
    for (const auto &chunkPtr : chunksAround(box)) {
        const FeatureChunk &chunk = *chunkPtr;
        chunk.query(box, [&](int i) {
            double distance = std::numeric_limits<double>::infinity();
            bool inside = false;
            for (quint32 part = chunk.partBegin(i); part < chunk.partEnd(i); ++part) {
                const quint32 b = chunk.vertexBegin(part), e = chunk.vertexEnd(part);
                if (chunk.kind(i) == GeometryKind::Point) {
                    distance = std::min(distance, QLineF(p, chunk.vertex(b)).length());
                    continue;
                }
                for (quint32 v = b; v + 1 < e; ++v) {
                    const QPointF &a = chunk.vertex(v), &c = chunk.vertex(v + 1);
                    distance = std::min(distance, distanceToSegment(p, a, c));
                    // Odd-even crossing count over every ring of the feature.
                    if (chunk.kind(i) == GeometryKind::Polygon
                        && ((a.y() > p.y()) != (c.y() > p.y()))
                        && p.x() < a.x() + (p.y() - a.y()) * (c.x() - a.x()) / (c.y() - a.y()))
                        inside = !inside;
                }
            }
            if (!inside && distance > tolerance)
                return;
            IdentifyResult result;
            result.layerId = id();
            result.layerName = name();
            result.featureId = QString::number(chunk.fid(i));
            result.geometryType = kindName(chunk.kind(i));
            const QVariantList &values = chunk.attributes(i);
            for (int f = 0; f < m_summary.fields.names.size(); ++f)
                result.attributes.append({m_summary.fields.names[f], values.value(f)});
            hits.append({inside ? 0.0 : distance, result});
        });
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<IdentifyResult> results;
    for (const auto &hit : hits)
        results.append(hit.second);
    return results;
}

void VectorLayer::forEachValue(const QString &field,
                               const std::function<bool(const QVariant &)> &f) const
{
    if (m_stream) {
        m_stream->readValues(field, f);
        return;
    }
    const int column = m_summary.fields.indexOf(field);
    if (column < 0)
        return;
    for (const auto &chunk : m_chunks) {
        for (int i = 0; i < chunk->size(); ++i) {
            if (!f(chunk->attributes(i).value(column)))
                return;
        }
    }
}

FeatureChunkList VectorLayer::chunksAround(const QRectF &rect) const
{
    if (!m_stream)
        return m_chunks;
    StreamingReader::Query query;
    query.mapRect = rect;
    query.allFields = true;
    return m_stream->readAll(query);
}

double VectorLayer::featureArea(qint64 fid, bool makeValid) const
{
    FeatureChunkList chunks = m_chunks;
    if (m_stream) {
        StreamingReader::Query query;
        query.fid = fid;
        chunks = m_stream->readAll(query);
    }
    for (const auto &chunkPtr : chunks) {
        const FeatureChunk &chunk = *chunkPtr;
        for (int i = 0; i < chunk.size(); ++i) {
            if (chunk.fid(i) != fid)
                continue;
            if (chunk.kind(i) != GeometryKind::Polygon)
                return std::nan("");
            // Rebuild the OGR geometry from the stored rings (map CRS).
            OGRMultiPolygon multi;
            std::unique_ptr<OGRPolygon> polygon;
            for (quint32 part = chunk.partBegin(i); part < chunk.partEnd(i); ++part) {
                if (chunk.isOuterRing(part) && polygon) {
                    multi.addGeometryDirectly(polygon.release());
                }
                if (!polygon)
                    polygon = std::make_unique<OGRPolygon>();
                auto *ring = new OGRLinearRing;
                for (quint32 v = chunk.vertexBegin(part); v < chunk.vertexEnd(part); ++v)
                    ring->addPoint(chunk.vertex(v).x(), chunk.vertex(v).y());
                polygon->addRingDirectly(ring);
            }
            if (polygon)
                multi.addGeometryDirectly(polygon.release());
            if (makeValid && (chunk.flags(i) & FlagInvalid)) {
                std::unique_ptr<OGRGeometry> valid(multi.MakeValid());
                if (valid) {
                    const OGRwkbGeometryType t = wkbFlatten(valid->getGeometryType());
                    if (t == wkbPolygon || t == wkbMultiPolygon || t == wkbGeometryCollection)
                        return OGR_G_Area(OGRGeometry::ToHandle(valid.get()));
                }
            }
            return multi.get_Area();
        }
    }
    return std::nan("");
}

} // namespace territoire
