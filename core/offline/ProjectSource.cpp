#include "offline/ProjectSource.h"

#include "feeds/ObservationCache.h"
#include "offline/BasemapLayer.h"
#include "offline/NetworkPolicy.h"
#include "offline/OfflinePack.h"

#include <QDir>
#include <QStandardPaths>

namespace territoire {

bool loadProjectOrPack(const QString &path, Project *project, QString *error, OfflinePack *pack)
{
    registerBasemapLayerType();
    if (!OfflinePack::looksLikePack(path))
        return project->load(path, error);
    OfflinePack local;
    OfflinePack &target = pack ? *pack : local;
    // Offline before anything from the pack is opened.
    NetworkPolicy::instance().setOffline(true);
    if (!target.open(path, error))
        return false;
    *project = target.project();
    return true;
}

QString defaultObservationCachePath()
{
    return ObservationCache::defaultPath();
}

} // namespace territoire
