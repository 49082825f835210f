#pragma once

#include <QSqlDatabase>
#include <QString>

namespace territoire::pack {

// An offline pack is one GeoPackage (SQLite, application_id "GPKG") that QGIS and GDAL open
// as usual, plus these Territoire tables:
//   territoire_pack         key/value: format version, recorded period, area, basemap zooms
//   territoire_project      the project JSON, layer sources relative to the pack (the pack
//                           itself, with sublayer = table name)
//   territoire_files        files the project needs as they are (OSM extract for routing,
//                           inventories), by name, as BLOBs
//   territoire_observations the recorded feed history of the period (gauges, bays) and the
//                           synthetic observations of trainer events (exercise = 1)
//   territoire_exercise_events the trainer's events, replayed at their clock instant
//   layer_styles            QGIS styles (QML) of the vector tables
constexpr int formatVersion = 1;
inline const char *infoTable = "territoire_pack";
inline const char *projectTable = "territoire_project";
inline const char *filesTable = "territoire_files";
inline const char *observationsTable = "territoire_observations";
inline const char *eventsTable = "territoire_exercise_events";
// Sources and section values that name a file stored in territoire_files.
inline const char *fileToken = "territoire-pack:file/";

// Opens an SQLite connection to a pack under a unique name (close with closeDatabase).
// readOnly uses SQLITE_OPEN_READONLY.
QSqlDatabase openDatabase(const QString &path, bool readOnly, QString *error);
void closeDatabase(QSqlDatabase &db);

// A table or column name safe for SQL and GeoPackage ("Communes 90" -> "communes_90").
QString tableName(const QString &prefix, const QString &hint);

} // namespace territoire::pack
