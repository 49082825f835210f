#pragma once

namespace territoire {

class AppContext;

// Installs the river gauges into the main window: the shared feed engine (service "feeds",
// reused by parking) and gauge network (service "gauges"), the "gauges" layer type, the feed
// panel and alert list docks, the hydrograph window and the threshold editor. Called once from
// app/territoire/main.cpp.
void installGaugesUi(AppContext &context);

} // namespace territoire
