#include "offline/ExerciseScenario.h"

#include "offline/PackFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace territoire {

QString ExerciseEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::GaugeValue:
        return QStringLiteral("gauge-value");
    case Kind::GaugeCurve:
        return QStringLiteral("gauge-curve");
    case Kind::CloseWay:
        return QStringLiteral("close-way");
    case Kind::BayTaken:
        return QStringLiteral("bay-taken");
    }
    return {};
}

bool ExerciseEvent::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::GaugeValue, Kind::GaugeCurve, Kind::CloseWay, Kind::BayTaken}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

void ExerciseScenario::addEvent(const ExerciseEvent &event)
{
    m_events.append(event);
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const ExerciseEvent &a, const ExerciseEvent &b) { return a.at < b.at; });
}

ObservationList ExerciseScenario::syntheticObservations() const
{
    ObservationList out;
    for (const ExerciseEvent &e : m_events) {
        Observation o;
        o.entityId = e.target;
        switch (e.kind) {
        case ExerciseEvent::Kind::GaugeValue:
            o.feedId = gaugeFeedId();
            o.quantity = e.payload.value(QStringLiteral("quantity")).toString(QStringLiteral("H"));
            o.time = e.at.toUTC();
            o.value = e.payload.value(QStringLiteral("value")).toDouble(std::nan(""));
            out.append(o);
            break;
        case ExerciseEvent::Kind::GaugeCurve: {
            o.feedId = gaugeFeedId();
            o.quantity = e.payload.value(QStringLiteral("quantity")).toString(QStringLiteral("H"));
            for (const QJsonValue &p : e.payload.value(QStringLiteral("points")).toArray()) {
                const QJsonArray point = p.toArray();
                Observation step = o;
                step.time = e.at.toUTC().addSecs(qint64(point.at(0).toDouble()));
                step.value = point.at(1).toDouble(std::nan(""));
                out.append(step);
            }
            break;
        }
        case ExerciseEvent::Kind::BayTaken:
            o.feedId = e.payload.value(QStringLiteral("feed")).toString(exerciseBayFeedId());
            o.quantity = QStringLiteral("status");
            o.time = e.at.toUTC();
            o.text = QStringLiteral("taken");
            out.append(o);
            break;
        case ExerciseEvent::Kind::CloseWay:
            break;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Observation &a, const Observation &b) { return a.time < b.time; });
    out.erase(
        std::remove_if(out.begin(), out.end(), [](const Observation &o) { return !o.isValid(); }),
        out.end());
    return out;
}

QList<qint64> ExerciseScenario::closedWaysAt(const QDateTime &instant) const
{
    QList<qint64> ways;
    for (const ExerciseEvent &e : m_events) {
        if (e.kind == ExerciseEvent::Kind::CloseWay && e.at <= instant) {
            bool ok = false;
            const qint64 id = e.target.toLongLong(&ok);
            if (ok && !ways.contains(id))
                ways.append(id);
        }
    }
    return ways;
}

bool ExerciseScenario::load(const QString &packPath, QString *error)
{
    QSqlDatabase db = pack::openDatabase(packPath, true, error);
    if (!db.isValid())
        return false;
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("SELECT id, at, kind, target, payload FROM %1 ORDER BY "
                                          "at, id")
                               .arg(QLatin1String(pack::eventsTable)));
    if (!ok && error)
        *error = q.lastError().text();
    m_events.clear();
    while (ok && q.next()) {
        ExerciseEvent e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        if (!ExerciseEvent::kindFromName(q.value(2).toString(), &e.kind))
            continue;
        e.target = q.value(3).toString();
        e.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        m_events.append(e);
    }
    q.finish();
    pack::closeDatabase(db);
    return ok;
}

bool ExerciseScenario::save(const QString &packPath, QString *error) const
{
    QSqlDatabase db = pack::openDatabase(packPath, false, error);
    if (!db.isValid())
        return false;
    db.transaction();
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(pack::eventsTable)))
        && q.exec(QStringLiteral("DELETE FROM %1 WHERE exercise = 1")
                      .arg(QLatin1String(pack::observationsTable)));
    for (const ExerciseEvent &e : m_events) {
        if (!ok)
            break;
        q.prepare(QStringLiteral("INSERT INTO %1 (at, kind, target, payload) VALUES (?, ?, ?, ?)")
                      .arg(QLatin1String(pack::eventsTable)));
        q.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(ExerciseEvent::kindName(e.kind));
        q.addBindValue(e.target);
        q.addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
        ok = q.exec();
    }
    const ObservationList synthetic = syntheticObservations();
    for (const Observation &o : synthetic) {
        if (!ok)
            break;
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (feed, entity, quantity, time, value, "
                                 "text, exercise) VALUES (?, ?, ?, ?, ?, ?, 1)")
                      .arg(QLatin1String(pack::observationsTable)));
        q.addBindValue(o.feedId);
        q.addBindValue(o.entityId);
        q.addBindValue(o.quantity);
        q.addBindValue(o.time.toString(Qt::ISODateWithMs));
        q.addBindValue(o.hasValue() ? QVariant(o.value) : QVariant());
        q.addBindValue(o.text.isEmpty() ? QVariant() : QVariant(o.text));
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("ExerciseScenario",
                                                 "Cannot save the exercise in %1: %2")
                         .arg(packPath, q.lastError().text());
        db.rollback();
    } else {
        db.commit();
    }
    q.finish();
    pack::closeDatabase(db);
    return ok;
}

QString ExerciseScenario::badgeText(const QDateTime &replayInstant)
{
    const QDateTime local = replayInstant.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
    return QCoreApplication::translate("ExerciseScenario", "Exercise — replay of %1")
        .arg(local.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
}

} // namespace territoire
