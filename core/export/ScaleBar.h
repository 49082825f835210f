#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace territoire {

// A graphic scale bar: a number of equal segments whose total ground length is a round value
// (1, 2, 2.5 or 5 times a power of ten metres).
struct ScaleBarSpec
{
    double segmentMetres = 0; // ground length of one segment
    int segments = 0;
    bool kilometres = false; // labels in km rather than m

    bool isValid() const { return segmentMetres > 0 && segments > 0; }
    double totalMetres() const { return segmentMetres * segments; }
    // Length on paper in mm at a scale denominator.
    double lengthMm(double scale) const { return totalMetres() * 1000.0 / scale; }
};

// The longest round bar that fits in maxLengthMm at 1:scale; invalid when scale <= 0.
ScaleBarSpec chooseScaleBar(double scale, double maxLengthMm);

// "1:10 000" (digits grouped by spaces, rounded to a whole number).
QString formatScale(double scale);

// Draws the bar in rect (device units; unitsPerMm device units per paper mm): alternating
// black and white segments with a tick and a label at each segment boundary.
void drawScaleBar(QPainter &painter, const QRectF &rect, double unitsPerMm, double scale,
                  const QFont &font);

} // namespace territoire
