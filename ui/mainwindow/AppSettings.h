#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace territoire {

// User preferences kept in QSettings (organisation "Territoire", application "territoire").
namespace AppSettings {

// The language chosen in Settings → Language: "fr", "en", or empty to follow the system.
QString language();
void setLanguage(const QString &code);

// Recently opened or saved projects, most recent first, existing files only.
QStringList recentProjects();
// Puts a project at the top of the list (at most maxRecentProjects entries).
void addRecentProject(const QString &path);
void removeRecentProject(const QString &path);
constexpr int maxRecentProjects = 8;

// The folder last used in a file dialog.
QString lastDirectory();
void setLastDirectory(const QString &path);

// The main window's geometry and dock layout (QMainWindow::saveGeometry / saveState), empty
// before the first close.
QByteArray windowGeometry();
QByteArray windowState();
void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

} // namespace AppSettings

} // namespace territoire
