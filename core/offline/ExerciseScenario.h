#pragma once

#include "feeds/Observation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace territoire {

// One thing a trainer injects into a replayed exercise, at a clock instant (UTC).
struct ExerciseEvent
{
    enum class Kind {
        GaugeValue, // target: station code; payload {quantity, value}
        GaugeCurve, // target: station code; payload {quantity, points: [[seconds, value], ...]}
        CloseWay, // target: OSM way id (a footway or street); routes avoid it from `at`
        BayTaken, // target: bay id; payload {feed} (default exercise-bays): taken from `at`
    };
    qint64 id = 0; // row id in the pack, 0 when not saved
    QDateTime at;
    Kind kind = Kind::GaugeValue;
    QString target;
    QJsonObject payload;

    bool isValid() const { return at.isValid() && !target.isEmpty(); }
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

// The trainer's events of an exercise, kept in the pack (territoire_exercise_events) so the
// same session can be run again. Gauge and bay events become synthetic observations flagged
// as exercise in the pack's history; way closures are applied by whoever holds the router
// (closedWaysAt). Everything is a function of the clock instant: the same instant gives the
// same state (replay determinism).
class ExerciseScenario
{
public:
    // Feed ids the synthetic observations are stored under.
    static QString gaugeFeedId() { return QStringLiteral("hubeau-hydrometrie"); }
    static QString exerciseBayFeedId() { return QStringLiteral("exercise-bays"); }

    const QList<ExerciseEvent> &events() const { return m_events; }
    void addEvent(const ExerciseEvent &event);
    void clear() { m_events.clear(); }

    // Observations the gauge and bay events stand for (time-ordered).
    ObservationList syntheticObservations() const;
    // OSM way ids closed at an instant.
    QList<qint64> closedWaysAt(const QDateTime &instant) const;

    // Reads and writes the events (and their synthetic observations, exercise = 1) of a pack.
    bool load(const QString &packPath, QString *error);
    bool save(const QString &packPath, QString *error) const;

    // A gauge curve typed by the trainer, "minutes=value" pairs separated by spaces or
    // semicolons ("0=1.10 60=1.65"), as GaugeCurve points [[seconds, value], ...] in time
    // order. Empty with the reason in *error when a pair does not read.
    static QJsonArray parseCurve(const QString &text, QString *error);

    // Removes these (synthetic) observations from an observation cache file, so a reset
    // exercise shows the recorded history only. Returns the number removed, -1 with *error.
    // ### Territoire 2: an ObservationCache::remove() of the feeds area would replace this
    // direct use of the cache's table.
    static int removeFromCache(const QString &cachePath, const ObservationList &observations,
                               QString *error);

    // The parking feed the bay events are read through (project section "parking", key
    // "feeds"), and a parking section with it added when missing.
    static QJsonObject exerciseBayFeed();
    static QJsonObject withExerciseBayFeed(QJsonObject parkingSection);

    // "Exercise — replay of 12/01/2021 14:00" (French local time of the replayed instant).
    static QString badgeText(const QDateTime &replayInstant);

private:
    QList<ExerciseEvent> m_events;
};

} // namespace territoire
