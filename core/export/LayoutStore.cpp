#include "export/LayoutStore.h"

#include "base/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace territoire::LayoutStore {

QList<PrintLayout> read(const Project &project, QStringList *warnings)
{
    QList<PrintLayout> layouts;
    const QJsonArray array
        = project.section(QLatin1String(sectionKey)).value(QStringLiteral("layouts")).toArray();
    for (const QJsonValue &value : array) {
        PrintLayout layout;
        QString error;
        if (!PrintLayout::fromJson(value.toObject(), &layout, &error)) {
            if (warnings)
                warnings->append(QCoreApplication::translate(
                                     "LayoutStore", "A layout of project %1 was skipped: %2")
                                     .arg(project.filePath(), error));
            continue;
        }
        for (LayoutItem &item : layout.items) {
            if (!item.path.isEmpty())
                item.path = project.absolutePath(item.path);
        }
        layouts.append(layout);
    }
    return layouts;
}

void write(Project &project, const QList<PrintLayout> &layouts)
{
    QJsonArray array;
    const QDir base(project.directory());
    for (PrintLayout layout : layouts) {
        for (LayoutItem &item : layout.items) {
            if (!item.path.isEmpty() && !project.directory().isEmpty())
                item.path = base.relativeFilePath(item.path);
        }
        array.append(layout.toJson());
    }
    QJsonObject section = project.section(QLatin1String(sectionKey));
    section.insert(QStringLiteral("layouts"), array);
    project.setSection(QLatin1String(sectionKey), section);
}

void save(Project &project, const PrintLayout &layout)
{
    QList<PrintLayout> layouts = read(project);
    bool replaced = false;
    for (PrintLayout &existing : layouts) {
        if (existing.name == layout.name) {
            existing = layout;
            replaced = true;
        }
    }
    if (!replaced)
        layouts.append(layout);
    write(project, layouts);
}

std::optional<PrintLayout> find(const Project &project, const QString &name)
{
    for (const PrintLayout &layout : read(project)) {
        if (layout.name == name)
            return layout;
    }
    return std::nullopt;
}

} // namespace territoire::LayoutStore
