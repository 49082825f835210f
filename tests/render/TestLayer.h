#pragma once

#include "map/MapLayer.h"
#include "render/VectorStyle.h"

#include <QList>
#include <QPolygonF>
#include <QVariantMap>

#include <atomic>
#include <memory>

namespace territoire::test {

// A feature of known geometry in map coordinates, with attributes.
struct TestFeature
{
    GeometryKind kind = GeometryKind::Point;
    QList<QPolygonF> parts; // point: one polygon of one point; line: one; polygon: rings
    QVariantMap attributes;
};

// Counters shared between a TestLayer and its jobs, that outlive both.
struct TestLayerStats
{
    std::atomic<int> jobsCreated {0};
    std::atomic<int> jobsFinished {0};
    std::atomic<int> jobsCancelled {0}; // stopped while drawing
    std::atomic<int> jobsDestroyed {0}; // snapshots released (drawn, stopped or never started)
};

// A MapLayer drawing in-memory features with a VectorStyle through SymbolPainter and
// LabelSettings, as a real vector layer does. delayPerFeatureMs slows jobs down for cancel tests.
class TestLayer : public MapLayer
{
    Q_OBJECT
public:
    TestLayer(const QString &name, const QList<TestFeature> &features, const VectorStyle &style,
              QObject *parent = nullptr);

    QString type() const override { return QStringLiteral("test"); }
    Crs crs() const override { return Crs::lambert93(); }
    QRectF extent() const override;
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;

    void setDelayPerFeatureMs(int ms) { m_delayMs = ms; }
    void setFailWith(const QString &reason) { m_failure = reason; }
    std::shared_ptr<TestLayerStats> stats() const { return m_stats; }

private:
    QList<TestFeature> m_features;
    VectorStyle m_style;
    int m_delayMs = 0;
    QString m_failure;
    std::shared_ptr<TestLayerStats> m_stats = std::make_shared<TestLayerStats>();
};

// Shorthands for test geometry.
TestFeature pointFeature(double x, double y, const QVariantMap &attributes = {});
TestFeature lineFeature(const QPolygonF &line, const QVariantMap &attributes = {});
TestFeature polygonFeature(const QList<QPolygonF> &rings, const QVariantMap &attributes = {});
QPolygonF rectRing(double x0, double y0, double x1, double y1);

} // namespace territoire::test
