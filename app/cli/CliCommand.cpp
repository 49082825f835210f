#include "CliCommand.h"

#include <QCoreApplication>

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

} // namespace territoire::cli
