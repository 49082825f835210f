#include "render/SymbolPainter.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

bool isRasterPainter(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster;
}

QBrush fillBrush(const Symbol &symbol)
{
    return symbol.hasFill() ? QBrush(symbol.fillColor) : QBrush(Qt::NoBrush);
}

} // namespace

SymbolPainter::SymbolPainter(QPainter &painter, double dpi)
    : m_painter(painter)
    , m_dpi(dpi > 0 ? dpi : 96.0)
    , m_vector(!isRasterPainter(painter))
{ }

SymbolPainter::~SymbolPainter() = default;

QPen SymbolPainter::strokePen(const Symbol &symbol, double dpi)
{
    if (!symbol.hasStroke())
        return QPen(Qt::NoPen);
    const double width = millimetresToPixels(symbol.strokeWidthMm, dpi);
    QPen pen(symbol.strokeColor, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (symbol.strokeWidthMm <= 0)
        pen.setCosmetic(true); // a hairline of one device pixel
    if (!symbol.dashPatternMm.isEmpty()) {
        // Qt measures dash patterns in pen widths; flat caps keep the gaps as long as asked.
        const double unit = width > 0 ? width : 1.0;
        QList<qreal> pattern;
        for (double mm : symbol.dashPatternMm)
            pattern.append(std::max(0.01, millimetresToPixels(mm, dpi) / unit));
        pen.setDashPattern(pattern);
        pen.setCapStyle(Qt::FlatCap);
    }
    return pen;
}

QPainterPath SymbolPainter::markerPath(MarkerShape shape, double sizePx)
{
    const double r = sizePx / 2.0;
    QPainterPath path;
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(-r, -r, sizePx, sizePx));
        break;
    case MarkerShape::Triangle: {
        const double h = r * std::sqrt(3.0) / 2.0;
        path.addPolygon(QPolygonF({QPointF(0, -r), QPointF(r, h), QPointF(-r, h), QPointF(0, -r)}));
        path.closeSubpath();
        break;
    }
    case MarkerShape::Cross: {
        const double t = std::max(sizePx * 0.12, 0.5);
        path.addRect(QRectF(-r, -t, sizePx, 2 * t));
        path.addRect(QRectF(-t, -r, 2 * t, sizePx));
        path = path.simplified();
        break;
    }
    case MarkerShape::Star: {
        QPolygonF star;
        for (int i = 0; i <= 10; ++i) {
            const double radius = i % 2 == 0 ? r : r * 0.42;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            star.append(QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        }
        path.addPolygon(star);
        path.closeSubpath();
        break;
    }
    }
    return path;
}

void SymbolPainter::setSymbol(const Symbol &symbol, GeometryKind kind)
{
    if (m_hasSymbol && kind == m_kind && symbol == m_symbol) {
        m_painter.setPen(m_pen);
        m_painter.setBrush(m_brush);
        return;
    }
    m_hasSymbol = true;
    m_symbol = symbol;
    m_kind = kind;
    m_pen = strokePen(symbol, m_dpi);
    m_brush = kind == GeometryKind::Line ? QBrush(Qt::NoBrush) : fillBrush(symbol);
    m_sprite = QImage();
    m_svg.reset();
    if (kind == GeometryKind::Point) {
        m_markerSizePx = millimetresToPixels(symbol.markerSizeMm, m_dpi);
        m_marker = markerPath(symbol.markerShape, m_markerSizePx);
        if (!symbol.markerSvgPath.isEmpty()) {
            auto svg = std::make_unique<QSvgRenderer>(symbol.markerSvgPath);
            if (svg->isValid())
                m_svg = std::move(svg);
        }
        // Marker outlines never use dashes.
        if (m_pen.style() != Qt::NoPen)
            m_pen.setStyle(Qt::SolidLine);
        if (!m_vector)
            prepareSprite();
    }
    m_painter.setPen(m_pen);
    m_painter.setBrush(m_brush);
}

void SymbolPainter::prepareSprite()
{
    // Stamping a pre-drawn image is much faster than filling a path per point; only done
    // when the painter is not rotated or scaled, so the sprite lands pixel-exact.
    if (m_painter.worldTransform().type() > QTransform::TxTranslate)
        return;
    const double dpr = m_painter.device() ? m_painter.device()->devicePixelRatioF() : 1.0;
    const double penWidth = m_pen.style() == Qt::NoPen ? 0 : std::max(1.0, m_pen.widthF());
    const double extent = m_markerSizePx + penWidth + 2;
    const int side = int(std::ceil(extent * dpr));
    if (side <= 0 || side > 512)
        return;
    QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    sprite.setDevicePixelRatio(dpr);
    {
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        const double c = side / dpr / 2.0;
        if (m_svg) {
            m_svg->render(&p,
                          QRectF(c - m_markerSizePx / 2, c - m_markerSizePx / 2, m_markerSizePx,
                                 m_markerSizePx));
        } else {
            p.setPen(m_pen);
            p.setBrush(m_brush);
            p.translate(c, c);
            p.drawPath(m_marker);
        }
    }
    m_sprite = sprite;
    m_spriteOffset = QPointF(side / dpr / 2.0, side / dpr / 2.0);
}

void SymbolPainter::drawMarker(const QPointF &point)
{
    if (!m_sprite.isNull()) {
        m_painter.drawImage(point - m_spriteOffset, m_sprite);
        return;
    }
    if (m_svg) {
        m_svg->render(&m_painter,
                      QRectF(point.x() - m_markerSizePx / 2, point.y() - m_markerSizePx / 2,
                             m_markerSizePx, m_markerSizePx));
        m_painter.setPen(m_pen);
        m_painter.setBrush(m_brush);
        return;
    }
    m_painter.drawPath(m_marker.translated(point));
}

void SymbolPainter::drawPoint(const QPointF &point)
{
    if (!m_hasSymbol)
        setSymbol(Symbol(), GeometryKind::Point);
    if (m_kind == GeometryKind::Point) {
        drawMarker(point);
        return;
    }
    m_painter.drawPoint(point);
}

void SymbolPainter::drawPolyline(const QPolygonF &line)
{
    if (line.size() < 2 || m_pen.style() == Qt::NoPen)
        return;
    m_painter.drawPolyline(line);
}

void SymbolPainter::drawPolygon(QPainterPath path)
{
    if (path.isEmpty())
        return;
    path.setFillRule(Qt::OddEvenFill);
    m_painter.drawPath(path);
}

void SymbolPainter::drawPolygon(const QPolygonF &ring)
{
    if (ring.size() < 3)
        return;
    m_painter.drawPolygon(ring, Qt::OddEvenFill);
}

void SymbolPainter::paintPoint(QPainter &painter, const QPointF &point, const Symbol &symbol,
                               double dpi)
{
    painter.save();
    SymbolPainter sp(painter, dpi);
    sp.setSymbol(symbol, GeometryKind::Point);
    sp.drawPoint(point);
    painter.restore();
}

void SymbolPainter::paintPolyline(QPainter &painter, const QPolygonF &line, const Symbol &symbol,
                                  double dpi)
{
    painter.save();
    SymbolPainter sp(painter, dpi);
    sp.setSymbol(symbol, GeometryKind::Line);
    sp.drawPolyline(line);
    painter.restore();
}

void SymbolPainter::paintPolygon(QPainter &painter, const QPainterPath &path, const Symbol &symbol,
                                 double dpi)
{
    painter.save();
    SymbolPainter sp(painter, dpi);
    sp.setSymbol(symbol, GeometryKind::Polygon);
    sp.drawPolygon(path);
    painter.restore();
}

void SymbolPainter::paintLegendSymbol(QPainter &painter, const QRectF &rect, const Symbol &symbol,
                                      GeometryKind kind, double dpi)
{
    if (rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Swatches keep the symbol's size but never spill out of their box.
    Symbol s = symbol;
    const double maxMm = std::min(rect.width(), rect.height()) * 25.4 / dpi;
    s.strokeWidthMm = std::min(s.strokeWidthMm, maxMm / 3);
    s.markerSizeMm = std::min(s.markerSizeMm, maxMm * 0.9);
    painter.setClipRect(rect);
    switch (kind) {
    case GeometryKind::Point:
        paintPoint(painter, rect.center(), s, dpi);
        break;
    case GeometryKind::Line: {
        const QRectF r = rect.adjusted(2, 2, -2, -2);
        QPolygonF zigzag({QPointF(r.left(), r.bottom() - r.height() * 0.25),
                          QPointF(r.left() + r.width() * 0.35, r.top() + r.height() * 0.3),
                          QPointF(r.left() + r.width() * 0.65, r.bottom() - r.height() * 0.3),
                          QPointF(r.right(), r.top() + r.height() * 0.25)});
        paintPolyline(painter, zigzag, s, dpi);
        break;
    }
    case GeometryKind::Polygon:
    case GeometryKind::Unknown: {
        QPainterPath path;
        const double inset = std::max(1.0, millimetresToPixels(s.strokeWidthMm, dpi) / 2 + 1);
        path.addRect(rect.adjusted(inset, inset, -inset, -inset));
        paintPolygon(painter, path, s, dpi);
        break;
    }
    }
    painter.restore();
}

} // namespace territoire
