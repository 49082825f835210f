#include "layers/VectorSource.h"

#include "base/Logging.h"
#include "layers/GdalSource.h"
#include "layers/GeometryFlattener.h"
#include "layers/TextDecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace territoire {

namespace {

// "NOM,C,50" (a dBase-style header written into a CSV) becomes "NOM".
QString cleanFieldName(const QString &name)
{
    static const QRegularExpression dbase(QStringLiteral("^([^,]+),[CNDLFM](,\\d+)*$"));
    const QRegularExpressionMatch m = dbase.match(name);
    return m.hasMatch() ? m.captured(1) : name;
}

void noteId(int &count, QList<qint64> &ids, qint64 fid)
{
    ++count;
    if (ids.size() < GeometryIssues::maxIds)
        ids.append(fid);
}

// Extent accumulator (min/max of finite values).
struct ExtentBuilder
{
    double xmin = std::numeric_limits<double>::infinity();
    double ymin = xmin, xmax = -xmin, ymax = -xmin;
    void add(double x, double y)
    {
        xmin = std::min(xmin, x);
        xmax = std::max(xmax, x);
        ymin = std::min(ymin, y);
        ymax = std::max(ymax, y);
    }
    void add(const FlatGeometry &g)
    {
        for (int i = 0; i < g.vertexCount(); ++i)
            add(g.xs[size_t(i)], g.ys[size_t(i)]);
    }
    bool isEmpty() const { return xmin > xmax; }
    QRectF rect() const
    {
        return isEmpty() ? QRectF() : QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
    }
};

// The columns holding coordinates in a CSV without a geometry column.
struct CoordinateColumns
{
    int x = -1;
    int y = -1;
    bool isValid() const { return x >= 0 && y >= 0; }
};

CoordinateColumns findCoordinateColumns(const FieldList &fields)
{
    static const QStringList xNames = {"xlong",   "lon",    "long",    "longitude", "lng",    "x",
                                       "coord_x", "coordx", "x_wgs84", "xcoord",    "easting"};
    static const QStringList yNames
        = {"ylat", "lat", "latitude", "y", "coord_y", "coordy", "y_wgs84", "ycoord", "northing"};
    CoordinateColumns columns;
    // Earlier names in the lists win over later ones.
    int bestX = int(xNames.size()), bestY = int(yNames.size());
    for (int i = 0; i < fields.names.size(); ++i) {
        const QString n = fields.names[i].toLower();
        const int xr = int(xNames.indexOf(n)), yr = int(yNames.indexOf(n));
        if (xr >= 0 && xr < bestX) {
            bestX = xr;
            columns.x = i;
        }
        if (yr >= 0 && yr < bestY) {
            bestY = yr;
            columns.y = i;
        }
    }
    return columns;
}

// Reads "6.8542", "6,8542" or " 47.6 "; NaN when empty or not a number. Sets *comma when a
// decimal comma was read.
double parseCoordinate(const char *raw, bool *comma)
{
    QByteArray text = QByteArray(raw ? raw : "").trimmed();
    if (text.isEmpty())
        return std::nan("");
    if (text.contains(',') && !text.contains('.') && text.count(',') == 1) {
        text.replace(',', '.');
        *comma = true;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? value : std::nan("");
}

QVariant readField(OGRFeature *feature, int i, OGRFieldType type, const TextDecoder *decoder)
{
    if (!feature->IsFieldSetAndNotNull(i))
        return {};
    switch (type) {
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

QMetaType::Type metaTypeOf(OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
        return QMetaType::Int;
    case OFTInteger64:
        return QMetaType::LongLong;
    case OFTReal:
        return QMetaType::Double;
    default:
        return QMetaType::QString;
    }
}

QStringList attributionsOf(GDALDataset *dataset, OGRLayer *layer, const QString &driver)
{
    QStringList result;
    if (driver == QLatin1String("OSM"))
        result.append(QStringLiteral("© OpenStreetMap contributors"));
    static const char *keys[] = {"attribution", "ATTRIBUTION", "copyright",        "COPYRIGHT",
                                 "producer",    "PRODUCER",    "TIFFTAG_COPYRIGHT"};
    for (const char *key : keys) {
        for (const char *value : {dataset->GetMetadataItem(key), layer->GetMetadataItem(key)}) {
            const QString text = QString::fromUtf8(value ? value : "").trimmed();
            if (!text.isEmpty() && !result.contains(text))
                result.append(text);
        }
    }
    return result;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

} // namespace

VectorSourceSpec VectorSourceSpec::fromDescriptor(const ProjectLayer &d)
{
    VectorSourceSpec spec;
    spec.source = d.source;
    spec.sublayer = d.sublayer;
    spec.encoding = d.encoding;
    spec.crsOverride = d.crsOverride;
    spec.filter = d.options.value(QStringLiteral("filter")).toString();
    return spec;
}

VectorLoadResult loadVectorSource(const VectorSourceSpec &spec, const VectorLoadOptions &options)
{
    VectorLoadResult result;
    const QString name = displaySourceName(spec.source);
    auto fail = [&](const QString &reason) {
        result.ok = false;
        result.error
            = QCoreApplication::translate("VectorSource", "Cannot read %1: %2").arg(name, reason);
        return result;
    };
    auto report = [&](double fraction, const QString &step) {
        return !options.progress || options.progress(fraction, step);
    };

    // 1. Open the source and find the layer.
    GdalDatasetPtr dataset
        = openGdalSource(spec.source, SourceKind::Vector, spec.encoding, &result.error);
    if (!dataset)
        return result;
    GdalErrorCapture capture;
    result.driver = QString::fromUtf8(dataset->GetDriver()->GetDescription());
    OGRLayer *layer = spec.sublayer.isEmpty()
        ? dataset->GetLayer(0)
        : dataset->GetLayerByName(spec.sublayer.toUtf8().constData());
    if (!layer)
        return fail(QCoreApplication::translate("VectorSource", "it has no layer named \"%1\"")
                        .arg(spec.sublayer));
    result.layerName = QString::fromUtf8(layer->GetName());
    if (!spec.filter.isEmpty()
        && layer->SetAttributeFilter(spec.filter.toUtf8().constData()) != OGRERR_NONE)
        return fail(QCoreApplication::translate("VectorSource", "invalid filter \"%1\" (%2)")
                        .arg(spec.filter, capture.lastError()));
    result.attributions = attributionsOf(dataset.get(), layer, result.driver);

    // 2. Text encoding and fields.
    const bool decodeHere = !spec.encoding.isEmpty() || !layer->TestCapability(OLCStringsAsUTF8);
    TextDecoder decoder(spec.encoding);
    if (!decoder.isValid())
        result.warnings.append(
            QCoreApplication::translate("VectorSource",
                                        "%1: unknown text encoding \"%2\"; detecting it instead")
                .arg(name, spec.encoding));
    const TextDecoder *textDecoder = decodeHere ? &decoder : nullptr;
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    std::vector<OGRFieldType> fieldTypes;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn *field = definition->GetFieldDefn(i);
        const QString fieldName = textDecoder ? textDecoder->decode(field->GetNameRef())
                                              : QString::fromUtf8(field->GetNameRef());
        result.fields.names.append(cleanFieldName(fieldName));
        result.fields.types.append(metaTypeOf(field->GetType()));
        fieldTypes.push_back(field->GetType());
    }

    // 3. Geometry: a geometry column, or coordinate columns in a CSV.
    CoordinateColumns columns;
    const bool hasGeometryColumn = definition->GetGeomFieldCount() > 0;
    if (!hasGeometryColumn && result.driver == QLatin1String("CSV"))
        columns = findCoordinateColumns(result.fields);
    result.geometryType
        = columns.isValid() ? QStringLiteral("Point") : geometryTypeName(layer->GetGeomType());
    result.declaredCrs = Crs::fromOgr(layer->GetSpatialRef());

    // 4. The extent in source units, to check the CRS before reading: from the driver, or from
    //    a first pass over the coordinate columns.
    ExtentBuilder sourceExtent;
    double medianX = std::nan(""), medianY = std::nan("");
    // The coordinates of each CSV row, read as text (GDAL's type detection would hide the
    // decimal commas), by feature id.
    struct RawPoint
    {
        double x = std::nan("");
        double y = std::nan("");
        bool comma = false;
    };
    QHash<qint64, RawPoint> rawPoints;
    if (columns.isValid()) {
        const QByteArray path = spec.source.toUtf8();
        const char *drivers[] = {"CSV", nullptr};
        const char *rawOptions[] = {"AUTODETECT_TYPE=NO", nullptr};
        GdalDatasetPtr raw(GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                             drivers, rawOptions, nullptr));
        OGRLayer *rawLayer = raw ? raw->GetLayer(0) : nullptr;
        if (!rawLayer)
            return fail(QCoreApplication::translate("VectorSource", "cannot read the rows again"));
        std::vector<double> xs, ys;
        std::vector<double> allX, allY;
        while (OGRFeature *f = rawLayer->GetNextFeature()) {
            RawPoint p;
            p.x = parseCoordinate(f->GetFieldAsString(columns.x), &p.comma);
            p.y = parseCoordinate(f->GetFieldAsString(columns.y), &p.comma);
            rawPoints.insert(f->GetFID(), p);
            OGRFeature::DestroyFeature(f);
            if (std::isnan(p.x) || std::isnan(p.y))
                continue;
            allX.push_back(p.x);
            allY.push_back(p.y);
            if (std::abs(p.x) <= 180 && std::abs(p.y) <= 90) {
                xs.push_back(p.x);
                ys.push_back(p.y);
            }
        }
        // Most points in degrees: the file is WGS 84 and the others are per-row mistakes.
        const bool degrees = !xs.empty() && xs.size() * 2 >= allX.size();
        for (size_t i = 0; i < (degrees ? xs.size() : allX.size()); ++i)
            sourceExtent.add(degrees ? xs[i] : allX[i], degrees ? ys[i] : allY[i]);
        if (xs.size() >= 3) {
            medianX = median(xs);
            medianY = median(ys);
        }
    } else if (hasGeometryColumn) {
        OGREnvelope envelope;
        const bool cheap = result.driver != QLatin1String("OSM");
        if (layer->GetExtent(&envelope, cheap) == OGRERR_NONE && std::isfinite(envelope.MinX)) {
            sourceExtent.add(envelope.MinX, envelope.MinY);
            sourceExtent.add(envelope.MaxX, envelope.MaxY);
        }
    }
    result.crs = checkLayerCrs(result.declaredCrs, sourceExtent.rect(), spec.crsOverride);
    if (!spec.crsOverride.isEmpty() && !result.crs.crs.isValid())
        return fail(result.crs.reason);
    if (result.crs.status == CrsVerdict::Status::Assumed && columns.isValid())
        result.crs.reason.clear(); // lon/lat columns: WGS 84 is the convention, not a guess
    if (!result.crs.reason.isEmpty())
        result.warnings.append(QStringLiteral("%1: %2").arg(name, result.crs.reason));
    const bool blocked = result.crs.blocksDrawing();
    const bool geographic = result.crs.crs.isGeographic();
    CoordinateTransform toMap(result.crs.crs, options.mapCrs);
    if (!blocked && !toMap.isValid())
        return fail(QCoreApplication::translate("VectorSource", "no transformation from %1 to %2")
                        .arg(result.crs.crs.name(), options.mapCrs.name()));
    const qint64 expected = layer->GetFeatureCount(FALSE);
    result.streaming = options.keepGeometry && options.streamingThreshold >= 0 && !blocked
        && hasGeometryColumn && !columns.isValid() && result.driver != QLatin1String("OSM")
        && expected >= options.streamingThreshold && !sourceExtent.isEmpty()
        && layer->TestCapability(OLCFastSpatialFilter);
    if (result.streaming) {
        result.featureCount = expected;
        result.sourceExtent = sourceExtent.rect();
        result.mapExtent = toMap.transformBounds(result.sourceExtent);
        // The scan needs no attribute unless it detects the text encoding.
        if (!decodeHere) {
            std::vector<const char *> ignored;
            for (int i = 0; i < definition->GetFieldCount(); ++i)
                ignored.push_back(definition->GetFieldDefn(i)->GetNameRef());
            ignored.push_back(nullptr);
            layer->SetIgnoredFields(ignored.data());
        }
    }
    const bool keepGeometry = options.keepGeometry && !result.streaming;
    if (options.headerReady)
        options.headerReady(result);

    // 5. Read every feature.
    result.issues.validityChecked = expected >= 0 && expected <= options.validityCheckLimit;
    const QString step = QCoreApplication::translate("VectorSource", "Reading %1")
                             .arg(QFileInfo(spec.source).fileName());
    std::shared_ptr<FeatureChunk> chunk;
    int chunkCapacity = 4096;
    ExtentBuilder mapExtent, readExtent;
    FlatGeometry flat;
    auto flush = [&]() {
        if (!chunk)
            return;
        chunk->finish();
        if (!chunk->extent().isNull()) {
            mapExtent.add(chunk->extent().left(), chunk->extent().top());
            mapExtent.add(chunk->extent().right(), chunk->extent().bottom());
        }
        std::shared_ptr<const FeatureChunk> done = std::move(chunk);
        result.chunks.push_back(done);
        if (options.chunkReady)
            options.chunkReady(done);
        chunkCapacity = std::min(chunkCapacity * 2, 131072);
    };

    layer->ResetReading();
    qint64 count = 0;
    while (OGRFeature *feature = layer->GetNextFeature()) {
        const std::unique_ptr<OGRFeature, void (*)(OGRFeature *)> guard(
            feature, [](OGRFeature *f) { OGRFeature::DestroyFeature(f); });
        const qint64 fid = feature->GetFID() >= 0 ? feature->GetFID() : count;
        ++count;
        if ((count & 1023) == 0
            && !report(expected > 0 ? double(count) / double(expected) : 0.0, step)) {
            result.cancelled = true;
            return fail(QCoreApplication::translate("VectorSource", "cancelled"));
        }

        // Attributes.
        QVariantList attributes;
        if (keepGeometry) {
            attributes.reserve(int(fieldTypes.size()));
            for (int i = 0; i < int(fieldTypes.size()); ++i)
                attributes.append(readField(feature, i, fieldTypes[size_t(i)], textDecoder));
            // Trailing nulls are implied (readers use value(i)): sparse OSM tags cost less.
            while (!attributes.isEmpty() && !attributes.constLast().isValid())
                attributes.removeLast();
            attributes.squeeze();
        } else if (textDecoder) {
            for (int i = 0; i < int(fieldTypes.size()); ++i) {
                if (fieldTypes[size_t(i)] == OFTString && feature->IsFieldSetAndNotNull(i))
                    textDecoder->decode(feature->GetFieldAsString(i));
            }
        }

        // Geometry in source coordinates.
        quint8 flags = 0;
        if (columns.isValid()) {
            flat.clear();
            const RawPoint p = rawPoints.value(feature->GetFID());
            if (!std::isnan(p.x) && !std::isnan(p.y)) {
                flat.kind = GeometryKind::Point;
                flat.partStarts.push_back(0);
                flat.outerRings.push_back(false);
                flat.xs.push_back(p.x);
                flat.ys.push_back(p.y);
                result.issues.decimalCommas += p.comma ? 1 : 0;
            }
        } else {
            OGRGeometry *geometry = feature->GetGeometryRef();
            flattenGeometry(geometry, flat);
            if (flat.unclosedRings > 0) {
                flags |= FlagRingClosed;
                noteId(result.issues.unclosedRings, result.issues.unclosedRingIds, fid);
            }
            if (flat.kind == GeometryKind::Polygon && result.issues.validityChecked) {
                std::unique_ptr<OGRGeometry> closed;
                const OGRGeometry *checked = geometry;
                if (flat.unclosedRings > 0) {
                    closed.reset(geometry->clone());
                    closed->closeRings();
                    checked = closed.get();
                }
                if (!checked->IsValid()) {
                    flags |= FlagInvalid;
                    noteId(result.issues.invalid, result.issues.invalidIds, fid);
                }
            }
        }

        // Checks that exclude a geometry from drawing.
        GeometryKind kind = flat.kind;
        if (kind == GeometryKind::Unknown) {
            noteId(result.issues.withoutGeometry, result.issues.withoutGeometryIds, fid);
        } else if (!blocked && geographic && !flat.isInDegreeRange()) {
            noteId(result.issues.outOfRange, result.issues.outOfRangeIds, fid);
            kind = GeometryKind::Unknown;
        } else if (!blocked && columns.isValid() && std::isfinite(medianX)
                   && std::hypot(flat.xs[0] - medianX, flat.ys[0] - medianY) > 5
                   && std::hypot(flat.ys[0] - medianX, flat.xs[0] - medianY) < 1) {
            noteId(result.issues.probablySwapped, result.issues.probablySwappedIds, fid);
            kind = GeometryKind::Unknown;
        } else {
            readExtent.add(flat);
        }
        if (blocked && kind != GeometryKind::Unknown) {
            readExtent.add(flat);
            kind = GeometryKind::Unknown;
        }

        // Reprojection to the map CRS.
        if (kind != GeometryKind::Unknown
            && toMap.transform(flat.xs.data(), flat.ys.data(), flat.vertexCount())
                != flat.vertexCount()) {
            noteId(result.issues.transformFailed, result.issues.transformFailedIds, fid);
            kind = GeometryKind::Unknown;
        }
        if (result.streaming && kind != GeometryKind::Unknown)
            mapExtent.add(flat);
        if (!keepGeometry)
            continue;
        if (!chunk)
            chunk = std::make_shared<FeatureChunk>();
        chunk->beginFeature(fid, kind, std::move(attributes), flags);
        if (kind != GeometryKind::Unknown)
            flat.appendTo(*chunk);
        chunk->endFeature();
        if (chunk->size() >= chunkCapacity)
            flush();
    }
    flush();
    if (!capture.lastError().isEmpty() && count == 0)
        return fail(capture.lastError());

    // 6. Summary.
    result.featureCount = count;
    result.sourceExtent = readExtent.rect();
    result.mapExtent = mapExtent.rect();
    if (decodeHere)
        result.encoding = decoder.encoding();
    result.warnings.append(describeIssues(result.issues, name));
    result.ok = true;
    report(1.0, step);
    qCDebug(lcLayers) << "loaded" << count << "features from" << name << result.layerName;
    return result;
}

QStringList describeIssues(const GeometryIssues &issues, const QString &name)
{
    auto ids = [](const QList<qint64> &list, int total) {
        QStringList text;
        for (qint64 id : list)
            text.append(QString::number(id));
        QString joined = text.join(QStringLiteral(", "));
        if (total > list.size())
            joined += QStringLiteral(", …");
        return joined;
    };
    QStringList result;
    if (issues.withoutGeometry > 0)
        result.append(QCoreApplication::translate(
                          "VectorSource", "%1: %n feature(s) without geometry, not drawn (ids %2)",
                          nullptr, issues.withoutGeometry)
                          .arg(name, ids(issues.withoutGeometryIds, issues.withoutGeometry)));
    if (issues.invalid > 0)
        result.append(QCoreApplication::translate(
                          "VectorSource",
                          "%1: %n invalid geometry(ies), e.g. self-intersections, drawn as they "
                          "are (ids %2)",
                          nullptr, issues.invalid)
                          .arg(name, ids(issues.invalidIds, issues.invalid)));
    if (issues.unclosedRings > 0)
        result.append(QCoreApplication::translate(
                          "VectorSource",
                          "%1: %n feature(s) with a polygon ring not closed; closed on loading "
                          "(ids %2)",
                          nullptr, issues.unclosedRings)
                          .arg(name, ids(issues.unclosedRingIds, issues.unclosedRings)));
    if (issues.outOfRange > 0)
        result.append(QCoreApplication::translate(
                          "VectorSource",
                          "%1: %n feature(s) with coordinates out of range for the layer CRS, "
                          "not drawn (ids %2)",
                          nullptr, issues.outOfRange)
                          .arg(name, ids(issues.outOfRangeIds, issues.outOfRange)));
    if (issues.probablySwapped > 0)
        result.append(QCoreApplication::translate(
                          "VectorSource",
                          "%1: %n feature(s) with coordinates probably swapped (x and y), not "
                          "drawn (ids %2)",
                          nullptr, issues.probablySwapped)
                          .arg(name, ids(issues.probablySwappedIds, issues.probablySwapped)));
    if (issues.transformFailed > 0)
        result.append(QCoreApplication::translate(
                          "VectorSource",
                          "%1: %n feature(s) could not be reprojected to the map CRS (ids %2)",
                          nullptr, issues.transformFailed)
                          .arg(name, ids(issues.transformFailedIds, issues.transformFailed)));
    if (issues.decimalCommas > 0)
        result.append(QCoreApplication::translate(
                          "VectorSource",
                          "%1: %n row(s) write coordinates with a decimal comma (read as a "
                          "decimal point)",
                          nullptr, issues.decimalCommas)
                          .arg(name));
    return result;
}

} // namespace territoire
