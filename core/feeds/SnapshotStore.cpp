#include "feeds/SnapshotStore.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace territoire {

namespace {

// QSaveFile writes "<file>.XXXXXX" beside the file; anything "<file>.<suffix>" that is not
// a file moved aside by us is an orphan of an interrupted save.
bool isOrphanOf(const QString &entry, const QString &fileName)
{
    if (!entry.startsWith(fileName + QLatin1Char('.')))
        return false;
    const QString suffix = entry.mid(fileName.size() + 1);
    return !suffix.isEmpty() && !suffix.startsWith(QLatin1String("corrupt"));
}

} // namespace

SnapshotStore::SnapshotStore(const QString &directory)
    : m_directory(directory)
{ }

QString SnapshotStore::filePath(const QString &name) const
{
    return QDir(m_directory).absoluteFilePath(name + QStringLiteral(".json"));
}

SnapshotStore::LoadResult SnapshotStore::load(const QString &name) const
{
    LoadResult result;
    const QString path = filePath(name);
    const QString fileName = QFileInfo(path).fileName();
    const QDir dir(m_directory);
    for (const QString &entry : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (isOrphanOf(entry, fileName)) {
            qCInfo(lcFeeds).noquote() << "removing orphan temporary file" << dir.filePath(entry);
            QFile::remove(dir.filePath(entry));
        }
    }
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadStatus::Corrupt;
        result.message = QCoreApplication::translate("SnapshotStore", "Cannot read %1: %2")
                             .arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QString reason;
    if (bytes.isEmpty())
        reason = QCoreApplication::translate("SnapshotStore", "the file is empty");
    else if (parseError.error != QJsonParseError::NoError)
        reason = QCoreApplication::translate("SnapshotStore", "%1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
    else if (!doc.isObject())
        reason = QCoreApplication::translate("SnapshotStore", "not a JSON object");
    if (reason.isEmpty()) {
        result.status = LoadStatus::Ok;
        result.object = doc.object();
        return result;
    }
    // Damaged: never use any of it; move it aside so the next save starts clean.
    QString aside = path + QStringLiteral(".corrupt");
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-%1").arg(n);
    if (!QFile::rename(path, aside)) {
        QFile::remove(path);
        aside.clear();
    }
    result.status = LoadStatus::Corrupt;
    result.movedTo = aside;
    result.message = QCoreApplication::translate(
                         "SnapshotStore",
                         "Cache file %1 is damaged (%2); it was set aside and will be rebuilt from "
                         "the network.")
                         .arg(path, reason);
    qCWarning(lcFeeds).noquote() << result.message;
    return result;
}

bool SnapshotStore::save(const QString &name, const QJsonObject &object, QString *error) const
{
    QDir().mkpath(m_directory);
    const QString path = filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("SnapshotStore", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = QCoreApplication::translate("SnapshotStore", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("SnapshotStore", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

int SnapshotStore::cleanOrphans() const
{
    const QDir dir(m_directory);
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden);
    int removed = 0;
    for (const QString &entry : entries) {
        if (entry.endsWith(QLatin1String(".json")))
            continue;
        const int at = entry.indexOf(QLatin1String(".json."));
        if (at < 0)
            continue;
        const QString owner = entry.left(at + 5);
        if (isOrphanOf(entry, owner) && QFile::remove(dir.filePath(entry)))
            ++removed;
    }
    return removed;
}

} // namespace territoire
