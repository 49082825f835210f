#include "TestLayer.h"

#include "render/LabelPlacer.h"
#include "render/PixelGeometry.h"
#include "render/SymbolPainter.h"

#include <QThread>

namespace territoire::test {

namespace {

class TestJob : public LayerRenderJob
{
public:
    TestJob(QList<TestFeature> features, VectorStyle style, int delayMs, QString failure,
            std::shared_ptr<TestLayerStats> stats)
        : m_features(std::move(features))
        , m_style(std::move(style))
        , m_delayMs(delayMs)
        , m_failure(std::move(failure))
        , m_stats(std::move(stats))
    { }
    ~TestJob() override { ++m_stats->jobsDestroyed; }

    bool render(QPainter &painter, RenderContext &context) override
    {
        const bool ok = draw(painter, context);
        if (context.isCancelled())
            ++m_stats->jobsCancelled;
        else
            ++m_stats->jobsFinished;
        return ok;
    }
    QString errorString() const override { return m_failure; }

private:
    bool draw(QPainter &painter, RenderContext &context)
    {
        if (!m_failure.isEmpty())
            return false;
        const MapSettings &settings = context.settings();
        const QTransform m = settings.mapToPixel();
        const double dpi = settings.outputDpi();
        const LabelSettings labels = m_style.labels();
        const bool labelled = labels.isActiveAtScale(settings.scale());
        SymbolPainter symbols(painter, dpi);
        // One painter state per symbol: draw symbol by symbol, in the style's order.
        for (int s = 0; s < m_style.symbols().size(); ++s) {
            for (const TestFeature &f : m_features) {
                if (context.isCancelled())
                    return false;
                const auto lookup = [&f](const QString &field) {
                    return f.attributes.value(field);
                };
                if (m_style.symbolIndexFor(lookup) != s)
                    continue;
                if (m_delayMs > 0)
                    QThread::msleep(m_delayMs);
                symbols.setSymbol(m_style.symbols().at(s), f.kind);
                QList<QPolygonF> pixels;
                for (const QPolygonF &part : f.parts)
                    pixels.append(PixelGeometry::toPixels(part, m));
                if (pixels.isEmpty() || pixels.first().isEmpty())
                    continue;
                QPointF anchor = pixels.first().first();
                double angle = 0;
                switch (f.kind) {
                case GeometryKind::Point:
                    symbols.drawPoint(anchor);
                    break;
                case GeometryKind::Line:
                    symbols.drawPolyline(pixels.first());
                    LabelPlacer::lineAnchor(pixels.first(), &anchor, &angle);
                    break;
                case GeometryKind::Polygon:
                case GeometryKind::Unknown:
                    symbols.drawPolygon(PixelGeometry::polygonPath(pixels));
                    anchor = LabelPlacer::polygonAnchor(pixels.first());
                    break;
                }
                if (labelled) {
                    const QString text = f.attributes.value(labels.field).toString();
                    if (!text.isEmpty())
                        context.addLabel(labels.candidate(text, anchor, angle, dpi));
                }
            }
        }
        return !context.isCancelled();
    }

    QList<TestFeature> m_features;
    VectorStyle m_style;
    int m_delayMs;
    QString m_failure;
    std::shared_ptr<TestLayerStats> m_stats;
};

} // namespace

TestLayer::TestLayer(const QString &name, const QList<TestFeature> &features,
                     const VectorStyle &style, QObject *parent)
    : MapLayer(parent)
    , m_features(features)
    , m_style(style)
{
    m_descriptor.id = name;
    m_descriptor.name = name;
    m_descriptor.type = type();
}

QRectF TestLayer::extent() const
{
    QRectF bounds;
    for (const TestFeature &f : m_features) {
        for (const QPolygonF &part : f.parts) {
            const QRectF r = part.boundingRect();
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
    }
    return bounds;
}

std::unique_ptr<LayerRenderJob> TestLayer::createRenderJob(const MapSettings &)
{
    ++m_stats->jobsCreated;
    return std::make_unique<TestJob>(m_features, m_style, m_delayMs, m_failure, m_stats);
}

TestFeature pointFeature(double x, double y, const QVariantMap &attributes)
{
    return {GeometryKind::Point, {QPolygonF({QPointF(x, y)})}, attributes};
}

TestFeature lineFeature(const QPolygonF &line, const QVariantMap &attributes)
{
    return {GeometryKind::Line, {line}, attributes};
}

TestFeature polygonFeature(const QList<QPolygonF> &rings, const QVariantMap &attributes)
{
    return {GeometryKind::Polygon, rings, attributes};
}

QPolygonF rectRing(double x0, double y0, double x1, double y1)
{
    return QPolygonF(
        {QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)});
}

} // namespace territoire::test
