#pragma once

#include "parking/Bay.h"

#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace territoire {

// Which source field holds which bay property. Field names are matched without case and
// without a dBase-style type suffix ("NBRE_PLACE,N,4,0" matches "NBRE_PLACE").
struct BayFieldMapping
{
    QString id; // identifier, matched against real-time feeds
    QString name;
    QString capacity; // PMR places (nb_pmr, capacity:disabled); empty: one bay per feature
    QString totalPlaces; // all places of the car park (nb_places), for the 2 % rule
    QString lon; // WGS 84 longitude column; empty: use the geometry
    QString lat;
    QString zone; // car park or area key, for counts per car park
    QString filterField; // keep only features whose value is in filterValues
    QStringList filterValues;

    QJsonObject toJson() const;
    static BayFieldMapping fromJson(const QJsonObject &json);
};

// One static inventory of PMR bays as stored in the project section "parking" (key "sources").
// Formats: "ogr" (CSV, GeoJSON, GeoPackage... read through GDAL with a field mapping),
// "osm" (OSM XML or PBF through libosmium) and "datex2" (DATEX II parking table publication).
struct InventorySource
{
    QString id; // stable within the project; feeds refer to it
    QString name; // shown to users and in attributions
    QString path; // absolute in memory
    QString format = QStringLiteral("ogr");
    QString preset; // a known mapping: "schema-stationnement", "montpellier-places-reservees",
                    // "montpellier-parkings"; explicit fields override it
    QString layer; // layer inside a multi-layer source; empty: the first
    QString encoding; // "UTF-8", "CP1252"...; empty: detected (UTF-8 when valid, else CP1252)
    QString attribution; // e.g. "Ville de Montpellier, Licence Ouverte"
    Bay::Kind kind = Bay::Kind::CarPark;
    BayFieldMapping fields;

    // Plausibility: positions outside these WGS 84 bounds (x = lon, y = lat; null = no check)
    // are reported; swapped lon/lat is detected when the swapped point falls inside.
    QRectF expectedBounds;
    bool fixSwappedCoordinates = false; // swap (with a warning) instead of excluding the row
    // Read values out of the degree range as metres in this CRS (e.g. "EPSG:2154") instead of
    // rejecting the row; empty: reject.
    QString projectedCrsForDegreeColumns;

    // The mapping of a preset, or an empty mapping for an unknown name.
    static BayFieldMapping presetMapping(const QString &preset);
    // The mapping actually used: the preset's, with every explicit field overriding it.
    BayFieldMapping effectiveMapping() const;

    QJsonObject toJson(const QString &projectDir) const;
    static InventorySource fromJson(const QJsonObject &json, const QString &projectDir);
};

} // namespace territoire
