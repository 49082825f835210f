#include "render/Symbol.h"

#include <QJsonArray>

#include <cmath>

namespace territoire {

namespace {

struct ShapeName
{
    MarkerShape shape;
    const char *name;
};

constexpr ShapeName shapeNames[] = {
    {MarkerShape::Circle, "circle"},     {MarkerShape::Square, "square"},
    {MarkerShape::Triangle, "triangle"}, {MarkerShape::Cross, "cross"},
    {MarkerShape::Star, "star"},
};

QString colorText(const QColor &color)
{
    if (!color.isValid())
        return QStringLiteral("none");
    return color.alpha() == 255 ? color.name(QColor::HexRgb) : color.name(QColor::HexArgb);
}

// "none" is a valid value (no fill / no stroke); anything unreadable keeps the fallback.
QColor readColor(const QJsonValue &value, const QColor &fallback)
{
    if (!value.isString())
        return fallback;
    const QString text = value.toString().trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QColor(Qt::transparent);
    const QColor color = QColor::fromString(text);
    return color.isValid() ? color : fallback;
}

double readSize(const QJsonValue &value, double fallback, double maximum)
{
    const double v = value.toDouble(std::nan(""));
    return std::isfinite(v) && v >= 0 && v <= maximum ? v : fallback;
}

} // namespace

QString geometryKindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return QStringLiteral("point");
    case GeometryKind::Line:
        return QStringLiteral("line");
    case GeometryKind::Polygon:
        return QStringLiteral("polygon");
    case GeometryKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

GeometryKind geometryKindFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("point"))
        return GeometryKind::Point;
    if (n == QLatin1String("line"))
        return GeometryKind::Line;
    if (n == QLatin1String("polygon"))
        return GeometryKind::Polygon;
    return GeometryKind::Unknown;
}

QString markerShapeName(MarkerShape shape)
{
    for (const ShapeName &s : shapeNames) {
        if (s.shape == shape)
            return QString::fromLatin1(s.name);
    }
    return QStringLiteral("circle");
}

MarkerShape markerShapeFromName(const QString &name)
{
    for (const ShapeName &s : shapeNames) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.shape;
    }
    return MarkerShape::Circle;
}

QJsonObject Symbol::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("fill"), colorText(fillColor));
    json.insert(QStringLiteral("stroke"), colorText(strokeColor));
    json.insert(QStringLiteral("strokeWidthMm"), strokeWidthMm);
    if (!dashPatternMm.isEmpty()) {
        QJsonArray dash;
        for (double d : dashPatternMm)
            dash.append(d);
        json.insert(QStringLiteral("dashMm"), dash);
    }
    json.insert(QStringLiteral("marker"), markerShapeName(markerShape));
    json.insert(QStringLiteral("markerSizeMm"), markerSizeMm);
    if (!markerSvgPath.isEmpty())
        json.insert(QStringLiteral("markerSvg"), markerSvgPath);
    return json;
}

Symbol Symbol::fromJson(const QJsonObject &json)
{
    Symbol s;
    s.fillColor = readColor(json.value(QStringLiteral("fill")), s.fillColor);
    s.strokeColor = readColor(json.value(QStringLiteral("stroke")), s.strokeColor);
    s.strokeWidthMm = readSize(json.value(QStringLiteral("strokeWidthMm")), s.strokeWidthMm, 100);

    // A dash pattern needs an even number of positive lengths; anything else draws solid.
    const QJsonArray dash = json.value(QStringLiteral("dashMm")).toArray();
    bool dashOk = !dash.isEmpty() && dash.size() % 2 == 0;
    QList<double> pattern;
    for (const QJsonValue &v : dash) {
        const double d = v.toDouble(-1);
        dashOk = dashOk && std::isfinite(d) && d > 0 && d < 1000;
        pattern.append(d);
    }
    if (dashOk)
        s.dashPatternMm = pattern;

    s.markerShape = markerShapeFromName(json.value(QStringLiteral("marker")).toString());
    s.markerSizeMm = readSize(json.value(QStringLiteral("markerSizeMm")), s.markerSizeMm, 200);
    s.markerSvgPath = json.value(QStringLiteral("markerSvg")).toString();
    return s;
}

Symbol Symbol::fill(const QColor &fill, const QColor &stroke, double strokeWidthMm)
{
    Symbol s;
    s.fillColor = fill;
    s.strokeColor = stroke;
    s.strokeWidthMm = strokeWidthMm;
    return s;
}

Symbol Symbol::line(const QColor &stroke, double widthMm, const QList<double> &dashMm)
{
    Symbol s;
    s.fillColor = Qt::transparent;
    s.strokeColor = stroke;
    s.strokeWidthMm = widthMm;
    s.dashPatternMm = dashMm;
    return s;
}

Symbol Symbol::marker(MarkerShape shape, const QColor &fill, double sizeMm, const QColor &stroke)
{
    Symbol s;
    s.markerShape = shape;
    s.fillColor = fill;
    s.strokeColor = stroke;
    s.markerSizeMm = sizeMm;
    s.strokeWidthMm = 0.2;
    return s;
}

bool Symbol::operator==(const Symbol &o) const
{
    return fillColor.rgba() == o.fillColor.rgba() && strokeColor.rgba() == o.strokeColor.rgba()
        && qFuzzyCompare(strokeWidthMm + 1, o.strokeWidthMm + 1) && dashPatternMm == o.dashPatternMm
        && markerShape == o.markerShape && qFuzzyCompare(markerSizeMm + 1, o.markerSizeMm + 1)
        && markerSvgPath == o.markerSvgPath;
}

} // namespace territoire
