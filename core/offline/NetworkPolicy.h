#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QNetworkAccessManager;

namespace territoire {

// Whether Territoire may use the network at all. Offline (a pack opened, or the "Offline"
// switch) means no request of any kind leaves the application:
// - Qt: every QNetworkAccessManager that uses the application proxy factory (the default) or
//   that was passed to guard() fails its requests at once, before any name lookup or
//   connection;
// - GDAL: HTTP fetches (CPLHTTPFetch) are refused, /vsicurl/ and friends see no file,
//   PROJ's network grids are disabled; basemap layers switch to GDAL WMS cache-only mode.
// Feature areas query isOffline() or connect to offlineChanged (the feed engine is switched
// through FeedEngine::setOffline by the offline UI). A single instance lives for the process.
class NetworkPolicy : public QObject
{
    Q_OBJECT
public:
    static NetworkPolicy &instance();

    bool isOffline() const { return m_offline.load(std::memory_order_relaxed); }
    // Applies the policy to Qt and GDAL at once; emits offlineChanged when it changes.
    void setOffline(bool offline);

    // Makes an application-owned manager obey the policy even if it was given its own proxy
    // factory. Safe to call several times on the same manager.
    void guard(QNetworkAccessManager *manager);

    // Requests refused since start (GDAL HTTP fetches and guarded Qt requests that reached
    // the proxy query), for tests and the status bar.
    int blockedRequests() const { return m_blocked.load(std::memory_order_relaxed); }
    void noteBlockedRequest() { m_blocked.fetch_add(1, std::memory_order_relaxed); }

    // True for sources that would need the network: http(s)/ftp URLs, /vsicurl/ and other
    // network virtual file systems, PG: connection strings to another host, WMS/WMTS URLs.
    static bool isNetworkSource(const QString &source);
    // The sentence shown when such a source is refused offline, naming it.
    static QString offlineRefusal(const QString &source);

Q_SIGNALS:
    void offlineChanged(bool offline);

private:
    NetworkPolicy();
    void applyToGdal(bool offline);
    void installProxyFactory();

    std::atomic<bool> m_offline {false};
    std::atomic<int> m_blocked {0};
    bool m_factoryInstalled = false;
};

} // namespace territoire
