#pragma once

#include "routing/TagValues.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace territoire {

// A set of limits that a route must respect, with costs. Built-in profiles: "norm-2007"
// (arrêté du 15 janvier 2007 on pedestrian ways), "manual-wheelchair", "electric-wheelchair",
// "walking-aid" and "pedestrian". Every limit can be changed; an empty optional means "no
// limit". Slopes are fractions (0.05 = 5 %), lengths in metres, speeds in metres per second.
struct Profile
{
    QString name;
    double speedMps = 0.83;

    std::optional<double> maxSlopeUp = 0.05; // climbing, in the direction of travel
    std::optional<double> maxSlopeDown = 0.05; // descending
    // Steeper slopes tolerated over short runs (norm-2007: 8 % over 2 m, 12 % over 0.5 m).
    double toleratedSlope1 = 0.08;
    double toleratedLength1M = 2.0;
    double toleratedSlope2 = 0.12;
    double toleratedLength2M = 0.5;
    std::optional<double> maxKerbM = 0.02; // kerb step
    // norm-2007 allows 4 cm where the kerb is chamfered ("chanfreiné"): kerb=rolled,
    // kerb:shape=chamfered|bevelled|sloped|rounded|rolled or kerb:chamfer=yes. The allowance
    // needs a measured kerb:height: a rolled kerb without one stays "over 3 cm" against
    // maxKerbM. Never stricter than maxKerbM; empty: no allowance (maxKerbM applies to all).
    std::optional<double> maxChamferedKerbM = 0.04;
    std::optional<double> minWidthM = 1.40; // free width
    // norm-2007 allows 1.20 m where nothing narrows the way. A width in
    // [minWidthUnobstructedM, minWidthM) passes, and the result names the allowance, when
    // none of these narrows it: a barrier (other than a kerb or entrance), obstacle=* or street
    // furniture (bench, street lamp, advertising, bollard, post box, street cabinet, tree...)
    // on a node of the edge (TagParsers::isNarrowingTag); width:minimum or est_width tagged
    // below minWidthM; for a road walked along its sidewalk, parking (parking:lane:<side> or
    // parking:<side>, any value but no/separate/no_parking/no_stopping...) on a side that has
    // the sidewalk. Walls along the way are not mapped on the way: they cannot be seen.
    // Empty: no allowance.
    std::optional<double> minWidthUnobstructedM = 1.20;
    std::optional<double> maxCrossSlope = 0.02; // cross-fall
    bool allowSteps = false;
    double stepsPenalty = 0.0; // cost factor added on steps when they are allowed
    // The worst surface accepted; Unknown means any surface.
    SurfaceClass worstSurface = SurfaceClass::Smooth;
    bool wheelchairTags = true; // wheelchair=* and wheelchair barriers apply
    bool limitedIsFailure = true; // wheelchair=limited breaks the profile (else: a doubt)
    bool needSidewalk = true; // roads without a sidewalk break the profile

    double unknownPenalty = 0.2; // cost factor added per rule that cannot be checked
    double uphillEffort = 0.0; // cost factor added per unit of climbing slope
    double failPenalty = 20.0; // relaxed search: cost factor per broken rule
    double blockPenalty = 200.0; // relaxed search: steps, wheelchair=no, blocking barriers

    bool isValid() const { return !name.isEmpty() && speedMps > 0; }

    // Built-in profiles; an invalid profile for an unknown name.
    static Profile builtin(const QString &name);
    static QStringList builtinNames();

    // JSON with snake_case keys ("max_slope_up": 0.05, null for no limit).
    QJsonObject toJson() const;
    // Applies the keys present in json over `base`; unknown keys are ignored, wrong types
    // give an error naming the key.
    static std::optional<Profile> fromJson(const QJsonObject &json, const Profile &base,
                                           QString *error = nullptr);
    // The profile `name` from a project "routing" section ({"profiles": {name: {...}}}) over
    // the built-in one of that name (or over norm-2007 for a new name).
    static std::optional<Profile> fromSection(const QJsonObject &routingSection,
                                              const QString &name, QString *error = nullptr);
};

} // namespace territoire
