#pragma once

#include "export/PageSnapshot.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace territoire {

// The legend of a printed page: a heading, then each layer shown (top of the map first) with
// its symbols and categories. Rows flow into as many columns as needed so that every layer is
// listed at a readable size; the text shrinks to no less than minimumFactor of the asked size.
class LegendBlock
{
public:
    struct Row
    {
        QString text;
        const LegendItem *symbol = nullptr;
        bool layerName = false; // bold; starts a layer's group
        int indent = 0;
    };

    // Chosen arrangement: point size of the rows, the first row of each column with the
    // column's width (device units, each as wide as its longest row) and whether every row fits.
    struct Arrangement
    {
        double pointSize = 0;
        QList<int> columnStarts;
        QList<double> columnWidths;
        bool complete = false;

        int columns() const { return int(columnStarts.size()); }
    };

    using FontMaker = std::function<QFont(double pointSize, bool bold)>;

    LegendBlock(const QString &heading, const PageSnapshot &snapshot);

    const QList<Row> &rows() const { return m_rows; }
    // The largest size at which every row fits rect (device units of painter's device) in
    // columns side by side; at the smallest size, the texts too wide are shortened.
    Arrangement arrange(QPainter &painter, const QRectF &rect, double pointSize,
                        const FontMaker &font) const;
    // Draws the legend in rect; returns the arrangement used.
    Arrangement paint(QPainter &painter, const QRectF &rect, double pointSize,
                      const FontMaker &font) const;

    static constexpr double minimumFactor = 0.55;

private:
    // Row index where each column starts, for a number of rows per column; a layer name is
    // never left alone at the bottom of a column.
    QList<int> columnStarts(int rowsPerColumn) const;

    QString m_heading;
    QList<Row> m_rows;
};

} // namespace territoire
