#include "feeds/gauges/GaugeStation.h"

#include <QJsonArray>

namespace territoire {

QJsonObject GaugeStation::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("code"), code);
    if (!name.isEmpty())
        o.insert(QLatin1String("name"), name);
    if (!river.isEmpty())
        o.insert(QLatin1String("river"), river);
    if (!site.isEmpty())
        o.insert(QLatin1String("site"), site);
    if (!departement.isEmpty())
        o.insert(QLatin1String("departement"), departement);
    if (!reach.isEmpty())
        o.insert(QLatin1String("reach"), reach);
    if (position.isValid()) {
        o.insert(QLatin1String("lon"), position.lon);
        o.insert(QLatin1String("lat"), position.lat);
    }
    if (std::isfinite(altitudeMetres))
        o.insert(QLatin1String("altitude_m"), altitudeMetres);
    return o;
}

GaugeStation GaugeStation::fromJson(const QJsonObject &o)
{
    GaugeStation s;
    s.code = o.value(QLatin1String("code")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    s.river = o.value(QLatin1String("river")).toString();
    s.site = o.value(QLatin1String("site")).toString();
    s.departement = o.value(QLatin1String("departement")).toString();
    s.reach = o.value(QLatin1String("reach")).toString();
    const QJsonValue lon = o.value(QLatin1String("lon"));
    const QJsonValue lat = o.value(QLatin1String("lat"));
    if (lon.isDouble() && lat.isDouble())
        s.position = LonLat(lon.toDouble(), lat.toDouble());
    const QJsonValue alt = o.value(QLatin1String("altitude_m"));
    if (alt.isDouble())
        s.altitudeMetres = alt.toDouble();
    return s;
}

QList<GaugeStation> stationsFromJson(const QJsonArray &array)
{
    QList<GaugeStation> result;
    for (const QJsonValue &v : array) {
        GaugeStation s = GaugeStation::fromJson(v.toObject());
        if (!s.code.isEmpty())
            result.append(s);
    }
    return result;
}

QJsonArray stationsToJson(const QList<GaugeStation> &stations)
{
    QJsonArray array;
    for (const GaugeStation &s : stations)
        array.append(s.toJson());
    return array;
}

} // namespace territoire
