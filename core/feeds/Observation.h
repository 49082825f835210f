#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cmath>

namespace territoire {

// One value a live feed reported for one thing at one instant. Generic on purpose: river gauges
// store a station code as entity and "H" (metres) or "Q" (m³/s) as quantity; parking stores a
// bay or site id as entity and "vacant" or "status" as quantity. Values are always in the unit
// the feed's domain documents (converted once, when parsed); text carries non-numeric values
// (a status word), with value NaN. The time is the observation instant, in UTC.
struct Observation
{
    QString feedId;
    QString entityId;
    QString quantity;
    QDateTime time; // UTC, when the value was observed (not when it was received)
    double value = std::nan("");
    QString text;

    // True when the key fields are set, the time is valid and there is a value or a text.
    bool isValid() const
    {
        return !feedId.isEmpty() && !entityId.isEmpty() && !quantity.isEmpty() && time.isValid()
            && (std::isfinite(value) || !text.isEmpty());
    }
    bool hasValue() const { return std::isfinite(value); }
};

using ObservationList = QList<Observation>;

} // namespace territoire

Q_DECLARE_METATYPE(territoire::Observation)
