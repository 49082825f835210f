#pragma once

#include "map/MapLayer.h"

#include <QColor>
#include <QPainterPath>

namespace territoire::test {

// A small vector layer for export tests: reads every geometry of an OGR source once and draws
// outlines (and optional fills) in one colour. Independent of the layers area on purpose, so
// the export tests check the page geometry, not the styling.
class TestVectorLayer : public MapLayer
{
    Q_OBJECT
public:
    TestVectorLayer(const QString &path, const QColor &color, const QString &name);

    bool isValid() const { return m_crs.isValid() && !m_paths.isEmpty(); }
    QString type() const override { return QStringLiteral("test-vector"); }
    Crs crs() const override { return m_crs; }
    QRectF extent() const override { return m_extent; }
    std::unique_ptr<LayerRenderJob> createRenderJob(const MapSettings &settings) override;
    QList<LegendItem> legend() const override;
    QStringList attributions() const override { return m_attributions; }
    QDateTime dataTime() const override { return m_dataTime; }

    void setFillColor(const QColor &color) { m_fill = color; }
    void setAttributions(const QStringList &credits) { m_attributions = credits; }
    void setDataTime(const QDateTime &time) { m_dataTime = time; }
    void setLegendLabels(const QStringList &labels) { m_legendLabels = labels; }
    // Drawing fails (with a reason) when set, to test error reporting.
    void setFailing(bool failing) { m_failing = failing; }

private:
    Crs m_crs;
    QRectF m_extent;
    QList<QPainterPath> m_paths; // layer CRS
    QColor m_color;
    QColor m_fill = Qt::transparent;
    QStringList m_attributions;
    QDateTime m_dataTime;
    QStringList m_legendLabels;
    bool m_failing = false;
};

} // namespace territoire::test
