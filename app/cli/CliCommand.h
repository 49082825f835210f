#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace territoire {
class Crs;
class MapLayer;
} // namespace territoire

namespace territoire::cli {

// Exit statuses shared by every command.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // a failure, with a message on stderr naming the file and the reason
    ExitUsage = 2, // a usage error
    ExitNoRoute = 3, // route: no route satisfies the profile
};

// One subcommand of territoire-cli.
struct Command
{
    const char *name;
    const char *summary; // one line, translated through QCoreApplication::translate("cli", ...)
    int (*run)(const QStringList &arguments); // arguments[0] is the command name
};

QTextStream &out();
QTextStream &err();

// Parses the arguments with a parser set up by the command; prints --help and handles usage
// errors. Returns -1 to go on, or the exit code to return at once.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments,
                const QString &description);

// The union of the layers' extents in the map CRS; null when no layer is located.
QRectF layersExtent(const QList<MapLayer *> &layers, const Crs &mapCrs);

// Why a user-given --extent x1,y1,x2,y2 cannot be shown (empty when it can): empty or reversed,
// or outside every layer (with a hint when the numbers look like degrees in a projected CRS).
// A null layersBounds skips the overlap check.
QString extentProblem(double x1, double y1, double x2, double y2, const QRectF &layersBounds,
                      const Crs &mapCrs);
// Why a user-given --center cannot be shown (empty when it can): outside every layer.
QString centerProblem(const QPointF &center, const QRectF &layersBounds, const Crs &mapCrs);

} // namespace territoire::cli
