#pragma once

#include "parking/InventorySource.h"
#include "parking/SiteStatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QUrl>

namespace territoire {

// One real-time parking feed as stored in the project section "parking" (key "feeds").
struct ParkingFeedConfig
{
    QString id; // feed id in the feed engine and the observation cache
    QString name; // shown to users
    QUrl url;
    StatusFormat format = StatusFormat::Invalid;
    int intervalSeconds = 120;
    // A status older than this (clock time) becomes unknown, never free. Default 15 minutes.
    int freshnessSeconds = 900;
    QStringList sources; // inventory ids whose bays this feed describes; empty: all
    QHash<QString, QString> idMap; // bay id -> feed site id, when they differ
    QString recordedFile; // file name looked up in a replay folder (--source DIR)
    QString attribution;

    // The feed's site id for a bay id (idMap, else the same id).
    QString siteIdFor(const QString &bayId) const { return idMap.value(bayId, bayId); }
    bool covers(const QString &sourceId) const
    {
        return sources.isEmpty() || sources.contains(sourceId);
    }

    QJsonObject toJson() const;
    static ParkingFeedConfig fromJson(const QJsonObject &json);
};

// Polygons for zone statistics (communes or any polygon layer).
struct ZoneLayerConfig
{
    QString path; // absolute in memory
    QString layer; // layer inside the source; empty: the first
    QString idField = QStringLiteral("code");
    QString nameField = QStringLiteral("nom");

    bool isEmpty() const { return path.isEmpty(); }
};

// Everything the "parking" project section holds: inventories, feeds, the expected area,
// the zone layer and the routing network for the nearest free bay.
struct ParkingConfig
{
    QList<InventorySource> sources;
    QList<ParkingFeedConfig> feeds;
    QRectF expectedBounds; // WGS 84, applied to sources without bounds of their own
    ZoneLayerConfig zones;
    QString routingNetwork; // OSM file of the pedestrian network (absolute in memory)
    QString routingProfile = QStringLiteral("norm-2007");

    // The section of a project; paths resolved against projectDir.
    static ParkingConfig fromJson(const QJsonObject &section, const QString &projectDir);
    QJsonObject toJson(const QString &projectDir) const;
    // The bounds a source checks against: its own, else the section's.
    QRectF boundsFor(const InventorySource &source) const;
};

} // namespace territoire
