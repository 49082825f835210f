#include "routing/PedestrianGraph.h"

#include <QRectF>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace territoire {

namespace {

constexpr double metresPerDegree = 6371008.8 * M_PI / 180.0;

using PointF = bg::model::point<float, 2, bg::cs::cartesian>;
using BoxF = bg::model::box<PointF>;
// Segment key: edge << 16 | segment index within the edge.
using IndexValue = std::pair<BoxF, std::uint64_t>;

} // namespace

// Segments in a plane where x is the longitude scaled by cos(reference latitude), so that
// degrees of x and y are about the same length near the network.
struct PedestrianGraph::Index
{
    double cosLat = 1.0;
    bgi::rtree<IndexValue, bgi::quadratic<16>> tree;

    PointF toPlane(const LonLat &p) const
    {
        return PointF(static_cast<float>(p.lon * cosLat), static_cast<float>(p.lat));
    }
};

PedestrianGraph::PedestrianGraph() = default;
PedestrianGraph::~PedestrianGraph() = default;

std::optional<std::uint32_t> PedestrianGraph::vertexForNode(qint64 osmNodeId) const
{
    // Vertices are sorted by node id.
    const auto it = std::lower_bound(m_vertexNode.begin(), m_vertexNode.end(), osmNodeId);
    if (it == m_vertexNode.end() || *it != osmNodeId)
        return std::nullopt;
    return std::uint32_t(it - m_vertexNode.begin());
}

std::vector<std::uint32_t> PedestrianGraph::waysForOsmId(qint64 osmWayId) const
{
    std::vector<std::uint32_t> result;
    for (std::uint32_t w = 0; w < m_ways.size(); ++w) {
        if (m_ways[w].osmId == osmWayId)
            result.push_back(w);
    }
    return result;
}

QString PedestrianGraph::wayLabel(std::uint32_t way) const
{
    const WayInfo &info = m_ways[way];
    const QString name = string(info.nameIndex);
    if (!name.isEmpty())
        return name;
    return QStringLiteral("way %1").arg(info.osmId);
}

std::vector<LonLat> PedestrianGraph::edgeGeometry(std::uint32_t edge) const
{
    const EdgeData &e = m_edges[edge];
    std::vector<LonLat> points;
    points.reserve(e.shapeCount + 2);
    points.push_back(m_vertexLonLat[e.from]);
    for (std::uint32_t i = 0; i < e.shapeCount; ++i)
        points.push_back(m_shape[e.shapeOffset + i]);
    points.push_back(m_vertexLonLat[e.to]);
    return points;
}

std::vector<LonLat> PedestrianGraph::edgeGeometry(std::uint32_t edge, double fromFraction,
                                                  double toFraction) const
{
    const std::vector<LonLat> full = edgeGeometry(edge);
    const bool reversed = fromFraction > toFraction;
    const double lo = std::clamp(std::min(fromFraction, toFraction), 0.0, 1.0);
    const double hi = std::clamp(std::max(fromFraction, toFraction), 0.0, 1.0);

    // Walk the polyline with cumulative lengths, cutting at lo and hi.
    double total = 0;
    std::vector<double> cumulative {0.0};
    for (std::size_t i = 1; i < full.size(); ++i) {
        total += haversineMetres(full[i - 1], full[i]);
        cumulative.push_back(total);
    }
    auto pointAt = [&](double fraction) {
        const double target = fraction * total;
        for (std::size_t i = 1; i < full.size(); ++i) {
            if (cumulative[i] >= target || i + 1 == full.size()) {
                const double span = cumulative[i] - cumulative[i - 1];
                const double t
                    = span > 0 ? std::clamp((target - cumulative[i - 1]) / span, 0.0, 1.0) : 0.0;
                return LonLat(full[i - 1].lon + t * (full[i].lon - full[i - 1].lon),
                              full[i - 1].lat + t * (full[i].lat - full[i - 1].lat));
            }
        }
        return full.front();
    };
    std::vector<LonLat> part {pointAt(lo)};
    for (std::size_t i = 1; i + 1 < full.size(); ++i) {
        if (total > 0 && cumulative[i] > lo * total && cumulative[i] < hi * total)
            part.push_back(full[i]);
    }
    part.push_back(pointAt(hi));
    if (reversed)
        std::reverse(part.begin(), part.end());
    return part;
}

void PedestrianGraph::finish()
{
    // Two arcs per edge; the arc property says which edge and which way along it.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    std::vector<ArcProperty> properties;
    arcs.reserve(m_edges.size() * 2);
    properties.reserve(m_edges.size() * 2);
    for (std::uint32_t e = 0; e < m_edges.size(); ++e) {
        arcs.emplace_back(m_edges[e].from, m_edges[e].to);
        properties.push_back({e * 2});
        arcs.emplace_back(m_edges[e].to, m_edges[e].from);
        properties.push_back({e * 2 + 1});
    }
    m_csr = Csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), properties.begin(),
                static_cast<std::uint32_t>(m_vertexLonLat.size()));

    // R-tree over every segment, bulk loaded.
    m_index = std::make_unique<Index>();
    const QRectF bounds = extent();
    m_index->cosLat = bounds.isNull() ? 1.0 : std::cos(bounds.center().y() * M_PI / 180.0);
    // The lower bound: the smallest cosine of the band (its most polar latitude), and 0.1 %
    // off for the difference between a parallel and a great circle and for rounding.
    const double polar = bounds.isNull()
        ? 0.0
        : std::min(90.0, std::max(std::abs(bounds.top()), std::abs(bounds.bottom())));
    m_latMetres = metresPerDegree * 0.999;
    m_lonMetres = m_latMetres * std::cos(polar * M_PI / 180.0);
    std::vector<IndexValue> values;
    values.reserve(m_edges.size() + m_shape.size());
    for (std::uint32_t e = 0; e < m_edges.size(); ++e) {
        const std::vector<LonLat> points = edgeGeometry(e);
        for (std::size_t i = 1; i < points.size(); ++i) {
            const PointF a = m_index->toPlane(points[i - 1]);
            const PointF b = m_index->toPlane(points[i]);
            BoxF box(PointF(std::min(a.get<0>(), b.get<0>()), std::min(a.get<1>(), b.get<1>())),
                     PointF(std::max(a.get<0>(), b.get<0>()), std::max(a.get<1>(), b.get<1>())));
            values.emplace_back(box, (std::uint64_t(e) << 16) | std::uint64_t(i - 1));
        }
    }
    m_index->tree = decltype(m_index->tree)(values.begin(), values.end());
}

SnapResult PedestrianGraph::snap(const LonLat &point, double maxDistanceM,
                                 const std::function<bool(std::uint32_t edge)> &filter) const
{
    SnapResult best;
    if (!m_index || !point.isValid())
        return best;
    const double cosLat = m_index->cosLat;
    const PointF query = m_index->toPlane(point);

    // Exact distance in a local plane around the query point.
    auto local = [&](const LonLat &p) {
        return std::pair<double, double>((p.lon - point.lon) * cosLat * metresPerDegree,
                                         (p.lat - point.lat) * metresPerDegree);
    };
    // Nearest boxes first, a few at a time: the query sorts the k it keeps, so a small k is
    // cheap; when all k were seen without reaching the distance limit, ask for more.
    for (std::size_t k = 32;; k *= 8) {
        best = SnapResult();
        bool limitReached = false;
        std::size_t seen = 0;
        for (auto it = m_index->tree.qbegin(bgi::nearest(query, unsigned(k)));
             it != m_index->tree.qend(); ++it) {
            ++seen;
            // Boxes come nearest first; stop once no box can beat the best segment found.
            const double boxDistance = bg::distance(query, it->first) * metresPerDegree;
            if (boxDistance > std::min(maxDistanceM, best.distanceM) + 0.01) {
                limitReached = true;
                break;
            }
            const std::uint32_t edge = static_cast<std::uint32_t>(it->second >> 16);
            const std::size_t segment = static_cast<std::size_t>(it->second & 0xFFFF);
            if (filter && !filter(edge))
                continue;
            const std::vector<LonLat> points = edgeGeometry(edge);
            const auto [ax, ay] = local(points[segment]);
            const auto [bx, by] = local(points[segment + 1]);
            const double dx = bx - ax, dy = by - ay;
            const double len2 = dx * dx + dy * dy;
            const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
            const double px = ax + t * dx, py = ay + t * dy;
            const double distance = std::hypot(px, py);
            if (distance > maxDistanceM || distance >= best.distanceM)
                continue;

            // Fraction of the edge length up to the projected point.
            double before = 0, total = 0;
            for (std::size_t i = 1; i < points.size(); ++i) {
                const double length = haversineMetres(points[i - 1], points[i]);
                if (i - 1 < segment)
                    before += length;
                else if (i - 1 == segment)
                    before += t * length;
                total += length;
            }
            best.edge = edge;
            best.fraction = total > 0 ? before / total : 0.0;
            best.distanceM = distance;
            best.point
                = LonLat(points[segment].lon + t * (points[segment + 1].lon - points[segment].lon),
                         points[segment].lat + t * (points[segment + 1].lat - points[segment].lat));
        }
        if (limitReached || seen < k || k >= m_index->tree.size())
            break;
    }
    return best;
}

QRectF PedestrianGraph::extent() const
{
    if (m_vertexLonLat.empty())
        return {};
    double west = 180, south = 90, east = -180, north = -90;
    for (const LonLat &p : m_vertexLonLat) {
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
    }
    return QRectF(QPointF(west, south), QPointF(east, north));
}

std::size_t PedestrianGraph::memoryBytes() const
{
    std::size_t bytes = m_vertexLonLat.capacity() * sizeof(LonLat)
        + m_vertexNode.capacity() * sizeof(qint64) + m_edges.capacity() * sizeof(EdgeData)
        + m_ways.capacity() * sizeof(WayInfo) + m_shape.capacity() * sizeof(LonLat);
    // CSR: row starts, columns and arc properties.
    bytes += (vertexCount() + 1) * sizeof(std::uint32_t)
        + num_edges(m_csr) * (sizeof(std::uint32_t) + sizeof(ArcProperty));
    // R-tree leaves hold the values; inner nodes add about one box per 16 values, and nodes
    // are filled to about 70 %.
    if (m_index)
        bytes += static_cast<std::size_t>(m_index->tree.size() * sizeof(IndexValue) * 1.5);
    for (const QString &s : m_strings)
        bytes += static_cast<std::size_t>(s.size()) * 2 + 32;
    return bytes;
}

} // namespace territoire
