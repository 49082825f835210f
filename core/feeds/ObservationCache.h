#pragma once

#include "feeds/Observation.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace territoire {

// The local recording of every observation received from every feed: an SQLite file used
// through QtSql, in WAL mode, each batch written in one transaction. Rows are keyed by
// (feed, entity, quantity, time) so an observation received twice is stored once (the first
// value received is kept). A process killed in the middle of a write leaves the file as it was
// after the last committed batch.
//
// The cache is also what the offline/training mode replays: consumers ask for the state at
// clock->now() (latestAtOrBefore) so the same code serves live duty and replays.
//
// Thread-safe: each thread gets its own SQLite connection to the same file, opened on first
// use, so a worker thread may store while the UI thread reads.
class ObservationCache
{
public:
    // `path` is a file path, or ":memory:" for a private in-memory cache shared by the
    // threads of this process (tests, replays of recorded files).
    explicit ObservationCache(const QString &path);
    ~ObservationCache();
    ObservationCache(const ObservationCache &) = delete;
    // The user's live cache: <app local data>/feeds/observations.sqlite (~/.territoire when
    // the platform has no such folder). The one place this path is decided.
    static QString defaultPath();
    ObservationCache &operator=(const ObservationCache &) = delete;

    // Opens (and creates) the file and its tables. A file that is not a readable SQLite
    // database is moved aside as "<path>.corrupt-<n>" and a new empty cache is created; the
    // reason is then in *warning. Returns false with a sentence naming the file in *error when
    // the cache cannot be used at all.
    bool open(QString *error = nullptr, QString *warning = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // Stores a batch in one transaction. Returns the number of observations that were new, or
    // -1 with *error set. Invalid observations (see Observation::isValid) are skipped.
    int store(const ObservationList &observations, QString *error = nullptr);

    // The newest observation at or before `instant` (UTC), if any.
    std::optional<Observation> latestAtOrBefore(const QString &feedId, const QString &entityId,
                                                const QString &quantity,
                                                const QDateTime &instant) const;
    // Observations with from <= time <= to, oldest first. An invalid bound is open.
    ObservationList series(const QString &feedId, const QString &entityId, const QString &quantity,
                           const QDateTime &from, const QDateTime &to) const;
    // The time of the newest observation of a feed (optionally of one entity and quantity);
    // invalid when none.
    QDateTime newestTime(const QString &feedId, const QString &entityId = {},
                         const QString &quantity = {}) const;
    // For each entity of a feed, the oldest of its per-quantity newest observation times (the
    // instant from which every quantity of the entity may still have news). One query.
    QHash<QString, QDateTime> newestTimesByEntity(const QString &feedId) const;
    // The oldest observation time of a feed, invalid when none (start of a replay).
    QDateTime oldestTime(const QString &feedId) const;
    // Entities that have at least one observation in the feed.
    QStringList entities(const QString &feedId) const;
    // Number of rows, for one feed or all when feedId is empty.
    qint64 count(const QString &feedId = {}) const;

    // Remembers the clock time of a feed's last successful poll (survives restarts).
    void setLastSuccess(const QString &feedId, const QDateTime &when);
    QDateTime lastSuccess(const QString &feedId) const;

    // Observations older than this many days are removed by applyRetention(); 0 keeps all.
    void setRetentionDays(int days) { m_retentionDays = days; }
    int retentionDays() const { return m_retentionDays; }
    // Deletes observations older than now - retentionDays(). Returns the number removed.
    int applyRetention(const QDateTime &now);

    // Runs SQLite's integrity check; false with the first problem in *error.
    bool checkIntegrity(QString *error = nullptr) const;

private:
    QString connectionName() const;
    QSqlDatabase connection() const;
    void closeConnection();
    bool createSchema(QSqlDatabase &db, QString *error) const;

    QString m_path;
    QString m_connectionPrefix;
    bool m_memory = false;
    bool m_open = false;
    int m_retentionDays = 0;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
};

} // namespace territoire
