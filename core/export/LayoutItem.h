#pragma once

#include <QJsonObject>
#include <QRectF>
#include <QString>

namespace territoire {

// One element placed on a printed page. Position and size are millimetres from the page's
// top-left corner. The text is used by title, subtitle and author items (and overrides the
// generated text of the others when not empty); the path by the logo.
struct LayoutItem
{
    enum class Type {
        Title,
        Subtitle,
        Map,
        Legend,
        ScaleBar, // graphic scale bar
        NumericScale, // "1:10 000"
        NorthArrow,
        CrsNote,
        Sources, // attributions of the layers shown
        ExportDate, // date of export and observation time of the live data
        Author, // author or service
        Logo, // SVG or PNG file
    };

    Type type = Type::Title;
    QRectF rectMm;
    bool visible = true;
    QString text;
    double fontSizePt = 0; // 0: the default size for the type and paper
    QString path; // logo file (absolute in memory)

    static QString typeName(Type type);
    static bool parseType(const QString &name, Type *type);
    // The user-facing name of a type, translated.
    static QString displayName(Type type);

    QJsonObject toJson() const;
    // Returns false when the type is unknown or the rectangle is missing.
    static bool fromJson(const QJsonObject &json, LayoutItem *item);
};

} // namespace territoire
