#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>

#include <functional>

namespace territoire {

// One row of a legend: a symbol and its text. The symbol paints itself into a rectangle with
// any QPainter (screen, image or PDF), so a printed legend stays vector.
struct LegendItem
{
    QString label; // empty for a single-symbol layer
    std::function<void(QPainter &, const QRectF &)> paint; // may be empty (text-only row)
};

} // namespace territoire
