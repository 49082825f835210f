#include "offline/QmlStyle.h"

#include <QXmlStreamWriter>

namespace territoire {

namespace {

QString qgisColor(const QColor &c)
{
    if (!c.isValid())
        return QStringLiteral("0,0,0,0");
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

void writeProp(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("prop"));
    xml.writeAttribute(QStringLiteral("k"), key);
    xml.writeAttribute(QStringLiteral("v"), value);
    xml.writeEndElement();
}

QString markerName(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Square:
        return QStringLiteral("square");
    case MarkerShape::Triangle:
        return QStringLiteral("triangle");
    case MarkerShape::Cross:
        return QStringLiteral("cross");
    case MarkerShape::Star:
        return QStringLiteral("star");
    case MarkerShape::Circle:
        break;
    }
    return QStringLiteral("circle");
}

void writeSymbol(QXmlStreamWriter &xml, const Symbol &s, GeometryKind kind, const QString &name)
{
    const QString type = kind == GeometryKind::Point ? QStringLiteral("marker")
        : kind == GeometryKind::Line                 ? QStringLiteral("line")
                                                     : QStringLiteral("fill");
    xml.writeStartElement(QStringLiteral("symbol"));
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("layer"));
    const QString dash
        = s.dashPatternMm.isEmpty() ? QStringLiteral("solid") : QStringLiteral("dash");
    QStringList dashes;
    for (double d : s.dashPatternMm)
        dashes << QString::number(d);
    if (kind == GeometryKind::Point) {
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleMarker"));
        writeProp(xml, QStringLiteral("name"), markerName(s.markerShape));
        writeProp(xml, QStringLiteral("color"), qgisColor(s.fillColor));
        writeProp(xml, QStringLiteral("outline_color"), qgisColor(s.strokeColor));
        writeProp(xml, QStringLiteral("outline_width"), QString::number(s.strokeWidthMm));
        writeProp(xml, QStringLiteral("outline_width_unit"), QStringLiteral("MM"));
        writeProp(xml, QStringLiteral("size"), QString::number(s.markerSizeMm));
        writeProp(xml, QStringLiteral("size_unit"), QStringLiteral("MM"));
    } else if (kind == GeometryKind::Line) {
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleLine"));
        writeProp(xml, QStringLiteral("line_color"), qgisColor(s.strokeColor));
        writeProp(xml, QStringLiteral("line_width"), QString::number(s.strokeWidthMm));
        writeProp(xml, QStringLiteral("line_width_unit"), QStringLiteral("MM"));
        writeProp(xml, QStringLiteral("line_style"), dash);
        writeProp(xml, QStringLiteral("use_custom_dash"),
                  dashes.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
        writeProp(xml, QStringLiteral("customdash"), dashes.join(QLatin1Char(';')));
        writeProp(xml, QStringLiteral("customdash_unit"), QStringLiteral("MM"));
    } else {
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleFill"));
        writeProp(xml, QStringLiteral("color"), qgisColor(s.fillColor));
        writeProp(xml, QStringLiteral("style"),
                  s.hasFill() ? QStringLiteral("solid") : QStringLiteral("no"));
        writeProp(xml, QStringLiteral("outline_color"), qgisColor(s.strokeColor));
        writeProp(xml, QStringLiteral("outline_style"),
                  s.hasStroke() ? dash : QStringLiteral("no"));
        writeProp(xml, QStringLiteral("outline_width"), QString::number(s.strokeWidthMm));
        writeProp(xml, QStringLiteral("outline_width_unit"), QStringLiteral("MM"));
    }
    xml.writeEndElement(); // layer
    xml.writeEndElement(); // symbol
}

void writeLabels(QXmlStreamWriter &xml, const LabelSettings &labels)
{
    if (!labels.enabled || labels.field.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("labeling"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
    xml.writeStartElement(QStringLiteral("settings"));
    xml.writeStartElement(QStringLiteral("text-style"));
    xml.writeAttribute(QStringLiteral("fieldName"), labels.field);
    xml.writeAttribute(QStringLiteral("fontFamily"), labels.fontFamily);
    xml.writeAttribute(QStringLiteral("fontSize"), QString::number(labels.sizePt));
    xml.writeAttribute(QStringLiteral("fontSizeUnit"), QStringLiteral("Point"));
    xml.writeAttribute(QStringLiteral("fontWeight"),
                       labels.bold ? QStringLiteral("75") : QStringLiteral("50"));
    xml.writeAttribute(QStringLiteral("textColor"), qgisColor(labels.color));
    xml.writeStartElement(QStringLiteral("text-buffer"));
    xml.writeAttribute(QStringLiteral("bufferDraw"),
                       labels.haloWidthMm > 0 ? QStringLiteral("1") : QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("bufferSize"), QString::number(labels.haloWidthMm));
    xml.writeAttribute(QStringLiteral("bufferSizeUnits"), QStringLiteral("MM"));
    xml.writeAttribute(QStringLiteral("bufferColor"), qgisColor(labels.haloColor));
    xml.writeEndElement();
    xml.writeEndElement(); // text-style
    xml.writeStartElement(QStringLiteral("rendering"));
    const bool scaled = labels.minScale > 0 || labels.maxScale > 0;
    xml.writeAttribute(QStringLiteral("scaleVisibility"),
                       scaled ? QStringLiteral("1") : QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("scaleMin"), QString::number(labels.maxScale));
    xml.writeAttribute(QStringLiteral("scaleMax"), QString::number(labels.minScale));
    xml.writeEndElement();
    xml.writeEndElement(); // settings
    xml.writeEndElement(); // labeling
}

} // namespace

QString qmlForVectorStyle(const VectorStyle &style, GeometryKind kind, double opacity)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    xml.writeStartElement(QStringLiteral("qgis"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.28.0"));
    xml.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology|Labeling"));
    xml.writeStartElement(QStringLiteral("renderer-v2"));
    QList<Symbol> symbols;
    switch (style.renderer()) {
    case VectorStyle::Renderer::Single:
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
        symbols << style.symbol();
        break;
    case VectorStyle::Renderer::Categorized: {
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
        xml.writeAttribute(QStringLiteral("attr"), style.field());
        xml.writeStartElement(QStringLiteral("categories"));
        const auto categories = style.categories();
        for (int i = 0; i < categories.size(); ++i) {
            xml.writeStartElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("value"), categories[i].value.toString());
            xml.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            xml.writeAttribute(QStringLiteral("label"),
                               categories[i].label.isEmpty() ? categories[i].value.toString()
                                                             : categories[i].label);
            xml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            xml.writeEndElement();
            symbols << categories[i].symbol;
        }
        xml.writeEndElement();
        break;
    }
    case VectorStyle::Renderer::Graduated: {
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("graduatedSymbol"));
        xml.writeAttribute(QStringLiteral("attr"), style.field());
        xml.writeStartElement(QStringLiteral("ranges"));
        const auto classes = style.classes();
        for (int i = 0; i < classes.size(); ++i) {
            xml.writeStartElement(QStringLiteral("range"));
            xml.writeAttribute(QStringLiteral("lower"), QString::number(classes[i].lower, 'g', 15));
            xml.writeAttribute(QStringLiteral("upper"), QString::number(classes[i].upper, 'g', 15));
            xml.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            xml.writeAttribute(
                QStringLiteral("label"),
                classes[i].label.isEmpty()
                    ? QStringLiteral("%1 – %2").arg(classes[i].lower).arg(classes[i].upper)
                    : classes[i].label);
            xml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            xml.writeEndElement();
            symbols << classes[i].symbol;
        }
        xml.writeEndElement();
        break;
    }
    }
    xml.writeStartElement(QStringLiteral("symbols"));
    for (int i = 0; i < symbols.size(); ++i)
        writeSymbol(xml, symbols[i], kind, QString::number(i));
    xml.writeEndElement(); // symbols
    xml.writeEndElement(); // renderer-v2
    writeLabels(xml, style.labels());
    xml.writeTextElement(QStringLiteral("layerOpacity"), QString::number(opacity));
    xml.writeEndElement(); // qgis
    xml.writeEndDocument();
    return out;
}

} // namespace territoire
