#include "offline/ExerciseScenario.h"

#include "offline/PackFormat.h"
#include "parking/SiteStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
            // In the parking feeds' own terms (see parking/BayStatusModel.h): no vacant place.
            o.feedId = e.payload.value(QStringLiteral("feed")).toString(exerciseBayFeedId());
            o.quantity = QStringLiteral("vacant");
            o.time = e.at.toUTC();
            o.value = 0;
            o.text = SiteStatus::stateKey(SiteStatus::State::Full);
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

QJsonArray ExerciseScenario::parseCurve(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    QList<QPair<double, double>> points;
    for (const QString &pair : text.split(separators, Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(QLatin1Char('='));
        bool minutesOk = false;
        bool valueOk = false;
        const double minutes = parts.value(0).toDouble(&minutesOk);
        const double value = QString(parts.value(1))
                                 .replace(QLatin1Char(','), QLatin1Char('.'))
                                 .toDouble(&valueOk);
        if (parts.size() != 2 || !minutesOk || !valueOk || minutes < 0) {
            if (error)
                *error = QCoreApplication::translate(
                             "ExerciseScenario",
                             "Cannot read \"%1\" in the gauge curve: expected minutes=value, "
                             "such as 60=1.65.")
                             .arg(pair);
            return {};
        }
        points.append({minutes * 60, value});
    }
    if (points.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ExerciseScenario", "The gauge curve is empty.");
        return {};
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray out;
    for (const auto &p : std::as_const(points))
        out.append(QJsonArray {p.first, p.second});
    return out;
}

int ExerciseScenario::removeFromCache(const QString &cachePath, const ObservationList &observations,
                                      QString *error)
{
    if (observations.isEmpty())
        return 0;
    if (cachePath.startsWith(QLatin1Char(':'))) {
        if (error)
            *error = QCoreApplication::translate("ExerciseScenario",
                                                 "The observation cache %1 is not a file.")
                         .arg(cachePath);
        return -1;
    }
    QSqlDatabase db = pack::openDatabase(cachePath, false, error);
    if (!db.isValid())
        return -1;
    db.transaction();
    QSqlQuery q(db);
    // The cache's own table: times in milliseconds since the epoch (feeds/ObservationCache).
    q.prepare(QStringLiteral("DELETE FROM observations WHERE feed = ? AND entity = ? AND "
                             "quantity = ? AND time = ? AND value IS ?"));
    int removed = 0;
    bool ok = true;
    for (const Observation &o : observations) {
        q.addBindValue(o.feedId);
        q.addBindValue(o.entityId);
        q.addBindValue(o.quantity);
        q.addBindValue(o.time.toMSecsSinceEpoch());
        q.addBindValue(o.hasValue() ? QVariant(o.value) : QVariant(QMetaType::fromType<double>()));
        if (!q.exec()) {
            ok = false;
            break;
        }
        removed += q.numRowsAffected();
    }
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("ExerciseScenario",
                                                 "Cannot reset the exercise in %1: %2")
                         .arg(cachePath, q.lastError().text());
        db.rollback();
    } else {
        db.commit();
    }
    q.finish();
    pack::closeDatabase(db);
    return ok ? removed : -1;
}

QJsonObject ExerciseScenario::exerciseBayFeed()
{
    // Never polled (no address); its statuses stay valid for the whole exercise.
    return {{QStringLiteral("id"), exerciseBayFeedId()},
            {QStringLiteral("name"),
             QCoreApplication::translate("ExerciseScenario", "Exercise (trainer events)")},
            {QStringLiteral("freshness"), 50 * 365 * 24 * 3600}};
}

QJsonObject ExerciseScenario::withExerciseBayFeed(QJsonObject parkingSection)
{
    QJsonArray feeds = parkingSection.value(QStringLiteral("feeds")).toArray();
    for (const QJsonValue &f : std::as_const(feeds)) {
        if (f.toObject().value(QStringLiteral("id")).toString() == exerciseBayFeedId())
            return parkingSection;
    }
    feeds.append(exerciseBayFeed());
    parkingSection.insert(QStringLiteral("feeds"), feeds);
    return parkingSection;
}

QString ExerciseScenario::badgeText(const QDateTime &replayInstant)
{
    const QDateTime local = replayInstant.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
    return QCoreApplication::translate("ExerciseScenario", "Exercise — replay of %1")
        .arg(local.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
}

} // namespace territoire
