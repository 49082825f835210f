#include "offline/NetworkPolicy.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QUrl>

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <ogr_srs_api.h>

namespace territoire {

namespace {

// Offline, every query gets an HTTP proxy with no host name: Qt fails the request with
// "host not found" before any lookup or connection. Online, the manager's own proxy (or none).
class OfflineProxyFactory : public QNetworkProxyFactory
{
public:
    explicit OfflineProxyFactory(const QNetworkProxy &online)
        : m_online(online)
    { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        NetworkPolicy &policy = NetworkPolicy::instance();
        if (policy.isOffline()) {
            const QString scheme = query.url().scheme();
            if (scheme != QLatin1String("file") && scheme != QLatin1String("qrc")
                && scheme != QLatin1String("data")) {
                policy.noteBlockedRequest();
                qCInfo(lcOffline) << "Offline: network request refused";
                return {QNetworkProxy(QNetworkProxy::HttpProxy, QString(), 0)};
            }
        }
        return {m_online};
    }

private:
    QNetworkProxy m_online;
};

CPLHTTPResult *refuseGdalFetch(const char *url, CSLConstList, GDALProgressFunc, void *,
                               CPLHTTPFetchWriteFunc, void *, void *)
{
    NetworkPolicy &policy = NetworkPolicy::instance();
    if (!policy.isOffline())
        return nullptr; // the default implementation handles it
    policy.noteBlockedRequest();
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("Territoire is offline: no network request is made");
    CPLError(CE_Failure, CPLE_AppDefined, "Offline: request to %s refused",
             QUrl(QString::fromUtf8(url)).host().toUtf8().constData());
    return result;
}

} // namespace

NetworkPolicy::NetworkPolicy()
    : QObject(nullptr)
{
    CPLHTTPSetFetchCallback(refuseGdalFetch, nullptr);
}

NetworkPolicy &NetworkPolicy::instance()
{
    static NetworkPolicy *policy = new NetworkPolicy; // lives for the process
    return *policy;
}

void NetworkPolicy::setOffline(bool offline)
{
    installProxyFactory();
    if (offline == isOffline())
        return;
    m_offline.store(offline, std::memory_order_relaxed);
    applyToGdal(offline);
    qCInfo(lcOffline) << (offline ? "Offline mode on" : "Offline mode off");
    Q_EMIT offlineChanged(offline);
}

void NetworkPolicy::applyToGdal(bool offline)
{
    // /vsicurl/, /vsis3/, ... only open files whose extension is listed: none offline.
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS",
                       offline ? ".territoire-offline-no-network" : nullptr);
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", offline ? "0" : nullptr);
    CPLSetConfigOption("PROJ_NETWORK", offline ? "OFF" : nullptr);
    OSRSetPROJEnableNetwork(offline ? FALSE : TRUE);
    VSICurlClearCache();
}

void NetworkPolicy::installProxyFactory()
{
    if (m_factoryInstalled)
        return;
    m_factoryInstalled = true;
    QNetworkProxyFactory::setApplicationProxyFactory(
        new OfflineProxyFactory(QNetworkProxy(QNetworkProxy::NoProxy)));
}

void NetworkPolicy::guard(QNetworkAccessManager *manager)
{
    installProxyFactory();
    if (!manager || manager->property("territoireGuarded").toBool())
        return;
    manager->setProperty("territoireGuarded", true);
    manager->setProxyFactory(new OfflineProxyFactory(manager->proxy()));
}

bool NetworkPolicy::isNetworkSource(const QString &source)
{
    const QString s = source.trimmed();
    static const char *prefixes[]
        = {"http://", "https://", "ftp://",  "/vsicurl",  "/vsis3",      "/vsigs",
           "/vsiaz",  "/vsiadls", "/vsioss", "/vsiswift", "/vsiwebhdfs", "/vsihdfs",
           "wms:",    "wmts:",    "wfs:",    "wcs:",      "carto:",      "elastic"};
    for (const char *p : prefixes) {
        if (s.startsWith(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    }
    if (s.contains(QLatin1String("/vsicurl/"), Qt::CaseInsensitive))
        return true;
    if (s.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
        // A PostgreSQL connection to another machine (a local socket or loopback is not).
        const QString lower = s.toLower();
        const int at = lower.indexOf(QLatin1String("host="));
        if (at < 0)
            return false;
        const QString host = lower.mid(at + 5).section(QLatin1Char(' '), 0, 0);
        return !(host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
                 || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1"));
    }
    return false;
}

QString NetworkPolicy::offlineRefusal(const QString &source)
{
    return QCoreApplication::translate("NetworkPolicy",
                                       "%1 needs the network and Territoire is offline.")
        .arg(source);
}

} // namespace territoire
