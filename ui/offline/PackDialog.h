#pragma once

#include "base/JobControl.h"
#include "offline/PackWriter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace territoire {

// File → Write offline pack…: the pack's file, area, recorded period and basemap zoom levels,
// then a progress bar while the pack is written off the UI thread; Cancel stops it and
// removes the partial file. Reports the size before and after.
class PackDialog : public QDialog
{
    Q_OBJECT
public:
    // observationCachePath: the recorded feed history the pack copies (the feed engine's).
    PackDialog(const Project &project, const QDateTime &now, const QString &observationCachePath,
               QWidget *parent = nullptr);
    ~PackDialog() override;

private:
    void start();
    void onFinished();

    Project m_project;
    QDateTime m_now;
    QString m_observationCachePath;
    QLineEdit *m_out;
    QLineEdit *m_area;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QSpinBox *m_minZoom;
    QSpinBox *m_maxZoom;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<JobControl> m_control;
    QFutureWatcher<PackResult> m_watcher;
};

} // namespace territoire
