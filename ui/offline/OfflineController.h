#pragma once

#include "offline/ExerciseScenario.h"
#include "offline/OfflinePack.h"

#include "base/Clock.h"
#include <QObject>

#include <QPointer>

class QAction;
class QLabel;

namespace territoire {

class AppContext;
class ObservationCache;
class ReplayDriver;
class TimelineBar;

// Holds the offline state of the main window: the open pack, its replay clock and exercise,
// the Offline switch, the timeline and the badge over the map.
class OfflineController : public QObject
{
    Q_OBJECT
public:
    explicit OfflineController(AppContext &context);
    ~OfflineController() override;

    void openPack();
    bool openPackFile(const QString &path);
    void writePack();
    void setOffline(bool offline);
    void addBasemap(const QString &presetId);

    // Trainer events at the current replay instant (saved in the pack at once).
    void injectGaugeValue();
    void injectGaugeCurve();
    void closeWay();
    void markBayTaken();
    void resetExercise();
    // Leaves the exercise: the live clock, the live observation cache and online mode again.
    // Opening a project that is not a pack does the same.
    void closeExercise();
    bool isExercise() const { return m_clock != nullptr; }

private:
    void applyEvent(const ExerciseEvent &event);
    void startReplay(const QDateTime &start, const QDateTime &end);
    void updateBadge();
    void saveScenario();
    ObservationCache *cache() const;
    // Ends the replay driver (its closures reopened) and the replay clock.
    void endReplay();
    // Makes `path` the feed engine's cache; false (reported) when it cannot be opened.
    bool switchCache(const QString &path);
    QString askStation(const QString &title, bool *ok);

    AppContext &m_context;
    OfflinePack m_pack;
    ExerciseScenario m_scenario;
    QPointer<ReplayClock> m_clock;
    QPointer<ReplayDriver> m_driver;
    TimelineBar *m_timeline = nullptr;
    QLabel *m_badge = nullptr;
    QAction *m_offlineAction = nullptr;
    QList<QAction *> m_exerciseActions;
    QAction *m_closeAction = nullptr;
    bool m_openingPack = false;
};

} // namespace territoire
