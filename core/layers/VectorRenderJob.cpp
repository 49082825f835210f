#include "layers/VectorRenderJob.h"

#include "render/LabelPlacer.h"
#include "render/PixelGeometry.h"
#include "render/SymbolPainter.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace territoire {

namespace {

// A feature found in the view: chunk index and feature index in the chunk.
struct FeatureRef
{
    quint32 chunk;
    quint32 index;
};

constexpr int maxLabelCandidates = 20000;

} // namespace

VectorRenderJob::VectorRenderJob(Snapshot snapshot)
    : m_snapshot(std::move(snapshot))
{ }

bool VectorRenderJob::render(QPainter &painter, RenderContext &context)
{
    m_drawn = 0;
    m_labelCount = 0;
    if (!m_snapshot.stream)
        return renderChunks(painter, context, m_snapshot.chunks);

    // Streaming: read the view from the source, a batch at a time.
    const MapSettings &settings = context.settings();
    QRectF view = settings.visibleExtent();
    const bool reproject = settings.crs().isValid() && m_snapshot.dataCrs.isValid()
        && settings.crs() != m_snapshot.dataCrs;
    StreamingReader::Query query;
    if (reproject) {
        view = CoordinateTransform(m_snapshot.dataCrs, settings.crs())
                   .inverse()
                   .transformBounds(view);
        if (view.isNull())
            return true;
    } else {
        const QTransform m = settings.mapToPixel();
        const double pixelsPerUnit = std::hypot(m.m11(), m.m12());
        query.pixelSize = pixelsPerUnit > 0 ? 1.0 / pixelsPerUnit : 0.0;
    }
    query.mapRect = view;
    query.maxFeatures = m_snapshot.featureLimit;
    query.fields = m_snapshot.style.referencedFields();
    bool ok = true;
    const bool read = m_snapshot.stream->read(
        query,
        [&](std::shared_ptr<const FeatureChunk> chunk) {
            ok = renderChunks(painter, context, FeatureChunkList {std::move(chunk)});
            return ok;
        },
        [&] { return context.isCancelled(); }, &m_error);
    return read && ok && !context.isCancelled();
}

bool VectorRenderJob::renderChunks(QPainter &painter, RenderContext &context,
                                   const FeatureChunkList &chunks)
{
    const MapSettings &settings = context.settings();
    const VectorStyle &style = m_snapshot.style;
    const FieldList &fields = m_snapshot.fields;

    // 1. The view in the CRS of the data; a transform when the map CRS changed since loading.
    CoordinateTransform toView;
    QRectF view = settings.visibleExtent();
    const bool reproject = settings.crs().isValid() && m_snapshot.dataCrs.isValid()
        && settings.crs() != m_snapshot.dataCrs;
    if (reproject) {
        toView = CoordinateTransform(m_snapshot.dataCrs, settings.crs());
        view = toView.inverse().transformBounds(view);
        if (view.isNull())
            return true;
    }
    const QTransform mapToPixel = settings.mapToPixel();
    const double scale = settings.scale();
    const LabelSettings labels = style.labels();
    const bool withLabels = labels.isActiveAtScale(scale) && fields.indexOf(labels.field) >= 0;
    const int labelField = fields.indexOf(labels.field);

    // 2. Classify the features in view by symbol (and geometry kind).
    const int symbolCount = int(style.symbols().size());
    std::vector<std::vector<FeatureRef>> buckets(size_t(symbolCount) * 4);
    const QVariantList *current = nullptr;
    const AttributeLookup lookup = [&](const QString &field) -> QVariant {
        const int i = fields.indexOf(field);
        return current && i >= 0 && i < current->size() ? current->at(i) : QVariant();
    };
    for (quint32 c = 0; c < chunks.size(); ++c) {
        const FeatureChunk &chunk = *chunks[c];
        if (!chunk.extent().intersects(view) && !view.contains(chunk.extent()))
            continue;
        chunk.query(view, [&](int i) {
            current = &chunk.attributes(i);
            const int symbol = style.symbolIndexFor(lookup);
            if (symbol >= 0)
                buckets[size_t(symbol) * 4 + size_t(chunk.kind(i))].push_back({c, quint32(i)});
        });
        if (context.isCancelled())
            return false;
    }

    // 3. Draw bucket by bucket: one painter state per symbol.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    SymbolPainter symbolPainter(painter, settings.outputDpi());
    std::vector<double> xy;
    auto pixels = [&](const FeatureChunk &chunk, quint32 part) {
        const quint32 begin = chunk.vertexBegin(part), end = chunk.vertexEnd(part);
        const auto *raw = reinterpret_cast<const double *>(chunk.vertices() + begin);
        if (!reproject)
            return PixelGeometry::toPixels(raw, int(end - begin), mapToPixel);
        xy.assign(raw, raw + 2 * (end - begin));
        std::vector<double> xs(end - begin), ys(end - begin);
        for (size_t k = 0; k < xs.size(); ++k) {
            xs[k] = xy[2 * k];
            ys[k] = xy[2 * k + 1];
        }
        toView.transform(xs.data(), ys.data(), int(xs.size()));
        for (size_t k = 0; k < xs.size(); ++k) {
            xy[2 * k] = xs[k];
            xy[2 * k + 1] = ys[k];
        }
        return PixelGeometry::toPixels(xy.data(), int(xs.size()), mapToPixel);
    };

    int &labelCount = m_labelCount;
    for (size_t b = 0; b < buckets.size(); ++b) {
        if (buckets[b].empty())
            continue;
        const auto kind = GeometryKind(b % 4);
        symbolPainter.setSymbol(style.symbols()[int(b / 4)], kind);
        for (const FeatureRef &ref : buckets[b]) {
            const FeatureChunk &chunk = *chunks[ref.chunk];
            const int i = int(ref.index);
            QPointF labelAnchor;
            double labelAngle = 0;
            bool hasAnchor = false;
            if (kind == GeometryKind::Point) {
                for (quint32 p = chunk.partBegin(i); p < chunk.partEnd(i); ++p) {
                    const QPolygonF px = pixels(chunk, p);
                    if (!px.isEmpty()) {
                        symbolPainter.drawPoint(px.first());
                        labelAnchor = px.first();
                        hasAnchor = true;
                    }
                }
            } else if (kind == GeometryKind::Line) {
                double longest = 0;
                for (quint32 p = chunk.partBegin(i); p < chunk.partEnd(i); ++p) {
                    const QPolygonF px = pixels(chunk, p);
                    if (px.size() < 2)
                        continue;
                    symbolPainter.drawPolyline(px);
                    const double length = QLineF(px.first(), px.last()).length();
                    if (withLabels && length > longest
                        && LabelPlacer::lineAnchor(px, &labelAnchor, &labelAngle, 20)) {
                        longest = length;
                        hasAnchor = true;
                    }
                }
            } else if (kind == GeometryKind::Polygon) {
                if (!reproject && PixelGeometry::isTiny(chunk.bounds(i), mapToPixel, 1.0)) {
                    // Under a pixel: a dot keeps dense areas visible at small scales.
                    const QPointF c = mapToPixel.map(chunk.bounds(i).center());
                    painter.fillRect(QRectF(c.x() - 0.5, c.y() - 0.5, 1, 1),
                                     style.symbols()[int(b / 4)].hasFill()
                                         ? style.symbols()[int(b / 4)].fillColor
                                         : style.symbols()[int(b / 4)].strokeColor);
                    ++m_drawn;
                    continue;
                }
                QList<QPolygonF> rings;
                QPolygonF outer;
                for (quint32 p = chunk.partBegin(i); p < chunk.partEnd(i); ++p) {
                    QPolygonF px = pixels(chunk, p);
                    if (px.size() < 3)
                        continue;
                    if (chunk.isOuterRing(p) && outer.size() < px.size())
                        outer = px;
                    rings.append(std::move(px));
                }
                if (rings.size() == 1)
                    symbolPainter.drawPolygon(rings.first());
                else if (!rings.isEmpty())
                    symbolPainter.drawPolygon(PixelGeometry::polygonPath(rings));
                if (withLabels && !outer.isEmpty()) {
                    const QRectF box = outer.boundingRect();
                    if (box.width() > 20 && box.height() > 8) {
                        labelAnchor = LabelPlacer::polygonAnchor(outer);
                        hasAnchor = true;
                    }
                }
            }
            ++m_drawn;

            // Labels: handed to the map renderer, which places them after every layer.
            if (withLabels && hasAnchor && labelCount < maxLabelCandidates) {
                const QVariant value = chunk.attributes(i).value(labelField);
                const QString text = value.isNull() ? QString() : value.toString().trimmed();
                if (!text.isEmpty()) {
                    context.addLabel(labels.candidate(text, labelAnchor,
                                                      kind == GeometryKind::Line ? labelAngle : 0,
                                                      settings.outputDpi()));
                    ++labelCount;
                }
            }
            if ((m_drawn & 1023) == 0 && context.isCancelled()) {
                painter.restore();
                return false;
            }
        }
    }
    painter.restore();
    return !context.isCancelled();
}

} // namespace territoire
