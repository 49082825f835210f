#include "render/DefaultStyles.h"

#include "render/OsmTags.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

using Category = VectorStyle::Category;

Category cat(const QString &value, const Symbol &symbol, const char *label)
{
    return {value, symbol, QCoreApplication::translate("DefaultStyles", label)};
}

const QColor waterFill(0xaa, 0xd3, 0xdf);
const QColor waterLine(0x4a, 0x90, 0xc8);

// Roads from the smallest to the largest, so that major roads are drawn over minor ones.
QList<Category> roadCategories()
{
    const QColor casing(0x99, 0x99, 0x99);
    const QList<double> dashed {1.2, 0.8};
    const QList<double> dotted {0.6, 0.5};
    QList<Category> roads {
        cat(QStringLiteral("highway=steps"), Symbol::line(QColor(0xfa, 0x80, 0x72), 0.5, dotted),
            "Steps"),
        cat(QStringLiteral("highway=footway"), Symbol::line(QColor(0xfa, 0x80, 0x72), 0.3, dotted),
            "Footway"),
        cat(QStringLiteral("highway=pedestrian"), Symbol::line(QColor(0xdd, 0xdd, 0xe8), 0.8),
            "Pedestrian street"),
        cat(QStringLiteral("highway=path"), Symbol::line(QColor(0x8a, 0x6a, 0x4a), 0.25, dashed),
            "Path"),
        cat(QStringLiteral("highway=cycleway"), Symbol::line(QColor(0x30, 0x60, 0xe0), 0.3, dotted),
            "Cycleway"),
        cat(QStringLiteral("highway=bridleway"),
            Symbol::line(QColor(0x2e, 0x8b, 0x57), 0.25, dashed), "Bridleway"),
        cat(QStringLiteral("highway=track"), Symbol::line(QColor(0x99, 0x66, 0x33), 0.35, dashed),
            "Track"),
        cat(QStringLiteral("highway=service"), Symbol::line(QColor(0xcc, 0xcc, 0xcc), 0.45),
            "Service road"),
        cat(QStringLiteral("highway=living_street"), Symbol::line(QColor(0xcc, 0xcc, 0xcc), 0.7),
            "Living street"),
        cat(QStringLiteral("highway=residential"), Symbol::line(QColor(0xbb, 0xbb, 0xbb), 0.8),
            "Residential road"),
        cat(QStringLiteral("highway=unclassified"), Symbol::line(QColor(0xbb, 0xbb, 0xbb), 0.8),
            "Minor road"),
        cat(QStringLiteral("highway=tertiary_link"), Symbol::line(QColor(0xf2, 0xe8, 0x8a), 0.7),
            "Tertiary road link"),
        cat(QStringLiteral("highway=tertiary"), Symbol::line(QColor(0xe8, 0xd8, 0x5a), 1.0),
            "Tertiary road"),
        cat(QStringLiteral("highway=secondary_link"), Symbol::line(QColor(0xf0, 0xc0, 0x60), 0.8),
            "Secondary road link"),
        cat(QStringLiteral("highway=secondary"), Symbol::line(QColor(0xf0, 0xb0, 0x40), 1.1),
            "Secondary road"),
        cat(QStringLiteral("highway=primary_link"), Symbol::line(QColor(0xf0, 0x90, 0x50), 0.9),
            "Primary road link"),
        cat(QStringLiteral("highway=primary"), Symbol::line(QColor(0xe8, 0x80, 0x40), 1.3),
            "Primary road"),
        cat(QStringLiteral("highway=trunk_link"), Symbol::line(QColor(0xe0, 0x70, 0x50), 1.0),
            "Trunk road link"),
        cat(QStringLiteral("highway=trunk"), Symbol::line(QColor(0xd8, 0x5a, 0x40), 1.5),
            "Trunk road"),
        cat(QStringLiteral("highway=motorway_link"), Symbol::line(QColor(0xd0, 0x50, 0x70), 1.0),
            "Motorway link"),
        cat(QStringLiteral("highway=motorway"), Symbol::line(QColor(0xc8, 0x3c, 0x64), 1.7),
            "Motorway"),
        cat(QStringLiteral("highway=*"), Symbol::line(casing, 0.3), "Other road"),
    };
    return roads;
}

QList<Category> waterwayLines()
{
    return {
        cat(QStringLiteral("waterway=river"), Symbol::line(waterLine, 1.0), "River"),
        cat(QStringLiteral("waterway=canal"), Symbol::line(waterLine, 0.8), "Canal"),
        cat(QStringLiteral("waterway=stream"), Symbol::line(waterLine, 0.4), "Stream"),
        cat(QStringLiteral("waterway=*"), Symbol::line(waterLine, 0.25), "Ditch or drain"),
    };
}

VectorStyle osmLines()
{
    QList<Category> categories = waterwayLines();
    categories.append(cat(QStringLiteral("railway=rail"),
                          Symbol::line(QColor(0x70, 0x70, 0x70), 0.6, {2.0, 1.0}), "Railway"));
    categories.append(cat(QStringLiteral("railway=*"),
                          Symbol::line(QColor(0x90, 0x90, 0x90), 0.35, {1.0, 1.0}),
                          "Other railway"));
    categories.append(roadCategories());
    VectorStyle style = VectorStyle::categorized(QString(), categories);
    style.setOsmKeys(
        {QStringLiteral("highway"), QStringLiteral("railway"), QStringLiteral("waterway")});
    style.setOtherSymbol(Symbol::line(QColor(0xa0, 0xa0, 0xa0), 0.2));
    LabelSettings labels;
    labels.enabled = true;
    labels.field = QStringLiteral("name");
    labels.placement = LabelPlacement::Line;
    labels.minScale = 15000;
    labels.sizePt = 7;
    style.setLabels(labels);
    return style;
}

VectorStyle osmPolygons()
{
    const QColor boundary(0x80, 0x40, 0x90);
    auto admin
        = [&](const char *level, double width, const QList<double> &dash, const char *label) {
              Symbol s = Symbol::line(boundary, width, dash);
              return cat(QStringLiteral("admin_level=") + QLatin1String(level), s, label);
          };
    auto area = [](const QColor &fill, const QColor &stroke) {
        return Symbol::fill(fill, stroke, 0.15);
    };
    // Drawing order: land use at the bottom, then water, buildings, and boundaries on top.
    QList<Category> categories {
        cat(QStringLiteral("landuse=forest"), area(QColor(0xad, 0xd1, 0x9e), Qt::transparent),
            "Forest"),
        cat(QStringLiteral("natural=wood"), area(QColor(0xad, 0xd1, 0x9e), Qt::transparent),
            "Wood"),
        cat(QStringLiteral("landuse=meadow"), area(QColor(0xcd, 0xeb, 0xb0), Qt::transparent),
            "Meadow"),
        cat(QStringLiteral("landuse=grass"), area(QColor(0xcd, 0xeb, 0xb0), Qt::transparent),
            "Grass"),
        cat(QStringLiteral("landuse=farmland"), area(QColor(0xee, 0xf0, 0xd5), Qt::transparent),
            "Farmland"),
        cat(QStringLiteral("landuse=residential"), area(QColor(0xe6, 0xe1, 0xdc), Qt::transparent),
            "Residential area"),
        cat(QStringLiteral("landuse=industrial"), area(QColor(0xeb, 0xdb, 0xe8), Qt::transparent),
            "Industrial area"),
        cat(QStringLiteral("landuse=commercial"), area(QColor(0xf2, 0xda, 0xd9), Qt::transparent),
            "Commercial area"),
        cat(QStringLiteral("landuse=*"), area(QColor(0xe8, 0xe8, 0xe0), Qt::transparent),
            "Other land use"),
        cat(QStringLiteral("leisure=*"), area(QColor(0xc8, 0xf0, 0xc8), QColor(0x90, 0xc0, 0x90)),
            "Park or leisure"),
        cat(QStringLiteral("natural=water"), area(waterFill, waterLine), "Water"),
        cat(QStringLiteral("waterway=*"), area(waterFill, waterLine), "River area"),
        cat(QStringLiteral("natural=*"), area(QColor(0xd8, 0xe8, 0xc8), Qt::transparent),
            "Other natural area"),
        cat(QStringLiteral("amenity=*"), area(QColor(0xf0, 0xe8, 0xd0), QColor(0xc8, 0xb8, 0x98)),
            "Amenity"),
        cat(QStringLiteral("building=*"), area(QColor(0xd9, 0xd0, 0xc9), QColor(0xb0, 0xa0, 0x98)),
            "Building"),
        admin("8", 0.35, {2.0, 1.0}, "Municipality boundary"),
        admin("7", 0.5, {3.0, 1.0}, "District boundary"),
        admin("6", 0.7, {4.0, 1.0, 1.0, 1.0}, "Département boundary"),
        admin("4", 1.0, {5.0, 1.5, 1.0, 1.5}, "Region boundary"),
        admin("2", 1.4, {}, "National border"),
        admin("*", 0.3, {1.0, 1.0}, "Other administrative boundary"),
        cat(QStringLiteral("boundary=*"), Symbol::line(QColor(0x90, 0x70, 0xa0), 0.3, {1.0, 1.0}),
            "Other boundary"),
    };
    VectorStyle style = VectorStyle::categorized(QString(), categories);
    style.setOsmKeys({QStringLiteral("admin_level"), QStringLiteral("building"),
                      QStringLiteral("natural"), QStringLiteral("waterway"),
                      QStringLiteral("landuse"), QStringLiteral("leisure"),
                      QStringLiteral("amenity"), QStringLiteral("boundary")});
    style.setOtherSymbol(area(QColor(0xe0, 0xe0, 0xe0, 160), QColor(0xb0, 0xb0, 0xb0)));
    LabelSettings labels;
    labels.enabled = true;
    labels.field = QStringLiteral("name");
    labels.placement = LabelPlacement::PolygonCentroid;
    labels.minScale = 10000;
    labels.sizePt = 7;
    style.setLabels(labels);
    return style;
}

VectorStyle osmPoints()
{
    QList<Category> categories {
        cat(QStringLiteral("place=city"),
            Symbol::marker(MarkerShape::Square, QColor(0x40, 0x40, 0x40), 2.5), "City"),
        cat(QStringLiteral("place=town"),
            Symbol::marker(MarkerShape::Square, QColor(0x50, 0x50, 0x50), 2.0), "Town"),
        cat(QStringLiteral("place=*"), Symbol::marker(MarkerShape::Circle, Qt::white, 1.6),
            "Place"),
        cat(QStringLiteral("amenity=*"),
            Symbol::marker(MarkerShape::Circle, QColor(0xe0, 0x80, 0x30), 1.6), "Amenity"),
        cat(QStringLiteral("shop=*"),
            Symbol::marker(MarkerShape::Circle, QColor(0xa0, 0x50, 0xa0), 1.6), "Shop"),
        cat(QStringLiteral("highway=bus_stop"),
            Symbol::marker(MarkerShape::Square, QColor(0x30, 0x60, 0xd0), 1.4), "Bus stop"),
    };
    VectorStyle style = VectorStyle::categorized(QString(), categories);
    style.setOsmKeys({QStringLiteral("place"), QStringLiteral("amenity"), QStringLiteral("shop"),
                      QStringLiteral("highway")});
    // Untagged and minor nodes (crossings, barriers) would only clutter the map.
    style.setOtherSymbol(Symbol::marker(MarkerShape::Circle, QColor(0x90, 0x90, 0x90), 0.8), false);
    LabelSettings labels;
    labels.enabled = true;
    labels.field = QStringLiteral("name");
    labels.placement = LabelPlacement::Point;
    labels.minScale = 50000;
    labels.priority = 10;
    style.setLabels(labels);
    return style;
}

} // namespace

QColor DefaultStyles::paletteColor(int index)
{
    static const QColor palette[] = {
        QColor(0x8d, 0xb6, 0xcd), QColor(0xe3, 0x9e, 0x6d), QColor(0x9c, 0xc5, 0x8a),
        QColor(0xd4, 0x8a, 0xb0), QColor(0xe8, 0xcf, 0x6a), QColor(0xa8, 0x9b, 0xd1),
        QColor(0x7c, 0xc4, 0xb8), QColor(0xd9, 0x7b, 0x7b), QColor(0xb8, 0xa0, 0x7e),
        QColor(0x9f, 0xa8, 0xb5),
    };
    constexpr int count = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((index % count) + count) % count];
}

Symbol DefaultStyles::symbolFor(GeometryKind kind, const QColor &color)
{
    switch (kind) {
    case GeometryKind::Point:
        return Symbol::marker(MarkerShape::Circle, color, 2.4, color.darker(180));
    case GeometryKind::Line:
        return Symbol::line(color.darker(140), 0.5);
    case GeometryKind::Polygon:
    case GeometryKind::Unknown:
        break;
    }
    QColor fill = color;
    fill.setAlpha(200);
    return Symbol::fill(fill, color.darker(170), 0.3);
}

VectorStyle DefaultStyles::forGeometry(GeometryKind kind, int index)
{
    return VectorStyle::single(symbolFor(kind, paletteColor(index)));
}

VectorStyle DefaultStyles::forOsm(const QString &osmLayerName, GeometryKind kind)
{
    const QString name = osmLayerName.toLower();
    if (name == QLatin1String("points"))
        return osmPoints();
    if (name == QLatin1String("lines") || name == QLatin1String("multilinestrings"))
        return osmLines();
    if (name == QLatin1String("multipolygons"))
        return osmPolygons();
    switch (kind) {
    case GeometryKind::Point:
        return osmPoints();
    case GeometryKind::Line:
        return osmLines();
    case GeometryKind::Polygon:
        return osmPolygons();
    case GeometryKind::Unknown:
        break;
    }
    return forGeometry(GeometryKind::Line, 9);
}

VectorStyle DefaultStyles::forLayer(GeometryKind kind, const QStringList &fieldNames,
                                    const QString &layerName, int index)
{
    if (OsmTags::isOsmLayer(fieldNames))
        return forOsm(layerName, kind);
    VectorStyle style = forGeometry(kind, index);
    static const char *nameFields[]
        = {"nom", "name", "NOM", "NAME", "libelle", "LIBELLE", "nom_com"};
    for (const char *candidate : nameFields) {
        const QString field = QString::fromLatin1(candidate);
        if (!fieldNames.contains(field))
            continue;
        LabelSettings labels;
        labels.enabled = true;
        labels.field = field;
        labels.placement = kind == GeometryKind::Polygon ? LabelPlacement::PolygonCentroid
            : kind == GeometryKind::Line                 ? LabelPlacement::Line
                                                         : LabelPlacement::Point;
        style.setLabels(labels);
        break;
    }
    return style;
}

VectorStyle DefaultStyles::categorizedStyle(const QString &field, const QVariantList &values,
                                            GeometryKind kind)
{
    QList<Category> categories;
    int i = 0;
    for (const QVariant &value : values)
        categories.append({value, symbolFor(kind, paletteColor(i++)), categoryKey(value)});
    VectorStyle style = VectorStyle::categorized(field, categories);
    style.setOtherSymbol(symbolFor(kind, QColor(0xc0, 0xc0, 0xc0)));
    return style;
}

VectorStyle DefaultStyles::graduatedStyle(const QString &field, double min, double max, int classes,
                                          GeometryKind kind)
{
    classes = std::clamp(classes, 1, 64);
    if (!std::isfinite(min) || !std::isfinite(max) || max <= min) {
        classes = 1;
        if (!std::isfinite(min))
            min = 0;
        max = std::isfinite(max) && max > min ? max : min;
    }
    // A yellow → dark red ramp in HSV, light to dark.
    QList<VectorStyle::GraduatedClass> list;
    const double step = (max - min) / classes;
    for (int i = 0; i < classes; ++i) {
        const double t = classes == 1 ? 0.5 : double(i) / (classes - 1);
        const QColor color = QColor::fromHsvF(0.15 * (1 - t), 0.25 + 0.7 * t, 1.0 - 0.45 * t);
        const double lower = min + step * i;
        const double upper = i == classes - 1 ? max : min + step * (i + 1);
        list.append({lower, upper, symbolFor(kind, color), QString()});
    }
    VectorStyle style = VectorStyle::graduated(field, list);
    style.setOtherSymbol(symbolFor(kind, QColor(0xc0, 0xc0, 0xc0)), false);
    return style;
}

} // namespace territoire
