#pragma once

namespace territoire {

// Registers the application icons (resources/icons/icons.qrc, under ":/icons/") compiled into
// this static library. Call once before the first icon is loaded; further calls do nothing.
void initIconResources();

} // namespace territoire
