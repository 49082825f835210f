#include "routing/GraphBuilder.h"

#include "base/Logging.h"
#include "routing/DemSampler.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

bool isRoad(WayKind kind)
{
    return kind == WayKind::RoadWithSidewalk || kind == WayKind::RoadNoSidewalk
        || kind == WayKind::RoadSidewalkUnknown;
}

// Folds one node's obstacles into the edge being cut. A kerb is climbed when stepping off or
// onto a footway: not when walking a road along its sidewalk (the kerbs tagged on the road's
// crossing nodes are crossed by the crossing, not by the sidewalk), and, where a crossing way
// meets a sidewalk at the kerb, only on the crossing.
void applyNode(EdgeData &edge, const NodeInfo &node, WayKind kind)
{
    const bool kerbApplies
        = !isRoad(kind) && (!node.kerbOnCrossingWay || kind == WayKind::Crossing);
    if (node.kerb.isPresent() && kerbApplies) {
        if (node.kerb.heightM) {
            const auto mm = std::uint16_t(std::lround(*node.kerb.heightM * 1000.0));
            if (edge.kerbKnownMm == EdgeData::noKerb || mm > edge.kerbKnownMm)
                edge.kerbKnownMm = mm;
            if (!node.kerb.chamfered
                && (edge.kerbSquareMm == EdgeData::noKerb || mm > edge.kerbSquareMm))
                edge.kerbSquareMm = mm;
        } else if (node.kerb.lowerBoundM > 0) {
            const auto mm = std::uint16_t(std::lround(node.kerb.lowerBoundM * 1000.0));
            edge.kerbLowerBoundMm = std::max(edge.kerbLowerBoundMm, mm);
        } else {
            edge.flags |= EdgeData::KerbUnknown;
        }
    }
    // Furniture on a road's centre line stands on the carriageway, not on its sidewalk.
    if (node.narrowing && !isRoad(kind))
        edge.flags |= EdgeData::Narrowed;
    if (node.elevator)
        edge.flags |= EdgeData::Elevator;
    if (node.blockingBarrier)
        edge.flags |= EdgeData::BlockingBarrier;
    if (node.wheelchairNo)
        edge.flags |= EdgeData::BarrierWheelchairNo;
}

// Runs of about the SRTM cell: sampling a 90 m model more finely only measures its noise.
constexpr double demStepM = 90.0;

// The steepest run of an edge on the elevation model: the polyline cut into runs of about
// demStepM, the slope of each, and the one of largest magnitude, signed in the edge
// direction (an edge that climbs and falls again is not flat). Empty when a sample has no
// height.
std::optional<double> steepestDemSlope(const std::vector<LonLat> &points, double lengthM,
                                       const DemSampler &dem)
{
    std::vector<double> cumulative {0.0};
    for (std::size_t i = 1; i < points.size(); ++i)
        cumulative.push_back(cumulative.back() + haversineMetres(points[i - 1], points[i]));
    const double total = cumulative.back();
    auto pointAt = [&](double fraction) {
        const double target = fraction * total;
        for (std::size_t i = 1; i < points.size(); ++i) {
            if (cumulative[i] >= target || i + 1 == points.size()) {
                const double span = cumulative[i] - cumulative[i - 1];
                const double t
                    = span > 0 ? std::clamp((target - cumulative[i - 1]) / span, 0.0, 1.0) : 0.0;
                return LonLat(points[i - 1].lon + t * (points[i].lon - points[i - 1].lon),
                              points[i - 1].lat + t * (points[i].lat - points[i - 1].lat));
            }
        }
        return points.front();
    };
    const int runs = std::max(1, int(lengthM / demStepM));
    std::optional<double> previous = dem.elevation(points.front());
    std::optional<double> steepest;
    for (int i = 1; i <= runs && previous; ++i) {
        const std::optional<double> height
            = i == runs ? dem.elevation(points.back()) : dem.elevation(pointAt(double(i) / runs));
        if (!height)
            return std::nullopt;
        const double slope = (*height - *previous) / (lengthM / runs);
        if (!steepest || std::abs(slope) > std::abs(*steepest))
            steepest = slope;
        previous = height;
    }
    return previous ? steepest : std::nullopt;
}

std::int16_t encodeSlope(double fraction)
{
    return std::int16_t(std::clamp(std::lround(fraction * 1e4), -32767L, 32767L));
}

} // namespace

std::shared_ptr<PedestrianGraph> GraphBuilder::build(const ProgressCallback &progress,
                                                     QString *error)
{
    auto graph = std::make_shared<PedestrianGraph>();
    auto report = [&](double fraction, const QString &step) {
        return !progress || progress(fraction, step);
    };
    auto cancelled = [&]() {
        if (error)
            *error = QCoreApplication::translate("GraphBuilder", "The graph build was cancelled.");
        m_ways.clear();
        m_nodeInfo.clear();
        return nullptr;
    };

    // 1. Junctions: nodes used twice or more, and the ends of every way.
    if (!report(0.0, QCoreApplication::translate("GraphBuilder", "Finding junctions")))
        return cancelled();
    std::vector<qint64> refs;
    std::size_t refCount = 0;
    for (const WayInput &way : m_ways)
        refCount += way.nodes.size() + 2;
    refs.reserve(refCount);
    for (const WayInput &way : m_ways) {
        if (way.nodes.size() < 2)
            continue;
        for (const auto &node : way.nodes)
            refs.push_back(node.first);
        refs.push_back(way.nodes.front().first);
        refs.push_back(way.nodes.back().first);
    }
    std::sort(refs.begin(), refs.end());
    std::vector<qint64> &vertexNodes = graph->m_vertexNode;
    for (std::size_t i = 0; i < refs.size();) {
        std::size_t j = i;
        while (j < refs.size() && refs[j] == refs[i])
            ++j;
        if (j - i >= 2)
            vertexNodes.push_back(refs[i]);
        i = j;
    }
    refs = {};
    vertexNodes.shrink_to_fit();
    graph->m_vertexLonLat.assign(vertexNodes.size(), LonLat());
    auto vertexOf = [&](qint64 node) -> std::optional<std::uint32_t> {
        const auto it = std::lower_bound(vertexNodes.begin(), vertexNodes.end(), node);
        if (it == vertexNodes.end() || *it != node)
            return std::nullopt;
        return std::uint32_t(it - vertexNodes.begin());
    };

    // Kerbs where a crossing way passes apply to the crossing only.
    for (const WayInput &way : m_ways) {
        if (way.info.kind != WayKind::Crossing)
            continue;
        for (const auto &node : way.nodes) {
            const auto found = m_nodeInfo.find(node.first);
            if (found != m_nodeInfo.end() && found->second.kerb.isPresent())
                found->second.kerbOnCrossingWay = true;
        }
    }

    // 2. Cut each way at its junctions.
    QHash<QString, int> stringIndex;
    auto intern = [&](const QString &text) {
        if (text.isEmpty())
            return -1;
        auto it = stringIndex.constFind(text);
        if (it != stringIndex.constEnd())
            return it.value();
        graph->m_strings.append(text);
        return int(stringIndex.insert(text, graph->m_strings.size() - 1).value());
    };
    graph->m_ways.reserve(m_ways.size());
    graph->m_edges.reserve(m_ways.size() * 2);
    const std::size_t wayTotal = m_ways.size();
    for (std::size_t w = 0; w < wayTotal; ++w) {
        if (w % 4096 == 0
            && !report(0.1 + 0.6 * double(w) / std::max<std::size_t>(1, wayTotal),
                       QCoreApplication::translate("GraphBuilder", "Cutting ways into edges")))
            return cancelled();
        WayInput &input = m_ways[w];
        if (input.nodes.size() < 2)
            continue;
        WayInfo info = input.info;
        info.nameIndex = intern(input.name);
        info.crossedNameIndex = intern(input.crossedName);
        info.surfaceIndex = intern(input.surfaceRaw);
        double wayLength = 0;
        for (std::size_t i = 1; i < input.nodes.size(); ++i)
            wayLength += haversineMetres(input.nodes[i - 1].second, input.nodes[i].second);
        const double lengthScale
            = (input.lengthOverrideM && wayLength > 0) ? *input.lengthOverrideM / wayLength : 1.0;
        info.lengthM = float(input.lengthOverrideM ? *input.lengthOverrideM : wayLength);
        const auto wayIndex = std::uint32_t(graph->m_ways.size());
        graph->m_ways.push_back(info);

        EdgeData edge;
        edge.way = wayIndex;
        double edgeLength = 0;
        auto startEdge = [&](std::uint32_t vertex, const std::pair<qint64, LonLat> &node) {
            edge = EdgeData();
            edge.way = wayIndex;
            edge.from = vertex;
            edge.shapeOffset = std::uint32_t(graph->m_shape.size());
            edgeLength = 0;
            graph->m_vertexLonLat[vertex] = node.second;
            const auto found = m_nodeInfo.find(node.first);
            if (found != m_nodeInfo.end())
                applyNode(edge, found->second, info.kind);
        };
        startEdge(*vertexOf(input.nodes.front().first), input.nodes.front());
        for (std::size_t i = 1; i < input.nodes.size(); ++i) {
            const auto &node = input.nodes[i];
            edgeLength += haversineMetres(input.nodes[i - 1].second, node.second) * lengthScale;
            const auto found = m_nodeInfo.find(node.first);
            if (found != m_nodeInfo.end())
                applyNode(edge, found->second, info.kind);
            const auto vertex = vertexOf(node.first);
            if (!vertex) {
                if (edge.shapeCount < 0xFFFF) {
                    graph->m_shape.push_back(node.second);
                    ++edge.shapeCount;
                }
                continue;
            }
            edge.to = *vertex;
            edge.lengthM = float(edgeLength);
            graph->m_vertexLonLat[*vertex] = node.second;
            if (info.incline.fraction) {
                edge.slope = encodeSlope(*info.incline.fraction);
                edge.slopeSource = ValueSource::OsmTag;
            }
            if (!(edge.from == edge.to && edgeLength <= 0))
                graph->m_edges.push_back(edge);
            if (i + 1 < input.nodes.size())
                startEdge(*vertex, node);
        }
        input.nodes = {};
    }
    m_ways.clear();
    m_ways.shrink_to_fit();
    m_nodeInfo.clear();
    if (graph->m_edges.empty()) {
        if (error)
            *error = QCoreApplication::translate("GraphBuilder", "No walkable way was found.");
        return nullptr;
    }

    // 3. Slopes from the elevation model where no incline is tagged.
    if (m_dem && m_dem->isValid()) {
        if (!report(0.7,
                    QCoreApplication::translate("GraphBuilder", "Sampling the elevation model")))
            return cancelled();
        int sampled = 0;
        for (std::uint32_t e = 0; e < graph->m_edges.size(); ++e) {
            EdgeData &edge = graph->m_edges[e];
            if (edge.hasSlope() || edge.lengthM < 1.0)
                continue;
            const auto slope = steepestDemSlope(graph->edgeGeometry(e), edge.lengthM, *m_dem);
            if (!slope)
                continue;
            edge.slope = encodeSlope(*slope);
            edge.slopeSource = ValueSource::Dem;
            ++sampled;
        }
        m_demSampled = sampled;
        qCInfo(lcRouting) << "slopes sampled from the DEM on" << sampled << "edges";
    }

    // 4. The CSR graph and the R-tree.
    if (!report(0.8, QCoreApplication::translate("GraphBuilder", "Indexing the network")))
        return cancelled();
    graph->m_edges.shrink_to_fit();
    graph->m_shape.shrink_to_fit();
    graph->finish();
    report(1.0, QCoreApplication::translate("GraphBuilder", "Network ready"));
    return graph;
}

} // namespace territoire
