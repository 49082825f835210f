#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace territoire {

// Where an attribute value came from. Every routing attribute carries one so that results can
// say whether a slope was mapped, sampled from a DEM or assumed.
enum class ValueSource : std::uint8_t {
    Unknown = 0, // no value at all
    OsmTag = 1, // read from an OpenStreetMap tag
    Dem = 2, // computed from a digital elevation model
    Default = 3, // a profile or class default (e.g. a kerb class without a height)
};

// "osm-tag", "dem", "default" or "unknown", as written in results and exports.
QString valueSourceName(ValueSource source);

// A slope read from `incline=*`: a signed fraction (rise over run, 0.05 = 5 %) in the
// direction of the way, or an unknown magnitude with what is known about it.
struct Incline
{
    std::optional<double> fraction; // signed, along the way direction; empty when unknown
    int direction = 0; // +1 "up", -1 "down" when only the sign is known; 0 otherwise
    bool steep = false; // incline=steep: no value, but steep
    bool rolling = false; // incline=up/down: goes both ways, no overall sign
    ValueSource source = ValueSource::Unknown;

    bool isKnown() const { return fraction.has_value(); }
};

// What `kerb=*` says about a kerb, before any `kerb:height`.
enum class KerbClass : std::uint8_t { None, Flush, Lowered, Raised, Rolled, Unspecified };

// A kerb on a node: the height in metres when known (kerb:height wins over the class), or a
// lower bound implied by the class (raised and rolled kerbs are higher than 3 cm). chamfered:
// the kerb's edge is bevelled or rounded ("chanfreiné"), for which the 2007 norm allows 4 cm
// instead of 2 cm (kerb=rolled, or kerb:shape / kerb:chamfer, see TagParsers::parseKerb).
struct Kerb
{
    KerbClass kind = KerbClass::None;
    std::optional<double> heightM;
    bool chamfered = false;
    double lowerBoundM = 0.0; // the class says "higher than this"; 0 when it says nothing
    bool implausible = false; // kerb:height was unreadable or implausible (e.g. "3" metres)
    ValueSource source = ValueSource::Unknown;

    bool isPresent() const { return kind != KerbClass::None || heightM.has_value(); }
};

// How firm and smooth a surface is, from `surface=*` and `smoothness=*` (worst of both).
enum class SurfaceClass : std::uint8_t {
    Unknown = 0,
    Smooth, // asphalt, concrete, paving stones: firm and smooth
    Rough, // sett, cobblestones, compacted, fine gravel: firm but uneven
    Loose, // gravel, grass, sand, dirt: not firm
    Impassable, // smoothness=impassable and the like
};

// `wheelchair=*` on a way or node.
enum class WheelchairTag : std::uint8_t { Unknown = 0, Yes, Limited, No };

// How a way carries pedestrians.
enum class WayKind : std::uint8_t {
    Footway, // footway, path, pedestrian street, corridor, track, cycleway open to foot
    Sidewalk, // footway=sidewalk, mapped as its own way
    Crossing, // footway=crossing
    LivingStreet,
    Steps,
    Elevator, // highway=elevator mapped as a way
    RoadWithSidewalk, // a road walked along its sidewalk (sidewalk=both/left/right/yes)
    RoadNoSidewalk, // a minor road with sidewalk=no: walked on the carriageway
    RoadSidewalkUnknown, // a road with no sidewalk tag
};

// A value a parser could not use, to be logged with the OSM id (never shown as a number).
struct ParseProblem
{
    QString message; // e.g. "implausible kerb height"
    bool isSet() const { return !message.isEmpty(); }
};

} // namespace territoire
