#pragma once

#include "routing/PedestrianGraph.h"
#include "routing/Profile.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

namespace territoire {

// The rules a stretch is checked against.
enum class Rule : std::uint8_t {
    Slope,
    CrossSlope,
    Width,
    Kerb,
    Steps,
    Surface,
    Wheelchair, // wheelchair=* on the way, wheelchair=no on a node
    Barrier, // barriers a wheelchair cannot pass
    Sidewalk, // roads walked without a known sidewalk
};
constexpr int ruleCount = 9;

enum class Verdict : std::uint8_t { Pass, Unknown, Fail };

// Short key used in JSON and exports ("slope", "kerb", ...).
QString ruleKey(Rule rule);
QString verdictKey(Verdict verdict); // "pass", "unknown", "fail"

// The colour class of a stretch: every rule met, some unknown, or some broken.
enum class Compliance : std::uint8_t { Compliant, Unknown, NonCompliant };
QString complianceKey(Compliance compliance); // "compliant", "unknown", "non-compliant"

// The verdict of each rule for one edge walked in one direction under a profile.
struct EdgeVerdicts
{
    std::array<Verdict, ruleCount> verdicts {};
    bool accessible = true; // false: the direction is forbidden (oneway:foot)

    Verdict operator[](Rule rule) const { return verdicts[std::size_t(rule)]; }
    Compliance compliance() const;
    int count(Verdict verdict) const;
};

// Checks edges against a profile and turns verdicts into costs and sentences.
namespace EdgeRules {

// forward: walked from the edge's `from` vertex to its `to` vertex.
EdgeVerdicts evaluate(const PedestrianGraph &graph, std::uint32_t edge, bool forward,
                      const Profile &profile);

// Blocking rules (steps, wheelchair=no, barriers) cost more than others when relaxed.
bool isBlockingFailure(const PedestrianGraph &graph, std::uint32_t edge, Rule rule);

// Arc costs in metre-equivalents, never negative. strict: infinite when a rule fails;
// relaxed: broken rules cost the profile's fail/block penalties. Infinite when forbidden.
struct ArcCosts
{
    double strict;
    double relaxed;
};
ArcCosts cost(const PedestrianGraph &graph, std::uint32_t edge, bool forward,
              const Profile &profile, const EdgeVerdicts &verdicts);

// A sentence for a failed or unknown rule on an edge, e.g. "slope unknown on way 1003",
// "kerb height unknown at the crossing of rue X", "slope 10.0 % over 5 % on rue Y (way 12)".
QString explain(const PedestrianGraph &graph, std::uint32_t edge, bool forward,
                const Profile &profile, Rule rule, Verdict verdict);

// Sentences for the rules that passed only thanks to one of the norm's allowances, naming it:
// a chamfered kerb over maxKerbM but within maxChamferedKerbM, a width under minWidthM but
// within minWidthUnobstructedM where nothing narrows the way. Empty when none applied.
QStringList allowances(const PedestrianGraph &graph, std::uint32_t edge, bool forward,
                       const Profile &profile, const EdgeVerdicts &verdicts);

} // namespace EdgeRules

} // namespace territoire
