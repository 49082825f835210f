#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace territoire {

// The kind of geometry a style is drawn for; decides how a symbol is used and shown in legends.
enum class GeometryKind { Unknown, Point, Line, Polygon };

// "point", "line", "polygon" or "unknown", and back (unknown text gives Unknown).
QString geometryKindName(GeometryKind kind);
GeometryKind geometryKindFromName(const QString &name);

// Shape of a point marker when no SVG marker is set.
enum class MarkerShape { Circle, Square, Triangle, Cross, Star };

QString markerShapeName(MarkerShape shape);
// Unknown names give Circle.
MarkerShape markerShapeFromName(const QString &name);

// Converts millimetres on the output to logical pixels at the output resolution (dots per
// inch), so that a 0.5 mm line is 0.5 mm on screen (96 dpi) and on paper (300 dpi).
inline double millimetresToPixels(double millimetres, double dpi)
{
    return millimetres * dpi / 25.4;
}

// How one class of features is drawn: fill and stroke for polygons, stroke for lines, a marker
// for points. Sizes are in millimetres on the output. Every field has a usable default, and
// fromJson() replaces any missing or invalid value with that default, so a Symbol is always
// drawable. A fully transparent (or invalid) colour means "no fill" / "no stroke".
struct Symbol
{
    QColor fillColor {0xbe, 0xcf, 0xe0}; // polygons and marker interiors
    QColor strokeColor {0x4a, 0x5a, 0x6a}; // lines, outlines and marker outlines
    double strokeWidthMm = 0.26; // 0 draws a hairline (one device pixel)
    QList<double> dashPatternMm; // alternating dash and gap lengths in mm; empty: solid
    MarkerShape markerShape = MarkerShape::Circle;
    double markerSizeMm = 2.5; // marker diameter / side
    QString markerSvgPath; // optional SVG file drawn instead of the shape (absolute path)

    bool hasFill() const { return fillColor.isValid() && fillColor.alpha() > 0; }
    bool hasStroke() const { return strokeColor.isValid() && strokeColor.alpha() > 0; }

    // Colours are written "#rrggbb" or "#aarrggbb" (QColor::HexArgb) when translucent.
    QJsonObject toJson() const;
    static Symbol fromJson(const QJsonObject &json);

    // Convenience constructors.
    static Symbol fill(const QColor &fill, const QColor &stroke, double strokeWidthMm = 0.26);
    static Symbol line(const QColor &stroke, double widthMm, const QList<double> &dashMm = {});
    static Symbol marker(MarkerShape shape, const QColor &fill, double sizeMm,
                         const QColor &stroke = QColor(0x33, 0x33, 0x33));

    bool operator==(const Symbol &other) const;
    bool operator!=(const Symbol &other) const { return !(*this == other); }
};

} // namespace territoire
