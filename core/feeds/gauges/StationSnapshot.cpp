#include "feeds/gauges/StationSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace territoire {

namespace {

QJsonObject toRecord(const GaugeStation &s)
{
    QJsonObject o;
    o.insert(QLatin1String("code_station"), s.code);
    o.insert(QLatin1String("libelle_station"), s.name);
    if (!s.river.isEmpty())
        o.insert(QLatin1String("libelle_cours_eau"), s.river);
    if (!s.site.isEmpty())
        o.insert(QLatin1String("code_site"), s.site);
    if (!s.departement.isEmpty())
        o.insert(QLatin1String("code_departement"), s.departement);
    if (s.hasPosition()) {
        o.insert(QLatin1String("longitude_station"), s.position.lon);
        o.insert(QLatin1String("latitude_station"), s.position.lat);
    }
    if (std::isfinite(s.altitudeMetres))
        o.insert(QLatin1String("altitude_ref_alti_station"), s.altitudeMetres);
    return o;
}

} // namespace

QString stationSnapshotName(const hubeau::StationQuery &query)
{
    QString name = QStringLiteral("stations");
    if (!query.departement.isEmpty())
        name += QLatin1Char('-') + query.departement;
    if (query.bbox.isValid()) {
        const QRectF &b = query.bbox;
        const auto n = [](double v) {
            return QString::number(v, 'f', 4);
        };
        name += QStringLiteral("-bbox-%1_%2_%3_%4")
                    .arg(n(b.left()), n(b.top()), n(b.right()), n(b.bottom()));
    }
    return name;
}

StationSnapshot loadStationSnapshot(const SnapshotStore &store, const QString &name)
{
    StationSnapshot snapshot;
    const SnapshotStore::LoadResult result = store.load(name);
    if (result.status == SnapshotStore::LoadStatus::Corrupt) {
        snapshot.damaged = true;
        snapshot.message = result.message;
        return snapshot;
    }
    if (result.status != SnapshotStore::LoadStatus::Ok)
        return snapshot;
    snapshot.savedAt
        = hubeau::parseInstant(result.object.value(QLatin1String("saved_at_utc")).toString());
    const QJsonObject wrapped {
        {QLatin1String("data"), result.object.value(QLatin1String("stations")).toArray()}};
    snapshot.stations = hubeau::parseStations(QJsonDocument(wrapped).toJson(), nullptr);
    return snapshot;
}

bool saveStationSnapshot(const SnapshotStore &store, const QString &name,
                         const QList<GaugeStation> &stations, const QDateTime &savedAt,
                         const QString &source, QString *error)
{
    QJsonArray records;
    for (const GaugeStation &s : stations)
        records.append(toRecord(s));
    QJsonObject object;
    object.insert(QLatin1String("saved_at_utc"), hubeau::formatInstant(savedAt));
    object.insert(QLatin1String("source"), source);
    object.insert(QLatin1String("stations"), records);
    return store.save(name, object, error);
}

QString reachSnapshotName()
{
    return QStringLiteral("vigicrues-reaches");
}

ReachSnapshot loadReachSnapshot(const SnapshotStore &store)
{
    ReachSnapshot snapshot;
    const SnapshotStore::LoadResult result = store.load(reachSnapshotName());
    if (result.status == SnapshotStore::LoadStatus::Corrupt) {
        snapshot.damaged = true;
        snapshot.message = result.message;
        return snapshot;
    }
    const QJsonObject reaches = result.object.value(QLatin1String("reaches")).toObject();
    for (auto it = reaches.begin(); it != reaches.end(); ++it) {
        const QString reach = it.value().toString();
        if (!it.key().isEmpty() && !reach.isEmpty())
            snapshot.reaches.insert(it.key(), reach);
    }
    snapshot.savedAt
        = hubeau::parseInstant(result.object.value(QLatin1String("saved_at_utc")).toString());
    return snapshot;
}

bool saveReachSnapshot(const SnapshotStore &store, const QHash<QString, QString> &reaches,
                       const QDateTime &savedAt, QString *error)
{
    QJsonObject map;
    for (auto it = reaches.constBegin(); it != reaches.constEnd(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject object;
    object.insert(QLatin1String("saved_at_utc"), hubeau::formatInstant(savedAt));
    object.insert(QLatin1String("reaches"), map);
    return store.save(reachSnapshotName(), object, error);
}

} // namespace territoire
