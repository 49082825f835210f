#pragma once

namespace territoire {

class AppContext;

// The offline and training features in the main window: File → Open offline pack…, Write
// offline pack… (progress bar, cancellable, off the UI thread), the "Offline" switch,
// basemap presets in the Layer menu, and, while a pack is open, the replay timeline, the
// "Exercise — replay of …" badge over the map and the trainer's events.
void installOfflineUi(AppContext &context);

} // namespace territoire
