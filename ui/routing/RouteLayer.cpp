#include "routing/RouteLayer.h"

#include "base/Crs.h"
#include "routing/PedestrianGraph.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <algorithm>

namespace territoire {

namespace {

class LinesRenderJob : public LayerRenderJob
{
public:
    LinesRenderJob(QList<ColoredLinesLayer::Line> lines, Crs target, double opacity)
        : m_lines(std::move(lines))
        , m_target(std::move(target))
        , m_opacity(opacity)
    { }

    bool render(QPainter &painter, RenderContext &context) override
    {
        const CoordinateTransform transform(Crs::wgs84(), m_target);
        if (!transform.isValid()) {
            m_error = QCoreApplication::translate("RouteLayer",
                                                  "Cannot project the route to the map CRS.");
            return false;
        }
        const QTransform toPixel = context.settings().mapToPixel();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(m_opacity);
        for (const ColoredLinesLayer::Line &line : m_lines) {
            if (context.isCancelled())
                return false;
            std::vector<double> x, y;
            for (const LonLat &p : line.points) {
                x.push_back(p.lon);
                y.push_back(p.lat);
            }
            transform.transform(x.data(), y.data(), int(x.size()));
            QPainterPath path;
            for (std::size_t i = 0; i < x.size(); ++i) {
                const QPointF pixel = toPixel.map(QPointF(x[i], y[i]));
                if (i == 0)
                    path.moveTo(pixel);
                else
                    path.lineTo(pixel);
            }
            if (line.points.size() == 1) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(line.color);
                painter.drawEllipse(path.currentPosition(), line.width, line.width);
                continue;
            }
            painter.setPen(QPen(line.color, line.width, line.style, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
        return true;
    }
    QString errorString() const override { return m_error; }

private:
    QList<ColoredLinesLayer::Line> m_lines;
    Crs m_target;
    double m_opacity;
    QString m_error;
};

LegendItem lineLegend(const QString &label, const QColor &color)
{
    return {label, [color](QPainter &painter, const QRectF &rect) {
                painter.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(QPointF(rect.left(), rect.center().y()),
                                 QPointF(rect.right(), rect.center().y()));
            }};
}

} // namespace

ColoredLinesLayer::ColoredLinesLayer(const QString &type, QObject *parent)
    : MapLayer(parent)
    , m_type(type)
{
    m_descriptor.type = type;
}

QRectF ColoredLinesLayer::extent() const
{
    // Min and max by hand: QRectF::united() ignores empty rectangles, so single points would
    // never widen the box.
    double west = 180, south = 90, east = -180, north = -90;
    for (const Line &line : m_lines) {
        for (const LonLat &p : line.points) {
            west = std::min(west, p.lon);
            east = std::max(east, p.lon);
            south = std::min(south, p.lat);
            north = std::max(north, p.lat);
        }
    }
    if (west > east)
        return {};
    // A lone point still gets a (tiny) box, so that it is not taken for "no feature".
    return QRectF(QPointF(west, south),
                  QPointF(std::max(east, west + 1e-9), std::max(north, south + 1e-9)));
}

std::unique_ptr<LayerRenderJob> ColoredLinesLayer::createRenderJob(const MapSettings &settings)
{
    if (m_lines.isEmpty() || !isVisible())
        return nullptr;
    return std::make_unique<LinesRenderJob>(m_lines, settings.crs(), opacity());
}

void ColoredLinesLayer::setLines(QList<Line> lines)
{
    m_lines = std::move(lines);
    Q_EMIT repaintRequested();
}

QColor complianceColor(Compliance compliance)
{
    switch (compliance) {
    case Compliance::Compliant:
        return QColor(26, 150, 65);
    case Compliance::Unknown:
        return QColor(240, 140, 40);
    case Compliance::NonCompliant:
        break;
    }
    return QColor(215, 25, 28);
}

RouteLayer::RouteLayer(QObject *parent)
    : ColoredLinesLayer(QStringLiteral("route"), parent)
{
    setName(QCoreApplication::translate("RouteLayer", "Route"));
}

void RouteLayer::setRoute(const RouteResult &route)
{
    QList<Line> lines;
    if (route.isValid()) {
        // A white casing under the coloured stretches keeps them readable on any background.
        lines.append({route.geometry, QColor(255, 255, 255, 220), 8});
        for (const RouteStretch &s : route.stretches)
            lines.append({s.geometry, complianceColor(s.compliance), 5,
                          s.compliance == Compliance::Unknown ? Qt::DashLine : Qt::SolidLine});
        lines.append({{route.geometry.front()}, QColor(31, 120, 180), 5});
        lines.append({{route.geometry.back()}, QColor(40, 40, 40), 5});
    }
    setLines(lines);
}

QList<LegendItem> RouteLayer::legend() const
{
    return {lineLegend(QCoreApplication::translate("RouteLayer", "Meets the profile"),
                       complianceColor(Compliance::Compliant)),
            lineLegend(QCoreApplication::translate("RouteLayer", "Data missing"),
                       complianceColor(Compliance::Unknown)),
            lineLegend(QCoreApplication::translate("RouteLayer", "Breaks a rule"),
                       complianceColor(Compliance::NonCompliant))};
}

CoverageLayer::CoverageLayer(QObject *parent)
    : ColoredLinesLayer(QStringLiteral("coverage"), parent)
{
    setName(QCoreApplication::translate("RouteLayer", "Disabled bay coverage"));
}

void CoverageLayer::setCoverage(const PedestrianGraph &graph, const CoverageResult &coverage)
{
    QList<Line> lines;
    for (const CoveredPiece &piece : coverage.pieces)
        lines.append({graph.edgeGeometry(piece.edge, piece.fromFraction, piece.toFraction),
                      QColor(44, 162, 95, 200), 4});
    for (const BayCoverage &bay : coverage.bays)
        lines.append(
            {{bay.bay.position}, bay.snapped ? QColor(31, 120, 180) : QColor(215, 25, 28), 5});
    for (const DestinationAccess &d : coverage.destinations)
        lines.append(
            {{d.destination.position}, d.covered ? QColor(26, 150, 65) : QColor(215, 25, 28), 6});
    setLines(lines);
}

QList<LegendItem> CoverageLayer::legend() const
{
    return {lineLegend(QCoreApplication::translate("RouteLayer", "Reachable on compliant paths"),
                       QColor(44, 162, 95))};
}

} // namespace territoire
