#pragma once

#include "routing/PedestrianGraph.h"
#include "routing/Profile.h"
#include "routing/RouteResult.h"
#include "routing/RouteSearch.h"
#include "routing/RouteTarget.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <memory>

namespace territoire {

// Answers routing queries on a pedestrian graph under a profile. Thread-safe: queries may run
// on several threads at once; the graph is shared and never modified. Closing a way (works,
// an exercise event) affects every later query; closuresChanged() is emitted.
//
// Usage for nearest disabled bays (the parking area plugs in here):
//   QList<RouteResult> r = router.nearest(destination, freeBays, profile, 3);
// Each result is the walk FROM a bay TO the destination (bay first), sorted by cost,
// compliant routes first; r[i].targetIndex / targetId say which bay. Only the bays passed
// are considered: the caller passes the bays that are free now.
class Router : public QObject
{
    Q_OBJECT
public:
    explicit Router(QObject *parent = nullptr);
    ~Router() override;

    void setGraph(std::shared_ptr<const PedestrianGraph> graph);
    std::shared_ptr<const PedestrianGraph> graph() const;

    // How far (metres) a point may be from the network; default 50 m.
    void setSnapDistance(double metres);
    double snapDistance() const;

    // Closes every edge of an OSM way in both directions, for all profiles; reopenWay undoes.
    // Returns false when the graph has no such way.
    bool closeWay(qint64 osmWayId);
    void reopenWay(qint64 osmWayId);
    void reopenAll();
    QList<qint64> closedWays() const;

    // Point to point (WGS 84) with A*: the cheapest compliant route, or the cheapest relaxed
    // route with its breaches when no compliant route exists.
    RouteResult route(const LonLat &from, const LonLat &to, const Profile &profile) const;
    // Between two vertices (hand-made graphs and benchmarks); same rules.
    RouteResult routeBetweenVertices(std::uint32_t from, std::uint32_t to,
                                     const Profile &profile) const;

    // The `count` cheapest walks from one of the targets to the destination (see above).
    // Targets farther than the snap distance from the network are skipped.
    QList<RouteResult> nearest(const LonLat &destination, const QList<RouteTarget> &targets,
                               const Profile &profile, int count = 1) const;

    // One-to-all with Boost.Graph dijkstra_shortest_paths from a vertex, costs in
    // metre-equivalents (strict: compliant arcs only).
    RouteSearch::Tree costsFrom(std::uint32_t source, const Profile &profile, bool relaxed = false,
                                QString *error = nullptr) const;

    // Many-to-all: the network reachable on compliant arcs within maxLengthM walked metres of
    // any source. Sources farther than the snap distance are ignored (origin -1).
    RouteSearch::Reach reachable(const QList<LonLat> &sources, double maxLengthM,
                                 const Profile &profile) const;

    // Cost of each arc (indexed by arc code) under a profile, cached per profile.
    struct CostTable
    {
        std::vector<float> strict;
        std::vector<float> relaxed;
        double minFactor = 1.0; // lowest cost per metre of any usable arc (for A*)
        Landmarks landmarks; // on the strict costs, for A* (ALT)
    };
    std::shared_ptr<const CostTable> costTable(const Profile &profile) const;

Q_SIGNALS:
    void graphChanged();
    void closuresChanged();

private:
    RouteResult search(const SnapResult &from, const SnapResult &to, const Profile &profile,
                       const CostTable &table) const;
    SnapResult snapPoint(const LonLat &point, const CostTable &table) const;

    mutable QMutex m_mutex;
    std::shared_ptr<const PedestrianGraph> m_graph;
    double m_snapDistance = 50.0;
    QSet<qint64> m_closed;
    mutable QHash<QString, std::shared_ptr<const CostTable>> m_costCache;
};

} // namespace territoire
