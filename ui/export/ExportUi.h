#pragma once

namespace territoire {

class AppContext;

// Adds File → "Export map as PDF…" (layout dialog with preview, then an export off the UI
// thread with a progress dialog that can cancel).
void installExportUi(AppContext &context);

} // namespace territoire
