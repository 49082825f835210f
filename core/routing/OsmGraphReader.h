#pragma once

#include "base/JobControl.h"
#include "routing/PedestrianGraph.h"
#include "routing/RouteTarget.h"

#include <QString>

#include <memory>

namespace territoire {

// What reading an OSM file gives: the pedestrian graph, the disabled parking bays found in it
// (amenity=parking_space nodes with wheelchair=designated or capacity:disabled), and counts.
struct OsmReadResult
{
    std::shared_ptr<PedestrianGraph> graph; // null on failure
    QString error; // a sentence naming the file and the reason
    QList<RouteTarget> disabledBays;
    int walkableWays = 0;
    int unreadableValues = 0; // tag values logged and treated as unknown
    int demSampledEdges = 0;
    QString demError; // the DEM could not be used (the graph is built without it)
};

// Reads OSM XML or PBF (libosmium) and builds the pedestrian graph: footways, paths,
// pedestrian and living streets, steps, crossings, sidewalks mapped as ways, elevators, and
// roads walked along their sidewalks. With a DEM path, untagged slopes come from the DEM.
class OsmGraphReader
{
public:
    void setDemPath(const QString &path) { m_demPath = path; }
    QString demPath() const { return m_demPath; }

    // Blocking; run it off the UI thread. progress may be empty; returning false cancels.
    OsmReadResult read(const QString &path, const ProgressCallback &progress = {}) const;

private:
    QString m_demPath;
};

} // namespace territoire
