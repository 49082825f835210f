#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace territoire {

// A QGIS layer style (QML) for the layers Territoire exports, so that QGIS opens them styled.
// Either one symbol for every feature or one per value of a field.
struct QmlStyle
{
    enum class Geometry { Point, Line };
    struct Category
    {
        QString value;
        QString label;
        QColor color;
    };

    Geometry geometry = Geometry::Line;
    QString field; // empty: one symbol
    QList<Category> categories; // with field; or one entry giving the single symbol's colour
    double size = 0.8; // line width or marker diameter, in millimetres

    // The QML document (QGIS 3 format).
    QString toQml() const;
};

} // namespace territoire
