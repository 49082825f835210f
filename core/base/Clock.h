#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace territoire {

// The one source of time for all core logic. Feeds, thresholds, staleness and routing on bay
// status ask the clock, never the system, so a replayed exercise runs the same code as live duty.
// All instants are UTC.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The current instant, UTC.
    virtual QDateTime now() const = 0;
    // True when this clock replays recorded time rather than following the wall clock.
    virtual bool isReplay() const { return false; }

Q_SIGNALS:
    // Emitted when time jumps (seek, reset) rather than flowing: caches of "now" must refresh.
    void jumped(const QDateTime &now);
    // Emitted about once per second of clock time while the clock runs (live or playing replay).
    void ticked(const QDateTime &now);
};

// Follows the system clock. The only place in the core that reads the system time.
class LiveClock : public Clock
{
    Q_OBJECT
public:
    explicit LiveClock(QObject *parent = nullptr);
    QDateTime now() const override;

private:
    QTimer m_ticker;
};

// A fixed instant that only moves when told: for tests, batch exports and replays driven
// step by step.
class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start = {}, QObject *parent = nullptr);
    QDateTime now() const override { return m_now; }
    bool isReplay() const override { return true; }
    // Moves to an instant (UTC); emits jumped.
    void setNow(const QDateTime &now);
    // Moves forward by a number of seconds; emits ticked.
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

// Replays recorded time between two instants, at a speed of 1x to 3600x, with play, pause and
// seek. Time flows from a monotonic timer, so the replay never depends on the wall clock's date.
class ReplayClock : public Clock
{
    Q_OBJECT
public:
    ReplayClock(const QDateTime &start, const QDateTime &end, QObject *parent = nullptr);

    QDateTime now() const override;
    bool isReplay() const override { return true; }

    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }

    void play();
    void pause();
    // Speed factor, clamped to [1, 3600].
    void setSpeed(double factor);
    // Jumps to an instant clamped to [start, end]; emits jumped.
    void seek(const QDateTime &instant);

Q_SIGNALS:
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void finished();

private:
    void onTick();

    QDateTime m_start;
    QDateTime m_end;
    QDateTime m_anchor; // replay instant when the monotonic timer was last restarted
    QElapsedTimer m_elapsed; // monotonic real time since m_anchor
    double m_speed = 1.0;
    bool m_playing = false;
    QTimer m_ticker;
};

} // namespace territoire
