#include "layers/ColorButton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace territoire {

ColorButton::ColorButton(QWidget *parent)
    : QToolButton(parent)
{
    setIconSize(QSize(36, 14));
    connect(this, &QToolButton::clicked, this, &ColorButton::chooseColor);
    updateSwatch();
}

void ColorButton::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    updateSwatch();
    Q_EMIT colorChanged(color);
}

void ColorButton::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(m_color, this, tr("Choose a colour"),
                                                 QColorDialog::ShowAlphaChannel);
    if (chosen.isValid())
        setColor(chosen);
}

void ColorButton::updateSwatch()
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(iconSize() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QRectF r(0.5, 0.5, iconSize().width() - 1, iconSize().height() - 1);
    // A checkerboard shows transparency.
    painter.fillRect(r, QBrush(Qt::lightGray, Qt::Dense4Pattern));
    painter.fillRect(r, m_color);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawRect(r);
    painter.end();
    setIcon(QIcon(pixmap));
    setToolTip(m_color.name(m_color.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
}

} // namespace territoire
