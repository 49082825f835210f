#include "layers/SourceInspector.h"

#include "layers/GdalSource.h"
#include "layers/LayerTypes.h"
#include "layers/RasterLayer.h"
#include "layers/VectorSource.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <gdal_priv.h>

namespace territoire {

namespace {

QString crsText(const Crs &crs)
{
    if (!crs.isValid())
        return {};
    const QString id = crs.authId();
    return id.isEmpty() ? crs.name() : id;
}

} // namespace

QJsonObject LayerInfo::toJson() const
{
    QJsonObject json {{"name", name},
                      {"source", source},
                      {"type", type},
                      {"geometry", geometry},
                      {"features", features},
                      {"crs", crs.isEmpty() ? QJsonValue() : QJsonValue(crs)},
                      {"fields", QJsonArray::fromStringList(fields)},
                      {"warnings", QJsonArray::fromStringList(warnings)}};
    json["extent"] = extent.isNull() && extent.left() == 0
        ? QJsonValue()
        : QJsonValue(QJsonArray {extent.left(), extent.top(), extent.right(), extent.bottom()});
    if (!suggestedCrs.isEmpty())
        json["suggestedCrs"] = suggestedCrs;
    if (!encoding.isEmpty())
        json["encoding"] = encoding;
    if (rasterSize.isValid())
        json["size"] = QJsonArray {rasterSize.width(), rasterSize.height()};
    return json;
}

LayerInfo SourceInspector::inspectLayer(const ProjectLayer &descriptor, QString *error)
{
    LayerInfo info;
    info.name = descriptor.name;
    info.source = displaySourceName(descriptor.source);
    info.type = descriptor.type.isEmpty() ? QStringLiteral("vector") : descriptor.type;
    if (info.type == QLatin1String("raster")) {
        RasterLayer raster(descriptor);
        info.geometry = QStringLiteral("Raster");
        info.warnings = raster.warnings();
        if (!raster.isValid()) {
            if (error)
                *error = raster.errorString();
            return info;
        }
        info.crs = crsText(raster.crs());
        info.extent = raster.extent();
        info.rasterSize = raster.rasterSize();
        for (int b = 1; b <= raster.bandCount(); ++b)
            info.fields.append(QStringLiteral("band %1").arg(b));
        return info;
    }
    if (info.type != QLatin1String("vector")) {
        info.geometry = QStringLiteral("None");
        return info;
    }

    VectorLoadOptions options;
    options.keepGeometry = false;
    const VectorLoadResult result
        = loadVectorSource(VectorSourceSpec::fromDescriptor(descriptor), options);
    if (!result.ok) {
        if (error)
            *error = result.error;
        info.warnings.append(result.error);
        return info;
    }
    if (info.name.isEmpty())
        info.name = result.layerName;
    info.geometry = result.geometryType;
    info.features = result.featureCount;
    info.crs = crsText(result.crs.blocksDrawing() ? result.declaredCrs : result.crs.crs);
    info.suggestedCrs = result.crs.suggestion;
    info.extent = result.sourceExtent;
    info.fields = result.fields.names;
    info.warnings = result.warnings;
    info.encoding = result.encoding;
    return info;
}

bool SourceInspector::inspectSource(const QString &source, QList<LayerInfo> *layers, QString *error)
{
    const QList<ProjectLayer> descriptors = descriptorsForSource(source, error);
    if (descriptors.isEmpty())
        return false;
    for (ProjectLayer d : descriptors) {
        if (!d.sublayer.isEmpty())
            d.name = d.sublayer;
        QString layerError;
        LayerInfo info = inspectLayer(d, &layerError);
        if (!layerError.isEmpty()) {
            if (error)
                *error = layerError;
            return false;
        }
        layers->append(info);
    }
    return true;
}

} // namespace territoire
