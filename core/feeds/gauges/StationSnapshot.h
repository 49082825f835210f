#pragma once

#include "feeds/SnapshotStore.h"
#include "feeds/gauges/GaugeStation.h"
#include "feeds/gauges/HubEau.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace territoire {

// The station list Hub'Eau gave for a query, kept between runs in a SnapshotStore so that the
// gauges are on the map at the next start, offline too. The file holds Hub'Eau station records
// ({"saved_at_utc", "source", "stations": [{code_station, libelle_station, ...}]}); writes are
// atomic and a damaged file is set aside, never partly used (see SnapshotStore).
struct StationSnapshot
{
    QList<GaugeStation> stations;
    QDateTime savedAt; // UTC, invalid when unknown
    bool damaged = false; // the file was unreadable and moved aside; message says so
    QString message;
};

// "stations-90" for a département, "stations-bbox-<w>_<s>_<e>_<n>" for a box.
QString stationSnapshotName(const hubeau::StationQuery &query);
StationSnapshot loadStationSnapshot(const SnapshotStore &store, const QString &name);
// `source` says where the list came from (the request); false with *error naming the file.
bool saveStationSnapshot(const SnapshotStore &store, const QString &name,
                         const QList<GaugeStation> &stations, const QDateTime &savedAt,
                         const QString &source, QString *error = nullptr);

// The station → reach mapping fetched from Vigicrues, kept between runs in the same store
// ("vigicrues-reaches.json": {"saved_at_utc", "reaches": {station: reach}}).
struct ReachSnapshot
{
    QHash<QString, QString> reaches;
    QDateTime savedAt; // UTC, invalid when unknown
    bool damaged = false;
    QString message;
};

QString reachSnapshotName();
ReachSnapshot loadReachSnapshot(const SnapshotStore &store);
bool saveReachSnapshot(const SnapshotStore &store, const QHash<QString, QString> &reaches,
                       const QDateTime &savedAt, QString *error = nullptr);

} // namespace territoire
