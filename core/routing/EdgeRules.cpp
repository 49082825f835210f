#include "routing/EdgeRules.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace territoire {

namespace {

constexpr double epsilon = 1e-9;

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1);
}

// "way 1003", or "rue X (way 1003)".
QString label(const PedestrianGraph &graph, const WayInfo &way)
{
    const QString name = graph.string(way.nameIndex);
    if (name.isEmpty())
        return QCoreApplication::translate("EdgeRules", "way %1").arg(way.osmId);
    return QCoreApplication::translate("EdgeRules", "%1 (way %2)").arg(name).arg(way.osmId);
}

Verdict slopeVerdict(const EdgeData &edge, const WayInfo &way, bool forward, const Profile &profile)
{
    if (way.kind == WayKind::Elevator || (way.kind == WayKind::Steps && !way.rampWheelchair))
        return Verdict::Pass;
    if (!profile.maxSlopeUp && !profile.maxSlopeDown)
        return Verdict::Pass;
    const auto slope = edge.slopeFraction(forward);
    if (!slope)
        return way.incline.steep ? Verdict::Fail : Verdict::Unknown;
    const std::optional<double> limit = *slope >= 0 ? profile.maxSlopeUp : profile.maxSlopeDown;
    if (!limit)
        return Verdict::Pass;
    const double magnitude = std::abs(*slope);
    if (magnitude <= *limit + epsilon)
        return Verdict::Pass;
    // A tagged incline covers the whole way; a DEM slope only its edge.
    const double run = edge.slopeSource == ValueSource::OsmTag ? way.lengthM : edge.lengthM;
    if (magnitude <= profile.toleratedSlope1 + epsilon && run <= profile.toleratedLength1M + 1e-4)
        return Verdict::Pass;
    if (magnitude <= profile.toleratedSlope2 + epsilon && run <= profile.toleratedLength2M + 1e-4)
        return Verdict::Pass;
    return Verdict::Fail;
}

// The kerb limits in millimetres: square kerbs, and chamfered ones (never stricter).
struct KerbLimits
{
    double squareMm;
    double chamferedMm;
};

KerbLimits kerbLimits(const Profile &profile)
{
    const double square = profile.maxKerbM.value_or(0) * 1000.0;
    return {square, std::max(square, profile.maxChamferedKerbM.value_or(0) * 1000.0)};
}

Verdict kerbVerdict(const EdgeData &edge, const Profile &profile)
{
    if (!profile.maxKerbM)
        return Verdict::Pass;
    const KerbLimits limits = kerbLimits(profile);
    if (edge.kerbSquareMm != EdgeData::noKerb && edge.kerbSquareMm > limits.squareMm + 0.5)
        return Verdict::Fail;
    if (edge.kerbKnownMm != EdgeData::noKerb && edge.kerbKnownMm > limits.chamferedMm + 0.5)
        return Verdict::Fail;
    // A class without a height ("raised", "rolled": over 3 cm) is held to the square limit.
    const double limitMm = limits.squareMm;
    if (edge.kerbLowerBoundMm > 0 && edge.kerbLowerBoundMm >= limitMm - 0.5)
        return Verdict::Fail;
    if (edge.flags & EdgeData::KerbUnknown)
        return Verdict::Unknown;
    if (edge.kerbLowerBoundMm > 0)
        return Verdict::Unknown;
    return Verdict::Pass;
}

// What keeps the reduced width limit from applying to an edge.
enum class Narrowing { None, Furniture, NarrowerSpot, Parking };

Narrowing narrowing(const EdgeData &edge, const WayInfo &way, const Profile &profile)
{
    if (edge.flags & EdgeData::Narrowed)
        return Narrowing::Furniture;
    if (way.narrowestWidthM && profile.minWidthM
        && *way.narrowestWidthM < *profile.minWidthM - 1e-6)
        return Narrowing::NarrowerSpot;
    if (way.parkingAlongside)
        return Narrowing::Parking;
    return Narrowing::None;
}

// Whether a width under minWidthM is in the reduced limit's range.
bool inReducedWidthRange(const WayInfo &way, const Profile &profile)
{
    return way.widthM && profile.minWidthM && profile.minWidthUnobstructedM
        && *way.widthM >= std::min(*profile.minWidthUnobstructedM, *profile.minWidthM) - 1e-6
        && *way.widthM < *profile.minWidthM - 1e-6;
}

bool isRoadWithoutKnownSidewalk(const WayInfo &way)
{
    return way.kind == WayKind::RoadNoSidewalk || way.kind == WayKind::RoadSidewalkUnknown;
}

} // namespace

QString ruleKey(Rule rule)
{
    static const char *keys[ruleCount] = {"slope",   "cross_slope", "width",   "kerb",    "steps",
                                          "surface", "wheelchair",  "barrier", "sidewalk"};
    return QLatin1String(keys[std::size_t(rule)]);
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Fail:
        break;
    }
    return QStringLiteral("fail");
}

QString complianceKey(Compliance compliance)
{
    switch (compliance) {
    case Compliance::Compliant:
        return QStringLiteral("compliant");
    case Compliance::Unknown:
        return QStringLiteral("unknown");
    case Compliance::NonCompliant:
        break;
    }
    return QStringLiteral("non-compliant");
}

Compliance EdgeVerdicts::compliance() const
{
    if (count(Verdict::Fail) > 0)
        return Compliance::NonCompliant;
    if (count(Verdict::Unknown) > 0)
        return Compliance::Unknown;
    return Compliance::Compliant;
}

int EdgeVerdicts::count(Verdict verdict) const
{
    int n = 0;
    for (Verdict v : verdicts)
        n += v == verdict ? 1 : 0;
    return n;
}

namespace EdgeRules {

EdgeVerdicts evaluate(const PedestrianGraph &graph, std::uint32_t edgeIndex, bool forward,
                      const Profile &profile)
{
    const EdgeData &edge = graph.edges()[edgeIndex];
    const WayInfo &way = graph.ways()[edge.way];
    EdgeVerdicts result;
    auto set = [&](Rule rule, Verdict verdict) {
        result.verdicts[std::size_t(rule)] = verdict;
    };

    result.accessible = !((way.onewayFoot > 0 && !forward) || (way.onewayFoot < 0 && forward));
    set(Rule::Slope, slopeVerdict(edge, way, forward, profile));

    if (profile.maxCrossSlope && way.kind != WayKind::Elevator) {
        if (!way.crossSlope || isRoadWithoutKnownSidewalk(way))
            set(Rule::CrossSlope, Verdict::Unknown);
        else if (*way.crossSlope > *profile.maxCrossSlope + epsilon)
            set(Rule::CrossSlope, Verdict::Fail);
    }
    if (profile.minWidthM) {
        if (!way.widthM || isRoadWithoutKnownSidewalk(way))
            set(Rule::Width, Verdict::Unknown);
        else if (*way.widthM < *profile.minWidthM - 1e-6
                 && !(inReducedWidthRange(way, profile)
                      && narrowing(edge, way, profile) == Narrowing::None))
            set(Rule::Width, Verdict::Fail);
    }
    set(Rule::Kerb, kerbVerdict(edge, profile));
    if (way.kind == WayKind::Steps && !profile.allowSteps
        && !(profile.wheelchairTags && way.rampWheelchair))
        set(Rule::Steps, Verdict::Fail);
    if (profile.worstSurface != SurfaceClass::Unknown && way.kind != WayKind::Elevator) {
        if (way.surface == SurfaceClass::Unknown)
            set(Rule::Surface, Verdict::Unknown);
        else if (way.surface > profile.worstSurface)
            set(Rule::Surface, Verdict::Fail);
    }
    if (profile.wheelchairTags) {
        if (way.wheelchair == WheelchairTag::No || (edge.flags & EdgeData::BarrierWheelchairNo))
            set(Rule::Wheelchair, Verdict::Fail);
        else if (way.wheelchair == WheelchairTag::Limited)
            set(Rule::Wheelchair, profile.limitedIsFailure ? Verdict::Fail : Verdict::Unknown);
        if (edge.flags & EdgeData::BlockingBarrier)
            set(Rule::Barrier, Verdict::Fail);
    }
    if (profile.needSidewalk) {
        if (way.kind == WayKind::RoadNoSidewalk)
            set(Rule::Sidewalk, Verdict::Fail);
        else if (way.kind == WayKind::RoadSidewalkUnknown)
            set(Rule::Sidewalk, Verdict::Unknown);
    }
    return result;
}

bool isBlockingFailure(const PedestrianGraph &graph, std::uint32_t edge, Rule rule)
{
    if (rule == Rule::Steps || rule == Rule::Barrier)
        return true;
    if (rule == Rule::Wheelchair) {
        const EdgeData &e = graph.edges()[edge];
        return graph.ways()[e.way].wheelchair == WheelchairTag::No
            || (e.flags & EdgeData::BarrierWheelchairNo);
    }
    return false;
}

ArcCosts cost(const PedestrianGraph &graph, std::uint32_t edgeIndex, bool forward,
              const Profile &profile, const EdgeVerdicts &verdicts)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    if (!verdicts.accessible)
        return {infinity, infinity};
    const EdgeData &edge = graph.edges()[edgeIndex];
    const WayInfo &way = graph.ways()[edge.way];

    // Climbing costs more; descending costs its plain length (never a bonus).
    const auto slope = edge.slopeFraction(forward);
    const double climb = slope ? std::max(*slope, 0.0) : 0.0;
    const double base = double(edge.lengthM) * (1.0 + std::max(0.0, profile.uphillEffort) * climb);

    double factor = 1.0 + profile.unknownPenalty * verdicts.count(Verdict::Unknown);
    if (way.kind == WayKind::Steps && profile.allowSteps)
        factor += profile.stepsPenalty;
    int fails = 0, blocks = 0;
    for (int r = 0; r < ruleCount; ++r) {
        if (verdicts.verdicts[std::size_t(r)] != Verdict::Fail)
            continue;
        if (isBlockingFailure(graph, edgeIndex, Rule(r)))
            ++blocks;
        else
            ++fails;
    }
    auto clamp = [](double value) {
        // Costs are never negative (Dijkstra and A* need it) and never NaN.
        return std::isnan(value) || value < 0 ? 0.0 : value;
    };
    const double relaxed
        = clamp(base * (factor + profile.failPenalty * fails + profile.blockPenalty * blocks));
    const double strict = fails + blocks > 0 ? infinity : clamp(base * factor);
    return {strict, relaxed};
}

QString explain(const PedestrianGraph &graph, std::uint32_t edgeIndex, bool forward,
                const Profile &profile, Rule rule, Verdict verdict)
{
    const EdgeData &edge = graph.edges()[edgeIndex];
    const WayInfo &way = graph.ways()[edge.way];
    const QString where = label(graph, way);
    const bool unknown = verdict == Verdict::Unknown;
    switch (rule) {
    case Rule::Slope: {
        const auto slope = edge.slopeFraction(forward);
        if (unknown)
            return way.kind == WayKind::Steps
                ? QCoreApplication::translate("EdgeRules", "ramp slope unknown on %1").arg(where)
                : QCoreApplication::translate("EdgeRules", "slope unknown on %1").arg(where);
        if (!slope)
            return QCoreApplication::translate("EdgeRules",
                                               "slope tagged steep, with no value, on %1")
                .arg(where);
        const auto limit = *slope >= 0 ? profile.maxSlopeUp : profile.maxSlopeDown;
        return QCoreApplication::translate("EdgeRules", "slope of %1 % over the %2 % limit on %3")
            .arg(percent(*slope), percent(limit.value_or(0)), where);
    }
    case Rule::CrossSlope:
        if (unknown)
            return QCoreApplication::translate("EdgeRules", "cross-fall unknown on %1").arg(where);
        return QCoreApplication::translate("EdgeRules",
                                           "cross-fall of %1 % over the %2 % limit on %3")
            .arg(percent(way.crossSlope.value_or(0)), percent(profile.maxCrossSlope.value_or(0)),
                 where);
    case Rule::Width: {
        if (unknown)
            return QCoreApplication::translate("EdgeRules", "width unknown on %1").arg(where);
        const QString width = QString::number(way.widthM.value_or(0), 'f', 2);
        const QString minimum = QString::number(profile.minWidthM.value_or(0), 'f', 2);
        if (!inReducedWidthRange(way, profile))
            return QCoreApplication::translate("EdgeRules",
                                               "width of %1 m under the %2 m minimum on %3")
                .arg(width, minimum, where);
        const QString reduced = QString::number(profile.minWidthUnobstructedM.value_or(0), 'f', 2);
        QString why;
        switch (narrowing(edge, way, profile)) {
        case Narrowing::Furniture:
            why = QCoreApplication::translate(
                "EdgeRules", "a barrier, obstacle or street furniture stands on the way");
            break;
        case Narrowing::NarrowerSpot:
            why = QCoreApplication::translate("EdgeRules",
                                              "the way narrows to %1 m (width:minimum, est_width)")
                      .arg(QString::number(way.narrowestWidthM.value_or(0), 'f', 2));
            break;
        case Narrowing::Parking:
            why = QCoreApplication::translate("EdgeRules", "cars park along the sidewalk");
            break;
        case Narrowing::None:
            break;
        }
        return QCoreApplication::translate("EdgeRules",
                                           "width of %1 m under the %2 m minimum on %3: the "
                                           "%4 m allowance where nothing narrows the way does "
                                           "not apply (%5)")
            .arg(width, minimum, where, reduced, why);
    }
    case Rule::Kerb: {
        const QString crossed = graph.string(way.crossedNameIndex);
        const QString at = way.kind == WayKind::Crossing && !crossed.isEmpty()
            ? QCoreApplication::translate("EdgeRules", "at the crossing of %1").arg(crossed)
            : QCoreApplication::translate("EdgeRules", "on %1").arg(where);
        if (unknown)
            return QCoreApplication::translate("EdgeRules", "kerb height unknown %1").arg(at);
        const KerbLimits limits = kerbLimits(profile);
        const QString square = QString::number(limits.squareMm / 10.0, 'f', 1);
        const QString chamfered = QString::number(limits.chamferedMm / 10.0, 'f', 1);
        const bool allowance = limits.chamferedMm > limits.squareMm + 0.5;
        if (edge.kerbSquareMm != EdgeData::noKerb && edge.kerbSquareMm > limits.squareMm + 0.5) {
            const QString height = QString::number(edge.kerbSquareMm / 10.0, 'f', 1);
            if (allowance)
                return QCoreApplication::translate("EdgeRules",
                                                   "kerb of %1 cm over the %2 cm limit %3 (%4 cm "
                                                   "only if chamfered, not tagged so)")
                    .arg(height, square, at, chamfered);
            return QCoreApplication::translate("EdgeRules", "kerb of %1 cm over the %2 cm limit %3")
                .arg(height, square, at);
        }
        if (edge.kerbKnownMm != EdgeData::noKerb && edge.kerbKnownMm > limits.chamferedMm + 0.5
            && !allowance)
            return QCoreApplication::translate("EdgeRules", "kerb of %1 cm over the %2 cm limit %3")
                .arg(QString::number(edge.kerbKnownMm / 10.0, 'f', 1), square, at);
        if (edge.kerbKnownMm != EdgeData::noKerb && edge.kerbKnownMm > limits.chamferedMm + 0.5)
            return QCoreApplication::translate("EdgeRules",
                                               "chamfered kerb of %1 cm over the %2 cm limit for "
                                               "chamfered kerbs %3")
                .arg(QString::number(edge.kerbKnownMm / 10.0, 'f', 1), chamfered, at);
        return QCoreApplication::translate("EdgeRules", "raised or rolled kerb (over %1 cm) %2")
            .arg(QString::number(edge.kerbLowerBoundMm / 10.0, 'f', 0), at);
    }
    case Rule::Steps:
        if (way.stepCount > 0)
            return QCoreApplication::translate("EdgeRules", "%1 steps on %2")
                .arg(way.stepCount)
                .arg(where);
        return QCoreApplication::translate("EdgeRules", "steps on %1").arg(where);
    case Rule::Surface: {
        const QString raw = graph.string(way.surfaceIndex);
        if (unknown)
            return QCoreApplication::translate("EdgeRules", "surface unknown on %1").arg(where);
        return QCoreApplication::translate("EdgeRules",
                                           "surface \"%1\" is not firm and smooth on %2")
            .arg(raw.isEmpty() ? QCoreApplication::translate("EdgeRules", "rough") : raw, where);
    }
    case Rule::Wheelchair:
        if (way.wheelchair == WheelchairTag::Limited)
            return QCoreApplication::translate("EdgeRules",
                                               "limited accessibility (wheelchair=limited) on %1")
                .arg(where);
        return QCoreApplication::translate("EdgeRules",
                                           "not accessible to wheelchairs (wheelchair=no) on %1")
            .arg(where);
    case Rule::Barrier:
        return QCoreApplication::translate("EdgeRules", "a barrier a wheelchair cannot pass on %1")
            .arg(where);
    case Rule::Sidewalk:
        if (unknown)
            return QCoreApplication::translate("EdgeRules", "sidewalk unknown along %1").arg(where);
        return QCoreApplication::translate("EdgeRules", "no sidewalk along %1").arg(where);
    }
    return {};
}

QStringList allowances(const PedestrianGraph &graph, std::uint32_t edgeIndex, bool forward,
                       const Profile &profile, const EdgeVerdicts &verdicts)
{
    Q_UNUSED(forward);
    const EdgeData &edge = graph.edges()[edgeIndex];
    const WayInfo &way = graph.ways()[edge.way];
    const QString where = label(graph, way);
    QStringList notes;

    // A chamfered kerb over the square limit that passed.
    const KerbLimits limits = kerbLimits(profile);
    if (profile.maxKerbM && verdicts[Rule::Kerb] != Verdict::Fail
        && edge.kerbKnownMm != EdgeData::noKerb && edge.kerbKnownMm > limits.squareMm + 0.5) {
        const QString crossed = graph.string(way.crossedNameIndex);
        const QString at = way.kind == WayKind::Crossing && !crossed.isEmpty()
            ? QCoreApplication::translate("EdgeRules", "at the crossing of %1").arg(crossed)
            : QCoreApplication::translate("EdgeRules", "on %1").arg(where);
        notes.append(
            QCoreApplication::translate("EdgeRules",
                                        "chamfered kerb of %1 cm accepted under the %2 "
                                        "cm limit for chamfered kerbs (%3 cm otherwise) %4")
                .arg(QString::number(edge.kerbKnownMm / 10.0, 'f', 1),
                     QString::number(limits.chamferedMm / 10.0, 'f', 1),
                     QString::number(limits.squareMm / 10.0, 'f', 1), at));
    }

    // A width under the minimum that passed on the reduced limit.
    if (verdicts[Rule::Width] == Verdict::Pass && inReducedWidthRange(way, profile))
        notes.append(QCoreApplication::translate("EdgeRules",
                                                 "width of %1 m accepted under the %2 m minimum "
                                                 "where nothing narrows the way (%3 m otherwise) "
                                                 "on %4")
                         .arg(QString::number(*way.widthM, 'f', 2),
                              QString::number(*profile.minWidthUnobstructedM, 'f', 2),
                              QString::number(*profile.minWidthM, 'f', 2), where));
    return notes;
}

} // namespace EdgeRules

} // namespace territoire
