#include "base/Clock.h"

#include <algorithm>

namespace territoire {

LiveClock::LiveClock(QObject *parent)
    : Clock(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] { Q_EMIT ticked(now()); });
    m_ticker.start();
}

QDateTime LiveClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.isValid() ? start.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC))
{ }

void ManualClock::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    Q_EMIT jumped(m_now);
}

void ManualClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
    Q_EMIT ticked(m_now);
}

ReplayClock::ReplayClock(const QDateTime &start, const QDateTime &end, QObject *parent)
    : Clock(parent)
    , m_start(start.toUTC())
    , m_end(std::max(start, end).toUTC())
    , m_anchor(m_start)
{
    // A short tick keeps the UI smooth at high speeds: at 3600x one tick is 4 replay minutes.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ReplayClock::onTick);
}

QDateTime ReplayClock::now() const
{
    if (!m_playing)
        return m_anchor;
    const qint64 replayMs = qint64(double(m_elapsed.elapsed()) * m_speed);
    return std::min(m_anchor.addMSecs(replayMs), m_end);
}

void ReplayClock::play()
{
    if (m_playing)
        return;
    if (m_anchor >= m_end)
        m_anchor = m_start;
    m_elapsed.start();
    m_playing = true;
    m_ticker.start();
    Q_EMIT playingChanged(true);
}

void ReplayClock::pause()
{
    if (!m_playing)
        return;
    m_anchor = now();
    m_playing = false;
    m_ticker.stop();
    Q_EMIT playingChanged(false);
}

void ReplayClock::setSpeed(double factor)
{
    const double clamped = std::clamp(factor, 1.0, 3600.0);
    if (m_playing) {
        m_anchor = now();
        m_elapsed.restart();
    }
    m_speed = clamped;
    Q_EMIT speedChanged(m_speed);
}

void ReplayClock::seek(const QDateTime &instant)
{
    m_anchor = std::clamp(instant.toUTC(), m_start, m_end);
    if (m_playing)
        m_elapsed.restart();
    Q_EMIT jumped(m_anchor);
}

void ReplayClock::onTick()
{
    const QDateTime t = now();
    Q_EMIT ticked(t);
    if (t >= m_end) {
        pause();
        Q_EMIT finished();
    }
}

} // namespace territoire
