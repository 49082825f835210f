#include "render/MapRenderer.h"

#include "base/Logging.h"
#include "render/LabelPlacer.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

#include <cmath>
#include <vector>

namespace territoire {

// What a background render hands back to the UI thread.
struct MapRenderResult
{
    QImage image;
    MapSettings settings;
    QList<QPair<QString, QString>> failures; // layer name, reason
    bool cancelled = false;
};

namespace {

// One layer's snapshot: everything the worker needs, nothing pointing back to the MapLayer.
struct LayerTask
{
    QString name;
    double opacity = 1.0;
    std::unique_ptr<LayerRenderJob> job;
};

using TaskList = std::vector<LayerTask>;

// Layers are drawn on a pool of their own: the coordinating task runs on the global pool and
// blocks while its layers draw, so layers on the same pool could wait behind it forever.
QThreadPool *layerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("territoire-render-layers"));
        return p;
    }();
    return pool;
}

bool isDrawn(const MapLayer *layer, double scale)
{
    return layer && layer->isVisible() && layer->opacity() > 0 && layer->isVisibleAtScale(scale);
}

QImage newImage(const MapSettings &settings, const QColor &fill)
{
    const double dpr = settings.devicePixelRatio();
    const QSize physical(int(std::ceil(settings.outputSize().width() * dpr)),
                         int(std::ceil(settings.outputSize().height() * dpr)));
    QImage image(physical, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(dpr);
    image.fill(fill.isValid() ? fill : QColor(Qt::transparent));
    return image;
}

QString failureReason(const LayerRenderJob &job)
{
    const QString reason = job.errorString();
    return reason.isEmpty() ? QCoreApplication::translate("MapRenderer", "the layer failed to draw")
                            : reason;
}

void renderInBackground(QPromise<MapRenderResult> &promise, std::shared_ptr<TaskList> tasks,
                        std::shared_ptr<std::atomic<bool>> cancel, const MapSettings &settings,
                        const QColor &background)
{
    MapRenderResult result;
    result.settings = settings;
    const int count = int(tasks->size());
    promise.setProgressRange(0, count);
    RenderContext context(settings, cancel.get());
    auto cancelled = [&] {
        return cancel->load(std::memory_order_relaxed) || promise.isCanceled();
    };

    result.image = newImage(settings, background);
    if (result.image.isNull()) {
        result.failures.append(
            {QString(),
             QCoreApplication::translate("MapRenderer", "not enough memory for the image")});
        promise.addResult(std::move(result));
        return;
    }

    // A single opaque layer is drawn straight onto the map image: no extra image to compose.
    const bool direct = count == 1 && tasks->front().opacity >= 1.0;
    std::vector<QImage> images(count);
    std::vector<QString> errors(count);
    std::atomic<int> done {0};
    auto renderOne = [&](int index) {
        if (cancelled())
            return;
        LayerTask &task = (*tasks)[index];
        QImage image = direct ? result.image : newImage(settings, Qt::transparent);
        if (image.isNull()) {
            errors[index]
                = QCoreApplication::translate("MapRenderer", "not enough memory for the image");
            return;
        }
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const bool ok = task.job->render(painter, context);
        painter.end();
        if (!ok && !cancelled())
            errors[index] = failureReason(*task.job);
        if (ok && !direct)
            images[index] = std::move(image);
        if (direct)
            result.image = std::move(image);
        promise.setProgressValue(++done);
    };
    if (count == 1) {
        renderOne(0);
    } else {
        QList<int> indices(count);
        std::iota(indices.begin(), indices.end(), 0);
        QtConcurrent::blockingMap(layerPool(), indices, renderOne);
    }
    if (cancelled()) {
        result.cancelled = true;
        promise.addResult(std::move(result));
        return;
    }

    // Compose bottom to top, then labels over every layer.
    QPainter painter(&result.image);
    for (int i = 0; i < count; ++i) {
        if (!errors[i].isEmpty())
            result.failures.append({(*tasks)[i].name, errors[i]});
        if (images[i].isNull())
            continue;
        painter.setOpacity((*tasks)[i].opacity);
        painter.drawImage(QPointF(0, 0), images[i]);
        images[i] = QImage(); // free as we go
    }
    painter.setOpacity(1.0);
    LabelPlacer placer(settings.outputSize());
    placer.placeAndDraw(painter, context.takeLabels());
    painter.end();
    result.cancelled = cancelled();
    promise.addResult(std::move(result));
}

} // namespace

MapRenderer::MapRenderer(QObject *parent)
    : QObject(parent)
{ }

MapRenderer::~MapRenderer()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher) {
        QFuture<MapRenderResult> future = m_watcher->future();
        m_watcher->disconnect(this);
        delete m_watcher;
        m_watcher = nullptr;
        future.waitForFinished();
    }
}

void MapRenderer::start(const MapSettings &settings, const QList<MapLayer *> &layers)
{
    cancel();
    if (!settings.isValid()) {
        qCWarning(lcRender) << "Map render skipped: invalid map settings";
        return;
    }

    // Snapshots are taken here, on the calling thread; layers may go away afterwards.
    auto tasks = std::make_shared<TaskList>();
    const double scale = settings.scale();
    for (MapLayer *layer : layers) {
        if (!isDrawn(layer, scale))
            continue;
        std::unique_ptr<LayerRenderJob> job = layer->createRenderJob(settings);
        if (job)
            tasks->push_back({layer->name(), layer->opacity(), std::move(job)});
    }

    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    const int total = int(tasks->size());
    m_watcher = new QFutureWatcher<MapRenderResult>(this);
    connect(m_watcher, &QFutureWatcher<MapRenderResult>::finished, this, &MapRenderer::onFinished);
    connect(m_watcher, &QFutureWatcher<MapRenderResult>::progressValueChanged, this,
            [this, total](int done) { Q_EMIT progress(done, total); });
    m_watcher->setFuture(
        QtConcurrent::run(renderInBackground, tasks, cancelFlag, settings, m_background));
}

void MapRenderer::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    if (m_watcher) {
        // The worker keeps its own snapshot and finishes quickly; its result is dropped.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

bool MapRenderer::isActive() const
{
    return m_watcher && !m_watcher->isFinished();
}

void MapRenderer::onFinished()
{
    if (!m_watcher || sender() != m_watcher)
        return;
    const QFuture<MapRenderResult> future = m_watcher->future();
    if (future.resultCount() == 0)
        return;
    const MapRenderResult result = future.result();
    if (result.cancelled)
        return;
    for (const auto &failure : result.failures) {
        qCWarning(lcRender) << "Layer" << failure.first << "not drawn:" << failure.second;
        Q_EMIT layerFailed(failure.first, failure.second);
    }
    Q_EMIT finished(result.image, result.settings);
}

bool MapRenderer::renderToPainter(QPainter &painter, const MapSettings &settings,
                                  const QList<MapLayer *> &layers, const std::atomic<bool> *cancel,
                                  QString *error)
{
    if (!settings.isValid()) {
        if (error)
            *error = QCoreApplication::translate("MapRenderer", "invalid map view settings");
        return false;
    }
    RenderContext context(settings, cancel);
    QStringList failures;
    const double scale = settings.scale();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(settings.outputSize())), Qt::IntersectClip);
    const double baseOpacity = painter.opacity();
    for (MapLayer *layer : layers) {
        if (context.isCancelled())
            break;
        if (!isDrawn(layer, scale))
            continue;
        std::unique_ptr<LayerRenderJob> job = layer->createRenderJob(settings);
        if (!job)
            continue;
        painter.save();
        painter.setOpacity(baseOpacity * layer->opacity());
        const bool ok = job->render(painter, context);
        painter.restore();
        if (!ok && !context.isCancelled())
            failures.append(QCoreApplication::translate("MapRenderer", "layer \"%1\": %2")
                                .arg(layer->name(), failureReason(*job)));
    }
    if (context.isCancelled()) {
        painter.restore();
        if (error)
            *error = QCoreApplication::translate("MapRenderer", "rendering cancelled");
        return false;
    }
    LabelPlacer placer(settings.outputSize());
    placer.placeAndDraw(painter, context.takeLabels());
    painter.restore();
    if (!failures.isEmpty()) {
        if (error)
            *error = failures.join(QStringLiteral("; "));
        return false;
    }
    return true;
}

QImage MapRenderer::renderImage(const MapSettings &settings, const QList<MapLayer *> &layers,
                                const QColor &background, QString *error)
{
    QImage image = newImage(settings, background);
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("MapRenderer", "not enough memory for the image");
        return image;
    }
    QPainter painter(&image);
    renderToPainter(painter, settings, layers, nullptr, error);
    painter.end();
    return image;
}

} // namespace territoire
