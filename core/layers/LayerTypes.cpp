#include "layers/LayerTypes.h"

#include "layers/GdalSource.h"
#include "layers/RasterLayer.h"
#include "layers/VectorLayer.h"
#include "map/LayerRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <mutex>

namespace territoire {

namespace {

QString slug(const QString &text)
{
    QString s = text.toLower();
    for (QChar &c : s) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    while (s.contains(QLatin1String("__")))
        s.replace(QLatin1String("__"), QLatin1String("_"));
    return s;
}

} // namespace

void registerLayerTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        LayerRegistry &registry = LayerRegistry::instance();
        registry.registerType(QStringLiteral("vector"),
                              [](const ProjectLayer &descriptor, const LayerContext &context,
                                 QString *) -> std::unique_ptr<MapLayer> {
                                  const Crs mapCrs = context.project ? context.project->mapCrs()
                                                                     : Crs::lambert93();
                                  // Loading errors are reported by the layer itself (warnings(),
                                  // errorString()) so that a project keeps its layer even when the
                                  // file is missing for a while.
                                  return std::make_unique<VectorLayer>(descriptor, mapCrs);
                              });
        registry.registerType(QStringLiteral("raster"),
                              [](const ProjectLayer &descriptor, const LayerContext &,
                                 QString *) -> std::unique_ptr<MapLayer> {
                                  return std::make_unique<RasterLayer>(descriptor);
                              });
    });
}

QList<ProjectLayer> descriptorsForSource(const QString &source, QString *error)
{
    GDALAllRegister();
    // Databases: only their vector tables (PostGIS raster browsing fails on plain databases).
    const SourceKind kind = isDatabaseSource(source) ? SourceKind::Vector : SourceKind::Any;
    GdalDatasetPtr dataset = openGdalSource(source, kind, {}, error);
    if (!dataset)
        return {};
    GdalErrorCapture capture;
    const QString driver = QString::fromUtf8(dataset->GetDriver()->GetDescription());
    const QString base = isDatabaseSource(source)
        ? QStringLiteral("postgis")
        : QFileInfo(source).completeBaseName().section(QLatin1Char('.'), 0, 0);
    const int layerCount = dataset->GetLayerCount();
    QList<ProjectLayer> result;

    // 1. Vector layers.
    for (int i = 0; i < layerCount; ++i) {
        OGRLayer *layer = dataset->GetLayer(i);
        const QString layerName = QString::fromUtf8(layer->GetName());
        if (driver == QLatin1String("OSM")
            && (layerName == QLatin1String("other_relations")
                || layerName == QLatin1String("multilinestrings")))
            continue;
        // The styles table that QGIS and our packs write beside the layers is no map layer.
        if (layerName.compare(QLatin1String("layer_styles"), Qt::CaseInsensitive) == 0
            && layer->GetGeomType() == wkbNone)
            continue;
        if (layerCount > 1 && layer->TestCapability(OLCFastFeatureCount)
            && layer->GetFeatureCount(TRUE) == 0)
            continue;
        ProjectLayer d;
        d.type = QStringLiteral("vector");
        d.source = source;
        if (layerCount > 1 || isDatabaseSource(source))
            d.sublayer = layerName;
        d.name = layerCount > 1 ? QStringLiteral("%1 – %2").arg(base, layerName) : base;
        d.id = slug(layerCount > 1 ? base + QLatin1Char('_') + layerName : base);
        result.append(d);
    }

    // 2. The raster, if any.
    if (dataset->GetRasterCount() > 0) {
        ProjectLayer d;
        d.type = QStringLiteral("raster");
        d.source = source;
        d.name = base;
        d.id = slug(base);
        result.append(d);
    }
    if (result.isEmpty() && error)
        *error = QCoreApplication::translate("LayerTypes", "Cannot open %1: it holds no layer")
                     .arg(displaySourceName(source));
    return result;
}

bool waitForLayerLoaded(MapLayer *layer)
{
    if (auto *vector = qobject_cast<VectorLayer *>(layer))
        return vector->waitForLoaded();
    if (auto *raster = qobject_cast<RasterLayer *>(layer))
        return raster->isValid();
    return true;
}

} // namespace territoire
