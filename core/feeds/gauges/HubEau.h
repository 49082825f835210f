#pragma once

#include "feeds/Observation.h"
#include "feeds/gauges/GaugeStation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QUrl>

namespace territoire::hubeau {

// Reads an ISO 8601 instant with "Z", "+hh:mm" or "+hhmm" and returns it in UTC; invalid when
// the text is not an instant. The offset is honoured, never dropped.
QDateTime parseInstant(const QString &text);
// Formats an instant as "2025-03-30T01:30:00Z" (UTC).
QString formatInstant(const QDateTime &instant);

// One page of an `observations_tr` answer (API v1 or v2).
struct ObservationsPage
{
    ObservationList observations; // H in metres, Q in m³/s, UTC times
    QUrl next; // the "next" link exactly as received, empty on the last page
    int count = -1; // the answer's "count" (all pages), -1 when absent
    int recordCount = 0; // records in "data" (kept or not)
    int skipped = 0; // records without station code, quantity, time or number
    QString error; // set when the body is not an observations answer
};

// Parses an `observations_tr` body; the observations get `feedId`. Heights in mm and flows in
// l/s are converted once here (see toStoredValue). Records without a station code are skipped
// (an answer queried by site code may hold such records).
ObservationsPage parseObservations(const QByteArray &body, const QString &feedId);

// The "next" link of a JSON answer, kept exactly as received (still percent-encoded).
QUrl nextLink(const QString &text);

// What a `referentiel/stations` request asks for: the stations of a département ("90") or those
// inside a WGS 84 box (degrees), or both (the API then applies both filters).
struct StationQuery
{
    QString departement;
    QRectF bbox; // x = longitude (west), y = latitude (south); invalid when unused
    bool isValid() const { return !departement.isEmpty() || bbox.isValid(); }
};

// Hub'Eau answers 400 to any request whose page × size exceeds this many results.
constexpr int maxResultDepth = 20000;

// The first `referentiel/stations` request of a query (API v1 or v2: `base` is
// ".../api/v2/hydrometrie" or ".../api/v1/hydrometrie"), page 1 of `size` (1..maxResultDepth)
// stations. Empty when the query is invalid.
QUrl stationsUrl(const QString &base, const StationQuery &query, int size = 1000);
// True when a stations URL asks for results beyond maxResultDepth (page × size), which the API
// refuses: such a request must not be sent.
bool exceedsResultDepth(const QUrl &url);

// Parses a station list: a `referentiel/stations` answer (v1 or v2), the same as GeoJSON, or
// the plain array of the Hub'Eau demonstrator's station cache. Positions are checked: null or
// (0,0) lon/lat fall back to Lambert-93 x/y (code_projection 26); lon/lat disagreeing with x/y
// by more than 1 m are replaced by the position derived from x/y (swapped lon/lat are
// detected); an altitude above 4810 m is flagged and, when it reads as millimetres, corrected.
// Every correction adds a sentence to the station's warnings.
QList<GaugeStation> parseStations(const QByteArray &body, QString *error = nullptr,
                                  QUrl *next = nullptr);

} // namespace territoire::hubeau
