#pragma once

#include "base/Project.h"

#include <QString>

namespace territoire {

class OfflinePack;

// Opens what a user gives where a project is expected: a .territoire project, or an offline
// pack (.gpkg). A pack switches NetworkPolicy offline (nothing leaves the application while
// it is in use) and, when `pack` is given, stays available through it (recorded history,
// exercise events). False with a sentence naming the file and the reason in *error.
bool loadProjectOrPack(const QString &path, Project *project, QString *error,
                       OfflinePack *pack = nullptr);

// Where the application records feed observations by default (the history packs copy):
// <app local data>/feeds/observations.sqlite.
QString defaultObservationCachePath();

} // namespace territoire
