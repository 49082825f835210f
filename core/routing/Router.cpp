#include "routing/Router.h"

#include "base/Logging.h"
#include "routing/RouteAssembly.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

constexpr float floatInfinity = std::numeric_limits<float>::infinity();

QString coordinateText(const LonLat &p)
{
    return QStringLiteral("%1,%2").arg(QString::number(p.lon, 'g', 10),
                                       QString::number(p.lat, 'g', 10));
}

bool finite(float value)
{
    return value < floatInfinity;
}

std::vector<std::uint32_t> walkedVertices(const PedestrianGraph &graph,
                                          const RouteSearch::Outcome &outcome)
{
    std::vector<std::uint32_t> vertices;
    if (outcome.seedVertex == RouteSearch::none)
        return vertices;
    vertices.push_back(outcome.seedVertex);
    for (const RouteSearch::PathArc &arc : outcome.arcs) {
        const EdgeData &edge = graph.edges()[arc.code >> 1];
        vertices.push_back((arc.code & 1) ? edge.from : edge.to);
    }
    return vertices;
}

} // namespace

Router::Router(QObject *parent)
    : QObject(parent)
{ }

Router::~Router() = default;

void Router::setGraph(std::shared_ptr<const PedestrianGraph> graph)
{
    {
        QMutexLocker lock(&m_mutex);
        m_graph = std::move(graph);
        m_costCache.clear();
    }
    Q_EMIT graphChanged();
}

std::shared_ptr<const PedestrianGraph> Router::graph() const
{
    QMutexLocker lock(&m_mutex);
    return m_graph;
}

void Router::setSnapDistance(double metres)
{
    QMutexLocker lock(&m_mutex);
    m_snapDistance = metres > 0 ? metres : 50.0;
}

double Router::snapDistance() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapDistance;
}

bool Router::closeWay(qint64 osmWayId)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_graph || m_graph->waysForOsmId(osmWayId).empty())
            return false;
        if (m_closed.contains(osmWayId))
            return true;
        m_closed.insert(osmWayId);
        m_costCache.clear();
    }
    qCInfo(lcRouting) << "way closed; closures:" << closedWays().size();
    Q_EMIT closuresChanged();
    return true;
}

void Router::reopenWay(qint64 osmWayId)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_closed.remove(osmWayId))
            return;
        m_costCache.clear();
    }
    Q_EMIT closuresChanged();
}

void Router::reopenAll()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed.isEmpty())
            return;
        m_closed.clear();
        m_costCache.clear();
    }
    Q_EMIT closuresChanged();
}

QList<qint64> Router::closedWays() const
{
    QMutexLocker lock(&m_mutex);
    QList<qint64> ways = m_closed.values();
    std::sort(ways.begin(), ways.end());
    return ways;
}

std::shared_ptr<const Router::CostTable> Router::costTable(const Profile &profile) const
{
    const QString key
        = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    std::shared_ptr<const PedestrianGraph> graph;
    QSet<qint64> closed;
    {
        QMutexLocker lock(&m_mutex);
        if (auto cached = m_costCache.value(key))
            return cached;
        graph = m_graph;
        closed = m_closed;
    }
    if (!graph)
        return nullptr;

    auto table = std::make_shared<CostTable>();
    const std::size_t edgeCount = graph->edgeCount();
    table->strict.assign(edgeCount * 2, floatInfinity);
    table->relaxed.assign(edgeCount * 2, floatInfinity);
    std::vector<std::uint8_t> closedWay(graph->ways().size(), 0);
    for (qint64 id : closed) {
        for (std::uint32_t w : graph->waysForOsmId(id))
            closedWay[w] = 1;
    }
    double minFactor = std::numeric_limits<double>::infinity();
    for (std::uint32_t e = 0; e < edgeCount; ++e) {
        const EdgeData &edge = graph->edges()[e];
        if (closedWay[edge.way])
            continue;
        for (int reverse = 0; reverse < 2; ++reverse) {
            const EdgeVerdicts verdicts = EdgeRules::evaluate(*graph, e, reverse == 0, profile);
            const EdgeRules::ArcCosts costs
                = EdgeRules::cost(*graph, e, reverse == 0, profile, verdicts);
            table->strict[e * 2 + reverse] = float(costs.strict);
            table->relaxed[e * 2 + reverse] = float(costs.relaxed);
            // Per metre of the edge and of the straight line between its ends (hand-made
            // graphs may give an edge a length shorter than that line).
            const double span
                = std::max<double>(edge.lengthM,
                                   graph->lowerBoundMetres(graph->vertexPosition(edge.from),
                                                           graph->vertexPosition(edge.to)));
            if (span > 0 && std::isfinite(costs.relaxed))
                minFactor = std::min(minFactor, std::min(costs.strict, costs.relaxed) / span);
        }
    }
    table->minFactor = std::isfinite(minFactor) ? std::max(0.0, minFactor) : 0.0;
    table->landmarks = Landmarks::compute(*graph, table->strict);

    QMutexLocker lock(&m_mutex);
    if (m_graph == graph && m_closed == closed)
        m_costCache.insert(key, table);
    return table;
}

SnapResult Router::snapPoint(const LonLat &point, const CostTable &table) const
{
    // Prefer an edge the profile can use as it is (a footway next to steps) when it is about
    // as near as any usable edge.
    const auto graph = this->graph();
    const double maxDistance = snapDistance();
    const SnapResult any = graph->snap(point, maxDistance, [&](std::uint32_t e) {
        return finite(table.relaxed[e * 2]) || finite(table.relaxed[e * 2 + 1]);
    });
    if (!any.isValid())
        return any;
    const SnapResult compliant
        = graph->snap(point, std::min(maxDistance, any.distanceM + 2.0), [&](std::uint32_t e) {
              return finite(table.strict[e * 2]) || finite(table.strict[e * 2 + 1]);
          });
    return compliant.isValid() ? compliant : any;
}

RouteResult Router::route(const LonLat &from, const LonLat &to, const Profile &profile) const
{
    RouteResult result;
    result.profile = profile.name;
    const auto graph = this->graph();
    const auto table = costTable(profile);
    if (!graph || !table) {
        result.error = QCoreApplication::translate("Router", "No pedestrian network is loaded.");
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    const double maxDistance = snapDistance();
    for (const LonLat *point : {&from, &to}) {
        if (!point->isValid()) {
            result.status = RouteResult::Status::Error;
            result.error = QCoreApplication::translate("Router", "Invalid coordinates.");
            return result;
        }
    }
    const SnapResult start = snapPoint(from, *table);
    const SnapResult end = snapPoint(to, *table);
    for (const auto &[snap, point] : {std::pair(start, from), std::pair(end, to)}) {
        if (!snap.isValid()) {
            result.status = RouteResult::Status::SnapFailed;
            result.error = QCoreApplication::translate("Router", "no footway within %1 m of %2")
                               .arg(QString::number(maxDistance, 'g', 6), coordinateText(point));
            return result;
        }
    }
    result = search(start, end, profile, *table);
    qCDebug(lcRouting) << "route query:" << timer.nsecsElapsed() / 1000 << "µs";
    return result;
}

RouteResult Router::search(const SnapResult &from, const SnapResult &to, const Profile &profile,
                           const CostTable &table) const
{
    const auto graph = this->graph();
    const EdgeData &es = graph->edges()[from.edge];
    const EdgeData &et = graph->edges()[to.edge];
    const double ts = from.fraction, tt = to.fraction;

    for (int pass = 0; pass < 2; ++pass) {
        const std::vector<float> &costs = pass == 0 ? table.strict : table.relaxed;
        const float fwdS = costs[from.edge * 2], backS = costs[from.edge * 2 + 1];
        const float fwdT = costs[to.edge * 2], backT = costs[to.edge * 2 + 1];
        // A point at the very end of an edge starts at its vertex, whatever the edge allows.
        constexpr double atVertexM = 0.01;
        std::vector<RouteSearch::Seed> seeds;
        if (finite(backS) || ts * es.lengthM < atVertexM)
            seeds.push_back({es.from, finite(backS) ? backS * ts : 0.0});
        if (finite(fwdS) || (1 - ts) * es.lengthM < atVertexM)
            seeds.push_back({es.to, finite(fwdS) ? fwdS * (1 - ts) : 0.0});
        std::vector<RouteSearch::Goal> goals;
        if (finite(fwdT) || tt * et.lengthM < atVertexM)
            goals.push_back({et.from, finite(fwdT) ? fwdT * tt : 0.0});
        if (finite(backT) || (1 - tt) * et.lengthM < atVertexM)
            goals.push_back({et.to, finite(backT) ? backT * (1 - tt) : 0.0});
        double direct = RouteSearch::infinity;
        if (from.edge == to.edge) {
            if (tt >= ts && finite(fwdS))
                direct = fwdS * (tt - ts);
            else if (tt < ts && finite(backS))
                direct = backS * (ts - tt);
        }
        const RouteSearch::Outcome outcome
            = RouteSearch::shortestPath(*graph, costs, seeds, goals, to.point, table.minFactor,
                                        direct, pass == 0 ? &table.landmarks : nullptr);
        if (!std::isfinite(outcome.cost))
            continue;

        std::vector<RouteAssembly::Piece> pieces;
        if (outcome.goalVertex == RouteSearch::none) {
            pieces.push_back({from.edge, ts, tt});
        } else {
            pieces.push_back({from.edge, ts, outcome.seedVertex == es.from ? 0.0 : 1.0});
            for (const RouteSearch::PathArc &arc : outcome.arcs) {
                const bool reverse = arc.code & 1;
                pieces.push_back({arc.code >> 1, reverse ? 1.0 : 0.0, reverse ? 0.0 : 1.0});
            }
            pieces.push_back({to.edge, outcome.goalVertex == et.from ? 0.0 : 1.0, tt});
        }
        RouteResult result = RouteAssembly::assemble(*graph, profile, pieces, outcome.cost);
        result.vertices = walkedVertices(*graph, outcome);
        if (result.geometry.empty())
            result.geometry = {from.point};
        result.relaxed = pass == 1;
        result.from = from.point;
        result.to = to.point;
        result.snapFromM = from.distanceM;
        result.snapToM = to.distanceM;
        return result;
    }
    RouteResult result;
    result.profile = profile.name;
    result.status = RouteResult::Status::NoRoute;
    result.error = QCoreApplication::translate(
        "Router", "No route: the two points are on parts of the network that do not connect.");
    return result;
}

RouteResult Router::routeBetweenVertices(std::uint32_t from, std::uint32_t to,
                                         const Profile &profile) const
{
    RouteResult result;
    result.profile = profile.name;
    const auto graph = this->graph();
    const auto table = costTable(profile);
    if (!graph || !table || from >= graph->vertexCount() || to >= graph->vertexCount()) {
        result.status = RouteResult::Status::Error;
        result.error = QCoreApplication::translate("Router", "The vertex is not in the network.");
        return result;
    }
    for (int pass = 0; pass < 2; ++pass) {
        const std::vector<float> &costs = pass == 0 ? table->strict : table->relaxed;
        const RouteSearch::Outcome outcome = RouteSearch::shortestPath(
            *graph, costs, {{from, 0.0}}, {{to, 0.0}}, graph->vertexPosition(to), table->minFactor,
            RouteSearch::infinity, pass == 0 ? &table->landmarks : nullptr);
        if (!std::isfinite(outcome.cost))
            continue;
        std::vector<RouteAssembly::Piece> pieces;
        for (const RouteSearch::PathArc &arc : outcome.arcs) {
            const bool reverse = arc.code & 1;
            pieces.push_back({arc.code >> 1, reverse ? 1.0 : 0.0, reverse ? 0.0 : 1.0});
        }
        result = RouteAssembly::assemble(*graph, profile, pieces, outcome.cost);
        result.vertices = walkedVertices(*graph, outcome);
        if (pieces.empty())
            result.geometry = {graph->vertexPosition(from)};
        result.relaxed = pass == 1;
        result.from = graph->vertexPosition(from);
        result.to = graph->vertexPosition(to);
        return result;
    }
    result.status = RouteResult::Status::NoRoute;
    result.error = QCoreApplication::translate(
        "Router", "No route: the two points are on parts of the network that do not connect.");
    return result;
}

QList<RouteResult> Router::nearest(const LonLat &destination, const QList<RouteTarget> &targets,
                                   const Profile &profile, int count) const
{
    QList<RouteResult> results;
    const auto graph = this->graph();
    const auto table = costTable(profile);
    if (!graph || !table || count <= 0 || !destination.isValid())
        return results;
    const SnapResult end = snapPoint(destination, *table);
    if (!end.isValid())
        return results;

    // Nearest in a straight line first; stop when the straight line alone costs more than
    // the count-th compliant route found.
    QList<int> order;
    for (int i = 0; i < targets.size(); ++i) {
        if (targets[i].position.isValid())
            order.append(i);
    }
    std::vector<double> straight(targets.size(), 0.0);
    for (int i : order)
        straight[i] = graph->lowerBoundMetres(targets[i].position, destination);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return straight[a] < straight[b]; });
    // The walk starts and ends at the snapped points: up to the snap distances nearer.
    const double slack = snapDistance() + end.distanceM;
    auto better = [](const RouteResult &a, const RouteResult &b) {
        if (a.compliant != b.compliant)
            return a.compliant;
        return a.cost < b.cost;
    };
    for (int index : order) {
        const double bound = std::max(0.0, straight[index] - slack) * table->minFactor;
        int compliantFound = 0;
        for (const RouteResult &r : results)
            compliantFound += r.compliant ? 1 : 0;
        if (compliantFound >= count && bound >= results[count - 1].cost)
            break;
        const SnapResult start = snapPoint(targets[index].position, *table);
        if (!start.isValid())
            continue;
        RouteResult r = search(start, end, profile, *table);
        if (!r.isValid())
            continue;
        r.targetId = targets[index].id;
        r.targetIndex = index;
        results.insert(std::lower_bound(results.begin(), results.end(), r, better), r);
    }
    if (results.size() > count)
        results.resize(count);
    qCDebug(lcRouting) << "nearest query over" << targets.size() << "targets";
    return results;
}

RouteSearch::Tree Router::costsFrom(std::uint32_t source, const Profile &profile, bool relaxed,
                                    QString *error) const
{
    const auto graph = this->graph();
    const auto table = costTable(profile);
    if (!graph || !table) {
        if (error)
            *error = QCoreApplication::translate("Router", "No pedestrian network is loaded.");
        return {};
    }
    const std::vector<float> &costs = relaxed ? table->relaxed : table->strict;
    std::vector<double> byCode(costs.begin(), costs.end());
    return RouteSearch::boostDijkstra(*graph, byCode, source, error);
}

RouteSearch::Reach Router::reachable(const QList<LonLat> &sources, double maxLengthM,
                                     const Profile &profile) const
{
    const auto graph = this->graph();
    const auto table = costTable(profile);
    if (!graph || !table)
        return {};
    std::vector<RouteSearch::Seed> seeds;
    std::vector<std::int32_t> origins;
    for (int i = 0; i < sources.size(); ++i) {
        const SnapResult snap = snapPoint(sources[i], *table);
        if (!snap.isValid())
            continue;
        const EdgeData &e = graph->edges()[snap.edge];
        if (finite(table->strict[snap.edge * 2 + 1])) {
            seeds.push_back({e.from, e.lengthM * snap.fraction});
            origins.push_back(i);
        }
        if (finite(table->strict[snap.edge * 2])) {
            seeds.push_back({e.to, e.lengthM * (1 - snap.fraction)});
            origins.push_back(i);
        }
    }
    return RouteSearch::reachWithin(*graph, table->strict, seeds, origins, maxLengthM);
}

} // namespace territoire
