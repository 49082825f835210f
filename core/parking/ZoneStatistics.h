#pragma once

#include "parking/Bay.h"
#include "parking/ParkingConfig.h"

#include <QList>
#include <QString>

#include <memory>

class OGRGeometry;

namespace territoire {

// PMR places a car park of `totalPlaces` places must offer: 2 % rounded up (51 places -> 2,
// 50 -> 1, 0 -> 0). Negative (unknown) totals give -1.
int requiredPmrPlaces(int totalPlaces);

// A polygon zone (commune or any polygon feature), in WGS 84.
class Zone
{
public:
    Zone(const QString &id, const QString &name, std::shared_ptr<const OGRGeometry> geometry);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    bool contains(const LonLat &position) const;
    // A point inside or at the centre of the polygon, for labels.
    LonLat labelPoint() const { return m_labelPoint; }
    const OGRGeometry *geometry() const { return m_geometry.get(); }

private:
    QString m_id;
    QString m_name;
    std::shared_ptr<const OGRGeometry> m_geometry;
    double m_west = 0, m_south = 0, m_east = 0, m_north = 0;
    LonLat m_labelPoint;
};

// Reads the polygons of a layer through GDAL, reprojected to WGS 84. Returns an empty list and
// a sentence naming the file in *error when it cannot be read.
QList<Zone> readZones(const ZoneLayerConfig &config, QString *error);

// The bays of one zone against the 2 % rule.
struct ZoneStats
{
    QString zoneId;
    QString zoneName;
    int bayCount = 0; // inventory entries (bays and car parks)
    int pmrPlaces = 0; // known PMR places
    int unknownPmrCount = 0; // car parks whose PMR count is unknown
    int totalPlaces = 0; // places of car parks whose total is known
    // PMR places of the entries whose total is known: the ones the rule compares (a PMR bay
    // whose surrounding places are not counted cannot make up for a car park below 2 %).
    int pmrPlacesOfKnownTotals = 0;
    int requiredPmr = 0; // 2 % of totalPlaces, rounded up
    int carParksBelowRule = 0; // car parks with a known total offering fewer than 2 %
    int free = 0;
    int taken = 0;
    int unknown = 0;

    // False when no entry of the zone gives its total number of places: the rule cannot be
    // judged (the zone neither meets nor fails it).
    bool ruleApplies() const { return totalPlaces > 0; }
    // True when the rule applies and the PMR places of the counted car parks reach 2 % of
    // their places, rounded up.
    bool meetsRule() const { return ruleApplies() && pmrPlacesOfKnownTotals >= requiredPmr; }
};

// Statistics per zone; bays outside every zone are counted in a last entry with an empty id
// (only when there are such bays). Bays without position count nowhere.
QList<ZoneStats> computeZoneStatistics(const BayList &bays, const QList<Zone> &zones);
// The index of the zone holding each bay (-1: outside every zone or no position). Computed
// once per inventory, it makes the statistics cheap to refresh at every status change.
QList<int> assignZones(const BayList &bays, const QList<Zone> &zones);
// Same as above with the assignment of assignZones() for the same bays in the same order.
QList<ZoneStats> computeZoneStatistics(const BayList &bays, const QList<Zone> &zones,
                                       const QList<int> &assignment);
// Statistics per car park key (Bay::zoneKey, else the bay's own id).
QList<ZoneStats> computeCarParkStatistics(const BayList &bays);

} // namespace territoire
