#include "feeds/gauges/HubEau.h"

#include "base/Crs.h"
#include "feeds/gauges/GaugeUnits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace territoire::hubeau {

namespace {

constexpr double highestAltitudeInFrance = 4810.0; // Mont Blanc, metres

double number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nan("");
}

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

// Metropolitan France and its overseas départements, loosely: used to tell swapped lon/lat.
bool plausibleFrance(const LonLat &p)
{
    if (!p.isValid())
        return false;
    const bool metropole = p.lon > -5.5 && p.lon < 10.0 && p.lat > 41.0 && p.lat < 51.5;
    const bool overseas = (p.lat > -22 && p.lat < 17
                           && ((p.lon > -62 && p.lon < -51) || (p.lon > 44 && p.lon < 56)));
    return metropole || overseas;
}

LonLat fromLambert93(double x, double y)
{
    static thread_local CoordinateTransform transform(Crs::lambert93(), Crs::wgs84());
    const QPointF p = transform.transform(QPointF(x, y));
    return LonLat(p.x(), p.y());
}

void resolvePosition(GaugeStation &s, const QJsonObject &o)
{
    LonLat given(number(o.value(QLatin1String("longitude_station"))),
                 number(o.value(QLatin1String("latitude_station"))));
    if (!given.isValid())
        given = LonLat(number(o.value(QLatin1String("longitude"))),
                       number(o.value(QLatin1String("latitude"))));
    if (given.isValid() && given.lon == 0.0 && given.lat == 0.0)
        given = LonLat();
    const QJsonObject geometry = o.value(QLatin1String("geometry")).toObject();
    if (!given.isValid()
        && geometry.value(QLatin1String("type")).toString() == QLatin1String("Point")) {
        const QJsonArray c = geometry.value(QLatin1String("coordinates")).toArray();
        if (c.size() >= 2)
            given = LonLat(c.at(0).toDouble(std::nan("")), c.at(1).toDouble(std::nan("")));
    }
    LonLat projected;
    const double x = number(o.value(QLatin1String("coordonnee_x_station")));
    const double y = number(o.value(QLatin1String("coordonnee_y_station")));
    const QJsonValue projection = o.value(QLatin1String("code_projection"));
    if (std::isfinite(x) && std::isfinite(y)) {
        if (projection.toInt(-1) == 26
            || (projection.isString() && projection.toString() == QLatin1String("26")))
            projected = fromLambert93(x, y);
        else
            s.warnings.append(
                QCoreApplication::translate(
                    "HubEau", "Station %1: x/y given in an unknown projection (%2), not used")
                    .arg(s.code, projection.toVariant().toString()));
    }
    if (given.isValid() && projected.isValid()) {
        if (haversineMetres(given, projected) <= 1.0) {
            s.position = given;
            return;
        }
        const LonLat swapped(given.lat, given.lon);
        if (swapped.isValid() && haversineMetres(swapped, projected) <= 1.0)
            s.warnings.append(QCoreApplication::translate(
                                  "HubEau",
                                  "Station %1: longitude and latitude were swapped in the source; "
                                  "corrected")
                                  .arg(s.code));
        else
            s.warnings.append(QCoreApplication::translate(
                                  "HubEau",
                                  "Station %1: longitude/latitude disagree with the Lambert-93 "
                                  "x/y; the position from x/y is used")
                                  .arg(s.code));
        s.position = projected;
        return;
    }
    if (projected.isValid()) {
        s.position = projected;
        return;
    }
    if (given.isValid()) {
        const LonLat swapped(given.lat, given.lon);
        if (!plausibleFrance(given) && plausibleFrance(swapped)) {
            s.warnings.append(QCoreApplication::translate(
                                  "HubEau",
                                  "Station %1: longitude and latitude were swapped in the source; "
                                  "corrected")
                                  .arg(s.code));
            s.position = swapped;
        } else {
            s.position = given;
        }
        return;
    }
    s.warnings.append(
        QCoreApplication::translate("HubEau", "Station %1: position unknown").arg(s.code));
}

void resolveAltitude(GaugeStation &s, const QJsonObject &o)
{
    const double altitude = number(o.value(QLatin1String("altitude_ref_alti_station")));
    if (!std::isfinite(altitude))
        return;
    if (altitude > highestAltitudeInFrance || altitude < -500) {
        const double asMetres = altitude / 1000.0;
        if (asMetres <= highestAltitudeInFrance && asMetres > -500) {
            s.altitudeMetres = asMetres;
            s.warnings.append(QCoreApplication::translate(
                                  "HubEau",
                                  "Station %1: altitude %2 is implausible in metres; read as "
                                  "millimetres: %3 m")
                                  .arg(s.code)
                                  .arg(altitude, 0, 'f', 1)
                                  .arg(asMetres, 0, 'f', 1));
        } else {
            s.warnings.append(QCoreApplication::translate(
                                  "HubEau", "Station %1: altitude %2 is implausible and ignored")
                                  .arg(s.code)
                                  .arg(altitude, 0, 'f', 1));
        }
        return;
    }
    s.altitudeMetres = altitude;
}

GaugeStation stationFromRecord(const QJsonObject &o)
{
    GaugeStation s;
    s.code = text(o, "code_station");
    s.name = text(o, "libelle_station");
    s.site = text(o, "code_site");
    s.river = text(o, "libelle_cours_eau");
    s.departement = text(o, "code_departement");
    resolvePosition(s, o);
    resolveAltitude(s, o);
    return s;
}

} // namespace

QDateTime parseInstant(const QString &input)
{
    QString s = input.trimmed();
    // "+0100" (no colon, as Vigicrues writes it) becomes "+01:00".
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    if (s.size() > 19 && s.at(10) == QLatin1Char('T'))
        s.replace(compactOffset, QStringLiteral("\\1:\\2"));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        return {}; // an instant without offset is ambiguous: refuse rather than guess
    return t.toUTC();
}

QString formatInstant(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

QUrl nextLink(const QString &link)
{
    if (link.isEmpty())
        return {};
    // fromEncoded keeps the percent-encoding exactly (%2B stays %2B, never a space).
    return QUrl::fromEncoded(link.toUtf8(), QUrl::StrictMode);
}

ObservationsPage parseObservations(const QByteArray &body, const QString &feedId)
{
    ObservationsPage page;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error = QCoreApplication::translate("HubEau", "malformed JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!doc.isObject() || !data.isArray()) {
        page.error = QCoreApplication::translate("HubEau", "the answer has no \"data\" list");
        return page;
    }
    const QJsonValue count = root.value(QLatin1String("count"));
    page.count = count.isDouble() ? count.toInt() : -1;
    page.next = nextLink(root.value(QLatin1String("next")).toString());
    const QJsonArray records = data.toArray();
    page.recordCount = records.size();
    page.observations.reserve(records.size());
    for (const QJsonValue &value : records) {
        const QJsonObject r = value.toObject();
        Observation o;
        o.feedId = feedId;
        o.entityId = text(r, "code_station");
        o.quantity = text(r, "grandeur_hydro");
        o.time = parseInstant(text(r, "date_obs"));
        const double raw = number(r.value(QLatin1String("resultat_obs")));
        o.value = toStoredValue(QStringLiteral("hubeau"), o.quantity, raw);
        if (!o.isValid()) {
            ++page.skipped;
            continue;
        }
        page.observations.append(o);
    }
    return page;
}

QUrl stationsUrl(const QString &base, const StationQuery &stationQuery, int size)
{
    if (!stationQuery.isValid())
        return {};
    QString root = base;
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    QUrl url(root + QStringLiteral("/referentiel/stations"));
    QUrlQuery query;
    if (!stationQuery.departement.isEmpty())
        query.addQueryItem(QStringLiteral("code_departement"), stationQuery.departement);
    if (stationQuery.bbox.isValid()) {
        const QRectF &b = stationQuery.bbox;
        const auto n = [](double v) {
            return QString::number(v, 'f', 6);
        };
        query.addQueryItem(QStringLiteral("bbox"),
                           QStringList {n(b.left()), n(b.top()), n(b.right()), n(b.bottom())}.join(
                               QLatin1Char(',')));
    }
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("size"),
                       QString::number(std::clamp(size, 1, maxResultDepth)));
    url.setQuery(query);
    return url;
}

bool exceedsResultDepth(const QUrl &url)
{
    const QUrlQuery query(url);
    bool pageOk = false, sizeOk = false;
    const qint64 page = query.queryItemValue(QStringLiteral("page")).toLongLong(&pageOk);
    const qint64 size = query.queryItemValue(QStringLiteral("size")).toLongLong(&sizeOk);
    return pageOk && sizeOk && page * size > maxResultDepth;
}

QList<GaugeStation> parseStations(const QByteArray &body, QString *error, QUrl *next)
{
    QList<GaugeStation> result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("HubEau", "malformed JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return result;
    }
    QJsonArray records;
    if (doc.isArray()) {
        records = doc.array(); // the demonstrator's station cache
    } else {
        const QJsonObject root = doc.object();
        if (next)
            *next = nextLink(root.value(QLatin1String("next")).toString());
        if (root.value(QLatin1String("type")).toString() == QLatin1String("FeatureCollection")) {
            for (const QJsonValue &f : root.value(QLatin1String("features")).toArray()) {
                QJsonObject props = f.toObject().value(QLatin1String("properties")).toObject();
                props.insert(QLatin1String("geometry"),
                             f.toObject().value(QLatin1String("geometry")));
                records.append(props);
            }
        } else if (root.value(QLatin1String("data")).isArray()) {
            records = root.value(QLatin1String("data")).toArray();
        } else {
            if (error)
                *error = QCoreApplication::translate("HubEau", "the answer has no station list");
            return result;
        }
    }
    for (const QJsonValue &v : records) {
        const GaugeStation s = stationFromRecord(v.toObject());
        if (!s.code.isEmpty())
            result.append(s);
    }
    return result;
}

} // namespace territoire::hubeau
