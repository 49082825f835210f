#pragma once

#include "export/LayoutItem.h"
#include "export/PageSetup.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace territoire {

// How the map frame chooses what it shows: a scale denominator and a centre, or an extent to
// fit. Coordinates are in the map CRS (the project's), extents with top() = south.
struct MapFrameSpec
{
    enum class Mode { Scale, Extent };
    Mode mode = Mode::Extent;
    double scale = 0; // denominator N of 1:N; true scale at the centre for geographic CRSs
    QPointF center;
    QRectF extent;

    bool isValid() const;
};

// A named page layout: paper, items and the map framing. Several are kept in the project
// section "layouts" (see LayoutStore).
class PrintLayout
{
public:
    QString name;
    PageSetup page;
    QList<LayoutItem> items;
    MapFrameSpec map;

    // The first item of a type, or null.
    LayoutItem *item(LayoutItem::Type type);
    const LayoutItem *item(LayoutItem::Type type) const;
    // Title text (stored in the title item; adds the item when missing).
    QString title() const;
    void setTitle(const QString &title);

    QJsonObject toJson() const;
    // Returns false with a sentence in *error when the JSON is not a layout.
    static bool fromJson(const QJsonObject &json, PrintLayout *layout, QString *error);
};

// Places every item sensibly on a page of any size and orientation: title band on top, map
// frame filling most of the page, and a side panel (landscape) or bottom band (portrait) with
// legend, north arrow, scale, CRS note, sources, dates and author.
PrintLayout defaultLayout(const PageSetup &page, const QString &name = QStringLiteral("default"));

} // namespace territoire
