#include "feeds/gauges/GaugeLayer.h"

#include "feeds/gauges/Vigicrues.h"
#include "map/LayerRegistry.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace territoire {

namespace {

QColor vigilanceColor(int level)
{
    switch (level) {
    case 2:
        return QColor(QStringLiteral("#f1c40f"));
    case 3:
        return QColor(QStringLiteral("#e67e22"));
    case 4:
        return QColor(QStringLiteral("#e74c3c"));
    default:
        return QColor(QStringLiteral("#27ae60"));
    }
}

void paintSymbol(QPainter &painter, const QPointF &centre, double radius, const QColor &fill)
{
    painter.setPen(QPen(QColor(40, 40, 40), 1.2 * radius / 7.0));
    painter.setBrush(fill);
    // A diamond: gauges stand out from round bay symbols.
    const QPolygonF diamond {centre + QPointF(0, -radius), centre + QPointF(radius, 0),
                             centre + QPointF(0, radius), centre + QPointF(-radius, 0)};
    painter.drawPolygon(diamond);
}

QString localTime(const QDateTime &t)
{
    if (!t.isValid())
        return QCoreApplication::translate("GaugeLayer", "never");
    const QDateTime local = t.toTimeZone(QTimeZone("Europe/Paris"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ')
        + local.timeZone().displayName(local, QTimeZone::OffsetName) + QStringLiteral(" (")
        + t.toUTC().toString(Qt::ISODate) + QLatin1Char(')');
}

struct DrawItem
{
    QPointF map;
    QColor color;
    QString label;
};

class GaugeRenderJob : public LayerRenderJob
{
public:
    GaugeRenderJob(QList<DrawItem> items, double opacity)
        : m_items(std::move(items))
        , m_opacity(opacity)
    { }

    bool render(QPainter &painter, RenderContext &context) override
    {
        const QTransform toPixel = context.settings().mapToPixel();
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(m_opacity);
        QFont font;
        font.setPointSizeF(8.5);
        font.setBold(true);
        // Sizes are given at 96 dpi: the same size on paper at any output resolution.
        const double scale
            = context.settings().outputDpi() > 0 ? context.settings().outputDpi() / 96.0 : 1.0;
        for (const DrawItem &item : m_items) {
            if (context.isCancelled()) {
                painter.restore();
                return false;
            }
            const QPointF p = toPixel.map(item.map);
            paintSymbol(painter, p, 7 * scale, item.color);
            if (!item.label.isEmpty()) {
                LabelCandidate label;
                label.text = item.label;
                label.anchor = p + QPointF(0, -15 * scale);
                label.font = font;
                label.priority = 50;
                context.addLabel(label);
            }
        }
        painter.restore();
        return true;
    }

private:
    QList<DrawItem> m_items;
    double m_opacity;
};

} // namespace

GaugeLayer::GaugeLayer(GaugeNetwork *network, QObject *parent)
    : MapLayer(parent)
    , m_network(network)
{
    if (network) {
        connect(network, &GaugeNetwork::readingsChanged, this, &MapLayer::repaintRequested);
        connect(network, &GaugeNetwork::stationsChanged, this, &MapLayer::repaintRequested);
        if (Clock *clock = network->clock())
            connect(clock, &Clock::jumped, this, &MapLayer::repaintRequested);
    }
}

QList<GaugeStation> GaugeLayer::stations() const
{
    QList<GaugeStation> result = m_stations;
    if (!m_network || !m_query.isValid())
        return result;
    QSet<QString> known;
    for (const GaugeStation &s : m_stations)
        known.insert(s.code);
    for (const GaugeStation &s : m_network->stations()) {
        if (!known.contains(s.code) && stationMatches(s, m_query))
            result.append(s);
    }
    return result;
}

Crs GaugeLayer::crs() const
{
    return Crs::wgs84();
}

QRectF GaugeLayer::extent() const
{
    double west = 180, south = 90, east = -180, north = -90;
    bool any = false;
    for (const GaugeStation &s : stations()) {
        if (!s.hasPosition())
            continue;
        any = true;
        west = std::min(west, s.position.lon);
        east = std::max(east, s.position.lon);
        south = std::min(south, s.position.lat);
        north = std::max(north, s.position.lat);
    }
    if (!any)
        return {};
    return QRectF(QPointF(west, south), QPointF(east, north)).normalized();
}

QColor GaugeLayer::stateColor(const GaugeReading &r)
{
    switch (r.state) {
    case GaugeState::AboveThreshold:
        return r.threshold ? r.threshold->color : QColor(Qt::red);
    case GaugeState::Vigilance:
        return vigilanceColor(r.vigilance);
    case GaugeState::Normal:
        return QColor(QStringLiteral("#2e86de"));
    case GaugeState::Stale:
        return QColor(QStringLiteral("#95a5a6"));
    case GaugeState::NoData:
        break;
    }
    return QColor(Qt::white);
}

QString GaugeLayer::labelText(const GaugeReading &r)
{
    QString text;
    if (r.height.isValid())
        text = QStringLiteral("%1 m").arg(r.height.metres(), 0, 'f', 2);
    else if (r.flow.isValid())
        text = QStringLiteral("%1 m³/s").arg(r.flow.cubicMetresPerSecond(), 0, 'f', 2);
    else
        return {};
    const QString arrow = trendArrow(r.trend);
    return arrow.isEmpty() ? text : text + QLatin1Char(' ') + arrow;
}

std::unique_ptr<LayerRenderJob> GaugeLayer::createRenderJob(const MapSettings &settings)
{
    const CoordinateTransform transform(Crs::wgs84(), settings.crs());
    QList<DrawItem> items;
    const QList<GaugeStation> shown = stations();
    for (const GaugeStation &s : shown) {
        if (!s.hasPosition())
            continue;
        const QPointF map = transform.transform(s.position.toPointF());
        if (!std::isfinite(map.x()) || !std::isfinite(map.y()))
            continue;
        GaugeReading r;
        if (m_network)
            r = m_network->snapshotReading(s.code);
        items.append({map, stateColor(r), labelText(r)});
    }
    if (items.isEmpty())
        return nullptr;
    return std::make_unique<GaugeRenderJob>(std::move(items), opacity());
}

QList<LegendItem> GaugeLayer::legend() const
{
    QList<LegendItem> rows;
    const auto add = [&rows](const QString &label, const QColor &color) {
        rows.append({label, [color](QPainter &p, const QRectF &r) {
                         paintSymbol(p, r.center(), std::min(r.width(), r.height()) / 2 - 1, color);
                     }});
    };
    add(gaugeStateText(GaugeState::Normal), QColor(QStringLiteral("#2e86de")));
    add(gaugeStateText(GaugeState::AboveThreshold), QColor(QStringLiteral("#e67e22")));
    for (int level = 2; level <= 4; ++level)
        add(QCoreApplication::translate("GaugeLayer", "Vigilance %1")
                .arg(vigicrues::levelName(level)),
            vigilanceColor(level));
    add(gaugeStateText(GaugeState::Stale), QColor(QStringLiteral("#95a5a6")));
    add(gaugeStateText(GaugeState::NoData), QColor(Qt::white));
    return rows;
}

QList<IdentifyResult> GaugeLayer::identify(const QPointF &mapPoint, double tolerance,
                                           const MapSettings &settings) const
{
    QList<IdentifyResult> results;
    const CoordinateTransform transform(Crs::wgs84(), settings.crs());
    const QList<GaugeStation> shown = stations();
    for (const GaugeStation &s : shown) {
        if (!s.hasPosition())
            continue;
        const QPointF p = transform.transform(s.position.toPointF());
        if (std::hypot(p.x() - mapPoint.x(), p.y() - mapPoint.y()) > tolerance)
            continue;
        const GaugeReading r = m_network ? m_network->reading(s.code) : GaugeReading();
        IdentifyResult result;
        result.layerId = id();
        result.layerName = name();
        result.featureId = s.code;
        result.geometryType = QStringLiteral("Point");
        auto &a = result.attributes;
        a.append({QCoreApplication::translate("GaugeLayer", "Code"), s.code});
        a.append({QCoreApplication::translate("GaugeLayer", "Name"), s.name});
        a.append({QCoreApplication::translate("GaugeLayer", "River"), s.river});
        a.append({QCoreApplication::translate("GaugeLayer", "Height"),
                  r.height.isValid()
                      ? QVariant(QStringLiteral("%1 m").arg(r.height.metres(), 0, 'f', 3))
                      : QVariant()});
        a.append({QCoreApplication::translate("GaugeLayer", "Height observed at"),
                  localTime(r.heightTime)});
        a.append({QCoreApplication::translate("GaugeLayer", "Flow"),
                  r.flow.isValid() ? QVariant(
                      QStringLiteral("%1 m³/s").arg(r.flow.cubicMetresPerSecond(), 0, 'f', 3))
                                   : QVariant()});
        a.append(
            {QCoreApplication::translate("GaugeLayer", "Flow observed at"), localTime(r.flowTime)});
        a.append(
            {QCoreApplication::translate("GaugeLayer", "Trend (last hour)"), trendKey(r.trend)});
        a.append({QCoreApplication::translate("GaugeLayer", "State"), gaugeStateText(r.state)});
        a.append({QCoreApplication::translate("GaugeLayer", "Vigilance"),
                  vigicrues::levelName(r.vigilance)});
        if (r.threshold)
            a.append({QCoreApplication::translate("GaugeLayer", "Threshold crossed"),
                      r.threshold->label});
        a.append({QCoreApplication::translate("GaugeLayer", "Last successful poll"),
                  localTime(r.lastPoll)});
        if (std::isfinite(s.altitudeMetres))
            a.append({QCoreApplication::translate("GaugeLayer", "Gauge altitude"),
                      QStringLiteral("%1 m").arg(s.altitudeMetres, 0, 'f', 1)});
        for (const QString &w : s.warnings)
            a.append({QCoreApplication::translate("GaugeLayer", "Warning"), w});
        results.append(result);
    }
    return results;
}

QString GaugeLayer::stationAt(const QPointF &mapPoint, double tolerance,
                              const MapSettings &settings) const
{
    const CoordinateTransform transform(Crs::wgs84(), settings.crs());
    QString nearest;
    double best = tolerance;
    const QList<GaugeStation> shown = stations();
    for (const GaugeStation &s : shown) {
        if (!s.hasPosition())
            continue;
        const QPointF p = transform.transform(s.position.toPointF());
        const double distance = std::hypot(p.x() - mapPoint.x(), p.y() - mapPoint.y());
        if (distance <= best) {
            best = distance;
            nearest = s.code;
        }
    }
    return nearest;
}

QStringList GaugeLayer::warnings() const
{
    QStringList list;
    const QList<GaugeStation> shown = stations();
    for (const GaugeStation &s : shown)
        list.append(s.warnings);
    return list;
}

QStringList GaugeLayer::attributions() const
{
    return {QStringLiteral("Hub'Eau / Vigicrues (SCHAPI)")};
}

QDateTime GaugeLayer::dataTime() const
{
    QDateTime newest;
    if (!m_network)
        return newest;
    const QList<GaugeStation> shown = stations();
    for (const GaugeStation &s : shown) {
        const QDateTime t = m_network->snapshotReading(s.code).observedAt();
        if (t.isValid() && (!newest.isValid() || t > newest))
            newest = t;
    }
    return newest;
}

void GaugeLayer::applyDescriptor(const ProjectLayer &descriptor)
{
    m_stations = stationsFromJson(descriptor.options.value(QLatin1String("stations")).toArray());
    m_query = stationQueryFromOptions(descriptor.options);
    if (m_network)
        m_network->addStations(m_stations);
    MapLayer::applyDescriptor(descriptor);
}

void registerGaugeLayerType()
{
    LayerRegistry::instance().registerType(
        QStringLiteral("gauges"),
        [](const ProjectLayer &descriptor, const LayerContext &context,
           QString *) -> std::unique_ptr<MapLayer> {
            GaugeNetwork *shared = nullptr;
            if (context.services)
                shared = qobject_cast<GaugeNetwork *>(
                    context.services->property("service.gauges").value<QObject *>());
            std::unique_ptr<GaugeLayer> layer;
            if (shared) {
                layer = std::make_unique<GaugeLayer>(shared);
            } else {
                auto *own = new GaugeNetwork(nullptr, context.clock);
                if (context.project)
                    own->setSettings(GaugeSettings::fromProject(*context.project));
                layer = std::make_unique<GaugeLayer>(own);
                own->setParent(layer.get());
            }
            layer->applyDescriptor(descriptor);
            return layer;
        });
}

} // namespace territoire
