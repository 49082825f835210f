#include "CliCommand.h"

#include "base/Crs.h"
#include "map/MapLayer.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

namespace territoire::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int parseOrExit(QCommandLineParser &parser, const QStringList &arguments,
                const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    return -1;
}

QRectF layersExtent(const QList<MapLayer *> &layers, const Crs &mapCrs)
{
    QRectF extent;
    for (MapLayer *layer : layers) {
        if (layer->extent().isNull() || !layer->crs().isValid())
            continue;
        const QRectF r = CoordinateTransform(layer->crs(), mapCrs).transformBounds(layer->extent());
        if (std::isfinite(r.width()) && std::isfinite(r.height()) && r.width() >= 0
            && r.height() >= 0)
            extent = extent.isNull() ? r : extent.united(r);
    }
    return extent;
}

namespace {

// Closed-interval overlap, so that a layer of one point or a line along an axis still counts.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
        && b.top() <= a.bottom();
}

QString outsideMessage(const QString &what, bool looksLikeDegrees, const Crs &mapCrs,
                       const QString &form)
{
    QString message = what;
    if (looksLikeDegrees && !mapCrs.isGeographic())
        message += QLatin1Char(' ')
            + QCoreApplication::translate("cli",
                                          "It looks like longitude/latitude; the map CRS is %1 — "
                                          "give %2 in its units.")
                  .arg(mapCrs.authId().isEmpty() ? mapCrs.name() : mapCrs.authId(), form);
    else if (!mapCrs.authId().isEmpty())
        message += QLatin1Char(' ')
            + QCoreApplication::translate("cli", "Coordinates are in the map CRS, %1.")
                  .arg(mapCrs.authId());
    return message;
}

// 1005000 rather than 1.005e+06, as the user typed it.
QString number(double value)
{
    return QString::number(value, 'g', 15);
}

bool isDegrees(double x, double y)
{
    return std::abs(x) <= 180 && std::abs(y) <= 90;
}

} // namespace

QString extentProblem(double x1, double y1, double x2, double y2, const QRectF &layersBounds,
                      const Crs &mapCrs)
{
    if (!(x1 < x2) || !(y1 < y2))
        return QCoreApplication::translate(
                   "cli",
                   "--extent %1,%2,%3,%4 is empty: give x1,y1,x2,y2 with x1 < x2 and y1 < y2.")
            .arg(number(x1))
            .arg(number(y1))
            .arg(number(x2))
            .arg(number(y2));
    const QRectF wanted(QPointF(x1, y1), QPointF(x2, y2));
    if (layersBounds.isNull() || overlaps(wanted, layersBounds))
        return {};
    return outsideMessage(
        QCoreApplication::translate("cli",
                                    "--extent %1,%2,%3,%4 does not intersect any layer (they "
                                    "cover %5,%6,%7,%8).")
            .arg(number(x1))
            .arg(number(y1))
            .arg(number(x2))
            .arg(number(y2))
            .arg(layersBounds.left(), 0, 'f', 0)
            .arg(layersBounds.top(), 0, 'f', 0)
            .arg(layersBounds.right(), 0, 'f', 0)
            .arg(layersBounds.bottom(), 0, 'f', 0),
        isDegrees(x1, y1) && isDegrees(x2, y2), mapCrs, QStringLiteral("x1,y1,x2,y2"));
}

QString centerProblem(const QPointF &center, const QRectF &layersBounds, const Crs &mapCrs)
{
    if (layersBounds.isNull() || overlaps(QRectF(center, center), layersBounds))
        return {};
    return outsideMessage(
        QCoreApplication::translate("cli",
                                    "--center %1,%2 is outside every layer (they cover "
                                    "%3,%4,%5,%6).")
            .arg(number(center.x()))
            .arg(number(center.y()))
            .arg(layersBounds.left(), 0, 'f', 0)
            .arg(layersBounds.top(), 0, 'f', 0)
            .arg(layersBounds.right(), 0, 'f', 0)
            .arg(layersBounds.bottom(), 0, 'f', 0),
        isDegrees(center.x(), center.y()), mapCrs, QStringLiteral("x,y"));
}

} // namespace territoire::cli
