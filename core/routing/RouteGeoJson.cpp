#include "routing/RouteGeoJson.h"

#include <QJsonArray>

namespace territoire {

namespace {

QJsonArray coordinates(const std::vector<LonLat> &points)
{
    QJsonArray array;
    for (const LonLat &p : points)
        array.append(QJsonArray {p.lon, p.lat});
    return array;
}

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray breaches(const RouteResult &route)
{
    QJsonArray array;
    for (const RuleBreach &breach : route.blockedBy) {
        array.append(QJsonObject {{QStringLiteral("rule"), ruleKey(breach.rule)},
                                  {QStringLiteral("way_id"), double(breach.wayId)},
                                  {QStringLiteral("message"), breach.message}});
    }
    return array;
}

} // namespace

QJsonObject stretchToJson(const RouteStretch &stretch)
{
    QJsonObject verdicts;
    for (int r = 0; r < ruleCount; ++r)
        verdicts.insert(ruleKey(Rule(r)), verdictKey(stretch.verdicts.verdicts[std::size_t(r)]));
    return QJsonObject {
        {QStringLiteral("way_id"), double(stretch.wayId)},
        {QStringLiteral("name"), stretch.name},
        {QStringLiteral("kind"), stretch.kind},
        {QStringLiteral("length_m"), stretch.lengthM},
        {QStringLiteral("slope"), optional(stretch.slope)},
        {QStringLiteral("slope_source"), valueSourceName(stretch.slopeSource)},
        {QStringLiteral("width_m"), optional(stretch.widthM)},
        {QStringLiteral("cross_slope"), optional(stretch.crossSlope)},
        {QStringLiteral("kerb_height_m"), optional(stretch.kerbHeightM)},
        {QStringLiteral("surface"), stretch.surface},
        {QStringLiteral("elevator"), stretch.elevator},
        {QStringLiteral("compliance"), complianceKey(stretch.compliance)},
        {QStringLiteral("verdicts"), verdicts},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(stretch.reasons)},
        {QStringLiteral("allowances"), QJsonArray::fromStringList(stretch.allowances)},
    };
}

QJsonObject routeToGeoJson(const RouteResult &route)
{
    QJsonObject collection {{QStringLiteral("type"), QStringLiteral("FeatureCollection")}};
    QJsonArray features;
    if (!route.isValid()) {
        collection.insert(QStringLiteral("features"), features);
        collection.insert(QStringLiteral("error"), route.error);
        collection.insert(QStringLiteral("profile"), route.profile);
        collection.insert(QStringLiteral("blocked_by"), breaches(route));
        return collection;
    }
    QJsonArray stretches;
    for (const RouteStretch &stretch : route.stretches)
        stretches.append(stretchToJson(stretch));
    QJsonObject properties {
        {QStringLiteral("kind"), QStringLiteral("route")},
        {QStringLiteral("length_m"), route.lengthM},
        {QStringLiteral("duration_s"), route.durationS},
        {QStringLiteral("profile"), route.profile},
        {QStringLiteral("compliant"), route.compliant},
        {QStringLiteral("unverified_m"), route.unverifiedM()},
        {QStringLiteral("relaxed"), route.relaxed},
        {QStringLiteral("cost"), route.cost},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(route.warnings)},
        {QStringLiteral("allowances"), QJsonArray::fromStringList(route.allowances)},
        {QStringLiteral("stretches"), stretches},
        {QStringLiteral("blocked_by"), breaches(route)},
        {QStringLiteral("snap_from_m"), route.snapFromM},
        {QStringLiteral("snap_to_m"), route.snapToM},
    };
    if (!route.targetId.isEmpty())
        properties.insert(QStringLiteral("target_id"), route.targetId);
    const bool point = route.geometry.size() < 2;
    features.append(QJsonObject {
        {QStringLiteral("type"), QStringLiteral("Feature")},
        {QStringLiteral("geometry"),
         QJsonObject {
             {QStringLiteral("type"),
              point ? QStringLiteral("Point") : QStringLiteral("LineString")},
             {QStringLiteral("coordinates"),
              point ? (route.geometry.empty()
                           ? QJsonValue(QJsonArray())
                           : QJsonValue(QJsonArray {route.geometry[0].lon, route.geometry[0].lat}))
                    : QJsonValue(coordinates(route.geometry))}}},
        {QStringLiteral("properties"), properties},
    });
    for (const RouteStretch &stretch : route.stretches) {
        QJsonObject p = stretchToJson(stretch);
        p.insert(QStringLiteral("kind"), QStringLiteral("stretch"));
        p.insert(QStringLiteral("way_kind"), stretch.kind);
        features.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("geometry"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("LineString")},
                          {QStringLiteral("coordinates"), coordinates(stretch.geometry)}}},
            {QStringLiteral("properties"), p},
        });
    }
    collection.insert(QStringLiteral("features"), features);
    return collection;
}

} // namespace territoire
