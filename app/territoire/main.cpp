// territoire: the desktop application. All logic lives in the libraries; this file wires them.
#include "Translations.h"
#include "canvas/MapCanvas.h"
#include "common/AppContext.h"
#include "layers/LayerTypes.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/MainWindow.h"
#include "offline/OfflineController.h"
#include "offline/OfflinePack.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <gdal.h>

// ---- Feature areas install their UI here: add your #include below, and your call in
// ---- installFeatureUi(). Each signature: void installXxxUi(territoire::AppContext &context).
// (feature includes)
#include "export/ExportUi.h"
#include "gauges/GaugesUi.h"
#include "offline/OfflineUi.h"
#include "parking/ParkingUi.h"
#include "routing/RoutingUi.h"
// ---- end of feature includes

namespace {

void installFeatureUi(territoire::AppContext &context)
{
    Q_UNUSED(context);
    // ---- feature areas: one call each, e.g. territoire::installRoutingUi(context);
    // installRoutingUi, installGaugesUi, installParkingUi, installExportUi, installOfflineUi
    territoire::installParkingUi(context);
    territoire::installRoutingUi(context);
    territoire::installOfflineUi(context); // last: guards the managers the others created
    territoire::installGaugesUi(context);
    territoire::installExportUi(context);
    // ---- end of feature calls
}

// --screenshot FILE: once the project is drawn, saves the window (for the README) and quits.
void scheduleScreenshot(territoire::MainWindow &window, const QString &path)
{
    auto save = [&window, path] {
        QTimer::singleShot(400, &window, [&window, path] {
            window.grab().save(path);
            window.setModified(false);
            QApplication::quit();
        });
    };
    QObject::connect(window.canvas(), &territoire::MapCanvas::renderFinished, &window,
                     [&window, save] {
                         if (!window.isLoading() && !window.canvas()->isRendering())
                             save();
                     });
    QTimer::singleShot(60000, &window, save); // never hang
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("territoire"));
    QApplication::setApplicationDisplayName(QStringLiteral("Territoire"));
    QApplication::setOrganizationName(QStringLiteral("Territoire"));
    QApplication::setApplicationVersion(QStringLiteral(TERRITOIRE_VERSION));
    territoire::installTranslations(app, territoire::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Territoire, a desktop GIS for the Territoire de "
                                    "Belfort."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "Project to open."),
                                 QStringLiteral("[project]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a picture of the window once the map is "
                                    "drawn, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.process(app);

    GDALAllRegister();
    territoire::registerLayerTypes();

    territoire::MainWindow window;
    installFeatureUi(window.context());
    window.restoreLayout();
    window.show();

    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        // A .gpkg is an offline pack, opened as File ▸ Open offline pack does.
        const QString path = QFileInfo(arguments.first()).absoluteFilePath();
        auto *offline = window.context().findChild<territoire::OfflineController *>();
        if (offline && territoire::OfflinePack::looksLikePack(path))
            offline->openPackFile(path);
        else
            window.openProject(path);
    }
    if (parser.isSet(screenshot))
        scheduleScreenshot(window, parser.value(screenshot));
    return app.exec();
}
