#include "parking/InventoryReader.h"

#include "base/Crs.h"
#include "base/Logging.h"
#include "parking/CoordinateCheck.h"
#include "parking/Datex2Parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace territoire {

namespace {

// "NBRE_PLACE,N,4,0" (dBase-style CSV header) -> "nbre_place".
QString normalisedFieldName(const QString &name)
{
    return name.section(QLatin1Char(','), 0, 0).trimmed().toLower();
}

// Index of the first field matching one of the alternatives "a|b|c"; -1 when none.
int findField(const OGRFeatureDefn *defn, const QString &alternatives)
{
    if (alternatives.isEmpty())
        return -1;
    QHash<QString, int> byName;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        byName.insert(normalisedFieldName(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef())),
                      i);
    for (const QString &candidate : alternatives.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const auto it = byName.constFind(candidate.trimmed().toLower());
        if (it != byName.constEnd())
            return it.value();
    }
    return -1;
}

// Decodes the raw bytes GDAL hands over with the file's encoding; when the encoding is not
// fixed, UTF-8 when valid and Windows-1252 otherwise.
class FieldDecoder
{
public:
    explicit FieldDecoder(const QString &encoding)
        : m_encoding(encoding)
    { }

    QString decode(const char *bytes)
    {
        const QByteArray raw(bytes);
        if (!m_encoding.isEmpty()
            && m_encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
            QStringDecoder decoder(m_encoding.toLatin1().constData());
            if (decoder.isValid())
                return decoder.decode(raw);
        }
        if (m_encoding.isEmpty() && !isValidUtf8(raw)) {
            m_fellBack = true;
            QStringDecoder decoder("windows-1252");
            return decoder.decode(raw);
        }
        return QString::fromUtf8(raw);
    }
    bool fellBack() const { return m_fellBack; }

private:
    QString m_encoding;
    bool m_fellBack = false;
};

bool isTextFormat(const QString &driver)
{
    return driver == QLatin1String("CSV");
}

// Reads the whole file to choose its encoding (inventories are small text files).
QString detectFileEncoding(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return isValidUtf8(file.readAll()) ? QStringLiteral("UTF-8") : QStringLiteral("windows-1252");
}

} // namespace

int InventoryResult::drawableCount() const
{
    int count = 0;
    for (const Bay &bay : bays)
        count += bay.hasPosition() ? 1 : 0;
    return count;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

std::optional<double> parseDecimal(const QString &text, bool *usedComma)
{
    QString t = text.trimmed();
    if (usedComma)
        *usedComma = false;
    if (t.isEmpty())
        return std::nullopt;
    if (t.contains(QLatin1Char(',')) && !t.contains(QLatin1Char('.'))) {
        t.replace(QLatin1Char(','), QLatin1Char('.'));
        if (usedComma)
            *usedComma = true;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

InventoryResult readInventory(const InventorySource &source, const ProgressCallback &progress)
{
    if (source.format == QLatin1String("osm"))
        return readOsmInventory(source, progress);
    if (source.format == QLatin1String("datex2"))
        return readDatex2Inventory(source);
    if (source.format == QLatin1String("ogr") || source.format.isEmpty())
        return readOgrInventory(source, progress);
    InventoryResult result;
    result.error
        = QCoreApplication::translate(
              "Parking", "%1: unknown inventory format \"%2\" (expected ogr, osm or datex2)")
              .arg(source.path, source.format);
    return result;
}

InventoryResult readOgrInventory(const InventorySource &source, const ProgressCallback &progress)
{
    InventoryResult result;
    const QString file = QFileInfo(source.path).fileName();

    // Step 1: open through GDAL.
    if (GDALGetDriverCount() == 0)
        GDALAllRegister(); // callers (tests, batch tools) may not have registered the drivers
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(source.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        result.error
            = QCoreApplication::translate("Parking", "%1: cannot open as a vector source (%2)")
                  .arg(source.path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return result;
    }
    OGRLayer *layer = source.layer.isEmpty()
        ? dataset->GetLayer(0)
        : dataset->GetLayerByName(source.layer.toUtf8().constData());
    if (!layer) {
        result.error = QCoreApplication::translate("Parking", "%1: no layer \"%2\"")
                           .arg(source.path, source.layer);
        return result;
    }
    const QString driver = QString::fromUtf8(dataset->GetDriverName());
    QString encoding = source.encoding;
    if (encoding.isEmpty() && isTextFormat(driver))
        encoding = detectFileEncoding(source.path);
    result.encoding = encoding.isEmpty() ? QStringLiteral("UTF-8") : encoding;
    FieldDecoder decoder(encoding);

    // Step 2: resolve the field mapping against the layer's fields.
    const BayFieldMapping mapping = source.effectiveMapping();
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int idField = findField(defn, mapping.id);
    const int nameField = findField(defn, mapping.name);
    const int capacityField = findField(defn, mapping.capacity);
    const int totalField = findField(defn, mapping.totalPlaces);
    const int lonField = findField(defn, mapping.lon);
    const int latField = findField(defn, mapping.lat);
    const int zoneField = findField(defn, mapping.zone);
    const int filterField = findField(defn, mapping.filterField);
    if (!mapping.id.isEmpty() && idField < 0)
        result.warnings << QCoreApplication::translate(
                               "Parking",
                               "%1: no identifier column (%2); rows are numbered instead")
                               .arg(file, mapping.id);
    if (!mapping.filterField.isEmpty() && filterField < 0) {
        result.error = QCoreApplication::translate("Parking", "%1: the filter column %2 is missing")
                           .arg(file, mapping.filterField);
        return result;
    }
    const bool haveColumns = lonField >= 0 && latField >= 0;

    CoordinateTransform toWgs84;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef())
        toWgs84 = CoordinateTransform(Crs::fromOgr(srs), Crs::wgs84());

    // Step 3: one bay per kept feature.
    const GIntBig total = layer->GetFeatureCount();
    GIntBig index = 0;
    bool warnedComma = false;
    QHash<QString, int> rowOfId; // first row of each identifier
    layer->ResetReading();
    for (std::unique_ptr<OGRFeature> feature(layer->GetNextFeature()); feature;
         feature.reset(layer->GetNextFeature()), ++index) {
        if (progress && index % 1000 == 0
            && !progress(total > 0 ? double(index) / total : 0.0,
                         QCoreApplication::translate("Parking", "Reading %1").arg(file))) {
            result.error
                = QCoreApplication::translate("Parking", "%1: reading cancelled").arg(file);
            return result;
        }
        const auto text = [&](int field) {
            return field >= 0 && feature->IsFieldSetAndNotNull(field)
                ? decoder.decode(feature->GetFieldAsString(field)).trimmed()
                : QString();
        };
        if (filterField >= 0 && !mapping.filterValues.contains(text(filterField)))
            continue;

        Bay bay;
        bay.source = source.id;
        bay.kind = source.kind;
        bay.id = idField >= 0 ? text(idField) : QString::number(feature->GetFID());
        bay.name = text(nameField);
        bay.zoneKey = zoneField >= 0 ? text(zoneField) : QString();
        const QString rowName = QCoreApplication::translate("Parking", "%1, row %2 (%3)")
                                    .arg(file)
                                    .arg(index + 1)
                                    .arg(bay.id);
        // Real-time feeds match bays by identifier: a repeated one gets the same status.
        if (const auto first = rowOfId.constFind(bay.id); first != rowOfId.constEnd())
            result.warnings << QCoreApplication::translate(
                                   "Parking",
                                   "%1: identifier already used by row %2; both rows get the "
                                   "same real-time status")
                                   .arg(rowName)
                                   .arg(first.value());
        else
            rowOfId.insert(bay.id, int(index + 1));
        if (capacityField >= 0) {
            const auto capacity = parseDecimal(text(capacityField));
            bay.capacity = capacity ? int(*capacity) : -1;
            if (!capacity && !text(capacityField).isEmpty())
                result.warnings << QCoreApplication::translate(
                                       "Parking", "%1: PMR place count \"%2\" unreadable")
                                       .arg(rowName, text(capacityField));
        } else {
            bay.capacity = bay.kind == Bay::Kind::Space ? 1 : -1;
        }
        if (totalField >= 0) {
            const auto totalPlaces = parseDecimal(text(totalField));
            bay.totalPlaces = totalPlaces ? int(*totalPlaces) : -1;
        }

        // Position: a point geometry first, else the coordinate columns.
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (geometry && !geometry->IsEmpty()) {
            OGRPoint centre;
            if (geometry->Centroid(&centre) == OGRERR_NONE) {
                const QPointF p = toWgs84.isValid()
                    ? toWgs84.transform(QPointF(centre.getX(), centre.getY()))
                    : QPointF(centre.getX(), centre.getY());
                bay.position = LonLat(p.x(), p.y());
            }
        }
        if (!bay.hasPosition() && haveColumns) {
            bool comma1 = false;
            bool comma2 = false;
            const auto x = parseDecimal(text(lonField), &comma1);
            const auto y = parseDecimal(text(latField), &comma2);
            if ((comma1 || comma2) && !warnedComma
                && source.preset == QLatin1String("schema-stationnement")) {
                warnedComma = true;
                result.warnings << QCoreApplication::translate(
                                       "Parking",
                                       "%1: decimal comma in the coordinate columns; the "
                                       "schema asks for a decimal point")
                                       .arg(rowName);
            }
            if (!x || !y) {
                result.warnings << QCoreApplication::translate(
                                       "Parking",
                                       "%1: no coordinates; kept in the table, not drawn")
                                       .arg(rowName);
            } else {
                const CoordinateCheck check = checkDegreeCoordinates(
                    *x, *y, source.expectedBounds, source.fixSwappedCoordinates,
                    source.projectedCrsForDegreeColumns);
                bay.position = check.position;
                if (!check.problem.isEmpty())
                    result.warnings << QCoreApplication::translate("Parking", "%1: %2")
                                           .arg(rowName, check.problem);
            }
        } else if (!bay.hasPosition()) {
            result.warnings << QCoreApplication::translate(
                                   "Parking", "%1: no geometry; kept in the table, not drawn")
                                   .arg(rowName);
        }
        result.bays.append(bay);
    }
    if (decoder.fellBack())
        result.encoding = QStringLiteral("windows-1252");
    result.rowCount = result.bays.size();
    qCDebug(lcParking) << "read" << result.rowCount << "bays from" << file << "encoding"
                       << result.encoding;
    return result;
}

} // namespace territoire
