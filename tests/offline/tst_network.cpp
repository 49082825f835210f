#include "SharedData.h"
#include "TileServer.h"

#include "layers/LayerTypes.h"
#include "map/LayerRegistry.h"
#include "offline/BasemapLayer.h"
#include "offline/NetworkPolicy.h"
#include "offline/OfflinePack.h"
#include "offline/PackWriter.h"
#include "offline/ProjectSource.h"
#include "render/MapRenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal.h>

using namespace territoire;

namespace {

// Opens a pack and draws all its layers; 0 when the map was drawn. Run inside an empty
// network namespace by the test below.
int renderPackOffline(const QString &packPath)
{
    registerLayerTypes();
    registerBasemapLayerType();
    Project project;
    QString error;
    if (!loadProjectOrPack(packPath, &project, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    std::vector<std::unique_ptr<MapLayer>> layers;
    QList<MapLayer *> list;
    LayerContext context;
    for (const ProjectLayer &d : project.layers()) {
        auto layer = LayerRegistry::instance().create(d, context, &error);
        if (!layer) {
            qWarning("%s", qPrintable(error));
            return 2;
        }
        waitForLayerLoaded(layer.get());
        list.append(layer.get());
        layers.push_back(std::move(layer));
    }
    MapSettings view;
    view.setCrs(Crs::lambert93());
    view.setOutputSize(QSize(320, 240));
    view.setExtent(QRectF(QPointF(985000, 6712000), QPointF(1015000, 6742000)));
    const QImage image = MapRenderer::renderImage(view, list, Qt::white, &error);
    if (image.isNull() || !error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return 3;
    }
    // Nothing even tried the network (a refused attempt is counted).
    if (NetworkPolicy::instance().blockedRequests() != 0) {
        qWarning("%d network requests were attempted", NetworkPolicy::instance().blockedRequests());
        return 4;
    }
    return 0;
}

} // namespace

class TestNetworkSilence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void qtRequests_data();
    void qtRequests();
    void gdalRequests_data();
    void gdalRequests();
    void onlineAgain();
    void packInEmptyNetworkNamespace();

private:
    test::TileServer m_server;
};

void TestNetworkSilence::initTestCase()
{
    GDALAllRegister();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestNetworkSilence::cleanup()
{
    NetworkPolicy::instance().setOffline(false);
}

void TestNetworkSilence::qtRequests_data()
{
    QTest::addColumn<bool>("ownProxy");
    QTest::addColumn<bool>("guarded");
    QTest::addColumn<bool>("loopback");
    // Qt never asks the application proxy factory about loopback addresses, so the default
    // manager is checked with a remote documentation address (RFC 5737): refused at once,
    // before any connection attempt; loopback servers see guarded managers.
    QTest::newRow("default manager, remote host") << false << false << false;
    QTest::newRow("default manager, guarded") << false << true << true;
    QTest::newRow("manager with its own proxy, guarded") << true << true << true;
}

void TestNetworkSilence::qtRequests()
{
    QFETCH(bool, ownProxy);
    QFETCH(bool, guarded);
    QFETCH(bool, loopback);
    NetworkPolicy::instance().setOffline(true);
    QNetworkAccessManager manager;
    if (ownProxy)
        manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    if (guarded)
        NetworkPolicy::instance().guard(&manager);
    m_server.clearRequests();
    const int blockedBefore = NetworkPolicy::instance().blockedRequests();
    const QUrl url = loopback
        ? QUrl(QStringLiteral("http://127.0.0.1:%1/tiles/1/0/0.png").arg(m_server.port()))
        : QUrl(QStringLiteral("http://192.0.2.1:8080/tiles/1/0/0.png"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(reply->error() != QNetworkReply::NoError, "the request went through offline");
    QVERIFY2(timer.elapsed() < 2000, "refused only after a connection attempt");
    QCOMPARE(m_server.requestCount(), 0);
    QVERIFY(NetworkPolicy::instance().blockedRequests() > blockedBefore);
    reply->deleteLater();
}

void TestNetworkSilence::gdalRequests_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("CPLHTTPFetch") << "http";
    QTest::newRow("/vsicurl/") << "vsicurl";
    QTest::newRow("basemap layer") << "basemap";
}

void TestNetworkSilence::gdalRequests()
{
    QFETCH(QString, kind);
    NetworkPolicy::instance().setOffline(true);
    m_server.clearRequests();
    const QByteArray url
        = QStringLiteral("http://127.0.0.1:%1/tiles/2/1/1.png").arg(m_server.port()).toUtf8();
    if (kind == QLatin1String("http")) {
        CPLHTTPResult *result = CPLHTTPFetch(url.constData(), nullptr);
        QVERIFY(result);
        QVERIFY(result->nStatus != 0 || result->pszErrBuf);
        CPLHTTPDestroyResult(result);
    } else if (kind == QLatin1String("vsicurl")) {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        GDALDatasetH ds = GDALOpen(("/vsicurl/" + url).constData(), GA_ReadOnly);
        CPLPopErrorHandler();
        QVERIFY(!ds);
    } else {
        QTemporaryDir cache;
        BasemapSource source;
        source.urlTemplate = m_server.xyzTemplate();
        source.cacheDir = cache.path();
        BasemapLayer layer(BasemapLayer::descriptorFor(source, QStringLiteral("b")));
        MapSettings view;
        view.setCrs(Crs::fromEpsg(3857));
        view.setOutputSize(QSize(256, 256));
        view.setExtent(tiles::bounds3857(2, 1, 1));
        QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        RenderContext context(view);
        QVERIFY(layer.createRenderJob(view)->render(painter, context));
    }
    QCOMPARE(m_server.requests(), QStringList());
}

void TestNetworkSilence::onlineAgain()
{
    // The same requests go through once the policy is back online (the test can fail).
    NetworkPolicy::instance().setOffline(false);
    m_server.clearRequests();
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/tiles/1/0/0.png").arg(m_server.port()))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    const QByteArray url
        = QStringLiteral("http://127.0.0.1:%1/tiles/2/1/1.png").arg(m_server.port()).toUtf8();
    CPLHTTPResult *result = CPLHTTPFetch(url.constData(), nullptr);
    QVERIFY(result);
    QCOMPARE(result->nStatus, 0);
    CPLHTTPDestroyResult(result);
    QCOMPARE(m_server.requestCount(), 2);
}

void TestNetworkSilence::packInEmptyNetworkNamespace()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("true")});
    if (!probe.waitForFinished(5000) || probe.exitCode() != 0)
        QSKIP("unshare -n is not permitted here (needs root or user namespaces)");
    // A pack with a vector layer and a basemap whose tiles were cached from the local server.
    QTemporaryDir dir;
    registerLayerTypes();
    registerBasemapLayerType();
    BasemapSource source;
    source.id = QStringLiteral("local");
    source.urlTemplate = m_server.xyzTemplate();
    source.cacheDir = dir.filePath(QStringLiteral("cache"));
    PackRequest request;
    request.project.setMapCrs(Crs::lambert93());
    ProjectLayer vector;
    vector.id = QStringLiteral("communes");
    vector.type = QStringLiteral("vector");
    vector.source = communes;
    request.project.layers() << BasemapLayer::descriptorFor(source, QStringLiteral("fond"))
                             << vector;
    request.basemapMinZoom = 8;
    request.basemapMaxZoom = 10;
    request.outPath = dir.filePath(QStringLiteral("netns.gpkg"));
    const PackResult result = writePack(request);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.basemapTiles > 0);

    // Inside a network namespace with no interface (not even loopback up), the pack opens and
    // the whole map draws.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TERRITOIRE_NETNS_CHILD_PACK"), request.outPath);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("unshare"),
                {QStringLiteral("-n"), QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForFinished(120000));
    QVERIFY2(child.exitCode() == 0, child.readAll().constData());
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString childPack = qEnvironmentVariable("TERRITOIRE_NETNS_CHILD_PACK");
    if (!childPack.isEmpty()) {
        GDALAllRegister();
        return renderPackOffline(childPack);
    }
    TestNetworkSilence test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_network.moc"
