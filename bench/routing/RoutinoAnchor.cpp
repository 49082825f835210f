#include "RoutinoAnchor.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace territoire::bench {

namespace {

QString firstExisting(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

struct Run
{
    bool ok = false;
    double ms = 0;
    QString output;
};

Run route(const QString &exe, const QStringList &common, const std::vector<LonLat> &points,
          bool quiet)
{
    QStringList args = common;
    if (quiet)
        args << QStringLiteral("--quiet");
    for (std::size_t i = 0; i < points.size(); ++i) {
        args << QStringLiteral("--lon%1=%2").arg(i + 1).arg(points[i].lon, 0, 'f', 7)
             << QStringLiteral("--lat%1=%2").arg(i + 1).arg(points[i].lat, 0, 'f', 7);
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(exe, args);
    process.waitForFinished(600000);
    Run run;
    run.ms = timer.nsecsElapsed() / 1e6;
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// The 1-based waypoints of the leg a failed run could not route (from 0 when the point
// itself could not be placed), or {0, 0} when the output does not say.
std::pair<int, int> failedLeg(const QString &output)
{
    static const QRegularExpression close(QStringLiteral("close to specified point (\\d+)"));
    const QRegularExpressionMatch match = close.match(output);
    if (match.hasMatch())
        return {0, match.captured(1).toInt()};
    static const QRegularExpression leg(
        QStringLiteral("Routing from waypoint (\\d+) to waypoint (\\d+)"));
    std::pair<int, int> last {0, 0};
    for (auto it = leg.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        last = {m.captured(1).toInt(), m.captured(2).toInt()};
    }
    return last;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

RoutinoTiming runRoutino(const QString &osmPath, const std::vector<LonLat> &waypoints, int chains,
                         int chainLength)
{
    RoutinoTiming timing;
    const QString splitter = QStandardPaths::findExecutable(QStringLiteral("planetsplitter"));
    QString exe = QStandardPaths::findExecutable(QStringLiteral("routino-router"));
    if (exe.isEmpty())
        exe = QStandardPaths::findExecutable(QStringLiteral("router"));
    if (splitter.isEmpty() || exe.isEmpty()) {
        timing.problem = QStringLiteral("Routino is not installed (Debian package routino)");
        return timing;
    }
    QTemporaryDir dir;
    const QString tagging
        = firstExisting({QStringLiteral("/usr/share/routino/tagging.xml"),
                         QStringLiteral("/usr/share/routino/routino-tagging.xml")});
    QStringList splitArgs {QStringLiteral("--dir=") + dir.path(), QStringLiteral("--prefix=bench")};
    if (!tagging.isEmpty())
        splitArgs << QStringLiteral("--tagging=") + tagging;
    splitArgs << osmPath;
    QProcess split;
    split.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    split.start(splitter, splitArgs);
    split.waitForFinished(600000);
    timing.splitMs = timer.nsecsElapsed() / 1e6;
    if (split.exitStatus() != QProcess::NormalExit || split.exitCode() != 0) {
        timing.problem = QStringLiteral("planetsplitter failed: ")
            + QString::fromUtf8(split.readAll().right(200));
        return timing;
    }
    QStringList common {QStringLiteral("--dir=") + dir.path(), QStringLiteral("--prefix=bench"),
                        QStringLiteral("--transport=wheelchair"), QStringLiteral("--shortest"),
                        QStringLiteral("--output-none")};
    const QString profiles
        = firstExisting({QStringLiteral("/usr/share/routino/profiles.xml"),
                         QStringLiteral("/usr/share/routino/routino-profiles.xml")});
    if (!profiles.isEmpty())
        common << QStringLiteral("--profiles=") + profiles;

    // Chains: drop the waypoints Routino cannot route to (untimed), then time the chain and a
    // one-leg run of its first leg (start-up and loading).
    std::vector<double> perLeg, perLegShared, startups;
    std::size_t next = 0;
    for (int c = 0; c < chains && next + 2 < waypoints.size(); ++c) {
        const std::size_t end = std::min(waypoints.size(), next + std::size_t(chainLength));
        std::vector<LonLat> chain(waypoints.begin() + long(next), waypoints.begin() + long(end));
        next = end;
        bool ok = false;
        int previousFrom = -1;
        for (int attempt = 0; attempt < 60 && chain.size() >= 3; ++attempt) {
            const Run check = route(exe, common, chain, false);
            if (check.ok) {
                ok = true;
                break;
            }
            // The arrival is dropped first; when the same departure fails again, it goes.
            const auto [from, to] = failedLeg(check.output);
            const int bad = (from > 0 && from == previousFrom) ? from : to;
            previousFrom = from;
            if (bad < 1 || bad > int(chain.size()))
                break;
            chain.erase(chain.begin() + (bad - 1));
        }
        if (!ok)
            continue;
        const Run timed = route(exe, common, chain, true);
        const Run single = route(exe, common, {chain[0], chain[1]}, true);
        if (!timed.ok || !single.ok)
            continue;
        const double legs = double(chain.size() - 1);
        startups.push_back(single.ms);
        perLeg.push_back(std::max(0.0, timed.ms - single.ms) / std::max(1.0, legs - 1));
        perLegShared.push_back(timed.ms / legs);
        for (std::size_t i = 1; i < chain.size(); ++i)
            timing.legs.emplace_back(chain[i - 1], chain[i]);
    }
    if (timing.legs.empty()) {
        timing.problem = QStringLiteral("routino-router found no route between the waypoints");
        return timing;
    }
    timing.startupMs = median(startups);
    timing.perLegMs = median(perLeg);
    timing.perLegWithStartupMs = median(perLegShared);
    return timing;
}

} // namespace territoire::bench
