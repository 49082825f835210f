#include "export/PrintLayout.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace territoire {

bool MapFrameSpec::isValid() const
{
    if (mode == Mode::Scale)
        return scale > 0 && std::isfinite(center.x()) && std::isfinite(center.y());
    return extent.isValid() && !extent.isEmpty();
}

LayoutItem *PrintLayout::item(LayoutItem::Type type)
{
    for (LayoutItem &i : items) {
        if (i.type == type)
            return &i;
    }
    return nullptr;
}

const LayoutItem *PrintLayout::item(LayoutItem::Type type) const
{
    return const_cast<PrintLayout *>(this)->item(type);
}

QString PrintLayout::title() const
{
    const LayoutItem *t = item(LayoutItem::Type::Title);
    return t ? t->text : QString();
}

void PrintLayout::setTitle(const QString &title)
{
    if (LayoutItem *t = item(LayoutItem::Type::Title)) {
        t->text = title;
        return;
    }
    LayoutItem t;
    t.type = LayoutItem::Type::Title;
    const QRectF area = page.printableRectMm();
    t.rectMm = QRectF(area.left(), area.top(), area.width(), 12);
    t.text = title;
    items.append(t);
}

QJsonObject PrintLayout::toJson() const
{
    QJsonArray itemArray;
    for (const LayoutItem &i : items)
        itemArray.append(i.toJson());
    QJsonObject mapJson;
    if (map.mode == MapFrameSpec::Mode::Scale) {
        mapJson.insert(QStringLiteral("mode"), QStringLiteral("scale"));
        mapJson.insert(QStringLiteral("scale"), map.scale);
        mapJson.insert(QStringLiteral("center"), QJsonArray {map.center.x(), map.center.y()});
    } else {
        mapJson.insert(QStringLiteral("mode"), QStringLiteral("extent"));
        mapJson.insert(QStringLiteral("extent"),
                       QJsonArray {map.extent.left(), map.extent.top(), map.extent.right(),
                                   map.extent.bottom()});
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("page"), page.toJson()},
            {QStringLiteral("map"), mapJson},
            {QStringLiteral("items"), itemArray}};
}

bool PrintLayout::fromJson(const QJsonObject &json, PrintLayout *layout, QString *error)
{
    PrintLayout result;
    result.name = json.value(QStringLiteral("name")).toString();
    if (result.name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("PrintLayout", "A layout has no name.");
        return false;
    }
    result.page = PageSetup::fromJson(json.value(QStringLiteral("page")).toObject());
    const QJsonObject mapJson = json.value(QStringLiteral("map")).toObject();
    if (mapJson.value(QStringLiteral("mode")).toString() == QLatin1String("scale")) {
        result.map.mode = MapFrameSpec::Mode::Scale;
        result.map.scale = mapJson.value(QStringLiteral("scale")).toDouble();
        const QJsonArray c = mapJson.value(QStringLiteral("center")).toArray();
        result.map.center = QPointF(c.at(0).toDouble(NAN), c.at(1).toDouble(NAN));
    } else {
        result.map.mode = MapFrameSpec::Mode::Extent;
        const QJsonArray e = mapJson.value(QStringLiteral("extent")).toArray();
        if (e.size() == 4)
            result.map.extent = QRectF(QPointF(e[0].toDouble(), e[1].toDouble()),
                                       QPointF(e[2].toDouble(), e[3].toDouble()))
                                    .normalized();
    }
    const QJsonArray itemArray = json.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : itemArray) {
        LayoutItem item;
        if (LayoutItem::fromJson(v.toObject(), &item))
            result.items.append(item);
    }
    if (!result.item(LayoutItem::Type::Map)) {
        if (error)
            *error = QCoreApplication::translate("PrintLayout", "Layout \"%1\" has no map frame.")
                         .arg(result.name);
        return false;
    }
    *layout = result;
    return true;
}

namespace {

LayoutItem makeItem(LayoutItem::Type type, const QRectF &rect)
{
    LayoutItem item;
    item.type = type;
    item.rectMm = rect;
    return item;
}

} // namespace

PrintLayout defaultLayout(const PageSetup &page, const QString &name)
{
    using Type = LayoutItem::Type;
    PrintLayout layout;
    layout.name = name;
    layout.page = page;

    // Everything grows with the paper: A4 is the reference size.
    const QRectF area = page.printableRectMm();
    const QSizeF size = page.sizeMm();
    const double f = std::clamp(std::min(size.width(), size.height()) / 210.0, 0.5, 4.0);
    const double gap = 3 * f;
    const double titleH = 10 * f;
    const double subtitleH = 6 * f;
    const double top = area.top() + titleH + subtitleH + gap;

    layout.items.append(
        makeItem(Type::Title, QRectF(area.left(), area.top(), area.width(), titleH)));
    layout.items.append(makeItem(
        Type::Subtitle, QRectF(area.left(), area.top() + titleH, area.width(), subtitleH)));

    const bool landscape = size.width() >= size.height();
    QRectF mapRect;
    QRectF panel; // where the other items go
    if (landscape) {
        const double panelW = std::max(55.0 * f, area.width() * 0.22);
        mapRect = QRectF(area.left(), top, area.width() - panelW - gap, area.bottom() - top);
        panel = QRectF(mapRect.right() + gap, top, panelW, area.bottom() - top);
    } else {
        const double panelH = std::max(55.0 * f, area.height() * 0.22);
        mapRect = QRectF(area.left(), top, area.width(), area.bottom() - top - panelH - gap);
        panel = QRectF(area.left(), mapRect.bottom() + gap, area.width(), panelH);
    }
    layout.items.append(makeItem(Type::Map, mapRect));

    // North arrow in the map's top-right corner.
    const double arrow = 14 * f;
    layout.items.append(
        makeItem(Type::NorthArrow,
                 QRectF(mapRect.right() - arrow - gap, mapRect.top() + gap, arrow, arrow * 1.4)));

    // Side panel (landscape) or bottom band (portrait): legend first, then the notes.
    const double lineH = 4.2 * f;
    const double scaleBarH = 10 * f;
    const double notesH = lineH * 2 + scaleBarH + lineH + lineH * 3 + lineH * 2 + lineH;
    QRectF legendRect;
    QRectF notes;
    if (landscape) {
        legendRect = QRectF(panel.left(), panel.top(), panel.width(),
                            panel.height() - notesH - 16 * f - gap);
        notes = QRectF(panel.left(), legendRect.bottom() + gap, panel.width(),
                       panel.bottom() - legendRect.bottom() - gap);
    } else {
        legendRect
            = QRectF(panel.left(), panel.top(), panel.width() * 0.5 - gap / 2, panel.height());
        notes = QRectF(legendRect.right() + gap, panel.top(),
                       panel.width() - legendRect.width() - gap, panel.height());
    }
    layout.items.append(makeItem(Type::Legend, legendRect));

    double y = notes.top();
    auto take = [&](Type type, double h) {
        layout.items.append(makeItem(type, QRectF(notes.left(), y, notes.width(), h)));
        y += h;
    };
    take(Type::ScaleBar, scaleBarH);
    take(Type::NumericScale, lineH * 1.3);
    take(Type::CrsNote, lineH * 2);
    take(Type::Sources, lineH * 3);
    take(Type::ExportDate, lineH * 2);
    take(Type::Author, lineH);
    const double logoH = std::max(0.0, notes.bottom() - y);
    LayoutItem logo = makeItem(Type::Logo, QRectF(notes.left(), y, notes.width(), logoH));
    logo.visible = false; // until a logo file is chosen
    layout.items.append(logo);

    // Until framed by the caller: an empty extent.
    layout.map.mode = MapFrameSpec::Mode::Extent;
    return layout;
}

} // namespace territoire
