#include "parking/ParkingUi.h"

#include "common/AppContext.h"
#include "parking/BayLayer.h"
#include "parking/ParkingController.h"
#include "parking/ParkingDock.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>

namespace territoire {

void installParkingUi(AppContext &context)
{
    registerParkingLayerType();
    auto *controller = new ParkingController(context, &context);
    auto *dock = new ParkingDock(context, *controller, context.mainWindow());
    context.addDock(dock, Qt::RightDockWidgetArea);
    if (QMenu *tools = context.menu(QStringLiteral("tools"))) {
        QAction *nearest
            = tools->addAction(QCoreApplication::translate("Parking", "Nearest free PMR bay…"));
        QObject::connect(nearest, &QAction::triggered, dock, [dock] {
            dock->show();
            dock->raise();
            dock->pickDestination();
        });
    }
    controller->reload();
}

} // namespace territoire
