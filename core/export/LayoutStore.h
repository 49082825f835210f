#pragma once

#include "export/PrintLayout.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace territoire {

class Project;

// The named layouts of a project, kept in its "layouts" section as
// {"layouts": [layout, ...]}. Logo paths are stored relative to the project file.
namespace LayoutStore {

inline constexpr const char *sectionKey = "layouts";

// Layouts in the project; unreadable entries are skipped with a sentence in *warnings.
QList<PrintLayout> read(const Project &project, QStringList *warnings = nullptr);
// Replaces every layout of the project.
void write(Project &project, const QList<PrintLayout> &layouts);
// Adds or replaces (by name) one layout.
void save(Project &project, const PrintLayout &layout);
std::optional<PrintLayout> find(const Project &project, const QString &name);

} // namespace LayoutStore

} // namespace territoire
