#include "common/SharedFeeds.h"

#include "common/AppContext.h"
#include "feeds/FeedEngine.h"
#include "feeds/FeedHub.h"
#include "feeds/ObservationCache.h"

namespace territoire {

FeedHub *sharedFeedHub(AppContext &context)
{
    if (auto *hub = qobject_cast<FeedHub *>(context.service(QStringLiteral("feedHub"))))
        return hub;
    auto *hub = new FeedHub(context.clock(), &context);
    QString error;
    QString warning;
    if (!hub->openCache(ObservationCache::defaultPath(), &error, &warning))
        context.reportError(error);
    if (!warning.isEmpty())
        context.reportError(warning);
    context.setService(QStringLiteral("feedHub"), hub);
    context.setService(QStringLiteral("feeds"), hub->engine());
    return hub;
}

FeedEngine *sharedFeedEngine(AppContext &context)
{
    if (auto *engine = qobject_cast<FeedEngine *>(context.service(QStringLiteral("feeds"))))
        return engine;
    return sharedFeedHub(context)->engine();
}

} // namespace territoire
