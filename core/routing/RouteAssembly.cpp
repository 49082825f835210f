#include "routing/RouteAssembly.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace territoire::RouteAssembly {

namespace {

QString kindKey(WayKind kind)
{
    switch (kind) {
    case WayKind::Footway:
        return QStringLiteral("footway");
    case WayKind::Sidewalk:
        return QStringLiteral("sidewalk");
    case WayKind::Crossing:
        return QStringLiteral("crossing");
    case WayKind::LivingStreet:
        return QStringLiteral("living_street");
    case WayKind::Steps:
        return QStringLiteral("steps");
    case WayKind::Elevator:
        return QStringLiteral("elevator");
    case WayKind::RoadWithSidewalk:
        return QStringLiteral("road_sidewalk");
    case WayKind::RoadNoSidewalk:
        return QStringLiteral("road_no_sidewalk");
    case WayKind::RoadSidewalkUnknown:
        break;
    }
    return QStringLiteral("road");
}

void appendPoints(std::vector<LonLat> &line, const std::vector<LonLat> &points)
{
    for (const LonLat &p : points) {
        if (!line.empty() && line.back().lon == p.lon && line.back().lat == p.lat)
            continue;
        line.push_back(p);
    }
}

} // namespace

RouteResult assemble(const PedestrianGraph &graph, const Profile &profile,
                     const std::vector<Piece> &pieces, double cost)
{
    RouteResult result;
    result.status = RouteResult::Status::Ok;
    result.profile = profile.name;
    result.cost = cost;
    result.compliant = true;
    QSet<QString> warned; // warnings are listed once each, in route order
    auto warn = [&](const QString &sentence) {
        if (!warned.contains(sentence)) {
            warned.insert(sentence);
            result.warnings.append(sentence);
        }
    };
    auto allow = [&](const QString &sentence) {
        if (!result.allowances.contains(sentence))
            result.allowances.append(sentence);
    };

    for (const Piece &piece : pieces) {
        const double span = std::abs(piece.toFraction - piece.fromFraction);
        const EdgeData &edge = graph.edges()[piece.edge];
        // Snapped ends a centimetre from a vertex add nothing (and must not add verdicts).
        if (edge.lengthM * span < 0.01 && pieces.size() > 1)
            continue;
        const WayInfo &way = graph.ways()[edge.way];
        const bool forward = piece.toFraction >= piece.fromFraction;
        const EdgeVerdicts verdicts = EdgeRules::evaluate(graph, piece.edge, forward, profile);
        const double length = edge.lengthM * span;
        const std::vector<LonLat> points
            = graph.edgeGeometry(piece.edge, piece.fromFraction, piece.toFraction);
        appendPoints(result.geometry, points);
        result.lengthM += length;

        // Continue the previous stretch when nothing differs.
        const auto slope = edge.slopeFraction(forward);
        RouteStretch *last = result.stretches.isEmpty() ? nullptr : &result.stretches.last();
        if (last && last->wayId == way.osmId && last->verdicts.verdicts == verdicts.verdicts
            && last->slope == slope && last->elevator == bool(edge.flags & EdgeData::Elevator)) {
            last->lengthM += length;
            appendPoints(last->geometry, points);
            for (const QString &sentence :
                 EdgeRules::allowances(graph, piece.edge, forward, profile, verdicts)) {
                if (!last->allowances.contains(sentence))
                    last->allowances.append(sentence);
                allow(sentence);
            }
        } else {
            RouteStretch stretch;
            stretch.wayId = way.osmId;
            stretch.name = graph.string(way.nameIndex);
            stretch.kind = kindKey(way.kind);
            stretch.lengthM = length;
            stretch.geometry = points;
            stretch.slope = slope;
            stretch.slopeSource = slope ? edge.slopeSource : ValueSource::Unknown;
            if (way.widthM)
                stretch.widthM = *way.widthM;
            if (way.crossSlope)
                stretch.crossSlope = *way.crossSlope;
            if (edge.kerbKnownMm != EdgeData::noKerb)
                stretch.kerbHeightM = edge.kerbKnownMm / 1000.0;
            stretch.surface = graph.string(way.surfaceIndex);
            stretch.elevator = edge.flags & EdgeData::Elevator;
            stretch.verdicts = verdicts;
            stretch.compliance = verdicts.compliance();
            for (int r = 0; r < ruleCount; ++r) {
                const Verdict v = verdicts.verdicts[std::size_t(r)];
                if (v == Verdict::Pass)
                    continue;
                const QString sentence
                    = EdgeRules::explain(graph, piece.edge, forward, profile, Rule(r), v);
                stretch.reasons.append(sentence);
                warn(sentence);
                if (v == Verdict::Fail) {
                    result.compliant = false;
                    result.blockedBy.append({Rule(r), way.osmId, sentence});
                }
            }
            stretch.allowances
                = EdgeRules::allowances(graph, piece.edge, forward, profile, verdicts);
            for (const QString &sentence : std::as_const(stretch.allowances))
                allow(sentence);
            if (stretch.elevator) {
                const QString sentence
                    = QCoreApplication::translate(
                          "RouteAssembly",
                          "the route uses an elevator on way %1: check that it works")
                          .arg(way.osmId);
                warn(sentence);
            }
            result.stretches.append(stretch);
        }
    }
    result.durationS = result.lengthM / profile.speedMps;
    return result;
}

} // namespace territoire::RouteAssembly
