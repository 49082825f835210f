#pragma once

#include "base/Project.h"
#include "feeds/Observation.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace territoire {

class ObservationCache;

// An offline pack opened for use (see PackFormat.h). open() checks the file first: a file
// that is not SQLite, not a GeoPackage, not a Territoire pack, of a newer format, or damaged
// (truncated, corrupt pages) is refused with a sentence naming it and the reason. The
// project is rebuilt with every source inside the pack; embedded files (OSM extract for
// routing, inventories) are extracted to a private folder and the project points to them.
class OfflinePack
{
public:
    // True for the file names Territoire treats as packs (".gpkg").
    static bool looksLikePack(const QString &path);

    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // The project, its sources in the pack (filePath() is empty: it is saved elsewhere).
    const Project &project() const { return m_project; }
    // The recorded period (UTC); an open end is the first or last recorded observation;
    // invalid when the pack holds none.
    QDateTime recordedFrom() const { return m_from; }
    QDateTime recordedTo() const { return m_to; }
    QString info(const QString &key) const { return m_info.value(key); }
    // Folder the embedded files were extracted to.
    QString extractDir() const { return m_extractDir; }

    // Copies the recorded history (and exercise observations) into a cache for the replay.
    // Returns the number of observations, or -1 with *error set.
    qint64 loadObservations(ObservationCache &cache, QString *error) const;
    // The number of observations the pack holds (recorded and exercise).
    qint64 observationCount() const;

private:
    bool validate(const QString &path, QString *error);
    bool readProject(QString *error);
    bool extractFiles(QString *error);
    void readRecordedPeriod();
    QJsonValue resolveTokens(const QJsonValue &value) const;

    bool m_open = false;
    QString m_path;
    Project m_project;
    QDateTime m_from;
    QDateTime m_to;
    QHash<QString, QString> m_info;
    QString m_extractDir;
    QHash<QString, QString> m_files; // name -> extracted path
};

} // namespace territoire
