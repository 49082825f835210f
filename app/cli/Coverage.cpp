// territoire-cli coverage: what disabled bays reach on compliant paths, exported to GeoPackage.
#include "CliCommand.h"

#include "base/Logging.h"
#include "routing/Coverage.h"
#include "routing/OsmGraphReader.h"
#include "routing/PointSource.h"
#include "routing/Router.h"
#include "routing/RoutingExport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace territoire::cli {

namespace { } // namespace

int runCoverage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption osm(
        QStringLiteral("osm"),
        QCoreApplication::translate("cli", "OpenStreetMap file (.osm or .osm.pbf)."),
        QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption bays(
        QStringLiteral("bays"),
        QCoreApplication::translate("cli",
                                    "Disabled bays: any point source GDAL reads, or an OSM file."),
        QCoreApplication::translate("cli", "SOURCE"));
    const QCommandLineOption destinations(
        QStringLiteral("destinations"),
        QCoreApplication::translate("cli", "Places to serve (town halls, schools...): points."),
        QCoreApplication::translate("cli", "SOURCE"));
    const QCommandLineOption output(QStringLiteral("out"),
                                    QCoreApplication::translate("cli", "GeoPackage to write."),
                                    QCoreApplication::translate("cli", "FILE.gpkg"));
    const QCommandLineOption distance(
        QStringLiteral("distance"),
        QCoreApplication::translate("cli", "Walking distance from each bay, metres (default 200)."),
        QCoreApplication::translate("cli", "M"), QStringLiteral("200"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("cli", "Routing profile."),
        QCoreApplication::translate("cli", "NAME"), QStringLiteral("norm-2007"));
    const QCommandLineOption dem(QStringLiteral("dem"),
                                 QCoreApplication::translate("cli", "Elevation model for slopes."),
                                 QCoreApplication::translate("cli", "FILE"));
    parser.addOptions({osm, bays, destinations, output, distance, profileOption, dem});
    const int early = parseOrExit(
        parser, arguments,
        QCoreApplication::translate(
            "cli",
            "For each disabled bay, the network reachable on compliant paths within a distance; "
            "the distance from destinations to the nearest bay; an audit of the network."));
    if (early >= 0)
        return early;
    if (!parser.isSet(osm) || !parser.isSet(bays) || !parser.isSet(output)) {
        err() << QCoreApplication::translate("cli", "coverage needs --osm, --bays and --out.")
              << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const double metres = parser.value(distance).toDouble(&ok);
    if (!ok || metres <= 0) {
        err() << QCoreApplication::translate("cli", "--distance takes a positive number of metres.")
              << Qt::endl;
        return ExitUsage;
    }
    QString error;
    const auto profile = Profile::fromSection({}, parser.value(profileOption), &error);
    if (!profile) {
        err() << error << Qt::endl;
        return ExitUsage;
    }

    OsmGraphReader reader;
    if (parser.isSet(dem))
        reader.setDemPath(parser.value(dem));
    const OsmReadResult read = reader.read(parser.value(osm));
    if (!read.graph) {
        err() << read.error << Qt::endl;
        return ExitFailure;
    }
    QList<RouteTarget> bayList;
    if (QFileInfo(parser.value(bays)).canonicalFilePath()
        == QFileInfo(parser.value(osm)).canonicalFilePath()) {
        bayList = read.disabledBays;
        if (bayList.isEmpty()) {
            err() << QCoreApplication::translate("cli", "%1 holds no disabled parking bay.")
                         .arg(parser.value(bays))
                  << Qt::endl;
            return ExitFailure;
        }
    } else {
        bayList = readPointTargets(parser.value(bays), &error);
        if (bayList.isEmpty()) {
            err() << error << Qt::endl;
            return ExitFailure;
        }
    }
    QList<RouteTarget> destinationList;
    if (parser.isSet(destinations)) {
        destinationList = readPointTargets(parser.value(destinations), &error);
        if (destinationList.isEmpty()) {
            err() << error << Qt::endl;
            return ExitFailure;
        }
    }

    Router router;
    router.setGraph(read.graph);
    const CoverageResult coverage
        = computeCoverage(router, bayList, destinationList, *profile, metres);
    const std::vector<AuditEntry> audit = auditNetwork(router, *profile);
    if (!RoutingExport::writeCoverage(parser.value(output), *read.graph, coverage, audit, &error)) {
        err() << error << Qt::endl;
        return ExitFailure;
    }
    qCInfo(lcCli) << "coverage:" << bayList.size() << "bays," << destinationList.size()
                  << "destinations";

    int served = 0;
    for (const BayCoverage &bay : coverage.bays)
        served += bay.snapped ? 1 : 0;
    out() << QCoreApplication::translate(
                 "cli",
                 "%1 bays (%2 on the network), %3 m of compliant network within %4 m, profile %5.")
                 .arg(coverage.bays.size())
                 .arg(served)
                 .arg([&] {
                     double total = 0;
                     for (const CoveredPiece &p : coverage.pieces)
                         total += std::abs(p.toFraction - p.fromFraction)
                             * read.graph->edges()[p.edge].lengthM;
                     return qRound64(total);
                 }())
                 .arg(metres)
                 .arg(profile->name)
          << "\n";
    out() << QCoreApplication::translate("cli", "Audit: %1 findings.").arg(audit.size()) << "\n";
    if (!coverage.gaps.isEmpty()) {
        out() << QCoreApplication::translate("cli", "Gaps:") << "\n";
        for (const QString &gap : coverage.gaps)
            out() << "  - " << gap << "\n";
    }
    out() << QCoreApplication::translate("cli", "Written: %1").arg(parser.value(output))
          << Qt::endl;
    return ExitOk;
}

} // namespace territoire::cli
