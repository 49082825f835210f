#include "export/AtlasFeatures.h"

#include <QCoreApplication>
#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <vector>

namespace territoire {

namespace {

// Adds a linear geometry's rings and lines to the path, transformed to the map CRS.
void addGeometry(const OGRGeometry *geometry, const CoordinateTransform &transform,
                 QPainterPath *path, QRectF *bounds)
{
    if (!geometry)
        return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            addGeometry(part, transform, path, bounds);
        return;
    }
    if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
        for (const OGRCurve *ring : *geometry->toCurvePolygon())
            addGeometry(ring, transform, path, bounds);
        return;
    }
    std::vector<double> xs;
    std::vector<double> ys;
    if (type == wkbPoint) {
        xs = {geometry->toPoint()->getX()};
        ys = {geometry->toPoint()->getY()};
    } else if (OGR_GT_IsCurve(type)) {
        std::unique_ptr<OGRLineString> line(geometry->toCurve()->CurveToLine());
        for (const OGRPoint &p : *line) {
            xs.push_back(p.getX());
            ys.push_back(p.getY());
        }
    }
    if (xs.empty() || transform.transform(xs.data(), ys.data(), int(xs.size())) != int(xs.size()))
        return;
    QPolygonF polygon;
    for (size_t i = 0; i < xs.size(); ++i)
        polygon.append(QPointF(xs[i], ys[i]));
    const QRectF r
        = xs.size() == 1 ? QRectF(polygon.first(), QSizeF(0, 0)) : polygon.boundingRect();
    *bounds = bounds->isNull() ? r : bounds->united(r);
    if (xs.size() == 1)
        path->addEllipse(polygon.first(), 0, 0);
    else
        path->addPolygon(polygon);
}

} // namespace

std::optional<QList<AtlasFeature>> readAtlasFeatures(const QString &source, const QString &sublayer,
                                                     const QString &titleField, const Crs &mapCrs,
                                                     QString *error)
{
    auto fail = [&](const QString &reason) -> std::optional<QList<AtlasFeature>> {
        if (error)
            *error
                = QCoreApplication::translate("AtlasFeatures", "Cannot read the atlas layer %1: %2")
                      .arg(source, reason);
        return std::nullopt;
    };
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(QFile::encodeName(source).constData(),
                                                           GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
    OGRLayer *layer = sublayer.isEmpty() ? dataset->GetLayer(0)
                                         : dataset->GetLayerByName(sublayer.toUtf8().constData());
    if (!layer)
        return fail(
            QCoreApplication::translate("AtlasFeatures", "no layer named \"%1\".").arg(sublayer));
    const int field = layer->GetLayerDefn()->GetFieldIndex(titleField.toUtf8().constData());
    if (field < 0)
        return fail(
            QCoreApplication::translate("AtlasFeatures", "no field named \"%1\".").arg(titleField));
    const Crs layerCrs = Crs::fromOgr(layer->GetSpatialRef());
    if (!layerCrs.isValid())
        return fail(
            QCoreApplication::translate("AtlasFeatures", "its coordinate system is unknown."));
    const CoordinateTransform transform(layerCrs, mapCrs);
    if (!transform.isValid())
        return fail(QCoreApplication::translate("AtlasFeatures",
                                                "its coordinates cannot be transformed to %1.")
                        .arg(mapCrs.authId()));

    QList<AtlasFeature> features;
    layer->ResetReading();
    for (const auto &feature : *layer) {
        AtlasFeature page;
        page.title = QString::fromUtf8(feature->GetFieldAsString(field));
        QRectF bounds;
        addGeometry(feature->GetGeometryRef(), transform, &page.outline, &bounds);
        if (bounds.isNull() && page.outline.isEmpty())
            continue; // no located geometry: no page
        page.extent = bounds;
        features.append(page);
    }
    return features;
}

} // namespace territoire
