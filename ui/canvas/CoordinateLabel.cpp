#include "canvas/CoordinateLabel.h"

#include <QLocale>

#include <cmath>

namespace territoire {

CoordinateLabel::CoordinateLabel(QWidget *parent)
    : QLabel(parent)
{
    setToolTip(tr("Coordinates under the mouse"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 52);
    setMapCrs(Crs::lambert93());
}

void CoordinateLabel::setMapCrs(const Crs &crs)
{
    m_crs = crs;
    m_toWgs84 = CoordinateTransform(crs, Crs::wgs84());
}

void CoordinateLabel::showPoint(const QPointF &mapPoint)
{
    // Decimal separator of the user's language, but no digit grouping: coordinates get copied.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString crsName = m_crs.epsg() == 2154
        ? tr("Lambert-93")
        : (m_crs.authId().isEmpty() ? m_crs.name() : m_crs.authId());
    QString text;
    if (m_crs.isGeographic()) {
        text = tr("%1: %2, %3")
                   .arg(crsName, locale.toString(mapPoint.x(), 'f', 6),
                        locale.toString(mapPoint.y(), 'f', 6));
    } else {
        text = tr("%1: %2 m, %3 m")
                   .arg(crsName, locale.toString(mapPoint.x(), 'f', 0),
                        locale.toString(mapPoint.y(), 'f', 0));
    }
    if (m_toWgs84.isValid() && m_crs.epsg() != 4326) {
        const QPointF lonLat = m_toWgs84.transform(mapPoint);
        if (std::isfinite(lonLat.x()) && std::isfinite(lonLat.y())) {
            text += QStringLiteral("   ")
                + tr("WGS 84: lon %1°, lat %2°")
                      .arg(locale.toString(lonLat.x(), 'f', 5),
                           locale.toString(lonLat.y(), 'f', 5));
        }
    }
    setText(text);
}

} // namespace territoire
