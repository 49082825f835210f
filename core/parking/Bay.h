#pragma once

#include "base/LonLat.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace territoire {

// What is known of a bay (or of the PMR places of a car park) at one instant.
enum class BayStatus {
    Unknown, // no status, or a status older than its feed's freshness limit
    Free, // at least one PMR place free
    Taken, // every place taken, or the car park full or closed
};

// "free", "taken" or "unknown", as written in the CLI output and the project.
QString bayStatusKey(BayStatus status);
// The translated word for users.
QString bayStatusLabel(BayStatus status);

// One accessible (PMR) parking place, or the PMR places of one car park, from an inventory.
// A bay without a valid position is kept (for the table and the reports) but not drawn.
struct Bay
{
    enum class Kind {
        Space, // one marked bay (OSM parking_space, a single-space sensor)
        CarPark, // a car park or street segment holding `capacity` PMR places
    };

    QString id; // identifier in its source, used to match real-time status
    QString source; // inventory name (project source id or file name)
    QString name;
    QString zoneKey; // car park or area this bay belongs to (counts per car park); may be empty
    Kind kind = Kind::Space;
    LonLat position; // WGS 84; invalid when the source gives no usable coordinates
    int capacity = 1; // PMR places (1 for a single bay); 0 when the source says none
    int totalPlaces = -1; // all places of the car park (for the 2 % rule); -1 unknown

    // Real-time part, filled by BayStatusModel; Unknown with an invalid time when no feed.
    BayStatus status = BayStatus::Unknown;
    QDateTime statusTime; // UTC observation time of the status
    int vacantPlaces = -1; // vacant places reported by the feed (whole site), -1 unknown
    QString statusFeed; // feed id the status came from

    bool hasPosition() const { return position.isValid(); }
};

using BayList = QList<Bay>;

} // namespace territoire
