#include "routing/RoutingUi.h"

#include "common/AppContext.h"
#include "map/LayerRegistry.h"
#include "routing/RouteLayer.h"
#include "routing/RoutePanel.h"
#include "routing/Router.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace territoire {

void installRoutingUi(AppContext &context)
{
    auto *router = qobject_cast<Router *>(context.service(QStringLiteral("router")));
    if (!router) {
        router = new Router(&context);
        context.setService(QStringLiteral("router"), router);
    }

    // Route and coverage layers hold nothing worth storing: a project gets them back empty.
    LayerRegistry &registry = LayerRegistry::instance();
    if (!registry.hasType(QStringLiteral("route")))
        registry.registerType(QStringLiteral("route"),
                              [](const ProjectLayer &descriptor, const LayerContext &, QString *) {
                                  auto layer = std::make_unique<RouteLayer>();
                                  layer->applyDescriptor(descriptor);
                                  return std::unique_ptr<MapLayer>(std::move(layer));
                              });
    if (!registry.hasType(QStringLiteral("coverage")))
        registry.registerType(QStringLiteral("coverage"),
                              [](const ProjectLayer &descriptor, const LayerContext &, QString *) {
                                  auto layer = std::make_unique<CoverageLayer>();
                                  layer->applyDescriptor(descriptor);
                                  return std::unique_ptr<MapLayer>(std::move(layer));
                              });

    auto *panel = new RoutePanel(context, router, context.mainWindow());
    context.addDock(panel, Qt::RightDockWidgetArea);
    if (QMenu *menu = context.menu(QStringLiteral("tools"))) {
        QAction *action = panel->toggleViewAction();
        action->setText(QObject::tr("Accessible route"));
        menu->addAction(action);
    }
    QObject::connect(&context, &AppContext::projectLoaded, panel, &RoutePanel::readProject);
    QObject::connect(&context, &AppContext::aboutToSaveProject, panel, &RoutePanel::writeProject);
}

} // namespace territoire
