#pragma once

#include "feeds/Observation.h"

#include <QByteArray>
#include <QHash>
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
QHash<QString, QString> parseStationReaches(const QByteArray &body);

} // namespace territoire::vigicrues
