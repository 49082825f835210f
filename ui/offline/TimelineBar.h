#pragma once

#include "base/Clock.h"

#include <QPointer>
#include <QToolBar>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSlider;
class QToolButton;

namespace territoire {

// The replay timeline: play/pause, speed (1× to 3,600×), a slider over the recorded period,
// the replayed instant and a "jump to" field. Drives a ReplayClock; updates at most every
// 100 ms of real time whatever the speed, so a fast replay keeps the UI responsive.
class TimelineBar : public QToolBar
{
    Q_OBJECT
public:
    explicit TimelineBar(QWidget *parent = nullptr);

    void setClock(ReplayClock *clock);
    ReplayClock *clock() const { return m_clock; }

Q_SIGNALS:
    // The trainer asked to start the exercise again from the beginning.
    void resetRequested();

private:
    void refresh();
    void onSliderMoved(int value);

    QPointer<ReplayClock> m_clock;
    QToolButton *m_play;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
    QDateTimeEdit *m_jump;
    QTimer *m_refresh;
};

} // namespace territoire
