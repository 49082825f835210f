#pragma once

namespace territoire {

class AppContext;
class FeedEngine;
class FeedHub;

// The one feed engine and observation cache of the desktop application (services "feedHub"
// and "feeds"), created by the first feature area that asks, on ObservationCache::defaultPath().
// Open problems with the cache are reported through the context.
FeedHub *sharedFeedHub(AppContext &context);
// The engine of the service "feeds" when one is registered (a test may register its own, on
// its own cache), else the shared hub's.
FeedEngine *sharedFeedEngine(AppContext &context);

} // namespace territoire
