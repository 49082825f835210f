#include "routing/Profile.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace territoire {

namespace {

const char *surfaceKey(SurfaceClass surface)
{
    switch (surface) {
    case SurfaceClass::Smooth:
        return "smooth";
    case SurfaceClass::Rough:
        return "rough";
    case SurfaceClass::Loose:
        return "loose";
    case SurfaceClass::Impassable:
    case SurfaceClass::Unknown:
        break;
    }
    return "any";
}

} // namespace

Profile Profile::builtin(const QString &name)
{
    Profile p;
    if (name == QLatin1String("norm-2007")) {
        p.name = name;
        return p; // the defaults are the norm
    }
    if (name == QLatin1String("manual-wheelchair")) {
        p.name = name;
        p.maxChamferedKerbM = std::nullopt; // the norm's allowances only
        p.minWidthUnobstructedM = std::nullopt;
        p.speedMps = 0.9;
        p.maxSlopeUp = 0.06;
        p.maxSlopeDown = 0.08;
        p.maxKerbM = 0.03;
        p.minWidthM = 0.90;
        p.maxCrossSlope = 0.03;
        p.worstSurface = SurfaceClass::Rough;
        p.limitedIsFailure = false;
        p.uphillEffort = 10.0;
        return p;
    }
    if (name == QLatin1String("electric-wheelchair")) {
        p.name = name;
        p.maxChamferedKerbM = std::nullopt; // the norm's allowances only
        p.minWidthUnobstructedM = std::nullopt;
        p.speedMps = 1.6;
        p.maxSlopeUp = 0.10;
        p.maxSlopeDown = 0.10;
        p.toleratedSlope1 = 0.12;
        p.toleratedSlope2 = 0.15;
        p.maxKerbM = 0.05;
        p.minWidthM = 0.90;
        p.maxCrossSlope = 0.05;
        p.worstSurface = SurfaceClass::Rough;
        p.limitedIsFailure = false;
        p.uphillEffort = 2.0;
        return p;
    }
    if (name == QLatin1String("walking-aid")) {
        p.name = name;
        p.maxChamferedKerbM = std::nullopt; // the norm's allowances only
        p.minWidthUnobstructedM = std::nullopt;
        p.speedMps = 0.7;
        p.maxSlopeUp = 0.12;
        p.maxSlopeDown = 0.12;
        p.toleratedSlope1 = 0.15;
        p.toleratedSlope2 = 0.20;
        p.maxKerbM = 0.15;
        p.minWidthM = 0.70;
        p.maxCrossSlope = std::nullopt;
        p.allowSteps = true;
        p.stepsPenalty = 4.0;
        p.worstSurface = SurfaceClass::Loose;
        p.wheelchairTags = false;
        p.limitedIsFailure = false;
        p.needSidewalk = false;
        p.unknownPenalty = 0.05;
        p.uphillEffort = 5.0;
        return p;
    }
    if (name == QLatin1String("pedestrian")) {
        p.name = name;
        p.maxChamferedKerbM = std::nullopt; // the norm's allowances only
        p.minWidthUnobstructedM = std::nullopt;
        p.speedMps = 1.3;
        p.maxSlopeUp = std::nullopt;
        p.maxSlopeDown = std::nullopt;
        p.maxKerbM = std::nullopt;
        p.minWidthM = std::nullopt;
        p.maxCrossSlope = std::nullopt;
        p.allowSteps = true;
        p.worstSurface = SurfaceClass::Unknown;
        p.wheelchairTags = false;
        p.limitedIsFailure = false;
        p.needSidewalk = false;
        p.unknownPenalty = 0.0;
        return p;
    }
    return Profile {.name = {}};
}

QStringList Profile::builtinNames()
{
    return {QStringLiteral("norm-2007"), QStringLiteral("manual-wheelchair"),
            QStringLiteral("electric-wheelchair"), QStringLiteral("walking-aid"),
            QStringLiteral("pedestrian")};
}

QJsonObject Profile::toJson() const
{
    auto optional = [](const std::optional<double> &value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject {
        {QStringLiteral("name"), name},
        {QStringLiteral("speed_mps"), speedMps},
        {QStringLiteral("max_slope_up"), optional(maxSlopeUp)},
        {QStringLiteral("max_slope_down"), optional(maxSlopeDown)},
        {QStringLiteral("tolerated_slope_1"), toleratedSlope1},
        {QStringLiteral("tolerated_length_1_m"), toleratedLength1M},
        {QStringLiteral("tolerated_slope_2"), toleratedSlope2},
        {QStringLiteral("tolerated_length_2_m"), toleratedLength2M},
        {QStringLiteral("max_kerb_m"), optional(maxKerbM)},
        {QStringLiteral("max_chamfered_kerb_m"), optional(maxChamferedKerbM)},
        {QStringLiteral("min_width_m"), optional(minWidthM)},
        {QStringLiteral("min_width_unobstructed_m"), optional(minWidthUnobstructedM)},
        {QStringLiteral("max_cross_slope"), optional(maxCrossSlope)},
        {QStringLiteral("allow_steps"), allowSteps},
        {QStringLiteral("steps_penalty"), stepsPenalty},
        {QStringLiteral("worst_surface"), QLatin1String(surfaceKey(worstSurface))},
        {QStringLiteral("wheelchair_tags"), wheelchairTags},
        {QStringLiteral("limited_is_failure"), limitedIsFailure},
        {QStringLiteral("need_sidewalk"), needSidewalk},
        {QStringLiteral("unknown_penalty"), unknownPenalty},
        {QStringLiteral("uphill_effort"), uphillEffort},
        {QStringLiteral("fail_penalty"), failPenalty},
        {QStringLiteral("block_penalty"), blockPenalty},
    };
}

std::optional<Profile> Profile::fromJson(const QJsonObject &json, const Profile &base,
                                         QString *error)
{
    Profile p = base;
    QString bad;
    auto number = [&](const char *key, double &target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            bad = QLatin1String(key);
        else
            target = v.toDouble();
    };
    auto limit = [&](const char *key, std::optional<double> &target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (v.isNull())
            target.reset();
        else if (!v.isDouble())
            bad = QLatin1String(key);
        else
            target = v.toDouble();
    };
    auto flag = [&](const char *key, bool &target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            bad = QLatin1String(key);
        else
            target = v.toBool();
    };
    if (json.contains(QLatin1String("name")))
        p.name = json.value(QLatin1String("name")).toString(p.name);
    number("speed_mps", p.speedMps);
    limit("max_slope_up", p.maxSlopeUp);
    limit("max_slope_down", p.maxSlopeDown);
    number("tolerated_slope_1", p.toleratedSlope1);
    number("tolerated_length_1_m", p.toleratedLength1M);
    number("tolerated_slope_2", p.toleratedSlope2);
    number("tolerated_length_2_m", p.toleratedLength2M);
    limit("max_kerb_m", p.maxKerbM);
    limit("max_chamfered_kerb_m", p.maxChamferedKerbM);
    limit("min_width_m", p.minWidthM);
    limit("min_width_unobstructed_m", p.minWidthUnobstructedM);
    limit("max_cross_slope", p.maxCrossSlope);
    flag("allow_steps", p.allowSteps);
    number("steps_penalty", p.stepsPenalty);
    flag("wheelchair_tags", p.wheelchairTags);
    flag("limited_is_failure", p.limitedIsFailure);
    flag("need_sidewalk", p.needSidewalk);
    number("unknown_penalty", p.unknownPenalty);
    number("uphill_effort", p.uphillEffort);
    number("fail_penalty", p.failPenalty);
    number("block_penalty", p.blockPenalty);
    const QString surface = json.value(QLatin1String("worst_surface")).toString();
    if (surface == QLatin1String("smooth"))
        p.worstSurface = SurfaceClass::Smooth;
    else if (surface == QLatin1String("rough"))
        p.worstSurface = SurfaceClass::Rough;
    else if (surface == QLatin1String("loose"))
        p.worstSurface = SurfaceClass::Loose;
    else if (surface == QLatin1String("any"))
        p.worstSurface = SurfaceClass::Unknown;
    else if (!surface.isEmpty())
        bad = QStringLiteral("worst_surface");
    if (!bad.isEmpty() || p.speedMps <= 0) {
        if (error)
            *error = QCoreApplication::translate("Profile",
                                                 "Routing profile \"%1\": invalid value for %2.")
                         .arg(p.name, bad.isEmpty() ? QStringLiteral("speed_mps") : bad);
        return std::nullopt;
    }
    return p;
}

std::optional<Profile> Profile::fromSection(const QJsonObject &routingSection, const QString &name,
                                            QString *error)
{
    Profile base = builtin(name);
    const QJsonObject overrides
        = routingSection.value(QLatin1String("profiles")).toObject().value(name).toObject();
    if (!base.isValid()) {
        if (overrides.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Profile",
                                                     "Unknown routing profile \"%1\" (known: %2).")
                             .arg(name, builtinNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        base = builtin(QStringLiteral("norm-2007"));
        base.name = name;
    }
    return fromJson(overrides, base, error);
}

} // namespace territoire
