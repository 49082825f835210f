#pragma once

#include "base/LonLat.h"
#include "map/MapLayer.h"
#include "routing/Coverage.h"
#include "routing/RouteResult.h"

#include <QColor>
#include <QList>

#include <vector>

namespace territoire {

class PedestrianGraph;

// A map layer of coloured polylines held in WGS 84 and projected while drawing. Base of the
// route and coverage layers. Nothing of it is stored in the project but its name and style:
// routes users enter are not kept.
class ColoredLinesLayer : public MapLayer
{
    Q_OBJECT
public:
    struct Line
    {
        std::vector<LonLat> points;
        QColor color;
        double width = 4; // logical pixels
        Qt::PenStyle style = Qt::SolidLine;
    };

    explicit ColoredLinesLayer(const QString &type, QObject *parent = nullptr);

    QString type() const override { return m_type; }
    Crs crs() const override { return Crs::wgs84(); }
    QRectF extent() const override;
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;

    void setLines(QList<Line> lines);
    void clear() { setLines({}); }
    bool isEmpty() const { return m_lines.isEmpty(); }

protected:
    QString m_type;
    QList<Line> m_lines;
};

// The colour of each compliance class (green, orange, red).
QColor complianceColor(Compliance compliance);

// A route drawn stretch by stretch, coloured by compliance.
class RouteLayer : public ColoredLinesLayer
{
    Q_OBJECT
public:
    explicit RouteLayer(QObject *parent = nullptr);
    void setRoute(const RouteResult &route);
    QList<LegendItem> legend() const override;
};

// The network reachable from disabled bays on compliant paths.
class CoverageLayer : public ColoredLinesLayer
{
    Q_OBJECT
public:
    explicit CoverageLayer(QObject *parent = nullptr);
    void setCoverage(const PedestrianGraph &graph, const CoverageResult &coverage);
    QList<LegendItem> legend() const override;
};

} // namespace territoire
