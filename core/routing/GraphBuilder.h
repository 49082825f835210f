#pragma once

#include "base/JobControl.h"
#include "routing/PedestrianGraph.h"

#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace territoire {

class DemSampler;

// What a node tells the edges through it.
struct NodeInfo
{
    Kerb kerb;
    bool elevator = false; // highway=elevator
    bool blockingBarrier = false; // a barrier no wheelchair passes (stile, turnstile, step...)
    bool wheelchairNo = false; // wheelchair=no on the node
    bool crossing = false; // highway=crossing (used to name the road crossed)
    bool narrowing = false; // a barrier, obstacle or street furniture: narrows a footway here
    bool kerbOnCrossingWay = false; // set by build(): a footway=crossing way passes the kerb
};

// One walkable way, its tags already parsed, with the position of each node.
struct WayInput
{
    WayInfo info; // osmId, kind and attributes; lengths and name indices are filled in
    QString name;
    QString crossedName; // crossings: the road crossed
    QString surfaceRaw;
    std::vector<std::pair<qint64, LonLat>> nodes;
    // Hand-made graphs only: the length of the way in metres instead of the geodesic length.
    std::optional<double> lengthOverrideM;
};

// Collects ways and node information, then cuts ways at shared nodes into edges and builds a
// PedestrianGraph. Node obstacles (barriers, elevators) apply to every edge through the node,
// ends included; kerbs and narrowing furniture to the footway edges through it (not to roads walked
// along their sidewalks) and, where a crossing way passes the kerb, to the crossing's edges only.
// With a DEM, edges whose way has no incline value get the steepest slope of their runs of about 90
// m (source "dem").
class GraphBuilder
{
public:
    void setNodeInfo(qint64 nodeId, const NodeInfo &info) { m_nodeInfo[nodeId] = info; }
    void addWay(WayInput way) { m_ways.push_back(std::move(way)); }
    void setDem(const DemSampler *dem) { m_dem = dem; }
    std::size_t wayCount() const { return m_ways.size(); }
    // After build(): how many edges got their slope from the DEM.
    int demSampledEdges() const { return m_demSampled; }

    // Builds the graph; returns null and a sentence in *error when cancelled or empty.
    // The builder is left empty afterwards.
    std::shared_ptr<PedestrianGraph> build(const ProgressCallback &progress = {},
                                           QString *error = nullptr);

private:
    std::unordered_map<qint64, NodeInfo> m_nodeInfo;
    std::vector<WayInput> m_ways;
    const DemSampler *m_dem = nullptr;
    int m_demSampled = 0;
};

} // namespace territoire
