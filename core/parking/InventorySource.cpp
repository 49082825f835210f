#include "parking/InventorySource.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace territoire {

namespace {

QString resolve(const QString &stored, const QString &projectDir)
{
    if (stored.isEmpty() || QFileInfo(stored).isAbsolute() || projectDir.isEmpty())
        return stored;
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(stored));
}

QString store(const QString &path, const QString &projectDir)
{
    if (path.isEmpty() || projectDir.isEmpty() || QFileInfo(path).isRelative())
        return path;
    return QDir(projectDir).relativeFilePath(path);
}

QString kindKey(Bay::Kind kind)
{
    return kind == Bay::Kind::Space ? QStringLiteral("space") : QStringLiteral("carpark");
}

} // namespace

QJsonObject BayFieldMapping::toJson() const
{
    QJsonObject json;
    const auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json[QLatin1String(key)] = value;
    };
    put("id", id);
    put("name", name);
    put("capacity", capacity);
    put("totalPlaces", totalPlaces);
    put("lon", lon);
    put("lat", lat);
    put("zone", zone);
    put("filterField", filterField);
    if (!filterValues.isEmpty())
        json["filterValues"] = QJsonArray::fromStringList(filterValues);
    return json;
}

BayFieldMapping BayFieldMapping::fromJson(const QJsonObject &json)
{
    BayFieldMapping m;
    m.id = json["id"].toString();
    m.name = json["name"].toString();
    m.capacity = json["capacity"].toString();
    m.totalPlaces = json["totalPlaces"].toString();
    m.lon = json["lon"].toString();
    m.lat = json["lat"].toString();
    m.zone = json["zone"].toString();
    m.filterField = json["filterField"].toString();
    for (const QJsonValue &v : json["filterValues"].toArray())
        m.filterValues.append(v.toString());
    return m;
}

BayFieldMapping InventorySource::presetMapping(const QString &preset)
{
    BayFieldMapping m;
    if (preset == QLatin1String("schema-stationnement")) {
        // Field names of etalab/schema-stationnement, with the short forms seen in exports.
        m.id = QStringLiteral("id|id_park|id_lieu");
        m.name = QStringLiteral("nom|nom_park|nom_lieu");
        m.capacity = QStringLiteral("nb_pmr");
        m.totalPlaces = QStringLiteral("nb_places");
        m.lon = QStringLiteral("Xlong|xlong|lon|longitude");
        m.lat = QStringLiteral("Ylat|ylat|lat|latitude");
    } else if (preset == QLatin1String("montpellier-places-reservees")) {
        // VilleMTP_MTP_PlacesReserv: reserved on-street places, GIG/GIC = disabled badge.
        m.filterField = QStringLiteral("F01_TYPE_D");
        m.filterValues = {QStringLiteral("GIG/GIC")};
        m.lon = QStringLiteral("F03_COMMEN");
        m.lat = QStringLiteral("F05_COMMEN");
    } else if (preset == QLatin1String("montpellier-parkings")) {
        // VilleMTP_MTP_ParkingOuv: off-street car parks (no PMR count).
        m.id = QStringLiteral("ID");
        m.name = QStringLiteral("NOM");
        m.totalPlaces = QStringLiteral("NBRE_PLACE");
        m.lon = QStringLiteral("COORD_X");
        m.lat = QStringLiteral("COORD_Y");
    }
    return m;
}

BayFieldMapping InventorySource::effectiveMapping() const
{
    BayFieldMapping m = presetMapping(preset);
    const auto over = [](QString &target, const QString &value) {
        if (!value.isEmpty())
            target = value;
    };
    over(m.id, fields.id);
    over(m.name, fields.name);
    over(m.capacity, fields.capacity);
    over(m.totalPlaces, fields.totalPlaces);
    over(m.lon, fields.lon);
    over(m.lat, fields.lat);
    over(m.zone, fields.zone);
    over(m.filterField, fields.filterField);
    if (!fields.filterValues.isEmpty())
        m.filterValues = fields.filterValues;
    return m;
}

QJsonObject InventorySource::toJson(const QString &projectDir) const
{
    QJsonObject json {{"id", id}, {"path", store(path, projectDir)}, {"format", format}};
    if (!name.isEmpty())
        json["name"] = name;
    if (!preset.isEmpty())
        json["preset"] = preset;
    if (!layer.isEmpty())
        json["layer"] = layer;
    if (!encoding.isEmpty())
        json["encoding"] = encoding;
    if (!attribution.isEmpty())
        json["attribution"] = attribution;
    json["kind"] = kindKey(kind);
    const QJsonObject mapping = fields.toJson();
    if (!mapping.isEmpty())
        json["fields"] = mapping;
    if (!expectedBounds.isNull())
        json["bounds"] = QJsonArray {expectedBounds.left(), expectedBounds.top(),
                                     expectedBounds.right(), expectedBounds.bottom()};
    if (fixSwappedCoordinates)
        json["fixSwappedCoordinates"] = true;
    if (!projectedCrsForDegreeColumns.isEmpty())
        json["projectedCrsForDegreeColumns"] = projectedCrsForDegreeColumns;
    return json;
}

InventorySource InventorySource::fromJson(const QJsonObject &json, const QString &projectDir)
{
    InventorySource s;
    s.id = json["id"].toString();
    s.name = json["name"].toString();
    s.path = resolve(json["path"].toString(), projectDir);
    s.format = json["format"].toString(QStringLiteral("ogr"));
    s.preset = json["preset"].toString();
    s.layer = json["layer"].toString();
    s.encoding = json["encoding"].toString();
    s.attribution = json["attribution"].toString();
    const QString kind = json["kind"].toString();
    if (kind == QLatin1String("space"))
        s.kind = Bay::Kind::Space;
    else if (kind.isEmpty() && s.preset == QLatin1String("montpellier-places-reservees"))
        s.kind = Bay::Kind::Space;
    s.fields = BayFieldMapping::fromJson(json["fields"].toObject());
    const QJsonArray b = json["bounds"].toArray();
    if (b.size() == 4)
        s.expectedBounds = QRectF(QPointF(b[0].toDouble(), b[1].toDouble()),
                                  QPointF(b[2].toDouble(), b[3].toDouble()));
    s.fixSwappedCoordinates = json["fixSwappedCoordinates"].toBool();
    s.projectedCrsForDegreeColumns = json["projectedCrsForDegreeColumns"].toString();
    if (s.name.isEmpty())
        s.name = s.id.isEmpty() ? QFileInfo(s.path).fileName() : s.id;
    return s;
}

} // namespace territoire
