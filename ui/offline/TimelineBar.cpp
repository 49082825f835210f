#include "TimelineBar.h"

#include "base/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

namespace territoire {

namespace {

QString shown(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")))
        .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

// QDateTimeEdit of Qt 6.4 knows no time zone: the "jump to" field holds the Paris wall time
// labelled as UTC, converted here in both directions.
QDateTime toParisWallTime(const QDateTime &t)
{
    const QDateTime paris = t.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
    return QDateTime(paris.date(), paris.time(), Qt::UTC);
}

QDateTime fromParisWallTime(const QDateTime &wall)
{
    return QDateTime(wall.date(), wall.time(), QTimeZone(QByteArrayLiteral("Europe/Paris")))
        .toUTC();
}

} // namespace

TimelineBar::TimelineBar(QWidget *parent)
    : QToolBar(tr("Timeline"), parent)
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_jump(new QDateTimeEdit(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("timelineBar"));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Play or pause the replay"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    addWidget(m_play);
    for (int factor : {1, 10, 60, 300, 600, 1800, 3600})
        m_speed->addItem(tr("%1×").arg(factor), factor);
    m_speed->setToolTip(tr("Replay speed"));
    addWidget(m_speed);
    m_slider->setMinimumWidth(240);
    m_slider->setToolTip(tr("Recorded period"));
    addWidget(m_slider);
    addWidget(m_time);
    m_jump->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_jump->setTimeSpec(Qt::UTC); // holds Paris wall time, see toParisWallTime()
    m_jump->setToolTip(tr("Jump to a time"));
    addWidget(m_jump);
    QAction *reset = addAction(tr("Reset exercise"));
    reset->setToolTip(tr("Back to the start of the exercise, trainer events undone"));
    connect(reset, &QAction::triggered, this, &TimelineBar::resetRequested);

    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        if (!m_clock)
            return;
        on ? m_clock->play() : m_clock->pause();
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_clock)
            m_clock->setSpeed(m_speed->currentData().toDouble());
    });
    connect(m_slider, &QSlider::sliderMoved, this, &TimelineBar::onSliderMoved);
    connect(m_jump, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_clock)
            m_clock->seek(fromParisWallTime(m_jump->dateTime()));
    });
    // A fixed real-time refresh: the clock may tick thousands of times faster at 3,600×.
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &TimelineBar::refresh);
    setEnabled(false);
}

void TimelineBar::setClock(ReplayClock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    setEnabled(clock != nullptr);
    if (!clock) {
        m_refresh->stop();
        return;
    }
    m_slider->setRange(0, int(clock->start().secsTo(clock->end()) / 60));
    m_jump->setDateTimeRange(toParisWallTime(clock->start()), toParisWallTime(clock->end()));
    connect(clock, &ReplayClock::playingChanged, this, [this](bool playing) {
        QSignalBlocker block(m_play);
        m_play->setChecked(playing);
        m_play->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(clock, &Clock::jumped, this, &TimelineBar::refresh);
    const int index = m_speed->findData(clock->speed());
    m_speed->setCurrentIndex(index >= 0 ? index : 0);
    m_refresh->start();
    refresh();
}

void TimelineBar::refresh()
{
    if (!m_clock)
        return;
    const QDateTime now = m_clock->now();
    if (!m_slider->isSliderDown()) {
        QSignalBlocker block(m_slider);
        m_slider->setValue(int(m_clock->start().secsTo(now) / 60));
    }
    m_time->setText(shown(now));
}

void TimelineBar::onSliderMoved(int minutes)
{
    if (m_clock)
        m_clock->seek(m_clock->start().addSecs(qint64(minutes) * 60));
}

} // namespace territoire
