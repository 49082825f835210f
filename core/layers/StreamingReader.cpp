#include "layers/StreamingReader.h"

#include "base/Logging.h"
#include "layers/GeometryFlattener.h"
#include "layers/TextDecoder.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>

namespace territoire {

namespace {

constexpr size_t maxPooledHandles = 4;

QVariant readValue(OGRFeature *feature, int i, const TextDecoder *decoder)
{
    if (!feature->IsFieldSetAndNotNull(i))
        return {};
    switch (feature->GetFieldDefnRef(i)->GetType()) {
    case OFTInteger:
        return feature->GetFieldAsInteger(i);
    case OFTInteger64:
        return qint64(feature->GetFieldAsInteger64(i));
    case OFTReal:
        return feature->GetFieldAsDouble(i);
    default:
        break;
    }
    const char *raw = feature->GetFieldAsString(i);
    return decoder ? decoder->decode(raw) : QString::fromUtf8(raw);
}

// Appends the flattened geometry (map CRS) to the chunk's current feature, simplified to the
// pixel size: a geometry under a pixel becomes its two bounding corners (drawn as a dot),
// vertices closer than half a pixel to the previous kept one are dropped.
void appendSimplified(const FlatGeometry &flat, double pixelSize, FeatureChunk &chunk)
{
    if (pixelSize <= 0 || flat.kind == GeometryKind::Point) {
        flat.appendTo(chunk);
        return;
    }
    double xmin = std::numeric_limits<double>::infinity(), ymin = xmin, xmax = -xmin, ymax = -xmin;
    for (int v = 0; v < flat.vertexCount(); ++v) {
        xmin = std::min(xmin, flat.xs[size_t(v)]);
        xmax = std::max(xmax, flat.xs[size_t(v)]);
        ymin = std::min(ymin, flat.ys[size_t(v)]);
        ymax = std::max(ymax, flat.ys[size_t(v)]);
    }
    if (xmax - xmin < pixelSize && ymax - ymin < pixelSize) {
        chunk.beginPart(true);
        chunk.addVertex(QPointF(xmin, ymin));
        chunk.addVertex(QPointF(xmax, ymax));
        return;
    }
    const double tolerance2 = 0.25 * pixelSize * pixelSize;
    for (int p = 0; p < flat.partCount(); ++p) {
        const quint32 begin = flat.partStarts[size_t(p)], end = flat.partEnd(p);
        chunk.beginPart(flat.outerRings[size_t(p)]);
        double lastX = flat.xs[begin], lastY = flat.ys[begin];
        chunk.addVertex(QPointF(lastX, lastY));
        for (quint32 v = begin + 1; v < end; ++v) {
            const double x = flat.xs[v], y = flat.ys[v];
            const double dx = x - lastX, dy = y - lastY;
            if (v + 1 < end && dx * dx + dy * dy < tolerance2)
                continue;
            chunk.addVertex(QPointF(x, y));
            lastX = x;
            lastY = y;
        }
    }
}

} // namespace

StreamingReader::StreamingReader(const VectorSourceSpec &spec, const Crs &sourceCrs,
                                 const Crs &mapCrs, const FieldList &fields,
                                 const QString &encoding)
    : m_spec(spec)
    , m_sourceCrs(sourceCrs)
    , m_mapCrs(mapCrs)
    , m_fields(fields)
    , m_encoding(encoding)
{ }

StreamingReader::~StreamingReader() = default;

GdalDatasetPtr StreamingReader::acquire(QString *error) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_free.empty()) {
            GdalDatasetPtr dataset = std::move(m_free.back());
            m_free.pop_back();
            return dataset;
        }
    }
    return openGdalSource(m_spec.source, SourceKind::Vector, m_spec.encoding, error);
}

void StreamingReader::release(GdalDatasetPtr dataset) const
{
    QMutexLocker lock(&m_mutex);
    if (m_free.size() < maxPooledHandles)
        m_free.push_back(std::move(dataset));
}

bool StreamingReader::read(const Query &query, const BatchCallback &batch,
                           const std::function<bool()> &cancelled, QString *error) const
{
    QString openError;
    GdalDatasetPtr dataset = acquire(&openError);
    if (!dataset) {
        if (error)
            *error = openError;
        return false;
    }
    GdalErrorCapture capture;
    OGRLayer *layer = m_spec.sublayer.isEmpty()
        ? dataset->GetLayer(0)
        : dataset->GetLayerByName(m_spec.sublayer.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = QCoreApplication::translate("VectorSource", "Cannot read %1: no layer \"%2\"")
                         .arg(displaySourceName(m_spec.source), m_spec.sublayer);
        return false;
    }

    // Fields: only the wanted ones are fetched.
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    std::vector<int> wanted;
    QList<QByteArray> ignoredNames;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        if (query.allFields || query.fields.contains(m_fields.names.value(i)))
            wanted.push_back(i);
        else
            ignoredNames.append(QByteArray(definition->GetFieldDefn(i)->GetNameRef()));
    }
    std::vector<const char *> ignored;
    for (const QByteArray &name : std::as_const(ignoredNames))
        ignored.push_back(name.constData());
    ignored.push_back("OGR_STYLE");
    ignored.push_back(nullptr);
    layer->SetIgnoredFields(ignored.data());
    layer->SetAttributeFilter(m_spec.filter.isEmpty() ? nullptr
                                                      : m_spec.filter.toUtf8().constData());

    CoordinateTransform toMap(m_sourceCrs, m_mapCrs);
    if (!query.mapRect.isNull() && query.fid < 0) {
        const QRectF inSource = toMap.inverse().transformBounds(query.mapRect);
        if (inSource.isNull()) {
            release(std::move(dataset));
            return true;
        }
        layer->SetSpatialFilterRect(inSource.left(), inSource.top(), inSource.right(),
                                    inSource.bottom());
    } else {
        layer->SetSpatialFilter(nullptr);
    }
    const bool decodeHere = !m_spec.encoding.isEmpty() || !layer->TestCapability(OLCStringsAsUTF8);
    TextDecoder decoder(m_encoding.isEmpty() ? m_spec.encoding : m_encoding);
    const TextDecoder *textDecoder = decodeHere ? &decoder : nullptr;
    const bool geographic = m_sourceCrs.isGeographic();

    std::shared_ptr<FeatureChunk> chunk;
    FlatGeometry flat;
    bool stopped = false;
    auto flush = [&] {
        if (!chunk)
            return true;
        chunk->finish();
        std::shared_ptr<const FeatureChunk> done = std::move(chunk);
        chunk.reset();
        return batch(done);
    };
    auto take = [&](OGRFeature *feature) {
        flattenGeometry(feature->GetGeometryRef(), flat);
        if (flat.kind == GeometryKind::Unknown || (geographic && !flat.isInDegreeRange())
            || toMap.transform(flat.xs.data(), flat.ys.data(), flat.vertexCount())
                != flat.vertexCount())
            return true;
        QVariantList attributes;
        for (int i : wanted) {
            while (attributes.size() < i)
                attributes.append(QVariant());
            attributes.append(readValue(feature, i, textDecoder));
        }
        while (!attributes.isEmpty() && !attributes.constLast().isValid())
            attributes.removeLast();
        if (!chunk)
            chunk = std::make_shared<FeatureChunk>();
        // A single feature (areas): its validity decides whether the area repairs it.
        quint8 flags = 0;
        if (query.fid >= 0 && flat.kind == GeometryKind::Polygon) {
            std::unique_ptr<OGRGeometry> closed(feature->GetGeometryRef()->clone());
            closed->closeRings();
            flags = closed->IsValid() ? 0 : FlagInvalid;
        }
        chunk->beginFeature(feature->GetFID(), flat.kind, std::move(attributes), flags);
        appendSimplified(flat, query.pixelSize, *chunk);
        chunk->endFeature();
        return chunk->size() < query.batchSize || flush();
    };

    if (query.fid >= 0) {
        if (OGRFeature *feature = layer->GetFeature(query.fid)) {
            take(feature);
            OGRFeature::DestroyFeature(feature);
        }
    } else {
        layer->ResetReading();
        qint64 count = 0;
        while (OGRFeature *feature = layer->GetNextFeature()) {
            const bool more = take(feature);
            OGRFeature::DestroyFeature(feature);
            ++count;
            if (query.maxFeatures >= 0 && count >= query.maxFeatures)
                break;
            if (!more || ((count & 255) == 0 && cancelled && cancelled())) {
                stopped = true;
                break;
            }
        }
    }
    if (!stopped)
        flush();
    chunk.reset();
    layer->SetSpatialFilter(nullptr);
    release(std::move(dataset));
    return true;
}

bool StreamingReader::readValues(const QString &field,
                                 const std::function<bool(const QVariant &)> &f) const
{
    const int column = int(m_fields.names.indexOf(field));
    QString error;
    GdalDatasetPtr dataset = column >= 0 ? acquire(&error) : nullptr;
    if (!dataset)
        return false;
    GdalErrorCapture capture;
    OGRLayer *layer = m_spec.sublayer.isEmpty()
        ? dataset->GetLayer(0)
        : dataset->GetLayerByName(m_spec.sublayer.toUtf8().constData());
    if (!layer || column >= layer->GetLayerDefn()->GetFieldCount())
        return false;
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    QList<QByteArray> names;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        if (i != column)
            names.append(QByteArray(definition->GetFieldDefn(i)->GetNameRef()));
    }
    std::vector<const char *> ignored {"OGR_GEOMETRY", "OGR_STYLE"};
    for (const QByteArray &name : std::as_const(names))
        ignored.push_back(name.constData());
    ignored.push_back(nullptr);
    layer->SetIgnoredFields(ignored.data());
    layer->SetSpatialFilter(nullptr);
    layer->SetAttributeFilter(m_spec.filter.isEmpty() ? nullptr
                                                      : m_spec.filter.toUtf8().constData());
    const bool decodeHere = !m_spec.encoding.isEmpty() || !layer->TestCapability(OLCStringsAsUTF8);
    TextDecoder decoder(m_encoding.isEmpty() ? m_spec.encoding : m_encoding);
    layer->ResetReading();
    while (OGRFeature *feature = layer->GetNextFeature()) {
        const QVariant value = readValue(feature, column, decodeHere ? &decoder : nullptr);
        OGRFeature::DestroyFeature(feature);
        if (!f(value))
            break;
    }
    layer->SetIgnoredFields(nullptr);
    release(std::move(dataset));
    return true;
}

FeatureChunkList StreamingReader::readAll(const Query &query) const
{
    FeatureChunkList chunks;
    read(query,
         [&](std::shared_ptr<const FeatureChunk> chunk) {
             chunks.push_back(std::move(chunk));
             return true;
         },
         {});
    return chunks;
}

} // namespace territoire
