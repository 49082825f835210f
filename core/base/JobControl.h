#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace territoire {

// Shared between a long job running off the UI thread and whoever started it: the job reports
// progress (0..1) and a step text, and polls isCancelled() between units of work.
// Thread-safe; progressChanged is emitted from the job's thread (use a queued connection).
class JobControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // The flag itself, for code that polls an atomic (render contexts) while a unit of work is
    // under way; valid as long as this object.
    const std::atomic<bool> *cancelFlag() const { return &m_cancelled; }

    // fraction is clamped to [0, 1]; step is a user-facing sentence, already translated.
    void setProgress(double fraction, const QString &step = {});
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void progressChanged(double fraction, const QString &step);

private:
    std::atomic<bool> m_cancelled {false};
    std::atomic<double> m_progress {0.0};
};

// A light callback form for code that must not depend on QObject: returns false to cancel.
using ProgressCallback = std::function<bool(double fraction, const QString &step)>;

// Adapts a JobControl (which may be null) to a ProgressCallback.
ProgressCallback progressCallback(JobControl *control);

} // namespace territoire
