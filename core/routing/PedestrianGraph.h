#pragma once

#include "base/LonLat.h"
#include "routing/TagValues.h"

#include <QString>
#include <QStringList>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cmath>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace territoire {

// What a walkable OSM way says, shared by every edge cut from it.
struct WayInfo
{
    qint64 osmId = 0;
    int nameIndex = -1; // into PedestrianGraph::strings(), -1 when unnamed
    int crossedNameIndex = -1; // crossings: the name of the road crossed, -1 when unknown
    int surfaceIndex = -1; // the raw surface=* value, -1 when untagged
    float lengthM = 0; // geodesic length of the whole way (the run of its incline tag)
    WayKind kind = WayKind::Footway;
    WheelchairTag wheelchair = WheelchairTag::Unknown;
    SurfaceClass surface = SurfaceClass::Unknown;
    std::optional<float> widthM;
    // The narrowest of width:minimum and est_width, when tagged: a width below the profile's
    // minimum means the way narrows somewhere, so the reduced width limit does not apply.
    std::optional<float> narrowestWidthM;
    bool parkingAlongside = false; // roads: cars park on a side that has the sidewalk
    std::optional<float> crossSlope; // absolute fraction
    Incline incline; // as tagged, in the way direction
    bool rampWheelchair = false; // steps with ramp:wheelchair=yes
    std::int16_t stepCount = -1; // -1 when unknown
    std::int8_t onewayFoot = 0; // +1 forward only, -1 backward only, 0 both
};

// One undirected stretch between two junctions, cut from one way (compact: 32 bytes).
struct EdgeData
{
    static constexpr std::int16_t unknownSlope = std::numeric_limits<std::int16_t>::min();
    static constexpr std::uint16_t noKerb = 0xFFFF;
    enum Flag : std::uint8_t {
        KerbUnknown = 1, // a kerb node whose height is unknown
        Elevator = 2, // passes a highway=elevator node
        BlockingBarrier = 4, // a barrier a wheelchair cannot pass (stile, turnstile...)
        BarrierWheelchairNo = 8, // a node tagged wheelchair=no
        Narrowed = 16, // a barrier, obstacle or street furniture on a node of the edge
    };

    std::uint32_t from = 0; // vertex index
    std::uint32_t to = 0;
    float lengthM = 0; // geodesic
    std::uint32_t way = 0; // index into PedestrianGraph::ways()
    std::uint32_t shapeOffset = 0; // interior points in PedestrianGraph::shapePoints()
    std::uint16_t shapeCount = 0;
    std::int16_t slope = unknownSlope; // 1e-4 fraction, from -> to
    std::uint16_t kerbKnownMm = noKerb; // highest known kerb height on the edge's nodes
    std::uint16_t kerbLowerBoundMm = 0; // kerb classes (raised, rolled) say "at least"
    std::uint16_t kerbSquareMm = noKerb; // highest known height of a kerb not chamfered
    ValueSource slopeSource = ValueSource::Unknown;
    std::uint8_t flags = 0;

    bool hasSlope() const { return slope != unknownSlope; }
    // The slope in the direction of travel (forward: from -> to); empty when unknown.
    std::optional<double> slopeFraction(bool forward) const
    {
        if (!hasSlope())
            return std::nullopt;
        return (forward ? 1.0 : -1.0) * slope * 1e-4;
    }
};
static_assert(sizeof(EdgeData) == 32, "EdgeData grew: the memory target is per edge");

// Where a point falls on the network: the edge, the fraction of its length from its `from`
// vertex, the point on the edge and the distance to it in metres.
struct SnapResult
{
    std::uint32_t edge = 0;
    double fraction = 0;
    LonLat point;
    double distanceM = std::numeric_limits<double>::infinity();
    bool isValid() const { return std::isfinite(distanceM); }
};

// The pedestrian network: vertices at junctions (OSM nodes shared by ways, and way ends),
// undirected edges with compact attributes, a Boost compressed sparse row graph with two arcs
// per edge (an arc's property is edge index * 2 + 1 when it runs against the edge), and an
// R-tree over edge segments to snap points. Immutable once built; safe to share between
// threads.
class PedestrianGraph
{
public:
    struct ArcProperty
    {
        std::uint32_t code = 0; // edge * 2 + (reverse ? 1 : 0)
    };
    using Csr
        = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, ArcProperty,
                                             boost::no_property, std::uint32_t, std::uint32_t>;

    PedestrianGraph();
    ~PedestrianGraph();
    PedestrianGraph(const PedestrianGraph &) = delete;
    PedestrianGraph &operator=(const PedestrianGraph &) = delete;

    std::size_t vertexCount() const { return m_vertexLonLat.size(); }
    std::size_t edgeCount() const { return m_edges.size(); }
    const Csr &csr() const { return m_csr; }
    const std::vector<EdgeData> &edges() const { return m_edges; }
    const std::vector<WayInfo> &ways() const { return m_ways; }
    const QStringList &strings() const { return m_strings; }
    const std::vector<LonLat> &shapePoints() const { return m_shape; }
    LonLat vertexPosition(std::uint32_t vertex) const { return m_vertexLonLat[vertex]; }
    qint64 vertexNodeId(std::uint32_t vertex) const { return m_vertexNode[vertex]; }
    // The vertex of an OSM node, or empty when the node is not a junction or way end.
    std::optional<std::uint32_t> vertexForNode(qint64 osmNodeId) const;
    // Indices of the ways with this OSM id (usually one).
    std::vector<std::uint32_t> waysForOsmId(qint64 osmWayId) const;
    QString string(int index) const { return index >= 0 ? m_strings.value(index) : QString(); }
    // Name of a way for messages: its name, else "way <id>".
    QString wayLabel(std::uint32_t way) const;

    // Edge polyline from `from` to `to` (WGS 84).
    std::vector<LonLat> edgeGeometry(std::uint32_t edge) const;
    // Portion of an edge between two fractions of its length, in the order given.
    std::vector<LonLat> edgeGeometry(std::uint32_t edge, double fromFraction,
                                     double toFraction) const;

    // Nearest point on an edge accepted by the filter (null: any edge), within maxDistanceM.
    SnapResult snap(const LonLat &point, double maxDistanceM,
                    const std::function<bool(std::uint32_t edge)> &filter = {}) const;

    // A lower bound of the great-circle distance in metres between two points of the
    // network's latitude band: a plane distance with longitudes scaled by the smallest
    // cosine of the band, so it never exceeds the walk (A* heuristic, nearest-bay pruning).
    // Cheaper than haversineMetres(); 0 before the graph is built.
    double lowerBoundMetres(const LonLat &a, const LonLat &b) const
    {
        const double dx = (a.lon - b.lon) * m_lonMetres;
        const double dy = (a.lat - b.lat) * m_latMetres;
        return std::sqrt(dx * dx + dy * dy);
    }

    // Extent of the vertices in WGS 84 (west, south, east, north).
    QRectF extent() const;
    // Approximate bytes held by the graph, R-tree included.
    std::size_t memoryBytes() const;

private:
    friend class GraphBuilder;
    struct Index;

    void finish(); // builds the CSR graph and the R-tree from the edge list

    std::vector<LonLat> m_vertexLonLat;
    std::vector<qint64> m_vertexNode;
    std::vector<EdgeData> m_edges;
    std::vector<WayInfo> m_ways;
    std::vector<LonLat> m_shape;
    QStringList m_strings;
    Csr m_csr;
    std::unique_ptr<Index> m_index;
    double m_lonMetres = 0; // metres per degree of longitude, at the band's highest latitude
    double m_latMetres = 0; // metres per degree of latitude, slightly under the sphere's
};

} // namespace territoire
