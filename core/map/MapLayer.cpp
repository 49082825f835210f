#include "map/MapLayer.h"

#include <algorithm>

namespace territoire {

MapLayer::MapLayer(QObject *parent)
    : QObject(parent)
{ }

MapLayer::~MapLayer() = default;

QList<IdentifyResult> MapLayer::identify(const QPointF &, double, const MapSettings &) const
{
    return {};
}

void MapLayer::setName(const QString &name)
{
    if (name == m_descriptor.name)
        return;
    m_descriptor.name = name;
    Q_EMIT propertiesChanged();
}

void MapLayer::setVisible(bool visible)
{
    if (visible == m_descriptor.visible)
        return;
    m_descriptor.visible = visible;
    Q_EMIT propertiesChanged();
    Q_EMIT repaintRequested();
}

void MapLayer::setOpacity(double opacity)
{
    const double clamped = std::clamp(opacity, 0.0, 1.0);
    if (qFuzzyCompare(clamped, m_descriptor.opacity))
        return;
    m_descriptor.opacity = clamped;
    Q_EMIT propertiesChanged();
    Q_EMIT repaintRequested();
}

bool MapLayer::isVisibleAtScale(double scale) const
{
    if (m_descriptor.minScale > 0 && scale > m_descriptor.minScale)
        return false;
    if (m_descriptor.maxScale > 0 && scale < m_descriptor.maxScale)
        return false;
    return true;
}

void MapLayer::applyDescriptor(const ProjectLayer &descriptor)
{
    m_descriptor = descriptor;
    Q_EMIT propertiesChanged();
    Q_EMIT repaintRequested();
}

} // namespace territoire
