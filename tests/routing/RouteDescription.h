#pragma once

#include "routing/RouteResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace territoire::test {

// The ways a route walks, in order, each once per run.
inline QList<qint64> waysOf(const RouteResult &route)
{
    QList<qint64> ways;
    for (const RouteStretch &s : route.stretches) {
        if (ways.isEmpty() || ways.last() != s.wayId)
            ways.append(s.wayId);
    }
    return ways;
}

// A route in one line for failure messages.
inline QString describe(const RouteResult &route)
{
    QStringList ways;
    for (qint64 w : waysOf(route))
        ways.append(QString::number(w));
    return QStringLiteral("status %1, %2 m, ways [%3], compliant %4, error \"%5\", warnings: %6")
        .arg(int(route.status))
        .arg(route.lengthM, 0, 'f', 2)
        .arg(ways.join(QLatin1Char(',')))
        .arg(route.compliant)
        .arg(route.error, route.warnings.join(QStringLiteral("; ")));
}

} // namespace territoire::test
