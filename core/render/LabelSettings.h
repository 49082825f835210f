#pragma once

#include "map/LabelCandidate.h"

#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QString>

namespace territoire {

// Where a label goes relative to its feature.
enum class LabelPlacement {
    Point, // centred on the point (or first vertex)
    Line, // at the middle of the line, rotated along it, kept upright
    PolygonCentroid // at a point inside the polygon, near its centroid
};

QString labelPlacementName(LabelPlacement placement);
LabelPlacement labelPlacementFromName(const QString &name); // unknown: Point

// How a layer labels its features: the text comes from one attribute field. Sizes are in
// typographic points (text) and millimetres (halo) on the output, converted with the output
// dpi so labels keep their printed size. Disabled and without a field by default.
struct LabelSettings
{
    bool enabled = false;
    QString field; // attribute whose value is the label text
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double sizePt = 8.0;
    bool bold = false;
    QColor color {0x20, 0x20, 0x20};
    QColor haloColor {255, 255, 255, 230};
    double haloWidthMm = 0.4; // 0: no halo
    double minScale = 0; // hidden when the scale denominator is larger (0: no limit)
    double maxScale = 0; // hidden when the scale denominator is smaller (0: no limit)
    LabelPlacement placement = LabelPlacement::Point;
    int priority = 0; // higher is placed first

    // True when enabled, with a field, and the scale is inside [maxScale, minScale].
    bool isActiveAtScale(double scaleDenominator) const;

    // The font with its pixel size computed for the output dpi (logical pixels per inch).
    QFont font(double dpi) const;
    // A ready candidate for the LabelPlacer: text, anchor (logical pixels) and angle
    // (degrees clockwise), with font, colours and halo width converted for the dpi.
    LabelCandidate candidate(const QString &text, const QPointF &anchor, double angleDegrees,
                             double dpi) const;

    QJsonObject toJson() const;
    // Missing or invalid values get the defaults above.
    static LabelSettings fromJson(const QJsonObject &json);

    bool operator==(const LabelSettings &other) const;
    bool operator!=(const LabelSettings &other) const { return !(*this == other); }
};

} // namespace territoire
