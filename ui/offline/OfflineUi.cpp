#include "OfflineUi.h"

#include "OfflineController.h"
#include "common/AppContext.h"
#include "feeds/FeedEngine.h"
#include "offline/BasemapLayer.h"
#include "offline/NetworkPolicy.h"

namespace territoire {

void installOfflineUi(AppContext &context)
{
    registerBasemapLayerType();
    // The application's managers obey the Offline switch (the application proxy factory covers
    // the others).
    if (auto *engine = qobject_cast<FeedEngine *>(context.service(QStringLiteral("feeds"))))
        NetworkPolicy::instance().guard(engine->networkAccessManager());
    new OfflineController(context);
}

} // namespace territoire
