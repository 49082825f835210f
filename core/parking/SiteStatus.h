#pragma once

#include "parking/Bay.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace territoire {

// What a real-time feed said about one bay or one car park (site) at one instant.
struct SiteStatus
{
    enum class State {
        Unknown, // the feed gives counts only, or nothing usable
        Open, // open with vacant places
        Full,
        Closed,
    };

    QString siteId; // the feed's identifier, matched against Bay::id
    int vacant = -1; // vacant places (1/0 for a single-bay sensor); -1 unknown
    int capacity = -1; // places the feed counts; -1 unknown
    State state = State::Unknown;
    QDateTime time; // UTC observation time

    // Free when open with at least one vacant place, Taken when full, closed or 0 vacant,
    // Unknown otherwise. Staleness is not judged here (see BayStatusModel).
    BayStatus bayStatus() const;
    bool isValid() const { return !siteId.isEmpty() && time.isValid(); }

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
};

using SiteStatusList = QList<SiteStatus>;

// The result of parsing one answer of a parking feed.
struct StatusParseResult
{
    SiteStatusList records;
    QStringList warnings; // records skipped, with the reason
    QString error; // the answer as a whole is unusable (empty, malformed, wrong document)
    QDateTime publicationTime; // when the answer says it was published; may be invalid

    bool isOk() const { return error.isEmpty(); }
};

// The real-time formats Territoire reads. Keys as stored in the project ("format").
enum class StatusFormat {
    Datex2, // DATEX II v2 ParkingStatusPublication or parkingFacilityTableStatusPublication
    ParkApi, // ParkAPI v3 JSON: items with uid and realtime_status AVAILABLE/TAKEN, or
             // realtime_free_capacity per site
    StrasbourgOpendatasoft, // data.strasbourg.eu occupation-parkings-temps-reel (records)
    StrasbourgLegacy, // legacy Strasbourg status feed {"s": [{id, df, dt, ds}]}
    MontpellierNgsi, // Montpellier FIWARE NGSI v2 OffStreetParking entities
    Basel, // data.bs.ch car park occupancy export
    GeoJsonStatus, // GeoJSON points with a 0/1 "status" property (Freiburg: 1 = taken)
    Invalid,
};

QString statusFormatKey(StatusFormat format);
StatusFormat statusFormatFromKey(const QString &key);

// Parses one answer. `receivedAt` (UTC, from the clock) dates records whose source gives no
// time of its own. Never throws; a wrong document gives an error naming what was expected.
StatusParseResult parseStatus(StatusFormat format, const QByteArray &body,
                              const QDateTime &receivedAt);

// The individual parsers, each also usable alone.
StatusParseResult parseDatex2Status(const QByteArray &body, const QDateTime &receivedAt);
StatusParseResult parseParkApiStatus(const QByteArray &body, const QDateTime &receivedAt);
StatusParseResult parseStrasbourgOpendatasoft(const QByteArray &body, const QDateTime &receivedAt);
StatusParseResult parseStrasbourgLegacy(const QByteArray &body, const QDateTime &receivedAt);
StatusParseResult parseMontpellierNgsi(const QByteArray &body, const QDateTime &receivedAt);
StatusParseResult parseBasel(const QByteArray &body, const QDateTime &receivedAt);
StatusParseResult parseGeoJsonStatus(const QByteArray &body, const QDateTime &receivedAt);

} // namespace territoire
