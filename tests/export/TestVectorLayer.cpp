#include "TestVectorLayer.h"

#include <QFile>
#include <QPainter>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace territoire::test {

namespace {

void addGeometry(const OGRGeometry *g, QPainterPath *path)
{
    if (!g)
        return;
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry *part : *g->toGeometryCollection())
            addGeometry(part, path);
    } else if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
        for (const OGRCurve *ring : *g->toCurvePolygon())
            addGeometry(ring, path);
    } else if (OGR_GT_IsCurve(type)) {
        std::unique_ptr<OGRLineString> line(g->toCurve()->CurveToLine());
        QPolygonF polygon;
        for (const OGRPoint &p : *line)
            polygon.append(QPointF(p.getX(), p.getY()));
        path->addPolygon(polygon);
    }
}

class Job : public LayerRenderJob
{
public:
    Job(QList<QPainterPath> paths, CoordinateTransform transform, QColor color, QColor fill,
        bool failing)
        : m_paths(std::move(paths))
        , m_transform(std::move(transform))
        , m_color(color)
        , m_fill(fill)
        , m_failing(failing)
    { }

    bool render(QPainter &painter, RenderContext &context) override
    {
        if (m_failing)
            return false;
        const MapSettings &s = context.settings();
        QPen pen(m_color, 0.35 / 25.4 * s.outputDpi());
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.setBrush(m_fill.alpha() ? QBrush(m_fill) : QBrush());
        for (const QPainterPath &path : m_paths) {
            if (context.isCancelled())
                return false;
            QPainterPath mapped;
            for (const QPolygonF &polygon : path.toSubpathPolygons()) {
                QPolygonF out;
                for (const QPointF &p : polygon)
                    out.append(s.toPixel(m_transform.transform(p)));
                mapped.addPolygon(out);
            }
            painter.drawPath(mapped);
        }
        return true;
    }
    QString errorString() const override
    {
        return m_failing ? QStringLiteral("test failure") : QString();
    }

private:
    QList<QPainterPath> m_paths;
    CoordinateTransform m_transform;
    QColor m_color;
    QColor m_fill;
    bool m_failing;
};

} // namespace

TestVectorLayer::TestVectorLayer(const QString &path, const QColor &color, const QString &name)
    : m_color(color)
{
    m_descriptor.id = name;
    m_descriptor.name = name;
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(QFile::encodeName(path).constData(), GDAL_OF_VECTOR));
    if (!ds || ds->GetLayerCount() < 1)
        return;
    OGRLayer *layer = ds->GetLayer(0);
    m_crs = Crs::fromOgr(layer->GetSpatialRef());
    for (const auto &feature : *layer) {
        QPainterPath p;
        addGeometry(feature->GetGeometryRef(), &p);
        if (p.isEmpty())
            continue;
        m_extent = m_extent.isNull() ? p.boundingRect() : m_extent.united(p.boundingRect());
        m_paths.append(p);
    }
}

std::unique_ptr<LayerRenderJob> TestVectorLayer::createRenderJob(const MapSettings &settings)
{
    return std::make_unique<Job>(m_paths, CoordinateTransform(m_crs, settings.crs()), m_color,
                                 m_fill, m_failing);
}

QList<LegendItem> TestVectorLayer::legend() const
{
    const QColor color = m_color;
    const auto symbol = [color](QPainter &painter, const QRectF &rect) {
        painter.setPen(QPen(color, rect.height() * 0.12));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
    };
    if (m_legendLabels.isEmpty())
        return {LegendItem {QString(), symbol}};
    QList<LegendItem> items;
    for (const QString &label : m_legendLabels)
        items.append({label, symbol});
    return items;
}

} // namespace territoire::test
