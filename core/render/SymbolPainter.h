#pragma once

#include "render/Symbol.h"

#include <QBrush>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include <memory>

class QSvgRenderer;

namespace territoire {

// Draws features with a Symbol on any QPainter (image, widget, PDF, SVG). Coordinates are
// logical pixels; millimetre sizes are converted with the output dpi given at construction.
// On vector devices (PDF, SVG, printer) everything stays vector; on raster images markers are
// stamped from a cached image for speed.
//
// For speed, call setSymbol() once and draw every feature of that symbol: the pen and brush are
// set on the painter once per symbol, not per feature. Setting the same symbol again is cheap.
class SymbolPainter
{
public:
    // dpi: logical pixels per inch of the output (MapSettings::outputDpi()).
    SymbolPainter(QPainter &painter, double dpi);
    ~SymbolPainter();
    SymbolPainter(const SymbolPainter &) = delete;
    SymbolPainter &operator=(const SymbolPainter &) = delete;

    // Prepares the painter for the symbol drawn as the given geometry kind.
    void setSymbol(const Symbol &symbol, GeometryKind kind);

    // Draws with the current symbol.
    void drawPoint(const QPointF &point);
    void drawPolyline(const QPolygonF &line);
    // Rings with holes; filled with the odd-even rule whatever the path's own fill rule.
    void drawPolygon(QPainterPath path);
    // A single ring without holes (faster than a path).
    void drawPolygon(const QPolygonF &ring);

    bool isVectorDevice() const { return m_vector; }
    double dpi() const { return m_dpi; }

    // One-off drawing of a single feature.
    static void paintPoint(QPainter &painter, const QPointF &point, const Symbol &symbol,
                           double dpi);
    static void paintPolyline(QPainter &painter, const QPolygonF &line, const Symbol &symbol,
                              double dpi);
    static void paintPolygon(QPainter &painter, const QPainterPath &path, const Symbol &symbol,
                             double dpi);
    // The symbol as a legend swatch inside rect (logical pixels): a marker, a short zigzag
    // line or a filled box. dpi converts the symbol's millimetres.
    static void paintLegendSymbol(QPainter &painter, const QRectF &rect, const Symbol &symbol,
                                  GeometryKind kind, double dpi = 96.0);

    // The pen for lines and outlines of the symbol at the dpi (NoPen when it has no stroke).
    static QPen strokePen(const Symbol &symbol, double dpi);
    // The marker outline centred on (0, 0), of the symbol's size in logical pixels.
    static QPainterPath markerPath(MarkerShape shape, double sizePx);

private:
    void drawMarker(const QPointF &point);
    void prepareSprite();

    QPainter &m_painter;
    double m_dpi;
    bool m_vector;
    Symbol m_symbol;
    GeometryKind m_kind = GeometryKind::Unknown;
    bool m_hasSymbol = false;
    QPen m_pen;
    QBrush m_brush;
    QPainterPath m_marker;
    double m_markerSizePx = 0;
    std::unique_ptr<QSvgRenderer> m_svg;
    QImage m_sprite; // raster devices: the marker pre-drawn at the device pixel ratio
    QPointF m_spriteOffset;
};

} // namespace territoire
