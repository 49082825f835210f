#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace territoire {

// Small JSON documents a feed keeps between runs (e.g. a station list), one file per name in a
// folder. Writes go through QSaveFile (a temporary file in the same folder, then an atomic
// rename, commit() checked), so after a crash either the previous or the new complete file is
// on disk. On load, a damaged file (not JSON, not an object, NUL bytes) is moved aside as
// "<name>.json.corrupt" and never partially used; orphan temporary files left by an interrupted
// save are ignored and deleted.
class SnapshotStore
{
public:
    explicit SnapshotStore(const QString &directory);

    QString directory() const { return m_directory; }
    QString filePath(const QString &name) const;

    enum class LoadStatus { Ok, Missing, Corrupt };
    struct LoadResult
    {
        LoadStatus status = LoadStatus::Missing;
        QJsonObject object;
        QString message; // for Corrupt: names the file and the reason; the file was moved aside
        QString movedTo; // where the damaged file went
    };

    // Loads "<name>.json". Deletes orphan temporary files of that name first.
    LoadResult load(const QString &name) const;
    // Saves "<name>.json" atomically. Returns false with a sentence naming the file in *error.
    bool save(const QString &name, const QJsonObject &object, QString *error = nullptr) const;
    // Deletes every orphan temporary file in the folder ("<x>.json.<suffix>" beside a name
    // that is not a finished file). Returns how many were removed.
    int cleanOrphans() const;

private:
    QString m_directory;
};

} // namespace territoire
