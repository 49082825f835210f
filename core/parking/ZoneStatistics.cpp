#include "parking/ZoneStatistics.h"

#include "base/Crs.h"

#include <QCoreApplication>
#include <QMap>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace territoire {

int requiredPmrPlaces(int totalPlaces)
{
    if (totalPlaces < 0)
        return -1;
    // Integer ceiling of 2 % (no floating point: 50 places must give exactly 1).
    return (totalPlaces * 2 + 99) / 100;
}

Zone::Zone(const QString &id, const QString &name, std::shared_ptr<const OGRGeometry> geometry)
    : m_id(id)
    , m_name(name)
    , m_geometry(std::move(geometry))
{
    if (m_geometry) {
        OGREnvelope envelope;
        m_geometry->getEnvelope(&envelope);
        m_west = envelope.MinX;
        m_south = envelope.MinY;
        m_east = envelope.MaxX;
        m_north = envelope.MaxY;
        OGRGeometryH inside = OGR_G_PointOnSurface(
            OGRGeometry::ToHandle(const_cast<OGRGeometry *>(m_geometry.get())));
        if (inside) {
            m_labelPoint = LonLat(OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0));
            OGR_G_DestroyGeometry(inside);
        }
    }
}

bool Zone::contains(const LonLat &position) const
{
    if (!m_geometry || !position.isValid())
        return false;
    if (position.lon < m_west || position.lon > m_east || position.lat < m_south
        || position.lat > m_north)
        return false;
    const OGRPoint point(position.lon, position.lat);
    return m_geometry->Contains(&point);
}

QList<Zone> readZones(const ZoneLayerConfig &config, QString *error)
{
    QList<Zone> zones;
    if (GDALGetDriverCount() == 0)
        GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(config.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer *layer = !dataset   ? nullptr
        : config.layer.isEmpty() ? dataset->GetLayer(0)
                                 : dataset->GetLayerByName(config.layer.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = QCoreApplication::translate("Parking", "%1: cannot read zones (%2)")
                         .arg(config.path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return zones;
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const int idField = layer->GetLayerDefn()->GetFieldIndex(config.idField.toUtf8().constData());
    const int nameField
        = layer->GetLayerDefn()->GetFieldIndex(config.nameField.toUtf8().constData());
    for (auto &feature : *layer) {
        OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue;
        const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
        if (type != wkbPolygon && type != wkbMultiPolygon)
            continue;
        std::shared_ptr<OGRGeometry> copy(geometry->clone());
        if (const OGRSpatialReference *srs = layer->GetSpatialRef(); srs && !srs->IsSame(&wgs84))
            copy->transformTo(&wgs84);
        const QString id = idField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(idField))
                                        : QString::number(feature->GetFID());
        const QString name
            = nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField)) : id;
        zones.append(Zone(id, name, copy));
    }
    return zones;
}

namespace {

void addBay(ZoneStats &stats, const Bay &bay)
{
    ++stats.bayCount;
    if (bay.capacity >= 0)
        stats.pmrPlaces += bay.capacity;
    else
        ++stats.unknownPmrCount;
    if (bay.totalPlaces >= 0) {
        stats.totalPlaces += bay.totalPlaces;
        stats.pmrPlacesOfKnownTotals += qMax(0, bay.capacity);
        if (bay.capacity >= 0 && bay.capacity < requiredPmrPlaces(bay.totalPlaces))
            ++stats.carParksBelowRule;
    }
    switch (bay.status) {
    case BayStatus::Free:
        ++stats.free;
        break;
    case BayStatus::Taken:
        ++stats.taken;
        break;
    case BayStatus::Unknown:
        ++stats.unknown;
        break;
    }
}

} // namespace

QList<int> assignZones(const BayList &bays, const QList<Zone> &zones)
{
    QList<int> assignment;
    assignment.reserve(bays.size());
    for (const Bay &bay : bays) {
        int index = -1;
        if (bay.hasPosition()) {
            for (int i = 0; i < zones.size() && index < 0; ++i) {
                if (zones[i].contains(bay.position))
                    index = i;
            }
        }
        assignment.append(index);
    }
    return assignment;
}

QList<ZoneStats> computeZoneStatistics(const BayList &bays, const QList<Zone> &zones)
{
    return computeZoneStatistics(bays, zones, assignZones(bays, zones));
}

QList<ZoneStats> computeZoneStatistics(const BayList &bays, const QList<Zone> &zones,
                                       const QList<int> &assignment)
{
    QList<ZoneStats> result;
    for (const Zone &zone : zones) {
        ZoneStats stats;
        stats.zoneId = zone.id();
        stats.zoneName = zone.name();
        result.append(stats);
    }
    ZoneStats outside;
    outside.zoneName = QCoreApplication::translate("Parking", "Outside every zone");
    for (int i = 0; i < bays.size(); ++i) {
        const Bay &bay = bays[i];
        if (!bay.hasPosition())
            continue;
        const int zone = i < assignment.size() ? assignment[i] : -1;
        if (zone >= 0 && zone < result.size())
            addBay(result[zone], bay);
        else
            addBay(outside, bay);
    }
    for (ZoneStats &stats : result)
        stats.requiredPmr = requiredPmrPlaces(stats.totalPlaces);
    if (outside.bayCount > 0) {
        outside.requiredPmr = requiredPmrPlaces(outside.totalPlaces);
        result.append(outside);
    }
    return result;
}

QList<ZoneStats> computeCarParkStatistics(const BayList &bays)
{
    QMap<QString, ZoneStats> byKey;
    for (const Bay &bay : bays) {
        const QString key = bay.zoneKey.isEmpty() ? bay.source + QLatin1Char(':') + bay.id
                                                  : bay.source + QLatin1Char(':') + bay.zoneKey;
        ZoneStats &stats = byKey[key];
        if (stats.zoneId.isEmpty()) {
            stats.zoneId = bay.zoneKey.isEmpty() ? bay.id : bay.zoneKey;
            stats.zoneName = bay.name.isEmpty() ? stats.zoneId : bay.name;
        }
        addBay(stats, bay);
    }
    QList<ZoneStats> result;
    for (ZoneStats &stats : byKey) {
        stats.requiredPmr = requiredPmrPlaces(stats.totalPlaces);
        result.append(stats);
    }
    return result;
}

} // namespace territoire
