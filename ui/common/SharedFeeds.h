#pragma once

namespace territoire {

class AppContext;
class FeedHub;

// The one feed engine and observation cache of the desktop application (services "feedHub"
// and "feeds"), created by the first feature area that asks, on ObservationCache::defaultPath().
// Open problems with the cache are reported through the context.
FeedHub *sharedFeedHub(AppContext &context);

} // namespace territoire
