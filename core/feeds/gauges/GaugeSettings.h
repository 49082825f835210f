#pragma once

#include "feeds/gauges/GaugeStation.h"
#include "feeds/gauges/HubEau.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace territoire {

class Project;

// A local alert level of one station: a height (m) or flow (m³/s) with a label, a colour and
// where it comes from ("crue de 1990").
struct GaugeThreshold
{
    QString quantity = QStringLiteral("H"); // "H" (metres) or "Q" (m³/s)
    double value = 0;
    QString label;
    QColor color = QColor(QStringLiteral("#e67e22"));
    QString source;

    QJsonObject toJson() const;
    static GaugeThreshold fromJson(const QJsonObject &json);
    bool operator==(const GaugeThreshold &o) const
    {
        return quantity == o.quantity && value == o.value && label == o.label;
    }
};

// The project section "gauges": where to poll, how often, when values are stale, thresholds per
// station and the station → Vigicrues reach mapping. Base URLs may be overridden by the
// environment (TERRITOIRE_HUBEAU_URL, TERRITOIRE_VIGICRUES_URL), e.g. for tests.
struct GaugeSettings
{
    QString hubEauUrl = QStringLiteral("https://hubeau.eaufrance.fr/api/v2/hydrometrie");
    QString vigicruesUrl = QStringLiteral("https://www.vigicrues.gouv.fr/services/1");
    // Path and query of the vigilance request, relative to vigicruesUrl.
    QString vigicruesQuery = QStringLiteral("InfoVigiCru.jsonld?CdEntVigiCru=A00&TypEntVigiCru=2");
    int hubEauIntervalSeconds = 120;
    int vigicruesIntervalSeconds = 300;
    int staleAfterMinutes = 60;
    int trendWindowMinutes = 60;
    int retentionDays = 90;
    double heightHysteresis = 0.05; // metres
    double flowHysteresis = 1.0; // m³/s
    // Vigicrues territories (TerEntVigiCru, e.g. "18") whose reaches and stations give the
    // station → reach mapping, fetched daily; empty: one station detail per station.
    QStringList vigicruesTerritories;
    QHash<QString, QString> reaches; // station code → reach code, overrides the fetched one
    QHash<QString, QList<GaugeThreshold>> thresholds; // station code → thresholds

    QJsonObject toJson() const;
    static GaugeSettings fromJson(const QJsonObject &json);
    // Reads the project's "gauges" section and applies environment overrides.
    static GaugeSettings fromProject(const Project &project);
    void applyEnvironment();
};

// The stations of every "gauges" layer of a project (layer options "stations"), first
// occurrence of a code wins.
QList<GaugeStation> projectGaugeStations(const Project &project);

// The Hub'Eau station queries of a "gauges" layer's options: "departement" ("90") and/or
// "bbox" ([west, south, east, north] in WGS 84 degrees). Invalid when neither is given.
hubeau::StationQuery stationQueryFromOptions(const QJsonObject &options);
// The valid station queries of every "gauges" layer of a project.
QList<hubeau::StationQuery> projectStationQueries(const Project &project);
// True when a station belongs to a query (same département, or position inside the box).
bool stationMatches(const GaugeStation &station, const hubeau::StationQuery &query);

} // namespace territoire
