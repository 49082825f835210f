#pragma once

#include "feeds/Observation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace territoire::vigicrues {

// Vigilance levels: 1 green, 2 yellow, 3 orange, 4 red (0: unknown).
QString levelName(int level); // translated: "green", "yellow", ...
QString levelKey(int level); // stable: "green", "yellow", "orange", "red", "unknown"

// Entity ids used in the cache for vigilance levels: a river reach (tronçon, TypEntVigiCru 8)
// is its code ("RS18"); other entity kinds are prefixed: "departement:90", "territoire:18",
// "national:A00".
QString entityId(const QString &code, const QString &entityType);

// Parses an InfoVigiCru answer (a bulletin, national/territory/reach, with or without its
// detailed synthesis) into vigilance observations (quantity "vigilance", value = level, time =
// the bulletin's instant in UTC). An answer about a single entity that does not name it takes
// the entity from the request URL (CdEntVigiCru, TypEntVigiCru). Sets *error when the body is
// not a bulletin.
ObservationList parseVigilance(const QByteArray &body, const QUrl &url, const QString &feedId,
                               QString *error);

// Station code → reach code, from a reach answer (TronEntVigiCru, its stations are
// "aNMoinsUn"), a list of reaches with their stations, or a station detail (its reach is
// "aNPlusUn").
// Member names are read with ":" or "." after the prefix ("vic.CdEntVigiCru" is found in real
// territory answers). Sets *error when the body is not JSON.
QHash<QString, QString> parseStationReaches(const QByteArray &body, QString *error = nullptr);

// The reach of a Hub'Eau station in a Vigicrues station → reach mapping. Both services use the
// 10-character station code (U234503001) and are matched exactly; an 8-character code (the
// site code U2345030 or a Vigicrues "CdStationHydroAncienRef") matches the single 10-character
// code that starts with it. Empty when the mapping does not list the station.
QString reachOfStation(const QHash<QString, QString> &mapping, const QString &stationCode);

// The Vigicrues requests that give station → reach: with territories (TerEntVigiCru codes,
// e.g. "18"), one StaEntVigiCru.jsonld?CdEntVigiCru=T&TypEntVigiCru=5 per territory (its reaches
// with their stations); otherwise one station detail (TypEntVigiCru=7) per station.
QList<QUrl> reachMappingUrls(const QString &baseUrl, const QStringList &territories,
                             const QStringList &stationCodes);

} // namespace territoire::vigicrues
