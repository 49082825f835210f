#pragma once

#include "base/Crs.h"
#include "base/LonLat.h"
#include "routing/EdgeRules.h"

#include <QList>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace territoire {

// One stretch of a route: consecutive pieces of one way with the same verdicts, and the
// attributes that decided them.
struct RouteStretch
{
    qint64 wayId = 0;
    QString name;
    QString kind; // "footway", "sidewalk", "crossing", "steps", ...
    double lengthM = 0;
    std::vector<LonLat> geometry; // WGS 84, in walking order
    std::optional<double> slope; // signed, in the walking direction
    ValueSource slopeSource = ValueSource::Unknown;
    std::optional<double> widthM;
    std::optional<double> crossSlope;
    std::optional<double> kerbHeightM; // highest known kerb on the stretch
    QString surface; // raw surface=* value
    bool elevator = false;
    EdgeVerdicts verdicts;
    Compliance compliance = Compliance::Compliant;
    QStringList reasons; // one sentence per rule that fails or cannot be checked
    // One sentence per rule met only thanks to an allowance of the norm (chamfered kerb,
    // reduced width where nothing narrows the way), naming it.
    QStringList allowances;
};

// A broken rule on the route: the rule, the way and the sentence.
struct RuleBreach
{
    Rule rule = Rule::Slope;
    qint64 wayId = 0;
    QString message;
};

// The answer to a routing query. On success the route is the cheapest one that meets the
// profile (compliant), or, when none exists, the cheapest relaxed route with the rules it
// breaks in blockedBy.
struct RouteResult
{
    enum class Status { Ok, NoRoute, SnapFailed, NoGraph, Error };
    Status status = Status::NoGraph;
    QString error; // a sentence for users when status != Ok

    QString profile;
    bool compliant = false;
    bool relaxed = false; // the route breaks rules: no compliant route exists
    double lengthM = 0;
    double durationS = 0; // at the profile's speed
    double cost = 0; // metre-equivalents under the profile
    std::vector<LonLat> geometry; // WGS 84
    QList<RouteStretch> stretches;
    QStringList warnings; // doubts and breaches, naming the way, each once
    QStringList allowances; // the stretches' allowances, each once, in route order
    QList<RuleBreach> blockedBy; // relaxed routes: what prevents a compliant one
    LonLat from; // the points on the network the route starts and ends at
    LonLat to;
    double snapFromM = 0; // distance from the requested points to the network
    double snapToM = 0;
    std::vector<std::uint32_t> vertices; // graph vertices passed, in order
    QString targetId; // nearest(): the target the route comes from
    int targetIndex = -1;

    bool isValid() const { return status == Status::Ok; }
    // Length of the stretches with a rule that could not be checked (missing data), metres.
    double unverifiedM() const;
    // The geometry projected to a CRS (e.g. the map's); empty when the transform fails.
    QPolygonF geometryIn(const Crs &crs) const;
};

} // namespace territoire
