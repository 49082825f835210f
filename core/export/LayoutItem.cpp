#include "export/LayoutItem.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace territoire {

namespace {

struct TypeRow
{
    LayoutItem::Type type;
    const char *name;
    const char *display;
};

const TypeRow typeRows[] = {
    {LayoutItem::Type::Title, "title", QT_TRANSLATE_NOOP("LayoutItem", "Title")},
    {LayoutItem::Type::Subtitle, "subtitle", QT_TRANSLATE_NOOP("LayoutItem", "Subtitle")},
    {LayoutItem::Type::Map, "map", QT_TRANSLATE_NOOP("LayoutItem", "Map")},
    {LayoutItem::Type::Legend, "legend", QT_TRANSLATE_NOOP("LayoutItem", "Legend")},
    {LayoutItem::Type::ScaleBar, "scale_bar", QT_TRANSLATE_NOOP("LayoutItem", "Scale bar")},
    {LayoutItem::Type::NumericScale, "numeric_scale",
     QT_TRANSLATE_NOOP("LayoutItem", "Numeric scale")},
    {LayoutItem::Type::NorthArrow, "north_arrow", QT_TRANSLATE_NOOP("LayoutItem", "North arrow")},
    {LayoutItem::Type::CrsNote, "crs_note", QT_TRANSLATE_NOOP("LayoutItem", "Coordinate system")},
    {LayoutItem::Type::Sources, "sources", QT_TRANSLATE_NOOP("LayoutItem", "Sources")},
    {LayoutItem::Type::ExportDate, "export_date", QT_TRANSLATE_NOOP("LayoutItem", "Dates")},
    {LayoutItem::Type::Author, "author", QT_TRANSLATE_NOOP("LayoutItem", "Author")},
    {LayoutItem::Type::Logo, "logo", QT_TRANSLATE_NOOP("LayoutItem", "Logo")},
};

} // namespace

QString LayoutItem::typeName(Type type)
{
    for (const TypeRow &row : typeRows) {
        if (row.type == type)
            return QString::fromLatin1(row.name);
    }
    return {};
}

bool LayoutItem::parseType(const QString &name, Type *type)
{
    for (const TypeRow &row : typeRows) {
        if (name == QLatin1String(row.name)) {
            *type = row.type;
            return true;
        }
    }
    return false;
}

QString LayoutItem::displayName(Type type)
{
    for (const TypeRow &row : typeRows) {
        if (row.type == type)
            return QCoreApplication::translate("LayoutItem", row.display);
    }
    return {};
}

QJsonObject LayoutItem::toJson() const
{
    QJsonObject json {{QStringLiteral("type"), typeName(type)},
                      {QStringLiteral("rect_mm"),
                       QJsonArray {rectMm.x(), rectMm.y(), rectMm.width(), rectMm.height()}}};
    if (!visible)
        json.insert(QStringLiteral("visible"), false);
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    if (fontSizePt > 0)
        json.insert(QStringLiteral("font_size_pt"), fontSizePt);
    if (!path.isEmpty())
        json.insert(QStringLiteral("path"), path);
    return json;
}

bool LayoutItem::fromJson(const QJsonObject &json, LayoutItem *item)
{
    LayoutItem result;
    if (!parseType(json.value(QStringLiteral("type")).toString(), &result.type))
        return false;
    const QJsonArray r = json.value(QStringLiteral("rect_mm")).toArray();
    if (r.size() != 4)
        return false;
    result.rectMm = QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble());
    result.visible = json.value(QStringLiteral("visible")).toBool(true);
    result.text = json.value(QStringLiteral("text")).toString();
    result.fontSizePt = json.value(QStringLiteral("font_size_pt")).toDouble(0);
    result.path = json.value(QStringLiteral("path")).toString();
    *item = result;
    return true;
}

} // namespace territoire
