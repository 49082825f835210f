#include "CliCommand.h"

#include "base/Logging.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <gdal.h>

using namespace territoire::cli;

// Each command lives in its own file; declare its entry point here and add a row below.
namespace territoire::cli {
int runInfo(const QStringList &arguments);
int runRender(const QStringList &arguments);
int runPack(const QStringList &arguments);
int runRoute(const QStringList &arguments);
int runCoverage(const QStringList &arguments);
int runParking(const QStringList &arguments);
int runNearestBay(const QStringList &arguments);
int runGauges(const QStringList &arguments);
int runExportPdf(const QStringList &arguments);
} // namespace territoire::cli

namespace {

const Command commands[] = {
    {"gauges",
     QT_TRANSLATE_NOOP("cli", "River gauges of a project: height, flow, trend, vigilance"),
     runGauges},
    {"info", QT_TRANSLATE_NOOP("cli", "Describe the layers of a source or project"), runInfo},
    {"render", QT_TRANSLATE_NOOP("cli", "Draw a project or source into an image"), runRender},
    {"pack", QT_TRANSLATE_NOOP("cli", "Write an offline pack (GeoPackage) of a project"), runPack},
    {"route", QT_TRANSLATE_NOOP("cli", "Wheelchair route between two points on OSM data"),
     runRoute},
    {"coverage", QT_TRANSLATE_NOOP("cli", "Compliant network around disabled bays, to GeoPackage"),
     runCoverage},
    {"parking", QT_TRANSLATE_NOOP("cli", "PMR parking bays of a project with their live status"),
     runParking},
    {"nearest-bay", QT_TRANSLATE_NOOP("cli", "Free PMR bays nearest to a destination by path"),
     runNearestBay},
    {"export-pdf", QT_TRANSLATE_NOOP("cli", "Export a project's map layout to a vector PDF"),
     runExportPdf},
    {nullptr, nullptr, nullptr},
};

void printUsage()
{
    out() << QCoreApplication::translate("cli", "Usage: territoire-cli COMMAND [options]") << "\n\n"
          << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const Command *c = commands; c->name; ++c)
        out() << "  " << QString::fromLatin1(c->name).leftJustified(14)
              << QCoreApplication::translate("cli", c->summary) << "\n";
    out() << "\n"
          << QCoreApplication::translate("cli", "Run territoire-cli COMMAND --help for details.")
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    // Commands that print text need fonts, hence a QGuiApplication (offscreen: no display).
    int commandIndex = 1; // after a global "--lang X" or "--lang=X"
    if (argc > 1 && qstrcmp(argv[1], "--lang") == 0)
        commandIndex = 3;
    else if (argc > 1 && qstrncmp(argv[1], "--lang=", 7) == 0)
        commandIndex = 2;
    const bool printsText = argc > commandIndex
        && (qstrcmp(argv[commandIndex], "export-pdf") == 0
            || qstrcmp(argv[commandIndex], "render") == 0);
    if (printsText && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(printsText ? new QGuiApplication(argc, argv)
                                                             : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("territoire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Territoire"));
    GDALAllRegister();

    QStringList args = app.arguments();
    args.removeFirst();
    // Language: the system locale, overridden by TERRITOIRE_LANG or a leading "--lang fr|en".
    QString language = qEnvironmentVariable("TERRITOIRE_LANG");
    if (!args.isEmpty() && args.first().startsWith(QLatin1String("--lang="))) {
        language = args.takeFirst().mid(7);
    } else if (args.size() >= 2 && args.first() == QLatin1String("--lang")) {
        args.removeFirst();
        language = args.takeFirst();
    }
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        err() << QCoreApplication::translate("cli", "--lang takes fr or en.") << Qt::endl;
        return ExitUsage;
    }
    territoire::installTranslations(app, language);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const Command *c = commands; c->name; ++c) {
        if (args.first() == QLatin1String(c->name))
            return c->run(args);
    }
    err() << QCoreApplication::translate("cli", "Unknown command \"%1\".").arg(args.first())
          << Qt::endl;
    printUsage();
    return ExitUsage;
}
