#pragma once

namespace territoire {

class AppContext;

// Installs routing in the main window: the shared "router" service (closures from exercises
// go through it: qobject_cast<Router *>(context.service("router"))->closeWay(id)), the route
// panel dock and its menu entry, and the route and coverage layer types.
void installRoutingUi(AppContext &context);

} // namespace territoire
