#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

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

} // namespace territoire::cli
