#include "routing/PointSource.h"

#include "base/Crs.h"
#include "routing/OsmGraphReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace territoire {

namespace {

bool isOsmFile(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".osm")) || lower.endsWith(QLatin1String(".pbf"))
        || lower.endsWith(QLatin1String(".osm.bz2"));
}

QString fieldText(OGRFeature &feature, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int index = feature.GetFieldIndex(name);
        if (index >= 0 && feature.IsFieldSetAndNotNull(index))
            return QString::fromUtf8(feature.GetFieldAsString(index));
    }
    return {};
}

} // namespace

QList<RouteTarget> readPointTargets(const QString &path, QString *error, const QString &layerName)
{
    QList<RouteTarget> targets;
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("PointSource", "Cannot read points from %1: %2")
                         .arg(path, reason);
        return QList<RouteTarget>();
    };
    if (!QFileInfo::exists(path) && !path.contains(QLatin1Char(':')))
        return fail(QCoreApplication::translate("PointSource", "no such file"));
    if (isOsmFile(path)) {
        // The bays the graph reader finds; reading the ways too is cheap next to the rest.
        const OsmReadResult read = OsmGraphReader().read(path);
        if (!read.error.isEmpty() && read.disabledBays.isEmpty())
            return fail(read.error);
        return read.disabledBays;
    }
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
    for (OGRLayer *layer : dataset->GetLayers()) {
        if (!layerName.isEmpty() && QString::fromUtf8(layer->GetName()) != layerName)
            continue;
        Crs crs = Crs::fromOgr(layer->GetSpatialRef());
        if (!crs.isValid())
            crs = Crs::wgs84();
        const CoordinateTransform toWgs84(crs, Crs::wgs84());
        if (!toWgs84.isValid())
            return fail(QCoreApplication::translate(
                            "PointSource", "layer %1 has a CRS that cannot be turned into WGS 84")
                            .arg(QString::fromUtf8(layer->GetName())));
        layer->ResetReading();
        while (OGRFeature *raw = layer->GetNextFeature()) {
            std::unique_ptr<OGRFeature> feature(raw);
            const OGRGeometry *geometry = feature->GetGeometryRef();
            if (!geometry || geometry->IsEmpty())
                continue;
            OGRPoint point;
            if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
                point = *geometry->toPoint();
            else if (geometry->Centroid(&point) != OGRERR_NONE)
                continue;
            const QPointF lonLat = toWgs84.transform(QPointF(point.getX(), point.getY()));
            RouteTarget target;
            target.position = LonLat(lonLat.x(), lonLat.y());
            if (!target.position.isValid())
                continue;
            target.id = fieldText(*feature, {"id", "ID", "osm_id", "identifiant"});
            if (target.id.isEmpty())
                target.id = QString::number(feature->GetFID());
            target.label = fieldText(*feature, {"name", "nom", "label", "libelle"});
            if (target.label.isEmpty())
                target.label = target.id;
            targets.append(target);
        }
    }
    if (targets.isEmpty())
        return fail(QCoreApplication::translate("PointSource", "it holds no located point"));
    return targets;
}

} // namespace territoire
