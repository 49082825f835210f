#include "offline/OfflinePack.h"

#include "base/Logging.h"
#include "feeds/ObservationCache.h"
#include "offline/ExerciseScenario.h"
#include "offline/PackFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace territoire {

namespace { } // namespace

bool OfflinePack::looksLikePack(const QString &path)
{
    return path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive);
}

bool OfflinePack::validate(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("OfflinePack", "Cannot open the pack %1: %2")
                         .arg(shown, reason);
        return false;
    };
    QFile file(path);
    if (!file.exists())
        return fail(QCoreApplication::translate("OfflinePack", "the file does not exist."));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray head = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (!head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(QCoreApplication::translate(
            "OfflinePack", "it is not a GeoPackage (not an SQLite database)."));
    if (size < 1024)
        return fail(QCoreApplication::translate("OfflinePack", "the file is truncated (%1 bytes).")
                        .arg(size));

    QString dbError;
    QSqlDatabase db = pack::openDatabase(path, true, &dbError);
    if (!db.isValid())
        return fail(dbError);
    QString reason;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            reason = QCoreApplication::translate("OfflinePack",
                                                 "the file is damaged or truncated (%1).")
                         .arg(q.lastError().text());
        else if (q.value(0).toLongLong() != 0x47504B47)
            reason = QCoreApplication::translate(
                         "OfflinePack", "it is not a GeoPackage (SQLite application id %1).")
                         .arg(q.value(0).toLongLong());
    }
    if (reason.isEmpty()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            reason = QCoreApplication::translate("OfflinePack",
                                                 "the file is damaged or truncated (%1).")
                         .arg(q.lastError().text());
        else if (q.value(0).toString() != QLatin1String("ok"))
            reason = QCoreApplication::translate("OfflinePack",
                                                 "the file is damaged or truncated (%1).")
                         .arg(q.value(0).toString());
    }
    if (reason.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name IN (?, ?)"));
        q.addBindValue(QString::fromLatin1(pack::projectTable));
        q.addBindValue(QString::fromLatin1(pack::infoTable));
        if (!q.exec() || !q.next() || q.value(0).toInt() != 2)
            reason = QCoreApplication::translate(
                "OfflinePack", "it is a GeoPackage but not a Territoire offline pack.");
    }
    if (reason.isEmpty()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT key, value FROM %1").arg(QLatin1String(pack::infoTable)));
        m_info.clear();
        while (q.next())
            m_info.insert(q.value(0).toString(), q.value(1).toString());
        const int version = m_info.value(QStringLiteral("format_version")).toInt();
        if (version < 1 || version > pack::formatVersion)
            reason = QCoreApplication::translate(
                         "OfflinePack",
                         "pack format %1 is not supported by this version of Territoire.")
                         .arg(m_info.value(QStringLiteral("format_version")));
    }
    pack::closeDatabase(db);
    if (!reason.isEmpty())
        return fail(reason);
    return true;
}

bool OfflinePack::open(const QString &path, QString *error)
{
    m_open = false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!validate(absolute, error))
        return false;
    m_path = absolute;
    m_from = QDateTime::fromString(m_info.value(QStringLiteral("from")), Qt::ISODate);
    m_to = QDateTime::fromString(m_info.value(QStringLiteral("to")), Qt::ISODate);
    if (!extractFiles(error) || !readProject(error))
        return false;
    if (!m_from.isValid() || !m_to.isValid())
        readRecordedPeriod();
    m_open = true;
    qCInfo(lcOffline) << "Pack opened with" << m_project.layers().size() << "layers";
    return true;
}

bool OfflinePack::extractFiles(QString *error)
{
    const QFileInfo info(m_path);
    const QByteArray key = (m_path + QString::number(info.lastModified().toMSecsSinceEpoch())
                            + QString::number(info.size()))
                               .toUtf8();
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/territoire-cache");
    m_extractDir = base + QStringLiteral("/packs/")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex());
    QDir().mkpath(m_extractDir);
    QString dbError;
    QSqlDatabase db = pack::openDatabase(m_path, true, &dbError);
    if (!db.isValid()) {
        if (error)
            *error = QCoreApplication::translate("OfflinePack", "Cannot open the pack %1: %2")
                         .arg(m_path, dbError);
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, size, data FROM %1").arg(QLatin1String(pack::filesTable)));
    bool ok = true;
    while (ok && q.next()) {
        const QString name = QFileInfo(q.value(0).toString()).fileName(); // no path tricks
        const QString target = m_extractDir + QLatin1Char('/') + name;
        const QByteArray data = q.value(2).toByteArray();
        if (data.size() != q.value(1).toLongLong()) {
            if (error)
                *error = QCoreApplication::translate(
                             "OfflinePack",
                             "Cannot open the pack %1: the embedded file %2 is damaged.")
                             .arg(m_path, name);
            ok = false;
            break;
        }
        if (QFileInfo(target).size() != data.size()) {
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()
                || !out.commit()) {
                if (error)
                    *error = QCoreApplication::translate("OfflinePack",
                                                         "Cannot extract %1 from the pack %2: %3")
                                 .arg(name, m_path, out.errorString());
                ok = false;
                break;
            }
        }
        m_files.insert(name, target);
    }
    q.finish();
    pack::closeDatabase(db);
    return ok;
}

QJsonValue OfflinePack::resolveTokens(const QJsonValue &value) const
{
    if (value.isString()) {
        const QString s = value.toString();
        const QString token = QString::fromLatin1(pack::fileToken);
        if (s.startsWith(token))
            return m_files.value(s.mid(token.size()),
                                 m_extractDir + QLatin1Char('/') + s.mid(token.size()));
        return value;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            a[i] = resolveTokens(a[i]);
        return a;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = resolveTokens(it.value());
        return o;
    }
    return value;
}

bool OfflinePack::readProject(QString *error)
{
    QString dbError;
    QSqlDatabase db = pack::openDatabase(m_path, true, &dbError);
    QByteArray json;
    if (db.isValid()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT json FROM %1 WHERE id = 1")
                       .arg(QLatin1String(pack::projectTable)))
            && q.next())
            json = q.value(0).toString().toUtf8();
        q.finish();
        pack::closeDatabase(db);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error
                = QCoreApplication::translate(
                      "OfflinePack", "Cannot open the pack %1: its project is missing or damaged.")
                      .arg(m_path);
        return false;
    }
    const QJsonObject resolved = resolveTokens(doc.object()).toObject();
    Project project;
    QString reason;
    if (!project.fromJson(resolved, QFileInfo(m_path).absolutePath(), &reason)) {
        if (error)
            *error = QCoreApplication::translate("OfflinePack", "Cannot open the pack %1: %2")
                         .arg(m_path, reason);
        return false;
    }
    // Sources were stored relative to the pack: they now name this pack wherever it was
    // copied, under its current file name.
    const QString storedName = QFileInfo(m_path).absolutePath() + QLatin1Char('/');
    for (ProjectLayer &layer : project.layers()) {
        if (layer.source.startsWith(storedName) && layer.source.endsWith(QLatin1String(".gpkg"))
            && !QFileInfo::exists(layer.source))
            layer.source = m_path;
        // Raster layers open GDAL names: the pack's tile table as a GPKG subdataset.
        if (layer.type == QLatin1String("raster") && layer.source == m_path
            && !layer.sublayer.isEmpty())
            layer.source = QStringLiteral("GPKG:%1:%2").arg(m_path, layer.sublayer);
    }
    // Bays the trainer marks taken are read through an exercise parking feed.
    const QJsonObject parking = project.section(QStringLiteral("parking"));
    if (!parking.isEmpty())
        project.setSection(QStringLiteral("parking"),
                           ExerciseScenario::withExerciseBayFeed(parking));
    m_project = project;
    return true;
}

qint64 OfflinePack::loadObservations(ObservationCache &cache, QString *error) const
{
    QString dbError;
    QSqlDatabase db = pack::openDatabase(m_path, true, &dbError);
    if (!db.isValid()) {
        if (error)
            *error = dbError;
        return -1;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT feed, entity, quantity, time, value, text FROM %1")
               .arg(QLatin1String(pack::observationsTable)));
    ObservationList batch;
    qint64 total = 0;
    bool ok = true;
    auto flush = [&] {
        if (batch.isEmpty())
            return;
        QString storeError;
        if (cache.store(batch, &storeError) < 0) {
            ok = false;
            if (error)
                *error = storeError;
        }
        total += batch.size();
        batch.clear();
    };
    while (ok && q.next()) {
        Observation o;
        o.feedId = q.value(0).toString();
        o.entityId = q.value(1).toString();
        o.quantity = q.value(2).toString();
        o.time = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC();
        if (!q.value(4).isNull())
            o.value = q.value(4).toDouble();
        o.text = q.value(5).toString();
        batch.append(o);
        if (batch.size() >= 5000)
            flush();
    }
    flush();
    q.finish();
    pack::closeDatabase(db);
    return ok ? total : -1;
}

void OfflinePack::readRecordedPeriod()
{
    // An open-ended period: the times of the recorded history itself.
    QSqlDatabase db = pack::openDatabase(m_path, true, nullptr);
    if (!db.isValid())
        return;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT min(time), max(time) FROM %1")
                   .arg(QLatin1String(pack::observationsTable)))
        && q.next()) {
        if (!m_from.isValid())
            m_from = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC();
        if (!m_to.isValid())
            m_to = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    }
    q.finish();
    pack::closeDatabase(db);
}

qint64 OfflinePack::observationCount() const
{
    QSqlDatabase db = pack::openDatabase(m_path, true, nullptr);
    qint64 n = 0;
    if (db.isValid()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1")
                       .arg(QLatin1String(pack::observationsTable)))
            && q.next())
            n = q.value(0).toLongLong();
        q.finish();
        pack::closeDatabase(db);
    }
    return n;
}

} // namespace territoire
