#pragma once

#include "base/LonLat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>

namespace territoire {

// A river gauge station: Hub'Eau code (e.g. U234503001), names, WGS 84 position and the
// Vigicrues reach it belongs to. The position is invalid when the source gave none usable
// ("position unknown": listed, never drawn, never at 0,0).
struct GaugeStation
{
    QString code;
    QString name;
    QString river;
    QString site;
    QString departement;
    QString reach; // Vigicrues tronçon code, e.g. "RS18"; empty when unknown
    LonLat position;
    double altitudeMetres = std::nan(""); // reference altitude, NaN when unknown or implausible
    QStringList warnings; // sentences about doubtful source values (swapped, implausible...)

    bool hasPosition() const { return position.isValid(); }

    QJsonObject toJson() const;
    static GaugeStation fromJson(const QJsonObject &json);
};

// Station lists as stored in a gauges layer's options ("stations": [...]).
QList<GaugeStation> stationsFromJson(const QJsonArray &array);
QJsonArray stationsToJson(const QList<GaugeStation> &stations);

} // namespace territoire
