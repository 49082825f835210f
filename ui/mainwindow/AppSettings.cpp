#include "mainwindow/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace territoire::AppSettings {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString recentKey = QStringLiteral("ui/recentProjects");
const QString directoryKey = QStringLiteral("ui/lastDirectory");
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString stateKey = QStringLiteral("ui/windowState");
} // namespace

QString language()
{
    const QString code = QSettings().value(languageKey).toString();
    return code == QLatin1String("fr") || code == QLatin1String("en") ? code : QString();
}

void setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QStringList recentProjects()
{
    QStringList result;
    const QStringList stored = QSettings().value(recentKey).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !result.contains(path))
            result.append(path);
    }
    return result;
}

void addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(recentKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecentProjects)
        list.removeLast();
    QSettings().setValue(recentKey, list);
}

void removeRecentProject(const QString &path)
{
    QStringList list = QSettings().value(recentKey).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(recentKey, list);
}

QString lastDirectory()
{
    const QString dir = QSettings().value(directoryKey).toString();
    return QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void setLastDirectory(const QString &path)
{
    const QFileInfo info(path);
    QSettings().setValue(directoryKey,
                         info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QByteArray windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

} // namespace territoire::AppSettings
