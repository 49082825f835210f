#include "SharedData.h"

#include <QDir>
#include <QFileInfo>

namespace territoire::test {

QString sharedPath(const QString &relative)
{
    QString root = qEnvironmentVariable("TERRITOIRE_SHARED_DIR");
    if (root.isEmpty())
        root = QStringLiteral(TERRITOIRE_SHARED_DIR);
    return QDir::cleanPath(QDir(root).absoluteFilePath(relative));
}

bool underCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace territoire::test
