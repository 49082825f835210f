#include "routing/QmlStyle.h"

#include <QXmlStreamWriter>

namespace territoire {

namespace {

void writeOption(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeStartElement(QStringLiteral("Option"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeEndElement();
}

QString rgba(const QColor &color)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(color.red())
        .arg(color.green())
        .arg(color.blue())
        .arg(color.alpha());
}

void writeSymbol(QXmlStreamWriter &xml, const QmlStyle &style, int index, const QColor &color)
{
    const bool point = style.geometry == QmlStyle::Geometry::Point;
    xml.writeStartElement(QStringLiteral("symbol"));
    xml.writeAttribute(QStringLiteral("name"), QString::number(index));
    xml.writeAttribute(QStringLiteral("type"),
                       point ? QStringLiteral("marker") : QStringLiteral("line"));
    xml.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("layer"));
    xml.writeAttribute(QStringLiteral("class"),
                       point ? QStringLiteral("SimpleMarker") : QStringLiteral("SimpleLine"));
    xml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("Option"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
    if (point) {
        writeOption(xml, QStringLiteral("color"), rgba(color));
        writeOption(xml, QStringLiteral("name"), QStringLiteral("circle"));
        writeOption(xml, QStringLiteral("size"), QString::number(style.size));
        writeOption(xml, QStringLiteral("size_unit"), QStringLiteral("MM"));
        writeOption(xml, QStringLiteral("outline_color"), QStringLiteral("35,35,35,255"));
        writeOption(xml, QStringLiteral("outline_width"), QStringLiteral("0.2"));
    } else {
        writeOption(xml, QStringLiteral("line_color"), rgba(color));
        writeOption(xml, QStringLiteral("line_width"), QString::number(style.size));
        writeOption(xml, QStringLiteral("line_width_unit"), QStringLiteral("MM"));
        writeOption(xml, QStringLiteral("capstyle"), QStringLiteral("round"));
        writeOption(xml, QStringLiteral("joinstyle"), QStringLiteral("round"));
    }
    xml.writeEndElement(); // Option
    xml.writeEndElement(); // layer
    xml.writeEndElement(); // symbol
}

} // namespace

QString QmlStyle::toQml() const
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    xml.writeStartElement(QStringLiteral("qgis"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.28.0"));
    xml.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology"));
    xml.writeStartElement(QStringLiteral("renderer-v2"));
    const bool categorized = !field.isEmpty();
    xml.writeAttribute(QStringLiteral("type"),
                       categorized ? QStringLiteral("categorizedSymbol")
                                   : QStringLiteral("singleSymbol"));
    if (categorized)
        xml.writeAttribute(QStringLiteral("attr"), field);
    xml.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    if (categorized) {
        xml.writeStartElement(QStringLiteral("categories"));
        for (int i = 0; i < categories.size(); ++i) {
            xml.writeStartElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("value"), categories[i].value);
            xml.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            xml.writeAttribute(QStringLiteral("label"), categories[i].label);
            xml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("symbols"));
    if (categorized) {
        for (int i = 0; i < categories.size(); ++i)
            writeSymbol(xml, *this, i, categories[i].color);
    } else {
        writeSymbol(xml, *this, 0, categories.isEmpty() ? QColor(Qt::blue) : categories[0].color);
    }
    xml.writeEndElement(); // symbols
    xml.writeEndElement(); // renderer-v2
    xml.writeEndElement(); // qgis
    xml.writeEndDocument();
    return text;
}

} // namespace territoire
