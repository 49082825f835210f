#include "render/LabelSettings.h"

#include <QJsonValue>

#include <cmath>

namespace territoire {

namespace {

QString colorText(const QColor &color)
{
    return color.alpha() == 255 ? color.name(QColor::HexRgb) : color.name(QColor::HexArgb);
}

QColor readColor(const QJsonValue &value, const QColor &fallback)
{
    const QColor color = QColor::fromString(value.toString());
    return color.isValid() ? color : fallback;
}

double readNumber(const QJsonValue &value, double fallback, double minimum, double maximum)
{
    const double v = value.toDouble(std::nan(""));
    return std::isfinite(v) && v >= minimum && v <= maximum ? v : fallback;
}

} // namespace

QString labelPlacementName(LabelPlacement placement)
{
    switch (placement) {
    case LabelPlacement::Line:
        return QStringLiteral("line");
    case LabelPlacement::PolygonCentroid:
        return QStringLiteral("polygon-centroid");
    case LabelPlacement::Point:
        break;
    }
    return QStringLiteral("point");
}

LabelPlacement labelPlacementFromName(const QString &name)
{
    if (name == QLatin1String("line"))
        return LabelPlacement::Line;
    if (name == QLatin1String("polygon-centroid"))
        return LabelPlacement::PolygonCentroid;
    return LabelPlacement::Point;
}

bool LabelSettings::isActiveAtScale(double scale) const
{
    if (!enabled || field.isEmpty())
        return false;
    if (minScale > 0 && scale > minScale)
        return false;
    if (maxScale > 0 && scale < maxScale)
        return false;
    return true;
}

QFont LabelSettings::font(double dpi) const
{
    QFont f(fontFamily);
    // Pixel sizes are in the painter's logical pixels, whatever the device: the same label
    // size on screen and in PDF once the dpi is taken into account.
    f.setPixelSize(std::max(1, int(std::lround(sizePt * dpi / 72.0))));
    f.setBold(bold);
    return f;
}

LabelCandidate LabelSettings::candidate(const QString &text, const QPointF &anchor,
                                        double angleDegrees, double dpi) const
{
    LabelCandidate c;
    c.text = text;
    c.anchor = anchor;
    c.angleDegrees = angleDegrees;
    c.font = font(dpi);
    c.color = color;
    c.haloColor = haloColor;
    c.haloWidth = haloWidthMm * dpi / 25.4;
    c.priority = priority;
    return c;
}

QJsonObject LabelSettings::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("enabled"), enabled);
    json.insert(QStringLiteral("field"), field);
    json.insert(QStringLiteral("font"), fontFamily);
    json.insert(QStringLiteral("sizePt"), sizePt);
    json.insert(QStringLiteral("bold"), bold);
    json.insert(QStringLiteral("color"), colorText(color));
    json.insert(QStringLiteral("haloColor"), colorText(haloColor));
    json.insert(QStringLiteral("haloWidthMm"), haloWidthMm);
    json.insert(QStringLiteral("minScale"), minScale);
    json.insert(QStringLiteral("maxScale"), maxScale);
    json.insert(QStringLiteral("placement"), labelPlacementName(placement));
    json.insert(QStringLiteral("priority"), priority);
    return json;
}

LabelSettings LabelSettings::fromJson(const QJsonObject &json)
{
    LabelSettings s;
    s.enabled = json.value(QStringLiteral("enabled")).toBool(false);
    s.field = json.value(QStringLiteral("field")).toString();
    const QString family = json.value(QStringLiteral("font")).toString().trimmed();
    if (!family.isEmpty())
        s.fontFamily = family;
    s.sizePt = readNumber(json.value(QStringLiteral("sizePt")), s.sizePt, 1, 200);
    s.bold = json.value(QStringLiteral("bold")).toBool(false);
    s.color = readColor(json.value(QStringLiteral("color")), s.color);
    s.haloColor = readColor(json.value(QStringLiteral("haloColor")), s.haloColor);
    s.haloWidthMm = readNumber(json.value(QStringLiteral("haloWidthMm")), s.haloWidthMm, 0, 20);
    s.minScale = readNumber(json.value(QStringLiteral("minScale")), 0, 0, 1e12);
    s.maxScale = readNumber(json.value(QStringLiteral("maxScale")), 0, 0, 1e12);
    s.placement = labelPlacementFromName(json.value(QStringLiteral("placement")).toString());
    s.priority = json.value(QStringLiteral("priority")).toInt(0);
    return s;
}

bool LabelSettings::operator==(const LabelSettings &o) const
{
    return enabled == o.enabled && field == o.field && fontFamily == o.fontFamily
        && qFuzzyCompare(sizePt, o.sizePt) && bold == o.bold && color.rgba() == o.color.rgba()
        && haloColor.rgba() == o.haloColor.rgba()
        && qFuzzyCompare(haloWidthMm + 1, o.haloWidthMm + 1) && minScale == o.minScale
        && maxScale == o.maxScale && placement == o.placement && priority == o.priority;
}

} // namespace territoire
