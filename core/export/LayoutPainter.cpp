#include "export/LayoutPainter.h"

#include "export/LegendBlock.h"
#include "export/MapDrawing.h"
#include "export/ScaleBar.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace territoire {

QString printFontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QFont withoutLigatures(QFont font)
{
    // Qt's shaper turns "ffi" into one glyph whose text in the PDF is U+FB03, which search and
    // copy do not match with "ffi". Latin, Greek and Cyrillic need no shaping: turning it off
    // draws one glyph per letter.
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

namespace {

QString formatTime(const QDateTime &utc)
{
    // Printed maps are read in France: local legal time, with its abbreviation.
    const QDateTime local = utc.toTimeZone(QTimeZone("Europe/Paris"));
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm")) + QLatin1Char(' ')
        + local.timeZoneAbbreviation();
}

QFont makeFont(double pointSize, bool bold)
{
    QFont font(printFontFamily());
    font.setPointSizeF(std::max(3.0, pointSize));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return withoutLigatures(font);
}

} // namespace

LayoutPainter::LayoutPainter(const PrintLayout &layout, double dpi)
    : m_layout(layout)
    , m_dpi(dpi)
    , m_unitsPerMm(dpi / 25.4)
{
    const QSizeF size = layout.page.sizeMm();
    m_paperFactor = std::clamp(std::min(size.width(), size.height()) / 210.0, 0.5, 4.0);
}

QRectF LayoutPainter::toDevice(const QRectF &r) const
{
    return QRectF(r.x() * m_unitsPerMm, r.y() * m_unitsPerMm, r.width() * m_unitsPerMm,
                  r.height() * m_unitsPerMm);
}

MapFrame LayoutPainter::mapFrame(const Crs &mapCrs, const MapFrameSpec &spec) const
{
    const LayoutItem *map = m_layout.item(LayoutItem::Type::Map);
    if (!map)
        return {};
    return MapFrame(toDevice(map->rectMm), m_dpi, mapCrs, spec);
}

double LayoutPainter::defaultPointSize(LayoutItem::Type type) const
{
    switch (type) {
    case LayoutItem::Type::Title:
        return 18 * m_paperFactor;
    case LayoutItem::Type::Subtitle:
        return 11 * m_paperFactor;
    case LayoutItem::Type::NumericScale:
        return 9 * m_paperFactor;
    case LayoutItem::Type::Legend:
        return 8 * m_paperFactor;
    default:
        return 7 * m_paperFactor;
    }
}

QString LayoutPainter::crsNoteText(const Crs &crs)
{
    const QString id = crs.authId();
    return id.isEmpty()
        ? QCoreApplication::translate("LayoutPainter", "Coordinate system: %1").arg(crs.name())
        : QCoreApplication::translate("LayoutPainter", "Coordinate system: %1 (%2)")
              .arg(crs.name(), id);
}

QString LayoutPainter::datesText(const QDateTime &exportTime, const PageSnapshot &snapshot)
{
    QString text = QCoreApplication::translate("LayoutPainter", "Exported on %1")
                       .arg(formatTime(exportTime));
    if (snapshot.dataTimeFirst.isValid()) {
        if (snapshot.dataTimeFirst == snapshot.dataTimeLast)
            text += QLatin1Char('\n')
                + QCoreApplication::translate("LayoutPainter", "Live data observed at %1")
                      .arg(formatTime(snapshot.dataTimeLast));
        else
            text += QLatin1Char('\n')
                + QCoreApplication::translate("LayoutPainter", "Live data observed from %1 to %2")
                      .arg(formatTime(snapshot.dataTimeFirst), formatTime(snapshot.dataTimeLast));
    }
    return text;
}

QString LayoutPainter::sourcesText(const PageSnapshot &snapshot)
{
    if (snapshot.attributions.isEmpty())
        return {};
    return QCoreApplication::translate("LayoutPainter", "Sources: %1")
        .arg(snapshot.attributions.join(QStringLiteral(", ")));
}

bool LayoutPainter::paint(QPainter &painter, const MapFrame &frame, PageSnapshot &snapshot,
                          const PageDecorations &decorations, const std::atomic<bool> *cancel,
                          QString *error) const
{
    using Type = LayoutItem::Type;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // The map first, so that the north arrow and badge go over it.
    if (const LayoutItem *map = m_layout.item(Type::Map); map && map->visible && frame.isValid()) {
        if (!drawMapLayers(painter, frame, snapshot, decorations.highlight, cancel, error))
            return false;
        painter.setPen(QPen(Qt::black, 0.25 * m_unitsPerMm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame.frameDevice());
    }

    for (const LayoutItem &item : m_layout.items) {
        if (!item.visible || item.type == Type::Map)
            continue;
        const QRectF rect = toDevice(item.rectMm);
        const double size = item.fontSizePt > 0 ? item.fontSizePt : defaultPointSize(item.type);
        const auto textOr = [&](const QString &generated) {
            return item.text.isEmpty() ? generated : item.text;
        };
        switch (item.type) {
        case Type::Title:
            paintText(painter, rect, item.text, size, true, Qt::AlignLeft | Qt::AlignVCenter);
            break;
        case Type::Subtitle:
        case Type::Author:
            paintText(painter, rect, item.text, size, false, Qt::AlignLeft | Qt::AlignVCenter);
            break;
        case Type::Legend:
            paintLegend(painter, rect, item, snapshot);
            break;
        case Type::ScaleBar:
            if (frame.isValid())
                drawScaleBar(painter, rect, m_unitsPerMm, frame.scale(), makeFont(size, false));
            break;
        case Type::NumericScale:
            if (frame.isValid())
                paintText(painter, rect,
                          textOr(QCoreApplication::translate("LayoutPainter", "Scale %1")
                                     .arg(formatScale(frame.scale()))),
                          size, false, Qt::AlignLeft | Qt::AlignVCenter);
            break;
        case Type::NorthArrow:
            paintNorthArrow(painter, rect);
            break;
        case Type::CrsNote:
            if (frame.isValid())
                paintText(painter, rect, textOr(crsNoteText(frame.settings().crs())), size, false,
                          Qt::AlignLeft | Qt::AlignTop);
            break;
        case Type::Sources:
            paintText(painter, rect, textOr(sourcesText(snapshot)), size, false,
                      Qt::AlignLeft | Qt::AlignTop);
            break;
        case Type::ExportDate:
            paintText(painter, rect, textOr(datesText(decorations.exportTime, snapshot)), size,
                      false, Qt::AlignLeft | Qt::AlignTop);
            break;
        case Type::Logo:
            paintLogo(painter, rect, item.path);
            break;
        case Type::Map:
            break;
        }
    }

    if (!decorations.badgeText.isEmpty()) {
        const LayoutItem *map = m_layout.item(Type::Map);
        paintBadge(painter, map ? toDevice(map->rectMm) : toDevice(m_layout.page.printableRectMm()),
                   decorations.badgeText);
    }
    return true;
}

void LayoutPainter::paintText(QPainter &painter, const QRectF &rect, const QString &text,
                              double pointSize, bool bold, Qt::Alignment alignment) const
{
    if (text.isEmpty() || rect.isEmpty())
        return;
    // Shrinks the font until the wrapped text fits the item (down to 40 % of the asked size).
    const int flags = int(alignment) | Qt::TextWordWrap;
    QFont font = makeFont(pointSize, bold);
    for (double s = pointSize; s > pointSize * 0.4; s *= 0.9) {
        font = makeFont(s, bold);
        const QFontMetricsF metrics(font, painter.device());
        const QRectF needed = metrics.boundingRect(rect, flags, text);
        if (needed.height() <= rect.height() + 0.5 && needed.width() <= rect.width() + 0.5)
            break;
    }
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(rect, flags, text);
    painter.restore();
}

void LayoutPainter::paintLegend(QPainter &painter, const QRectF &rect, const LayoutItem &item,
                                const PageSnapshot &snapshot) const
{
    const LegendBlock legend(
        item.text.isEmpty() ? QCoreApplication::translate("LayoutPainter", "Legend") : item.text,
        snapshot);
    const double size
        = item.fontSizePt > 0 ? item.fontSizePt : defaultPointSize(LayoutItem::Type::Legend);
    legend.paint(painter, rect, size, &makeFont);
}

void LayoutPainter::paintNorthArrow(QPainter &painter, const QRectF &rect) const
{
    QSvgRenderer svg(QStringLiteral(":/territoire/export/north-arrow.svg"));
    if (!svg.isValid())
        return;
    QSizeF size = svg.defaultSize();
    size.scale(rect.size(), Qt::KeepAspectRatio);
    const QRectF target(rect.center() - QPointF(size.width() / 2, size.height() / 2), size);
    painter.save();
    svg.render(&painter, target);
    painter.restore();
}

void LayoutPainter::paintLogo(QPainter &painter, const QRectF &rect, const QString &path) const
{
    if (path.isEmpty() || rect.isEmpty())
        return;
    painter.save();
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgRenderer svg(path);
        if (svg.isValid()) {
            QSizeF size = svg.defaultSize();
            size.scale(rect.size(), Qt::KeepAspectRatio);
            svg.render(&painter, QRectF(rect.topLeft(), size));
        }
    } else {
        const QImage image(path);
        if (!image.isNull()) {
            QSizeF size = image.size();
            size.scale(rect.size(), Qt::KeepAspectRatio);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(QRectF(rect.topLeft(), size), image);
        }
    }
    painter.restore();
}

void LayoutPainter::paintBadge(QPainter &painter, const QRectF &mapRect, const QString &text) const
{
    // A red banner across the top of the map: an exercise print must never pass for live.
    const QFont font = makeFont(14 * m_paperFactor, true);
    const QFontMetricsF metrics(font, painter.device());
    const double pad = 2 * m_unitsPerMm;
    const double w = std::min(mapRect.width() - 2 * pad, metrics.horizontalAdvance(text) + 2 * pad);
    const QRectF box(mapRect.center().x() - w / 2, mapRect.top() + pad, w, metrics.height() + pad);
    painter.save();
    painter.setPen(QPen(QColor(120, 0, 0), 0.4 * m_unitsPerMm));
    painter.setBrush(QColor(200, 20, 20));
    painter.drawRect(box);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

} // namespace territoire
