#include "export/LegendBlock.h"

#include "base/Logging.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

// Line heights of a size: rows and the heading (1.2 times larger, with space under it).
struct Metrics
{
    double line = 0;
    double heading = 0;
};

Metrics metricsAt(QPainter &painter, double size, const LegendBlock::FontMaker &font)
{
    const double line = QFontMetricsF(font(size, false), painter.device()).height() * 1.25;
    const double heading = QFontMetricsF(font(size * 1.2, true), painter.device()).height() * 1.45;
    return {line, heading};
}

} // namespace

LegendBlock::LegendBlock(const QString &heading, const PageSnapshot &snapshot)
    : m_heading(heading)
{
    for (auto it = snapshot.layers.rbegin(); it != snapshot.layers.rend(); ++it) {
        if (!it->inLegend || it->legend.isEmpty())
            continue;
        if (it->legend.size() == 1 && it->legend.first().label.isEmpty()) {
            m_rows.append({it->name, &it->legend.first(), true, 0});
            continue;
        }
        m_rows.append({it->name, nullptr, true, 0});
        for (const LegendItem &entry : it->legend)
            m_rows.append({entry.label, &entry, false, 1});
    }
}

QList<int> LegendBlock::columnStarts(int rowsPerColumn) const
{
    QList<int> starts;
    if (rowsPerColumn < 1)
        return starts;
    int start = 0;
    while (start < m_rows.size()) {
        starts.append(start);
        int end = std::min<int>(start + rowsPerColumn, m_rows.size());
        // Keep a layer name with its first entry.
        if (end < m_rows.size() && end - 1 > start && m_rows[end - 1].layerName
            && !m_rows[end - 1].symbol)
            --end;
        start = end;
    }
    return starts;
}

LegendBlock::Arrangement LegendBlock::arrange(QPainter &painter, const QRectF &rect,
                                              double pointSize, const FontMaker &font) const
{
    Arrangement last;
    for (double size = pointSize; size >= pointSize * minimumFactor - 1e-9; size *= 0.93) {
        const Metrics m = metricsAt(painter, size, font);
        const int perColumn = int((rect.height() - m.heading) / m.line);
        if (perColumn < 1)
            continue;
        const QFontMetricsF plain(font(size, false), painter.device());
        const QFontMetricsF bold(font(size, true), painter.device());
        Arrangement arrangement {size, columnStarts(perColumn), {}, false};
        arrangement.columnStarts.append(int(m_rows.size()));
        double total = 0;
        for (int c = 0; c + 1 < arrangement.columnStarts.size(); ++c) {
            double width = 0;
            for (int i = arrangement.columnStarts[c]; i < arrangement.columnStarts[c + 1]; ++i) {
                const Row &row = m_rows[i];
                const double symbol = row.symbol ? m.line * 2.0 : 0;
                const QFontMetricsF &metrics = row.layerName ? bold : plain;
                width = std::max(width,
                                 row.indent * m.line * 0.8 + symbol
                                     + metrics.horizontalAdvance(row.text) + m.line * 0.8);
            }
            arrangement.columnWidths.append(width);
            total += width;
        }
        arrangement.columnStarts.removeLast();
        arrangement.complete = total <= rect.width();
        if (arrangement.complete)
            return arrangement;
        last = arrangement;
    }
    // Too many rows or too long a text: at the smallest size, the widest column gives up what
    // is missing (its longest texts are shortened).
    if (!last.columnWidths.isEmpty()) {
        double total = 0;
        for (double width : std::as_const(last.columnWidths))
            total += width;
        auto widest = std::max_element(last.columnWidths.begin(), last.columnWidths.end());
        *widest = std::max(*widest - (total - rect.width()), rect.width() / last.columns());
    }
    return last;
}

LegendBlock::Arrangement LegendBlock::paint(QPainter &painter, const QRectF &rect, double pointSize,
                                            const FontMaker &font) const
{
    const Arrangement arrangement = arrange(painter, rect, pointSize, font);
    if (!arrangement.complete)
        qCWarning(lcExport) << "the legend does not fit its item:" << m_rows.size()
                            << "rows, texts shortened";
    const double size = arrangement.pointSize;
    const Metrics m = metricsAt(painter, size, font);
    const double symbolW = m.line * 1.6;
    const double symbolH = m.line * 0.7;
    const double indentW = m.line * 0.8;

    painter.save();
    painter.setClipRect(rect);
    painter.setPen(Qt::black);
    painter.setFont(font(size * 1.2, true));
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), m.heading / 1.45 * 1.25),
                     Qt::AlignLeft | Qt::AlignVCenter, m_heading);

    // Each column from just under the heading; texts too wide are elided with "…".
    double left = rect.left();
    for (int c = 0; c < arrangement.columns(); ++c) {
        const int end
            = c + 1 < arrangement.columns() ? arrangement.columnStarts[c + 1] : int(m_rows.size());
        const double columnW = arrangement.columnWidths.value(c);
        double y = rect.top() + m.heading;
        for (int i = arrangement.columnStarts[c]; i < end && y < rect.bottom(); ++i) {
            const Row &row = m_rows[i];
            const QFont rowFont = font(size, row.layerName);
            painter.setFont(rowFont);
            double x = left + row.indent * indentW;
            if (row.symbol) {
                const QRectF box(x, y + (m.line - symbolH) / 2, symbolW, symbolH);
                if (row.symbol->paint) {
                    painter.save();
                    row.symbol->paint(painter, box);
                    painter.restore();
                }
                x += symbolW + m.line * 0.4;
            }
            const double textW = std::max(0.0, left + columnW - m.line * 0.5 - x);
            const QString text = QFontMetricsF(rowFont, painter.device())
                                     .elidedText(row.text, Qt::ElideRight, textW + m.line * 0.3);
            painter.drawText(QRectF(x, y, textW + m.line * 0.3, m.line),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            y += m.line;
        }
        left += columnW;
    }
    painter.restore();
    return arrangement;
}

} // namespace territoire
