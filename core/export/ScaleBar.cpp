#include "export/ScaleBar.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace territoire {

ScaleBarSpec chooseScaleBar(double scale, double maxLengthMm)
{
    ScaleBarSpec best;
    if (!(scale > 0) || !(maxLengthMm > 0))
        return best;
    // Ground metres the available length represents.
    const double maxMetres = maxLengthMm / 1000.0 * scale;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double mantissa : {5.0, 2.5, 2.0, 1.0}) {
        for (double p : {power, power / 10}) {
            const double total = mantissa * p;
            if (total <= maxMetres && total > best.totalMetres()) {
                best.segments = 2; // 0, half and full length: 0-250-500 m
                best.segmentMetres = total / best.segments;
            }
        }
    }
    best.kilometres = best.totalMetres() >= 2000;
    return best;
}

QString formatScale(double scale)
{
    const qlonglong n = std::llround(scale);
    QString digits = QString::number(n);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return QStringLiteral("1:") + digits;
}

namespace {

QString formatLength(double metres, bool kilometres)
{
    const double value = kilometres ? metres / 1000.0 : metres;
    return QLocale::c().toString(value, 'g', 6);
}

} // namespace

void drawScaleBar(QPainter &painter, const QRectF &rect, double unitsPerMm, double scale,
                  const QFont &font)
{
    const QFontMetricsF metrics(font, painter.device());
    const double labelH = metrics.height();
    const double unitLabelW = metrics.horizontalAdvance(QStringLiteral(" km"));
    const double marginW = metrics.horizontalAdvance(QStringLiteral("0")) / 2;
    const double maxMm = (rect.width() - unitLabelW - 2 * marginW) / unitsPerMm * 0.95;
    const ScaleBarSpec spec = chooseScaleBar(scale, maxMm);
    if (!spec.isValid())
        return;

    painter.save();
    painter.setFont(font);
    const double barH = std::min(rect.height() - labelH, 1.6 * unitsPerMm);
    const double segmentW = spec.segmentMetres * 1000.0 / scale * unitsPerMm;
    const QPointF origin(rect.left() + marginW, rect.top() + (rect.height() - labelH - barH) / 2);
    QPen pen(Qt::black, 0.2 * unitsPerMm);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);

    // Alternating segments, then one tick and label per boundary.
    for (int i = 0; i < spec.segments; ++i) {
        painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
        painter.drawRect(QRectF(origin.x() + i * segmentW, origin.y(), segmentW, barH));
    }
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i <= spec.segments; ++i) {
        const double x = origin.x() + i * segmentW;
        painter.drawLine(QPointF(x, origin.y() - barH * 0.3), QPointF(x, origin.y() + barH * 1.3));
        QString label = formatLength(i * spec.segmentMetres, spec.kilometres);
        if (i == spec.segments)
            label += spec.kilometres ? QStringLiteral(" km") : QStringLiteral(" m");
        const double w = metrics.horizontalAdvance(label);
        const double left = i == spec.segments
            ? x - metrics.horizontalAdvance(label.section(QLatin1Char(' '), 0, 0)) / 2
            : x - w / 2;
        painter.drawText(QRectF(left, origin.y() + barH * 1.3, w + 1, labelH),
                         Qt::AlignLeft | Qt::AlignTop, label);
    }
    painter.restore();
}

} // namespace territoire
