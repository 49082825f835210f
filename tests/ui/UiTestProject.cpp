#include "UiTestProject.h"

#include "SharedData.h"
#include "base/Project.h"

#include <QFileInfo>

namespace territoire::test {

namespace {
const char communesFile[] = "data/admin-boundaries/communes-90-territoire-de-belfort.geojson";
} // namespace

QString communesProject(const QTemporaryDir &dir, const QString &fileName)
{
    const QString communes = sharedPath(QLatin1String(communesFile));
    if (!QFileInfo::exists(communes))
        return {};
    Project project;
    ProjectLayer layer;
    layer.id = QStringLiteral("communes");
    layer.type = QStringLiteral("vector");
    layer.source = communes;
    layer.name = QStringLiteral("Communes");
    project.layers().append(layer);
    const QString path = dir.filePath(fileName);
    QString error;
    if (!project.save(path, &error))
        return {};
    return path;
}

QString uiTestProject(const QTemporaryDir &dir, QString *communesLayerId)
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("TERRITOIRE_SAMPLE_PROJECT");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    candidates << QStringLiteral(TERRITOIRE_SOURCE_DIR
                                 "/resources/samples/territoire-de-belfort.territoire");
    for (const QString &candidate : std::as_const(candidates)) {
        Project project;
        if (!QFileInfo::exists(candidate) || !project.load(candidate, nullptr))
            continue;
        for (const ProjectLayer &layer : project.layers()) {
            if (layer.id.contains(QStringLiteral("commune"))
                || layer.sublayer.contains(QStringLiteral("commune"))
                || layer.source.contains(QStringLiteral("communes"))) {
                *communesLayerId = layer.id;
                return candidate;
            }
        }
    }
    *communesLayerId = QStringLiteral("communes");
    return communesProject(dir);
}

} // namespace territoire::test
