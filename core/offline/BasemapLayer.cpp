#include "offline/BasemapLayer.h"

#include "base/Logging.h"
#include "offline/NetworkPolicy.h"
#include "offline/RasterWarp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>

namespace territoire {

namespace {

class BasemapRenderJob : public LayerRenderJob
{
public:
    BasemapRenderJob(QString dataset, QString name, MapSettings settings, double opacity,
                     bool offline)
        : m_dataset(std::move(dataset))
        , m_name(std::move(name))
        , m_settings(std::move(settings))
        , m_opacity(opacity)
        , m_offline(offline)
    { }

    bool render(QPainter &painter, RenderContext &context) override
    {
        // Placeholder first: wherever no tile can be drawn, a light hatched ground shows.
        const QRectF area(QPointF(0, 0), QSizeF(m_settings.outputSize()));
        painter.save();
        painter.setOpacity(m_opacity);
        painter.fillRect(area, QColor(238, 238, 238));
        painter.fillRect(area, QBrush(QColor(205, 205, 205), Qt::BDiagPattern));
        painter.restore();
        if (context.isCancelled())
            return false;
        WarpedImage warped = warpToView(m_dataset, m_name, m_settings,
                                        [&context] { return context.isCancelled(); });
        if (context.isCancelled())
            return false;
        if (!warped.problems.isEmpty() && !m_offline && !warped.image.isNull()) {
            // A damaged cached tile was just fetched again by GDAL: draw with the repaired cache
            // (the first pass may hold a partly decoded block).
            qCInfo(lcOffline) << "Basemap" << m_name << "redrawn after:" << warped.problems;
            warped = warpToView(m_dataset, m_name, m_settings,
                                [&context] { return context.isCancelled(); });
        }
        if (warped.image.isNull()) {
            m_error = warped.error;
            qCWarning(lcOffline) << "Basemap" << m_name << "not drawn:" << warped.error;
            return false;
        }
        for (const QString &p : std::as_const(warped.problems))
            qCInfo(lcOffline) << "Basemap" << m_name << "tile problem:" << p;
        painter.save();
        painter.setOpacity(m_opacity);
        painter.drawImage(area, warped.image);
        painter.restore();
        return true;
    }
    QString errorString() const override { return m_error; }

private:
    QString m_dataset;
    QString m_name;
    MapSettings m_settings;
    double m_opacity;
    bool m_offline;
    QString m_error;
};

QString normaliseTemplate(QString url)
{
    url.replace(QLatin1String("{z}"), QLatin1String("${z}"));
    url.replace(QLatin1String("{x}"), QLatin1String("${x}"));
    url.replace(QLatin1String("{y}"), QLatin1String("${y}"));
    url.replace(QLatin1String("$${"), QLatin1String("${"));
    return url;
}

} // namespace

BasemapLayer::BasemapLayer(const ProjectLayer &descriptor, QObject *parent)
    : MapLayer(parent)
{
    applyDescriptor(descriptor);
}

ProjectLayer BasemapLayer::descriptorFor(const BasemapSource &source, const QString &layerId)
{
    ProjectLayer d;
    d.id = layerId;
    d.type = QString::fromLatin1(typeName);
    const bool isPreset = source.urlTemplate == BasemapSource::preset(source.id).urlTemplate;
    d.source = isPreset ? QStringLiteral("preset:") + source.id : source.urlTemplate;
    d.name = source.title;
    d.options = source.toJson();
    return d;
}

ProjectLayer BasemapLayer::packDescriptor(const QString &packPath, const QString &table,
                                          const BasemapSource &original, const QString &layerId)
{
    ProjectLayer d = descriptorFor(original, layerId);
    d.source = packPath;
    d.sublayer = table;
    d.options.insert(QStringLiteral("packed"), true);
    return d;
}

void BasemapLayer::applyDescriptor(const ProjectLayer &descriptor)
{
    MapLayer::applyDescriptor(descriptor);
    m_warnings.clear();
    m_packDataset.clear();
    const QString src = descriptor.source.trimmed();
    m_source = BasemapSource::fromJson(descriptor.options);
    if (descriptor.options.value(QStringLiteral("packed")).toBool()
        || (!descriptor.sublayer.isEmpty() && QFileInfo(src).isFile())) {
        m_packDataset = QStringLiteral("GPKG:%1:%2").arg(src, descriptor.sublayer);
    } else if (src.startsWith(QLatin1String("preset:"))) {
        const BasemapSource preset = BasemapSource::preset(src.mid(7));
        if (!preset.isValid())
            m_warnings << QCoreApplication::translate("BasemapLayer", "Unknown basemap preset %1.")
                              .arg(src);
        else if (m_source.urlTemplate.isEmpty())
            m_source = preset;
        m_source.urlTemplate = preset.urlTemplate;
    } else if (!src.isEmpty()) {
        m_source.urlTemplate = normaliseTemplate(src);
    }
    if (m_source.id.isEmpty())
        m_source.id = descriptor.id;
    if (m_descriptor.name.isEmpty())
        m_descriptor.name = m_source.title;
}

Crs BasemapLayer::crs() const
{
    return Crs::fromEpsg(3857);
}

QRectF BasemapLayer::extent() const
{
    const double h = tiles::halfWorld;
    return QRectF(QPointF(-h, -h), QPointF(h, h));
}

QString BasemapLayer::datasetName() const
{
    if (!m_packDataset.isEmpty())
        return m_packDataset;
    return m_source.gdalXml(NetworkPolicy::instance().isOffline());
}

std::unique_ptr<LayerRenderJob> BasemapLayer::createRenderJob(const MapSettings &settings)
{
    if (m_packDataset.isEmpty() && !m_source.isValid())
        return nullptr;
    if (m_packDataset.isEmpty())
        QDir().mkpath(m_source.effectiveCacheDir());
    return std::make_unique<BasemapRenderJob>(datasetName(), name(), settings, opacity(),
                                              isPacked() || NetworkPolicy::instance().isOffline());
}

QList<LegendItem> BasemapLayer::legend() const
{
    return {};
}

QStringList BasemapLayer::attributions() const
{
    return m_source.attribution.isEmpty() ? QStringList() : QStringList {m_source.attribution};
}

void registerBasemapLayerType()
{
    LayerRegistry &registry = LayerRegistry::instance();
    if (registry.hasType(QString::fromLatin1(BasemapLayer::typeName)))
        return;
    registry.registerType(QString::fromLatin1(BasemapLayer::typeName),
                          [](const ProjectLayer &d, const LayerContext &,
                             QString *error) -> std::unique_ptr<MapLayer> {
                              auto layer = std::make_unique<BasemapLayer>(d);
                              if (!layer->isPacked() && !layer->source().isValid()) {
                                  if (error)
                                      *error
                                          = QCoreApplication::translate(
                                                "BasemapLayer", "Basemap %1 has no tile address.")
                                                .arg(d.name.isEmpty() ? d.id : d.name);
                                  return nullptr;
                              }
                              return layer;
                          });
}

} // namespace territoire
