#pragma once

#include "routing/TagValues.h"

#include <QString>

#include <optional>

namespace territoire {

// Parsers for the OpenStreetMap tags that matter to pedestrian and wheelchair routing. Each
// returns an explicit unknown state (never 0 or a made-up number) and fills *problem when the
// raw text could not be used, so that the caller can log it with the OSM id.
namespace TagParsers {

// incline=*: "5%", "-3 %", "−12%" (U+2212), "10°", "-3°", "8" (no unit means percent),
// "5,5%" (decimal comma), "up", "down", "up/down", "yes", "steep". Result in the way direction.
Incline parseIncline(const QString &raw, ParseProblem *problem = nullptr);

// incline:across=*: the same forms as incline; the result is the absolute cross-fall.
std::optional<double> parseCrossSlope(const QString &raw, ParseProblem *problem = nullptr);

// width=*, sidewalk:*:width=*: metres from "1,5 m", "1.5", "150 cm", "1500 mm", "85cm", "4'6\"".
// No unit means metres. "narrow", "0", negative or implausible (> 50 m) values give empty.
std::optional<double> parseWidth(const QString &raw, ParseProblem *problem = nullptr);

// kerb=* and kerb:height=* together; kerb:height wins over the class. kerb:height without a
// unit is in metres; a height above 0.5 m is implausible and ignored (unknown, with a problem).
// Both empty: no kerb.
Kerb parseKerb(const QString &kerb, const QString &kerbHeight, ParseProblem *problem = nullptr);

// The same, with the kerb's shape. The kerb is chamfered (bevelled or rounded, "chanfreiné")
// when kerb=rolled, kerb:shape=chamfered|bevelled|beveled|sloped|rounded|rolled or
// kerb:chamfer=yes. The OSM wiki documents kerb=rolled only; the two subkeys are read because
// they are the forms mappers use when they record a chamfer on a lowered kerb. Any other
// kerb:shape value (e.g. "square", "vertical") or kerb:chamfer=no means not chamfered.
Kerb parseKerb(const QString &kerb, const QString &kerbHeight, const QString &kerbShape,
               const QString &kerbChamfer, ParseProblem *problem = nullptr);

// Whether a tag on a node of a footway narrows the way's free width at that node: a barrier
// other than kerb/entrance/no (bollard, gate, block...), obstacle=* (other than "no"), street
// furniture (amenity=bench|waste_basket|bicycle_parking|post_box|telephone|vending_machine|
// recycling|drinking_water|clock|parcel_locker, highway=street_lamp,
// advertising=*, man_made=street_cabinet|utility_pole|flagpole, power=pole,
// emergency=fire_hydrant|phone, leisure=picnic_table, natural=tree, tourism=information).
bool isNarrowingTag(const QString &key, const QString &value);

// parking:lane:<side>=* or parking:<side>=*: whether cars park along that side (any value
// but no, none, separate, no_parking, no_stopping, no_standing, fire_lane).
bool isParkingAlongside(const QString &value);

// Worst of surface=* and smoothness=*; Unknown when both are missing or unknown.
SurfaceClass parseSurface(const QString &surface, const QString &smoothness);

// wheelchair=yes|designated|limited|no.
WheelchairTag parseWheelchair(const QString &raw);

// oneway:foot=*: +1 for "yes"/"1"/"true", -1 for "-1"/"reverse", 0 otherwise. Plain oneway=*
// never binds pedestrians and is not read.
int parseOnewayFoot(const QString &raw);

// step_count=*: a positive integer, or empty.
std::optional<int> parseStepCount(const QString &raw);

// Whether access=* and foot=* let pedestrians use a way or node.
bool isFootAllowed(const QString &access, const QString &foot);

// A length with an optional unit (m, cm, mm, km, ft, in, feet and inches); defaultUnitMetres
// is the factor for a bare number. Decimal commas accepted. Empty when unreadable.
std::optional<double> parseLength(const QString &raw, double defaultUnitMetres = 1.0);

} // namespace TagParsers

} // namespace territoire
