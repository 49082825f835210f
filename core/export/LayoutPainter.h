#pragma once

#include "export/MapFrame.h"
#include "export/PageSnapshot.h"
#include "export/PrintLayout.h"

#include <QDateTime>
#include <QFont>
#include <QPainterPath>
#include <QString>

#include <atomic>

class QPainter;

namespace territoire {

// Everything a page shows besides the layers.
struct PageDecorations
{
    QDateTime exportTime; // from the application clock, UTC
    QString badgeText; // e.g. "Exercise — replay of 12/01/2021 14:00"; empty for none
    QPainterPath highlight; // atlas feature outline in map coordinates; empty for none
};

// Draws one page of a layout on any painter (PDF writer, image for the preview) whose device
// has the given resolution in dots per inch. Lines, fills and text are drawn as vectors.
class LayoutPainter
{
public:
    LayoutPainter(const PrintLayout &layout, double dpi);

    // Device units per paper millimetre.
    double unitsPerMm() const { return m_unitsPerMm; }
    QRectF toDevice(const QRectF &rectMm) const;
    // The map frame of the layout on this device, for a map CRS.
    MapFrame mapFrame(const Crs &mapCrs, const MapFrameSpec &spec) const;

    // Draws the page. Returns false when cancelled (error empty) or when a layer failed to draw
    // (the reason in *error; the rest of the page is still drawn).
    bool paint(QPainter &painter, const MapFrame &frame, PageSnapshot &snapshot,
               const PageDecorations &decorations, const std::atomic<bool> *cancel,
               QString *error) const;

    // Texts generated for items, also used by tests.
    static QString crsNoteText(const Crs &crs);
    static QString datesText(const QDateTime &exportTime, const PageSnapshot &snapshot);
    static QString sourcesText(const PageSnapshot &snapshot);

private:
    bool paintMap(QPainter &painter, const MapFrame &frame, PageSnapshot &snapshot,
                  const PageDecorations &decorations, const std::atomic<bool> *cancel,
                  QString *error) const;
    void paintLegend(QPainter &painter, const QRectF &rect, const LayoutItem &item,
                     const PageSnapshot &snapshot) const;
    void paintText(QPainter &painter, const QRectF &rect, const QString &text, double pointSize,
                   bool bold, Qt::Alignment alignment) const;
    void paintNorthArrow(QPainter &painter, const QRectF &rect) const;
    void paintLogo(QPainter &painter, const QRectF &rect, const QString &path) const;
    void paintBadge(QPainter &painter, const QRectF &mapRect, const QString &text) const;
    double defaultPointSize(LayoutItem::Type type) const;

    const PrintLayout &m_layout;
    double m_dpi;
    double m_unitsPerMm;
    double m_paperFactor; // 1 on A4, larger on bigger paper
};

// The font family used for every printed text (embedded in the PDF).
QString printFontFamily();
// The font with optional ligatures turned off, so printed text extracts letter for letter.
QFont withoutLigatures(QFont font);

} // namespace territoire
