#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The built territoire-cli run as a separate process (TERRITOIRE_CLI is set by CMake for each
// CLI test), with its exit status (-1: did not finish in time, -2: crashed) and its output.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TERRITOIRE_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
