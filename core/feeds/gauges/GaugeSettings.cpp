#include "feeds/gauges/GaugeSettings.h"

#include "base/Project.h"

#include <QJsonArray>
#include <QSet>

namespace territoire {

QJsonObject GaugeThreshold::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("quantity"), quantity);
    o.insert(QLatin1String("value"), value);
    o.insert(QLatin1String("label"), label);
    o.insert(QLatin1String("color"), color.name());
    if (!source.isEmpty())
        o.insert(QLatin1String("source"), source);
    return o;
}

GaugeThreshold GaugeThreshold::fromJson(const QJsonObject &o)
{
    GaugeThreshold t;
    t.quantity = o.value(QLatin1String("quantity")).toString(QStringLiteral("H"));
    t.value = o.value(QLatin1String("value")).toDouble();
    t.label = o.value(QLatin1String("label")).toString();
    const QColor c(o.value(QLatin1String("color")).toString());
    if (c.isValid())
        t.color = c;
    t.source = o.value(QLatin1String("source")).toString();
    return t;
}

QJsonObject GaugeSettings::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("hubeauUrl"), hubEauUrl);
    o.insert(QLatin1String("vigicruesUrl"), vigicruesUrl);
    o.insert(QLatin1String("vigicruesQuery"), vigicruesQuery);
    o.insert(QLatin1String("hubeauIntervalSeconds"), hubEauIntervalSeconds);
    o.insert(QLatin1String("vigicruesIntervalSeconds"), vigicruesIntervalSeconds);
    o.insert(QLatin1String("staleAfterMinutes"), staleAfterMinutes);
    o.insert(QLatin1String("trendWindowMinutes"), trendWindowMinutes);
    o.insert(QLatin1String("retentionDays"), retentionDays);
    o.insert(QLatin1String("heightHysteresis"), heightHysteresis);
    o.insert(QLatin1String("flowHysteresis"), flowHysteresis);
    QJsonObject r;
    for (auto it = reaches.begin(); it != reaches.end(); ++it)
        r.insert(it.key(), it.value());
    o.insert(QLatin1String("reaches"), r);
    if (!vigicruesTerritories.isEmpty())
        o.insert(QLatin1String("vigicruesTerritories"),
                 QJsonArray::fromStringList(vigicruesTerritories));
    QJsonObject t;
    for (auto it = thresholds.begin(); it != thresholds.end(); ++it) {
        QJsonArray list;
        for (const GaugeThreshold &th : it.value())
            list.append(th.toJson());
        t.insert(it.key(), list);
    }
    o.insert(QLatin1String("thresholds"), t);
    return o;
}

GaugeSettings GaugeSettings::fromJson(const QJsonObject &o)
{
    GaugeSettings s;
    s.hubEauUrl = o.value(QLatin1String("hubeauUrl")).toString(s.hubEauUrl);
    s.vigicruesUrl = o.value(QLatin1String("vigicruesUrl")).toString(s.vigicruesUrl);
    s.vigicruesQuery = o.value(QLatin1String("vigicruesQuery")).toString(s.vigicruesQuery);
    s.hubEauIntervalSeconds
        = o.value(QLatin1String("hubeauIntervalSeconds")).toInt(s.hubEauIntervalSeconds);
    s.vigicruesIntervalSeconds
        = o.value(QLatin1String("vigicruesIntervalSeconds")).toInt(s.vigicruesIntervalSeconds);
    s.staleAfterMinutes = o.value(QLatin1String("staleAfterMinutes")).toInt(s.staleAfterMinutes);
    s.trendWindowMinutes = o.value(QLatin1String("trendWindowMinutes")).toInt(s.trendWindowMinutes);
    s.retentionDays = o.value(QLatin1String("retentionDays")).toInt(s.retentionDays);
    s.heightHysteresis = o.value(QLatin1String("heightHysteresis")).toDouble(s.heightHysteresis);
    s.flowHysteresis = o.value(QLatin1String("flowHysteresis")).toDouble(s.flowHysteresis);
    for (const QJsonValue &t : o.value(QLatin1String("vigicruesTerritories")).toArray())
        s.vigicruesTerritories.append(t.toVariant().toString());
    const QJsonObject r = o.value(QLatin1String("reaches")).toObject();
    for (auto it = r.begin(); it != r.end(); ++it)
        s.reaches.insert(it.key(), it.value().toString());
    const QJsonObject t = o.value(QLatin1String("thresholds")).toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        QList<GaugeThreshold> list;
        for (const QJsonValue &v : it.value().toArray())
            list.append(GaugeThreshold::fromJson(v.toObject()));
        s.thresholds.insert(it.key(), list);
    }
    return s;
}

void GaugeSettings::applyEnvironment()
{
    const QString hubeau = qEnvironmentVariable("TERRITOIRE_HUBEAU_URL");
    if (!hubeau.isEmpty())
        hubEauUrl = hubeau;
    const QString vigicrues = qEnvironmentVariable("TERRITOIRE_VIGICRUES_URL");
    if (!vigicrues.isEmpty())
        vigicruesUrl = vigicrues;
}

GaugeSettings GaugeSettings::fromProject(const Project &project)
{
    GaugeSettings s = fromJson(project.section(QStringLiteral("gauges")));
    s.applyEnvironment();
    return s;
}

QList<GaugeStation> projectGaugeStations(const Project &project)
{
    QList<GaugeStation> result;
    QSet<QString> seen;
    for (const ProjectLayer &layer : project.layers()) {
        if (layer.type != QLatin1String("gauges"))
            continue;
        for (const GaugeStation &s :
             stationsFromJson(layer.options.value(QLatin1String("stations")).toArray())) {
            if (!seen.contains(s.code)) {
                seen.insert(s.code);
                result.append(s);
            }
        }
    }
    return result;
}

} // namespace territoire

namespace territoire {

hubeau::StationQuery stationQueryFromOptions(const QJsonObject &options)
{
    hubeau::StationQuery query;
    const QJsonValue departement = options.value(QLatin1String("departement"));
    query.departement = departement.isDouble() ? QString::number(departement.toInt())
                                               : departement.toString().trimmed();
    const QJsonArray box = options.value(QLatin1String("bbox")).toArray();
    if (box.size() == 4) {
        const double west = box.at(0).toDouble(qQNaN()), south = box.at(1).toDouble(qQNaN());
        const double east = box.at(2).toDouble(qQNaN()), north = box.at(3).toDouble(qQNaN());
        if (west < east && south < north)
            query.bbox = QRectF(QPointF(west, south), QPointF(east, north));
    }
    return query;
}

QList<hubeau::StationQuery> projectStationQueries(const Project &project)
{
    QList<hubeau::StationQuery> result;
    for (const ProjectLayer &layer : project.layers()) {
        if (layer.type != QLatin1String("gauges"))
            continue;
        const hubeau::StationQuery query = stationQueryFromOptions(layer.options);
        if (query.isValid())
            result.append(query);
    }
    return result;
}

bool stationMatches(const GaugeStation &station, const hubeau::StationQuery &query)
{
    if (!query.isValid())
        return false;
    if (!query.departement.isEmpty() && station.departement != query.departement)
        return false;
    if (query.bbox.isValid()) {
        if (!station.hasPosition())
            return false;
        const QRectF &b = query.bbox;
        const LonLat &p = station.position;
        if (p.lon < b.left() || p.lon > b.right() || p.lat < b.top() || p.lat > b.bottom())
            return false;
    }
    return true;
}

} // namespace territoire
