#include "common/AppContext.h"

#include <QVariant>

namespace territoire {

QObject *AppContext::service(const QString &name) const
{
    return property(("service." + name).toUtf8().constData()).value<QObject *>();
}

void AppContext::setService(const QString &name, QObject *service)
{
    if (service && !service->parent())
        service->setParent(this);
    setProperty(("service." + name).toUtf8().constData(), QVariant::fromValue(service));
}

void AppContext::setBorrowedService(const QString &name, QObject *service)
{
    setProperty(("service." + name).toUtf8().constData(), QVariant::fromValue(service));
}

} // namespace territoire
