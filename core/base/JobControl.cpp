#include "base/JobControl.h"

#include <algorithm>

namespace territoire {

void JobControl::setProgress(double fraction, const QString &step)
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    m_progress.store(f, std::memory_order_relaxed);
    Q_EMIT progressChanged(f, step);
}

ProgressCallback progressCallback(JobControl *control)
{
    return [control](double fraction, const QString &step) {
        if (!control)
            return true;
        control->setProgress(fraction, step);
        return !control->isCancelled();
    };
}

} // namespace territoire
