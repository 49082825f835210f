#include "feeds/ObservationCache.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <limits>

namespace territoire {

namespace {

std::atomic<int> s_cacheCounter {0};

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Observation rowToObservation(const QSqlQuery &q, const QString &feed, const QString &entity,
                             const QString &quantity)
{
    Observation o;
    o.feedId = feed;
    o.entityId = entity;
    o.quantity = quantity;
    o.time = fromMs(q.value(0).toLongLong());
    const QVariant v = q.value(1);
    o.value = v.isNull() ? std::nan("") : v.toDouble();
    o.text = q.value(2).toString();
    return o;
}

} // namespace

QString ObservationCache::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.territoire");
    return base + QStringLiteral("/feeds/observations.sqlite");
}

ObservationCache::ObservationCache(const QString &path)
    : m_path(path)
    , m_connectionPrefix(QStringLiteral("territoire-observations-%1").arg(++s_cacheCounter))
    , m_memory(path == QLatin1String(":memory:"))
{ }

ObservationCache::~ObservationCache()
{
    QMutexLocker lock(&m_mutex);
    // Connections of other threads must not be fetched from here; removing them closes them.
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QString ObservationCache::connectionName() const
{
    // A number unique to each thread for the life of the process: thread addresses can be
    // reused by a later thread, and a connection must only be used by the thread that opened it.
    static std::atomic<int> s_threadCounter {0};
    thread_local const int threadNumber = ++s_threadCounter;
    return m_connectionPrefix + QLatin1Char('-') + QString::number(threadNumber);
}

QSqlDatabase ObservationCache::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (m_memory) {
        // One shared in-memory database for every connection of this cache object.
        db.setDatabaseName(
            QStringLiteral("file:%1?mode=memory&cache=shared").arg(m_connectionPrefix));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (db.open()) {
        QSqlQuery q(db);
        if (!m_memory)
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    QMutexLocker lock(&m_mutex);
    m_connections.append(name);
    return db;
}

void ObservationCache::closeConnection()
{
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connections.removeAll(name);
    }
    QSqlDatabase::removeDatabase(name);
}

bool ObservationCache::createSchema(QSqlDatabase &db, QString *error) const
{
    QSqlQuery q(db);
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS observations (feed TEXT NOT NULL, entity TEXT NOT NULL, "
        "quantity TEXT NOT NULL, time INTEGER NOT NULL, value REAL, text TEXT, "
        "PRIMARY KEY (feed, entity, quantity, time)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS observations_time ON observations (time)",
        "CREATE TABLE IF NOT EXISTS feed_state (feed TEXT PRIMARY KEY NOT NULL, "
        "last_success INTEGER)",
    };
    for (const char *sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool ObservationCache::open(QString *error, QString *warning)
{
    if (!m_memory)
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString reason;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = connection();
        if (db.isOpen() && createSchema(db, &reason)) {
            QSqlQuery check(db);
            check.setForwardOnly(true);
            if (check.exec(QStringLiteral("PRAGMA quick_check")) && check.next()
                && check.value(0).toString() == QLatin1String("ok")) {
                m_open = true;
                return true;
            }
            reason = check.lastError().isValid() ? check.lastError().text()
                                                 : check.value(0).toString();
            check.finish();
        } else if (!db.isOpen()) {
            reason = db.lastError().text();
        }
        if (m_memory || attempt > 0)
            break;
        // Not a usable database: move it (and its WAL files) aside and start an empty one.
        db = QSqlDatabase();
        closeConnection();
        QString aside;
        for (int n = 1;; ++n) {
            aside = m_path + QStringLiteral(".corrupt-%1").arg(n);
            if (!QFileInfo::exists(aside))
                break;
        }
        if (!QFile::rename(m_path, aside))
            break;
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        const QString message = QCoreApplication::translate(
                                    "ObservationCache",
                                    "Observation cache %1 was unreadable (%2); it was moved to %3 "
                                    "and a new empty cache was started.")
                                    .arg(m_path, reason, aside);
        qCWarning(lcFeeds).noquote() << message;
        if (warning)
            *warning = message;
    }
    if (error)
        *error = QCoreApplication::translate("ObservationCache",
                                             "Cannot open the observation cache %1: %2")
                     .arg(m_path, reason);
    return false;
}

int ObservationCache::store(const ObservationList &observations, QString *error)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = QCoreApplication::translate("ObservationCache",
                                                 "Observation cache %1 is not open")
                         .arg(m_path);
        return -1;
    }
    if (!db.transaction()) {
        if (error)
            *error = QCoreApplication::translate("ObservationCache",
                                                 "Cannot write to the observation cache %1: %2")
                         .arg(m_path, db.lastError().text());
        return -1;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO observations (feed, entity, quantity, time, "
                             "value, text) VALUES (?, ?, ?, ?, ?, ?)"));
    int added = 0;
    for (const Observation &o : observations) {
        if (!o.isValid())
            continue;
        q.bindValue(0, o.feedId);
        q.bindValue(1, o.entityId);
        q.bindValue(2, o.quantity);
        q.bindValue(3, toMs(o.time));
        q.bindValue(4, o.hasValue() ? QVariant(o.value) : QVariant(QMetaType::fromType<double>()));
        q.bindValue(5,
                    o.text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(o.text));
        if (!q.exec()) {
            const QString why = q.lastError().text();
            db.rollback();
            if (error)
                *error = QCoreApplication::translate("ObservationCache",
                                                     "Cannot write to the observation cache %1: %2")
                             .arg(m_path, why);
            return -1;
        }
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!db.commit()) {
        if (error)
            *error = QCoreApplication::translate("ObservationCache",
                                                 "Cannot write to the observation cache %1: %2")
                         .arg(m_path, db.lastError().text());
        db.rollback();
        return -1;
    }
    return added;
}

std::optional<Observation> ObservationCache::latestAtOrBefore(const QString &feedId,
                                                              const QString &entityId,
                                                              const QString &quantity,
                                                              const QDateTime &instant) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT time, value, text FROM observations WHERE feed = ? AND "
                             "entity = ? AND quantity = ? AND time <= ? ORDER BY time DESC "
                             "LIMIT 1"));
    q.addBindValue(feedId);
    q.addBindValue(entityId);
    q.addBindValue(quantity);
    q.addBindValue(instant.isValid() ? toMs(instant) : std::numeric_limits<qint64>::max());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return rowToObservation(q, feedId, entityId, quantity);
}

ObservationList ObservationCache::series(const QString &feedId, const QString &entityId,
                                         const QString &quantity, const QDateTime &from,
                                         const QDateTime &to) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT time, value, text FROM observations WHERE feed = ? AND "
                             "entity = ? AND quantity = ? AND time >= ? AND time <= ? ORDER BY "
                             "time"));
    q.addBindValue(feedId);
    q.addBindValue(entityId);
    q.addBindValue(quantity);
    q.addBindValue(from.isValid() ? toMs(from) : std::numeric_limits<qint64>::min());
    q.addBindValue(to.isValid() ? toMs(to) : std::numeric_limits<qint64>::max());
    ObservationList result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(rowToObservation(q, feedId, entityId, quantity));
    return result;
}

QDateTime ObservationCache::newestTime(const QString &feedId, const QString &entityId,
                                       const QString &quantity) const
{
    QSqlQuery q(connection());
    QString sql = QStringLiteral("SELECT MAX(time) FROM observations WHERE feed = ?");
    if (!entityId.isEmpty())
        sql += QStringLiteral(" AND entity = ?");
    if (!quantity.isEmpty())
        sql += QStringLiteral(" AND quantity = ?");
    q.prepare(sql);
    q.addBindValue(feedId);
    if (!entityId.isEmpty())
        q.addBindValue(entityId);
    if (!quantity.isEmpty())
        q.addBindValue(quantity);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return fromMs(q.value(0).toLongLong());
}

QHash<QString, QDateTime> ObservationCache::newestTimesByEntity(const QString &feedId) const
{
    QHash<QString, QDateTime> result;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral(
        "SELECT entity, MIN(newest) FROM (SELECT entity, MAX(time) AS newest FROM observations "
        "WHERE feed = ? GROUP BY entity, quantity) GROUP BY entity"));
    q.addBindValue(feedId);
    if (!q.exec())
        return result;
    while (q.next())
        result.insert(q.value(0).toString(), fromMs(q.value(1).toLongLong()));
    return result;
}

QDateTime ObservationCache::oldestTime(const QString &feedId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT MIN(time) FROM observations WHERE feed = ?"));
    q.addBindValue(feedId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return fromMs(q.value(0).toLongLong());
}

QStringList ObservationCache::entities(const QString &feedId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT DISTINCT entity FROM observations WHERE feed = ? ORDER BY "
                             "entity"));
    q.addBindValue(feedId);
    QStringList result;
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

qint64 ObservationCache::count(const QString &feedId) const
{
    QSqlQuery q(connection());
    if (feedId.isEmpty()) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM observations"));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM observations WHERE feed = ?"));
        q.addBindValue(feedId);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

void ObservationCache::setLastSuccess(const QString &feedId, const QDateTime &when)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO feed_state (feed, last_success) VALUES (?, ?) ON "
                             "CONFLICT(feed) DO UPDATE SET last_success = excluded.last_success"));
    q.addBindValue(feedId);
    q.addBindValue(toMs(when));
    if (!q.exec())
        qCWarning(lcFeeds) << "cannot record last success of" << feedId << q.lastError().text();
}

QDateTime ObservationCache::lastSuccess(const QString &feedId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT last_success FROM feed_state WHERE feed = ?"));
    q.addBindValue(feedId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return fromMs(q.value(0).toLongLong());
}

int ObservationCache::applyRetention(const QDateTime &now)
{
    if (m_retentionDays <= 0 || !now.isValid())
        return 0;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM observations WHERE time < ?"));
    q.addBindValue(toMs(now.addDays(-m_retentionDays)));
    if (!q.exec()) {
        qCWarning(lcFeeds) << "retention failed:" << q.lastError().text();
        return 0;
    }
    return q.numRowsAffected();
}

bool ObservationCache::checkIntegrity(QString *error) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const QString result = q.value(0).toString();
    if (result != QLatin1String("ok")) {
        if (error)
            *error = result;
        return false;
    }
    return true;
}

} // namespace territoire
