// JSON real-time parking formats (ParkAPI, Strasbourg, Montpellier, Basel, GeoJSON status),
// all read with QJsonDocument.
#include "parking/SiteStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace territoire {

namespace {

// Parses the body; sets result.error for an empty or malformed answer.
std::optional<QJsonDocument> parseJson(const QByteArray &body, StatusParseResult &result)
{
    if (body.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("Parking", "empty answer");
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("Parking", "malformed JSON at offset %1: %2")
                           .arg(error.offset)
                           .arg(error.errorString());
        return std::nullopt;
    }
    return doc;
}

QDateTime parseTime(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// A count that may be a number or a numeric string; -1 when absent or unreadable.
int count(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble() >= 0 ? int(value.toDouble()) : -1;
    if (value.isString()) {
        bool ok = false;
        const int v = value.toString().trimmed().toInt(&ok);
        return ok && v >= 0 ? v : -1;
    }
    return -1;
}

// An identifier that may be a number or a string ("ident": 10 or "10").
QString identifier(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString().trimmed();
}

void finishRecord(StatusParseResult &result, SiteStatus record, const QDateTime &fallback)
{
    if (record.siteId.isEmpty()) {
        result.warnings << QCoreApplication::translate(
            "Parking", "a record without an identifier was skipped");
        return;
    }
    if (record.vacant < 0 && record.state == SiteStatus::State::Unknown) {
        result.warnings << QCoreApplication::translate("Parking",
                                                       "record %1 has no vacant count; skipped")
                               .arg(record.siteId);
        return;
    }
    if (!record.time.isValid())
        record.time = fallback.toUTC();
    result.records.append(record);
}

// A site whose operator says it has no real-time count now: kept as an explicit unknown, so
// that an older count from the same feed stops being shown (it must not stay free).
void finishUnavailable(StatusParseResult &result, SiteStatus record, const QDateTime &fallback)
{
    if (record.siteId.isEmpty()) {
        result.warnings << QCoreApplication::translate(
            "Parking", "a record without an identifier was skipped");
        return;
    }
    record.vacant = -1;
    record.state = SiteStatus::State::Unknown;
    if (!record.time.isValid())
        record.time = fallback.toUTC();
    result.records.append(record);
}

} // namespace

StatusParseResult parseParkApiStatus(const QByteArray &body, const QDateTime &receivedAt)
{
    StatusParseResult result;
    const auto doc = parseJson(body, result);
    if (!doc)
        return result;
    const QJsonArray items
        = doc->isArray() ? doc->array() : doc->object().value(QLatin1String("items")).toArray();
    if (!doc->isArray() && !doc->object().contains(QLatin1String("items"))) {
        result.error
            = QCoreApplication::translate("Parking", "not a ParkAPI answer (no \"items\" list)");
        return result;
    }
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        SiteStatus record;
        record.siteId = identifier(item.value(QLatin1String("uid")));
        if (record.siteId.isEmpty())
            record.siteId = identifier(item.value(QLatin1String("id")));
        record.time = parseTime(item.value(QLatin1String("realtime_data_updated_at")));
        const QString spotStatus = item.value(QLatin1String("realtime_status")).toString();
        if (spotStatus == QLatin1String("AVAILABLE")) {
            record.vacant = 1;
            record.capacity = 1;
            record.state = SiteStatus::State::Open;
        } else if (spotStatus == QLatin1String("TAKEN")) {
            record.vacant = 0;
            record.capacity = 1;
            record.state = SiteStatus::State::Full;
        } else {
            // Sites: free capacity (optionally per disabled places) and opening status.
            record.vacant = count(item.value(QLatin1String("realtime_free_capacity_disabled")));
            if (record.vacant < 0)
                record.vacant = count(item.value(QLatin1String("realtime_free_capacity")));
            record.capacity = count(item.value(QLatin1String("realtime_capacity")));
            const QString opening = item.value(QLatin1String("realtime_opening_status")).toString();
            if (opening == QLatin1String("CLOSED"))
                record.state = SiteStatus::State::Closed;
            else if (opening == QLatin1String("OPEN"))
                record.state = SiteStatus::State::Open;
        }
        finishRecord(result, record, receivedAt);
    }
    return result;
}

StatusParseResult parseStrasbourgOpendatasoft(const QByteArray &body, const QDateTime &receivedAt)
{
    StatusParseResult result;
    const auto doc = parseJson(body, result);
    if (!doc)
        return result;
    if (!doc->object().value(QLatin1String("records")).isArray()) {
        result.error = QCoreApplication::translate(
            "Parking", "not an Opendatasoft answer (no \"records\" list)");
        return result;
    }
    for (const QJsonValue &value : doc->object().value(QLatin1String("records")).toArray()) {
        const QJsonObject recordJson = value.toObject();
        const QJsonObject fields = recordJson.value(QLatin1String("fields")).toObject();
        SiteStatus record;
        record.siteId = identifier(fields.value(QLatin1String("ident")));
        record.vacant = count(fields.value(QLatin1String("libre")));
        record.capacity = count(fields.value(QLatin1String("total")));
        record.time = parseTime(recordJson.value(QLatin1String("record_timestamp")));
        const QString state = fields.value(QLatin1String("etat_descriptif")).toString();
        // etat 0, "frequentation temps reel indisponible": the 0 in "libre" is not a count.
        const QJsonValue etat = fields.value(QLatin1String("etat"));
        if ((etat.isDouble() && etat.toInt() == 0)
            || state.contains(QLatin1String("indisponible"), Qt::CaseInsensitive)) {
            finishUnavailable(result, record, receivedAt);
            continue;
        }
        if (state.startsWith(QLatin1String("Ferm")))
            record.state = SiteStatus::State::Closed;
        else if (state == QLatin1String("Complet"))
            record.state = SiteStatus::State::Full;
        else if (state == QLatin1String("Ouvert"))
            record.state = SiteStatus::State::Open;
        finishRecord(result, record, receivedAt);
    }
    return result;
}

StatusParseResult parseStrasbourgLegacy(const QByteArray &body, const QDateTime &receivedAt)
{
    StatusParseResult result;
    const auto doc = parseJson(body, result);
    if (!doc)
        return result;
    if (!doc->object().value(QLatin1String("s")).isArray()) {
        result.error = QCoreApplication::translate(
            "Parking", "not a Strasbourg status answer (no \"s\" list)");
        return result;
    }
    // The feed dates itself only in French words ("mer. 03 avril 2019 à 08:00"): records take
    // the reception time.
    for (const QJsonValue &value : doc->object().value(QLatin1String("s")).toArray()) {
        const QJsonObject item = value.toObject();
        SiteStatus record;
        record.siteId = identifier(item.value(QLatin1String("id")));
        record.vacant = count(item.value(QLatin1String("df")));
        record.capacity = count(item.value(QLatin1String("dt")));
        // ds: status_1 open, status_2 almost full, status_3 full, status_4 closed,
        // status_0 no data.
        const QString ds = item.value(QLatin1String("ds")).toString();
        if (ds == QLatin1String("status_0")) {
            finishUnavailable(result, record, receivedAt);
            continue;
        }
        if (ds == QLatin1String("status_4"))
            record.state = SiteStatus::State::Closed;
        else if (ds == QLatin1String("status_3"))
            record.state = SiteStatus::State::Full;
        else
            record.state = SiteStatus::State::Open;
        finishRecord(result, record, receivedAt);
    }
    return result;
}

StatusParseResult parseMontpellierNgsi(const QByteArray &body, const QDateTime &receivedAt)
{
    StatusParseResult result;
    const auto doc = parseJson(body, result);
    if (!doc)
        return result;
    if (!doc->isArray()) {
        result.error = QCoreApplication::translate(
            "Parking", "not an NGSI entity list (a JSON array was expected)");
        return result;
    }
    for (const QJsonValue &value : doc->array()) {
        const QJsonObject entity = value.toObject();
        const QJsonObject available = entity.value(QLatin1String("availableSpotNumber")).toObject();
        SiteStatus record;
        record.siteId = identifier(entity.value(QLatin1String("id")));
        record.vacant = count(available.value(QLatin1String("value")));
        record.capacity = count(entity.value(QLatin1String("totalSpotNumber"))
                                    .toObject()
                                    .value(QLatin1String("value")));
        record.time = parseTime(available.value(QLatin1String("metadata"))
                                    .toObject()
                                    .value(QLatin1String("timestamp"))
                                    .toObject()
                                    .value(QLatin1String("value")));
        const QString status = entity.value(QLatin1String("status"))
                                   .toObject()
                                   .value(QLatin1String("value"))
                                   .toString();
        if (status.compare(QLatin1String("Closed"), Qt::CaseInsensitive) == 0)
            record.state = SiteStatus::State::Closed;
        else if (status.compare(QLatin1String("Full"), Qt::CaseInsensitive) == 0)
            record.state = SiteStatus::State::Full;
        else if (status.compare(QLatin1String("Open"), Qt::CaseInsensitive) == 0)
            record.state = SiteStatus::State::Open;
        finishRecord(result, record, receivedAt);
    }
    return result;
}

StatusParseResult parseBasel(const QByteArray &body, const QDateTime &receivedAt)
{
    StatusParseResult result;
    const auto doc = parseJson(body, result);
    if (!doc)
        return result;
    if (!doc->isArray()) {
        result.error = QCoreApplication::translate(
            "Parking", "not a Basel car park list (a JSON array was expected)");
        return result;
    }
    for (const QJsonValue &value : doc->array()) {
        const QJsonObject item = value.toObject();
        SiteStatus record;
        record.siteId = identifier(item.value(QLatin1String("id2")));
        if (record.siteId.isEmpty()) {
            // The export ends with a placeholder whose fields are all null but the title.
            result.warnings << QCoreApplication::translate(
                                   "Parking", "entry \"%1\" without an identifier was skipped")
                                   .arg(item.value(QLatin1String("title")).toString());
            continue;
        }
        record.vacant = count(item.value(QLatin1String("free")));
        record.capacity = count(item.value(QLatin1String("total")));
        record.time = parseTime(item.value(QLatin1String("published")));
        finishRecord(result, record, receivedAt);
    }
    return result;
}

StatusParseResult parseGeoJsonStatus(const QByteArray &body, const QDateTime &receivedAt)
{
    StatusParseResult result;
    const auto doc = parseJson(body, result);
    if (!doc)
        return result;
    if (doc->object().value(QLatin1String("type")).toString()
        != QLatin1String("FeatureCollection")) {
        result.error = QCoreApplication::translate("Parking", "not a GeoJSON FeatureCollection");
        return result;
    }
    // Freiburg's monitored disabled bays: status 1 = occupied, 0 = free; no time of their own.
    for (const QJsonValue &value : doc->object().value(QLatin1String("features")).toArray()) {
        const QJsonObject properties
            = value.toObject().value(QLatin1String("properties")).toObject();
        SiteStatus record;
        record.siteId = identifier(value.toObject().value(QLatin1String("id")));
        if (record.siteId.isEmpty())
            record.siteId = identifier(properties.value(QLatin1String("name")));
        const int status = count(properties.value(QLatin1String("status")));
        record.capacity = 1;
        if (status == 0 || status == 1) {
            record.vacant = 1 - status;
            record.state = status == 0 ? SiteStatus::State::Open : SiteStatus::State::Full;
        }
        record.time = parseTime(properties.value(QLatin1String("timestamp")));
        finishRecord(result, record, receivedAt);
    }
    return result;
}

} // namespace territoire
