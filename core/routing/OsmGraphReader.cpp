#include "routing/OsmGraphReader.h"

#include "base/Logging.h"
#include "routing/DemSampler.h"
#include "routing/GraphBuilder.h"
#include "routing/TagParsers.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/visitor.hpp>

#include <unordered_map>

namespace territoire {

namespace {

struct Cancelled
{
};

QString tag(const osmium::TagList &tags, const char *key)
{
    const char *value = tags[key];
    return value ? QString::fromUtf8(value) : QString();
}

bool isOneOf(const char *value, std::initializer_list<const char *> options)
{
    if (!value)
        return false;
    for (const char *option : options) {
        if (std::strcmp(value, option) == 0)
            return true;
    }
    return false;
}

// The walkable kind of a way, or empty when pedestrians cannot use it.
std::optional<WayKind> classify(const osmium::TagList &tags)
{
    const char *highway = tags["highway"];
    if (!highway)
        return std::nullopt;
    if (!TagParsers::isFootAllowed(tag(tags, "access"), tag(tags, "foot")))
        return std::nullopt;
    const char *footway = tags["footway"];
    const bool footYes = isOneOf(tags["foot"], {"yes", "designated", "permissive"});
    if (isOneOf(highway, {"footway", "path", "pedestrian", "corridor", "track", "bridleway"})) {
        if (isOneOf(footway, {"crossing"}))
            return WayKind::Crossing;
        if (isOneOf(footway, {"sidewalk"}))
            return WayKind::Sidewalk;
        return WayKind::Footway;
    }
    if (isOneOf(highway, {"steps"}))
        return WayKind::Steps;
    if (isOneOf(highway, {"elevator"}))
        return WayKind::Elevator;
    if (isOneOf(highway, {"living_street"}))
        return WayKind::LivingStreet;
    if (isOneOf(highway, {"cycleway"}))
        return footYes ? std::optional(WayKind::Footway) : std::nullopt;
    if (isOneOf(highway, {"motorway", "motorway_link", "trunk", "trunk_link"}) && !footYes)
        return std::nullopt;
    if (!isOneOf(highway,
                 {"primary", "primary_link", "secondary", "secondary_link", "tertiary",
                  "tertiary_link", "unclassified", "residential", "service", "road", "motorway",
                  "motorway_link", "trunk", "trunk_link"}))
        return std::nullopt;

    // Roads: walked along their sidewalks; separately mapped sidewalks replace them.
    const char *sidewalk = tags["sidewalk"];
    const char *sidewalkBoth = tags["sidewalk:both"];
    const char *left = tags["sidewalk:left"];
    const char *right = tags["sidewalk:right"];
    if (isOneOf(sidewalk, {"both", "left", "right", "yes"}) || isOneOf(sidewalkBoth, {"yes"})
        || isOneOf(left, {"yes"}) || isOneOf(right, {"yes"}))
        return WayKind::RoadWithSidewalk;
    if (isOneOf(sidewalk, {"separate"}) || isOneOf(sidewalkBoth, {"separate"})
        || (isOneOf(left, {"separate"}) && isOneOf(right, {"separate", "no"}))
        || (isOneOf(right, {"separate"}) && isOneOf(left, {"separate", "no"})))
        return footYes ? std::optional(WayKind::RoadSidewalkUnknown) : std::nullopt;
    if (isOneOf(sidewalk, {"no", "none"}) || isOneOf(sidewalkBoth, {"no"})) {
        if (isOneOf(highway, {"residential", "service", "unclassified", "road"}) || footYes)
            return WayKind::RoadNoSidewalk;
        return std::nullopt;
    }
    return WayKind::RoadSidewalkUnknown;
}

class Handler : public osmium::handler::Handler
{
public:
    Handler(GraphBuilder &builder, OsmReadResult &result, const ProgressCallback &progress,
            const osmium::io::Reader &reader, std::size_t fileSize)
        : m_builder(builder)
        , m_result(result)
        , m_progress(progress)
        , m_reader(reader)
        , m_fileSize(fileSize)
    { }

    std::vector<WayInput> ways;
    std::unordered_map<qint64, QString> crossingRoadName; // crossing node -> road name
    std::unordered_map<qint64, bool> crossingNodes;

    void node(const osmium::Node &node)
    {
        tick();
        const osmium::TagList &tags = node.tags();
        if (tags.empty())
            return;
        const qint64 id = node.id();
        NodeInfo info;
        bool useful = false;
        const QString kerb = tag(tags, "kerb");
        const QString kerbHeight = tag(tags, "kerb:height");
        const char *barrier = tags["barrier"];
        if (!kerb.isEmpty() || !kerbHeight.isEmpty() || isOneOf(barrier, {"kerb"})) {
            ParseProblem problem;
            info.kerb = TagParsers::parseKerb(
                kerb.isEmpty() && isOneOf(barrier, {"kerb"}) ? QStringLiteral("yes") : kerb,
                kerbHeight, tag(tags, "kerb:shape"), tag(tags, "kerb:chamfer"), &problem);
            if (problem.isSet())
                logProblem("node", id, problem, kerbHeight);
            useful = true;
        }
        if (isOneOf(barrier,
                    {"stile", "turnstile", "full-height_turnstile", "kissing_gate", "cattle_grid",
                     "step", "wall", "fence", "hampshire_gate"})) {
            info.blockingBarrier = true;
            useful = true;
        }
        for (const osmium::Tag &t : tags) {
            if (TagParsers::isNarrowingTag(QString::fromUtf8(t.key()),
                                           QString::fromUtf8(t.value()))) {
                info.narrowing = true;
                useful = true;
                break;
            }
        }
        if (isOneOf(tags["highway"], {"elevator"})) {
            info.elevator = true;
            useful = true;
        }
        if (isOneOf(tags["highway"], {"crossing"}) || tags["crossing"]) {
            info.crossing = true;
            crossingNodes[id] = true;
            useful = true;
        }
        if (isOneOf(tags["wheelchair"], {"no"}) && (barrier || info.elevator)) {
            info.wheelchairNo = true;
            useful = true;
        }
        if (useful)
            m_builder.setNodeInfo(id, info);

        // Disabled parking bays.
        if (isOneOf(tags["amenity"], {"parking_space"})
            && (isOneOf(tags["wheelchair"], {"designated", "yes"})
                || tag(tags, "capacity:disabled").toInt() > 0)
            && node.location().valid()) {
            RouteTarget bay;
            bay.id = QString::number(id);
            bay.label = tag(tags, "name");
            if (bay.label.isEmpty())
                bay.label
                    = QCoreApplication::translate("OsmGraphReader", "Disabled bay %1").arg(id);
            bay.position = LonLat(node.location().lon(), node.location().lat());
            bay.capacity = std::max(1, tag(tags, "capacity:disabled").toInt());
            m_result.disabledBays.append(bay);
        }
    }

    void way(const osmium::Way &way)
    {
        tick();
        const osmium::TagList &tags = way.tags();
        const char *highway = tags["highway"];
        if (!highway)
            return;
        const qint64 id = way.id();
        const QString name = tag(tags, "name");

        // Roads name the crossings on them, walkable or not.
        if (!isOneOf(tags["footway"], {"crossing"}) && !name.isEmpty()) {
            for (const osmium::NodeRef &ref : way.nodes()) {
                if (crossingNodes.count(ref.ref()))
                    crossingRoadName.emplace(ref.ref(), name);
            }
        }
        const auto kind = classify(tags);
        if (!kind)
            return;
        WayInput input;
        input.info.osmId = id;
        input.info.kind = *kind;
        input.name = name;
        input.surfaceRaw = tag(tags, "surface");
        parseAttributes(tags, id, input.info);
        input.nodes.reserve(way.nodes().size());
        for (const osmium::NodeRef &ref : way.nodes()) {
            if (!ref.location().valid())
                continue;
            input.nodes.emplace_back(ref.ref(), LonLat(ref.location().lon(), ref.location().lat()));
        }
        if (input.nodes.size() < 2)
            return;
        ways.push_back(std::move(input));
    }

private:
    void parseAttributes(const osmium::TagList &tags, qint64 id, WayInfo &info)
    {
        ParseProblem problem;
        const QString incline = tag(tags, "incline");
        info.incline = TagParsers::parseIncline(incline, &problem);
        if (problem.isSet())
            logProblem("way", id, problem, incline);

        // Width: the way's own, else the narrowest sidewalk width of a road.
        QString width = tag(tags, "width");
        if (info.kind == WayKind::RoadWithSidewalk) {
            width.clear();
            std::optional<double> narrowest;
            for (const char *key : {"sidewalk:width", "sidewalk:both:width", "sidewalk:left:width",
                                    "sidewalk:right:width"}) {
                problem = {};
                const QString raw = tag(tags, key);
                if (const auto w = TagParsers::parseWidth(raw, &problem))
                    narrowest = narrowest ? std::min(*narrowest, *w) : *w;
                if (problem.isSet())
                    logProblem("way", id, problem, raw);
            }
            if (narrowest)
                info.widthM = float(*narrowest);
        } else if (!width.isEmpty()) {
            problem = {};
            if (const auto w = TagParsers::parseWidth(width, &problem))
                info.widthM = float(*w);
            if (problem.isSet())
                logProblem("way", id, problem, width);
        }
        info.narrowestWidthM = narrowestTaggedWidth(tags, id);
        if (info.kind == WayKind::RoadWithSidewalk)
            info.parkingAlongside = hasParkingOnSidewalkSide(tags);

        const QString across = tag(tags, "incline:across");
        problem = {};
        if (const auto c = TagParsers::parseCrossSlope(across, &problem))
            info.crossSlope = float(*c);
        if (problem.isSet())
            logProblem("way", id, problem, across);

        const bool road = info.kind == WayKind::RoadWithSidewalk;
        info.surface
            = TagParsers::parseSurface(tag(tags, road ? "sidewalk:surface" : "surface"),
                                       tag(tags, road ? "sidewalk:smoothness" : "smoothness"));
        info.wheelchair = TagParsers::parseWheelchair(tag(tags, "wheelchair"));
        info.onewayFoot = std::int8_t(TagParsers::parseOnewayFoot(tag(tags, "oneway:foot")));
        info.rampWheelchair = isOneOf(tags["ramp:wheelchair"], {"yes", "designated"});
        if (const auto steps = TagParsers::parseStepCount(tag(tags, "step_count")))
            info.stepCount = std::int16_t(std::min(*steps, 32767));
    }

    // width:minimum and est_width: the narrowest of the two, when readable.
    std::optional<float> narrowestTaggedWidth(const osmium::TagList &tags, qint64 id)
    {
        std::optional<float> narrowest;
        for (const char *key : {"width:minimum", "est_width"}) {
            ParseProblem problem;
            const QString raw = tag(tags, key);
            if (const auto w = TagParsers::parseWidth(raw, &problem))
                narrowest = narrowest ? std::min(*narrowest, float(*w)) : float(*w);
            if (problem.isSet())
                logProblem("way", id, problem, raw);
        }
        return narrowest;
    }

    // Parking (parking:lane:<side>, parking:<side>, both or one side) on a side of the road
    // that has the sidewalk walked; sidewalk=yes (side unknown) counts every side.
    static bool hasParkingOnSidewalkSide(const osmium::TagList &tags)
    {
        const char *sidewalk = tags["sidewalk"];
        const bool anySide
            = isOneOf(sidewalk, {"both", "yes"}) || isOneOf(tags["sidewalk:both"], {"yes"});
        const bool left
            = anySide || isOneOf(sidewalk, {"left"}) || isOneOf(tags["sidewalk:left"], {"yes"});
        const bool right
            = anySide || isOneOf(sidewalk, {"right"}) || isOneOf(tags["sidewalk:right"], {"yes"});
        auto parked = [&](const char *laneKey, const char *key) {
            return TagParsers::isParkingAlongside(tag(tags, laneKey))
                || TagParsers::isParkingAlongside(tag(tags, key));
        };
        if (parked("parking:lane:both", "parking:both"))
            return true;
        return (left && parked("parking:lane:left", "parking:left"))
            || (right && parked("parking:lane:right", "parking:right"));
    }

    void logProblem(const char *type, qint64 id, const ParseProblem &problem, const QString &raw)
    {
        ++m_result.unreadableValues;
        qCWarning(lcRouting).noquote() << QStringLiteral("%1 %2: %3: \"%4\"")
                                              .arg(QLatin1String(type))
                                              .arg(id)
                                              .arg(problem.message, raw);
    }

    void tick()
    {
        if (++m_count % 20000 != 0 || !m_progress)
            return;
        const double fraction = m_fileSize ? double(m_reader.offset()) / double(m_fileSize) : 0.0;
        if (!m_progress(
                0.6 * std::min(1.0, fraction),
                QCoreApplication::translate("OsmGraphReader", "Reading OpenStreetMap data")))
            throw Cancelled();
    }

    GraphBuilder &m_builder;
    OsmReadResult &m_result;
    const ProgressCallback &m_progress;
    const osmium::io::Reader &m_reader;
    std::size_t m_fileSize;
    std::size_t m_count = 0;
};

} // namespace

OsmReadResult OsmGraphReader::read(const QString &path, const ProgressCallback &progress) const
{
    OsmReadResult result;
    const QFileInfo file(path);
    if (!file.isFile()) {
        result.error
            = QCoreApplication::translate("OsmGraphReader", "Cannot read %1: no such file.")
                  .arg(path);
        return result;
    }
    GraphBuilder builder;
    std::vector<WayInput> ways;
    QRectF bounds;
    try {
        using Index
            = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
        Index positive, negative;
        osmium::handler::NodeLocationsForWays<Index, Index> locations(positive, negative);
        locations.ignore_errors();
        osmium::io::Reader reader(path.toStdString(),
                                  osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
        Handler handler(builder, result, progress, reader, std::size_t(file.size()));
        osmium::apply(reader, locations, handler);
        reader.close();

        // Crossings learn the name of the road they cross.
        for (WayInput &way : handler.ways) {
            if (way.info.kind != WayKind::Crossing || !way.crossedName.isEmpty())
                continue;
            for (const auto &node : way.nodes) {
                const auto found = handler.crossingRoadName.find(node.first);
                if (found != handler.crossingRoadName.end()) {
                    way.crossedName = found->second;
                    break;
                }
            }
        }
        ways = std::move(handler.ways);
    } catch (const Cancelled &) {
        result.error
            = QCoreApplication::translate("OsmGraphReader", "Reading %1 was cancelled.").arg(path);
        return result;
    } catch (const std::exception &e) {
        result.error = QCoreApplication::translate("OsmGraphReader", "Cannot read %1: %2")
                           .arg(path, QString::fromUtf8(e.what()));
        return result;
    }

    // The DEM window covers the ways read.
    double west = 180, south = 90, east = -180, north = -90;
    for (WayInput &way : ways) {
        for (const auto &node : way.nodes) {
            west = std::min(west, node.second.lon);
            east = std::max(east, node.second.lon);
            south = std::min(south, node.second.lat);
            north = std::max(north, node.second.lat);
        }
        builder.addWay(std::move(way));
    }
    result.walkableWays = int(ways.size());
    ways = {};
    DemSampler dem;
    if (!m_demPath.isEmpty() && west <= east) {
        bounds = QRectF(QPointF(west, south), QPointF(east, north));
        QString demError;
        if (dem.open(m_demPath, bounds, &demError))
            builder.setDem(&dem);
        else
            result.demError = demError;
    }
    QString error;
    result.graph = builder.build(
        [&](double fraction, const QString &step) {
            return !progress || progress(0.6 + 0.4 * fraction, step);
        },
        &error);
    result.demSampledEdges = builder.demSampledEdges();
    if (!result.graph)
        result.error
            = QCoreApplication::translate("OsmGraphReader", "Cannot build a network from %1: %2")
                  .arg(path, error);
    qCInfo(lcRouting) << "graph built:" << result.walkableWays << "walkable ways,"
                      << (result.graph ? result.graph->edgeCount() : 0) << "edges";
    return result;
}

} // namespace territoire
