#include "parking/BayLayer.h"

#include "base/Clock.h"
#include "map/LayerRegistry.h"
#include "parking/InventoryReader.h"
#include "parking/ParkingConfig.h"
#include "render/SymbolPainter.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace territoire {

namespace {

Symbol symbolFor(BayStatus status, Bay::Kind kind)
{
    const MarkerShape shape
        = kind == Bay::Kind::CarPark ? MarkerShape::Square : MarkerShape::Circle;
    const double size = kind == Bay::Kind::CarPark ? 4.0 : 3.0;
    return Symbol::marker(shape, BayLayer::statusColor(status), size, QColor(0x20, 0x20, 0x20));
}

struct DrawnBay
{
    QPointF map; // map CRS
    BayStatus status;
    Bay::Kind kind;
    QString label; // PMR places of a car park ("3 PMR"), or vacant places
};

struct RoutePath
{
    QPolygonF map; // map CRS
    bool best;
};

struct ZoneCount
{
    QPointF map;
    int free = 0;
    int total = 0;
};

// Draws a snapshot of the bays; never touches the layer.
class BayRenderJob : public LayerRenderJob
{
public:
    BayRenderJob(QList<DrawnBay> bays, QList<ZoneCount> zones, QList<ZoneCount> carParks,
                 QList<RoutePath> routes, std::optional<QPointF> destination, double opacity)
        : m_bays(std::move(bays))
        , m_zones(std::move(zones))
        , m_carParks(std::move(carParks))
        , m_routes(std::move(routes))
        , m_destination(destination)
        , m_opacity(opacity)
    { }

    bool render(QPainter &painter, RenderContext &context) override
    {
        const MapSettings &settings = context.settings();
        const QTransform toPixel = settings.mapToPixel();
        painter.save();
        painter.setOpacity(m_opacity);
        SymbolPainter symbols(painter, settings.outputDpi());
        // Walking paths under the bays, the best one last (on top).
        for (int i = m_routes.size() - 1; i >= 0; --i) {
            const RoutePath &route = m_routes[i];
            symbols.setSymbol(
                Symbol::line(route.best ? QColor(0x1f, 0x5f, 0xbf) : QColor(0x6f, 0x9f, 0xdf),
                             route.best ? 1.2 : 0.7),
                GeometryKind::Line);
            symbols.drawPolyline(toPixel.map(route.map));
        }
        if (m_destination) {
            symbols.setSymbol(Symbol::marker(MarkerShape::Star, QColor(0x1f, 0x5f, 0xbf), 5.0),
                              GeometryKind::Point);
            symbols.drawPoint(toPixel.map(*m_destination));
        }
        // Unknown first, then taken, then free on top: free bays are what users look for.
        for (BayStatus status : {BayStatus::Unknown, BayStatus::Taken, BayStatus::Free}) {
            for (Bay::Kind kind : {Bay::Kind::CarPark, Bay::Kind::Space}) {
                symbols.setSymbol(symbolFor(status, kind), GeometryKind::Point);
                for (int i = 0; i < m_bays.size(); ++i) {
                    const DrawnBay &bay = m_bays[i];
                    if (bay.status != status || bay.kind != kind)
                        continue;
                    if ((i & 255) == 0 && context.isCancelled()) {
                        painter.restore();
                        return false;
                    }
                    const QPointF pixel = toPixel.map(bay.map);
                    symbols.drawPoint(pixel);
                    if (!bay.label.isEmpty() && m_zones.isEmpty()) {
                        LabelCandidate label;
                        label.text = bay.label;
                        label.anchor = pixel + QPointF(0, -12);
                        label.color = QColor(0x20, 0x20, 0x20);
                        label.priority = status == BayStatus::Free ? 3 : 1;
                        context.addLabel(label);
                    }
                }
            }
        }
        // Counts per zone (zoomed out), else per car park whose bays are mapped one by one.
        for (const ZoneCount &zone : m_zones.isEmpty() ? m_carParks : m_zones) {
            LabelCandidate label;
            label.text = QCoreApplication::translate("Parking", "%1 free / %2")
                             .arg(zone.free)
                             .arg(zone.total);
            label.anchor = toPixel.map(zone.map) + (m_zones.isEmpty() ? QPointF(0, 14) : QPointF());
            label.font.setBold(true);
            label.color = BayLayer::statusColor(zone.free > 0 ? BayStatus::Free : BayStatus::Taken)
                              .darker(150);
            label.priority = 5;
            context.addLabel(label);
        }
        painter.restore();
        return true;
    }

private:
    QList<DrawnBay> m_bays;
    QList<ZoneCount> m_zones;
    QList<ZoneCount> m_carParks;
    QList<RoutePath> m_routes;
    std::optional<QPointF> m_destination;
    double m_opacity;
};

} // namespace

BayLayer::BayLayer(BayStatusModel *model, QObject *parent)
    : MapLayer(parent)
    , m_model(model)
{
    m_descriptor.type = layerType();
    connectModel();
}

BayLayer::BayLayer(std::unique_ptr<BayStatusModel> model, QObject *parent)
    : MapLayer(parent)
    , m_model(model.get())
    , m_ownedModel(std::move(model))
{
    m_descriptor.type = layerType();
    connectModel();
}

BayLayer::~BayLayer() = default;

void BayLayer::connectModel()
{
    if (!m_model)
        return;
    connect(m_model, &BayStatusModel::statusChanged, this, &MapLayer::repaintRequested);
    connect(m_model, &BayStatusModel::baysChanged, this, [this] {
        m_zoneOfBay.clear();
        Q_EMIT repaintRequested();
    });
}

QColor BayLayer::statusColor(BayStatus status)
{
    switch (status) {
    case BayStatus::Free:
        return QColor(0x1a, 0x9e, 0x3f);
    case BayStatus::Taken:
        return QColor(0xd7, 0x30, 0x27);
    case BayStatus::Unknown:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

Crs BayLayer::crs() const
{
    return Crs::wgs84();
}

void BayLayer::setSourceFilter(const QStringList &sourceIds)
{
    m_sourceFilter = sourceIds;
    m_zoneOfBay.clear();
    Q_EMIT repaintRequested();
}

void BayLayer::setZones(const QList<Zone> &zones)
{
    m_zones = zones;
    m_zoneOfBay.clear();
    Q_EMIT repaintRequested();
}

BayList BayLayer::visibleBays() const
{
    if (!m_model)
        return {};
    BayList bays = m_model->bays();
    if (!m_sourceFilter.isEmpty()) {
        bays.removeIf([this](const Bay &bay) { return !m_sourceFilter.contains(bay.source); });
    }
    return bays;
}

QRectF BayLayer::extent() const
{
    double west = 180, south = 90, east = -180, north = -90;
    bool any = false;
    for (const Bay &bay : visibleBays()) {
        if (!bay.hasPosition())
            continue;
        any = true;
        west = std::min(west, bay.position.lon);
        east = std::max(east, bay.position.lon);
        south = std::min(south, bay.position.lat);
        north = std::max(north, bay.position.lat);
    }
    // A single bay gives a degenerate rectangle: widen it by ~50 m so it is not null.
    const double pad = (any && (east - west < 1e-6 || north - south < 1e-6)) ? 5e-4 : 0;
    return any ? QRectF(QPointF(west - pad, south - pad), QPointF(east + pad, north + pad))
               : QRectF();
}

std::unique_ptr<LayerRenderJob> BayLayer::createRenderJob(const MapSettings &settings)
{
    const BayList bays = visibleBays();
    if (bays.isEmpty() && m_routes.isEmpty())
        return nullptr;
    const CoordinateTransform toMap(Crs::wgs84(), settings.crs());
    QList<DrawnBay> drawn;
    drawn.reserve(bays.size());
    for (const Bay &bay : bays) {
        if (!bay.hasPosition())
            continue;
        const QPointF map = toMap.transform(bay.position.toPointF());
        if (!std::isfinite(map.x()))
            continue;
        QString label;
        if (bay.kind == Bay::Kind::CarPark && bay.capacity > 0)
            label = bay.vacantPlaces >= 0 && bay.status != BayStatus::Unknown
                ? QCoreApplication::translate("Parking", "%1 PMR · %2 free places")
                      .arg(bay.capacity)
                      .arg(bay.vacantPlaces)
                : QCoreApplication::translate("Parking", "%1 PMR").arg(bay.capacity);
        else if (bay.capacity > 1)
            label = QCoreApplication::translate("Parking", "%1 PMR").arg(bay.capacity);
        drawn.append({map, bay.status, bay.kind, label});
    }

    // Zoomed out: counts per zone instead of labels per car park.
    QList<ZoneCount> zoneCounts;
    if (!m_zones.isEmpty() && settings.scale() > m_zoneCountScale) {
        // Point-in-polygon once per inventory, not at every repaint.
        if (m_zoneOfBay.size() != bays.size())
            m_zoneOfBay = assignZones(bays, m_zones);
        for (const ZoneStats &stats : computeZoneStatistics(bays, m_zones, m_zoneOfBay)) {
            if (stats.zoneId.isEmpty() || stats.bayCount == 0)
                continue;
            for (const Zone &zone : m_zones) {
                if (zone.id() != stats.zoneId)
                    continue;
                if (zone.labelPoint().isValid())
                    zoneCounts.append(ZoneCount {toMap.transform(zone.labelPoint().toPointF()),
                                                 stats.free, stats.bayCount});
                break;
            }
        }
    }
    // Bays mapped one by one but grouped in a car park (Bay::zoneKey): free/total per car park
    // at the mean position of its bays.
    QList<ZoneCount> carParks;
    if (zoneCounts.isEmpty()) {
        QHash<QString, int> groupOf;
        QList<QPointF> sums;
        for (const Bay &bay : bays) {
            if (bay.zoneKey.isEmpty() || !bay.hasPosition())
                continue;
            const QString key = bay.source + QLatin1Char('\n') + bay.zoneKey;
            auto it = groupOf.find(key);
            if (it == groupOf.end()) {
                it = groupOf.insert(key, carParks.size());
                carParks.append(ZoneCount());
                sums.append(QPointF());
            }
            ZoneCount &group = carParks[it.value()];
            ++group.total;
            group.free += bay.status == BayStatus::Free ? 1 : 0;
            sums[it.value()] += bay.position.toPointF();
        }
        for (int i = 0; i < carParks.size(); ++i)
            carParks[i].map = toMap.transform(sums[i] / carParks[i].total);
    }
    QList<RoutePath> routes;
    for (int i = 0; i < m_routes.size(); ++i) {
        QPolygonF line;
        for (const LonLat &p : m_routes[i])
            line << toMap.transform(p.toPointF());
        routes.append({line, i == 0});
    }
    std::optional<QPointF> destination;
    if (m_destination.isValid())
        destination = toMap.transform(m_destination.toPointF());
    return std::make_unique<BayRenderJob>(std::move(drawn), std::move(zoneCounts),
                                          std::move(carParks), std::move(routes), destination,
                                          opacity());
}

void BayLayer::setHighlightedRoutes(const QList<std::vector<LonLat>> &paths,
                                    const LonLat &destination)
{
    m_routes = paths;
    m_destination = destination;
    Q_EMIT repaintRequested();
}

QList<LegendItem> BayLayer::legend() const
{
    QHash<BayStatus, int> counts;
    for (const Bay &bay : visibleBays())
        ++counts[bay.status];
    QList<LegendItem> items;
    for (BayStatus status : {BayStatus::Free, BayStatus::Taken, BayStatus::Unknown}) {
        LegendItem item;
        item.label = QCoreApplication::translate("Parking", "%1 (%2)")
                         .arg(bayStatusLabel(status))
                         .arg(counts.value(status));
        const Symbol symbol = symbolFor(status, Bay::Kind::Space);
        item.paint = [symbol](QPainter &painter, const QRectF &rect) {
            SymbolPainter::paintLegendSymbol(painter, rect, symbol, GeometryKind::Point);
        };
        items.append(item);
    }
    return items;
}

QList<IdentifyResult> BayLayer::identify(const QPointF &mapPoint, double tolerance,
                                         const MapSettings &settings) const
{
    QList<IdentifyResult> results;
    const CoordinateTransform toMap(Crs::wgs84(), settings.crs());
    for (const Bay &bay : visibleBays()) {
        if (!bay.hasPosition())
            continue;
        const QPointF p = toMap.transform(bay.position.toPointF());
        if (std::hypot(p.x() - mapPoint.x(), p.y() - mapPoint.y()) > tolerance)
            continue;
        IdentifyResult r;
        r.layerId = id();
        r.layerName = name();
        r.featureId = bay.id;
        r.geometryType = QStringLiteral("Point");
        r.attributes = {
            {QCoreApplication::translate("Parking", "Name"), bay.name},
            {QCoreApplication::translate("Parking", "Source"), bay.source},
            {QCoreApplication::translate("Parking", "Status"), bayStatusLabel(bay.status)},
            {QCoreApplication::translate("Parking", "Status time (UTC)"),
             bay.statusTime.isValid() ? bay.statusTime.toString(Qt::ISODate) : QString()},
            {QCoreApplication::translate("Parking", "PMR places"),
             bay.capacity >= 0 ? QVariant(bay.capacity) : QVariant()},
            {QCoreApplication::translate("Parking", "Vacant places"),
             bay.vacantPlaces >= 0 ? QVariant(bay.vacantPlaces) : QVariant()},
            {QCoreApplication::translate("Parking", "All places"),
             bay.totalPlaces >= 0 ? QVariant(bay.totalPlaces) : QVariant()},
        };
        results.append(r);
    }
    return results;
}

QDateTime BayLayer::dataTime() const
{
    return m_model ? m_model->newestStatusTime() : QDateTime();
}

} // namespace territoire
