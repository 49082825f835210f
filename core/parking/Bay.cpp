#include "parking/Bay.h"

#include <QCoreApplication>

namespace territoire {

QString bayStatusKey(BayStatus status)
{
    switch (status) {
    case BayStatus::Free:
        return QStringLiteral("free");
    case BayStatus::Taken:
        return QStringLiteral("taken");
    case BayStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString bayStatusLabel(BayStatus status)
{
    switch (status) {
    case BayStatus::Free:
        return QCoreApplication::translate("Parking", "free");
    case BayStatus::Taken:
        return QCoreApplication::translate("Parking", "taken");
    case BayStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("Parking", "unknown");
}

} // namespace territoire
