#include "offline/PackArea.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace territoire {

namespace {

OGRPolygon *rectangle(const QRectF &r)
{
    auto *ring = new OGRLinearRing;
    ring->addPoint(r.left(), r.top());
    ring->addPoint(r.right(), r.top());
    ring->addPoint(r.right(), r.bottom());
    ring->addPoint(r.left(), r.bottom());
    ring->addPoint(r.left(), r.top());
    auto *polygon = new OGRPolygon;
    polygon->addRingDirectly(ring);
    return polygon;
}

// Union of the extents of the project's file layers, in degrees.
QRectF layersBounds(const Project &project)
{
    QRectF bounds;
    for (const ProjectLayer &layer : project.layers()) {
        if (layer.type != QLatin1String("vector") && layer.type != QLatin1String("raster"))
            continue;
        CPLPushErrorHandler(CPLQuietErrorHandler);
        GDALDataset *ds = GDALDataset::Open(layer.source.toUtf8().constData(),
                                            GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_READONLY);
        CPLPopErrorHandler();
        if (!ds)
            continue;
        QRectF r;
        Crs crs;
        if (ds->GetLayerCount() > 0) {
            OGRLayer *l = layer.sublayer.isEmpty() ? ds->GetLayer(0)
                                                   : ds->GetLayerByName(layer.sublayer.toUtf8());
            OGREnvelope e;
            if (l && l->GetExtent(&e, TRUE) == OGRERR_NONE) {
                r = QRectF(QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MaxY));
                crs = Crs::fromOgr(l->GetSpatialRef());
            }
        } else if (ds->GetRasterCount() > 0) {
            double gt[6];
            if (ds->GetGeoTransform(gt) == CE_None) {
                const double x2 = gt[0] + gt[1] * ds->GetRasterXSize();
                const double y2 = gt[3] + gt[5] * ds->GetRasterYSize();
                r = QRectF(QPointF(std::min(gt[0], x2), std::min(gt[3], y2)),
                           QPointF(std::max(gt[0], x2), std::max(gt[3], y2)));
                crs = Crs::fromOgr(ds->GetSpatialRef());
            }
        }
        GDALClose(ds);
        if (!layer.crsOverride.isEmpty())
            crs = Crs::fromUserInput(layer.crsOverride);
        if (r.isNull() || !crs.isValid())
            continue;
        const QRectF ll = CoordinateTransform(crs, Crs::wgs84()).transformBounds(r);
        if (ll.isValid())
            bounds = bounds.isNull() ? ll : bounds.united(ll);
    }
    return bounds;
}

} // namespace

void PackArea::GeometryDeleter::operator()(OGRGeometry *g) const
{
    OGRGeometryFactory::destroyGeometry(g);
}

PackArea::PackArea() = default;
PackArea::~PackArea() = default;

bool PackArea::resolve(const Project &project, const QString &spec, QString *error)
{
    m_mapCrs = project.mapCrs().isValid() ? project.mapCrs() : Crs::lambert93();
    m_geometry.reset();
    m_lonLat = QRectF();
    const QString text = spec.trimmed();
    if (text.isEmpty()) {
        if (!project.extent().isNull()) {
            m_geometry.reset(rectangle(project.extent()));
            setBoundsFromGeometry();
            m_description = QCoreApplication::translate("PackArea", "project extent");
        } else {
            m_lonLat = layersBounds(project);
            m_description = QCoreApplication::translate("PackArea", "whole layers");
        }
        return true;
    }
    static const QRegularExpression numbers(
        QStringLiteral("^\\s*(-?[0-9.]+)\\s*[, ]\\s*(-?[0-9.]+)\\s*[, ]\\s*(-?[0-9.]+)\\s*[, "
                       "]\\s*(-?[0-9.]+)\\s*$"));
    const auto match = numbers.match(text);
    if (match.hasMatch()) {
        const double x1 = match.captured(1).toDouble(), y1 = match.captured(2).toDouble();
        const double x2 = match.captured(3).toDouble(), y2 = match.captured(4).toDouble();
        const QRectF r(QPointF(std::min(x1, x2), std::min(y1, y2)),
                       QPointF(std::max(x1, x2), std::max(y1, y2)));
        if (r.width() <= 0 || r.height() <= 0) {
            if (error)
                *error = QCoreApplication::translate("PackArea", "The area \"%1\" is empty.")
                             .arg(text);
            return false;
        }
        const bool degrees = std::abs(x1) <= 180 && std::abs(x2) <= 180 && std::abs(y1) <= 90
            && std::abs(y2) <= 90;
        m_geometry.reset(rectangle(r));
        const Crs crs = degrees ? Crs::wgs84() : m_mapCrs;
        if (degrees) {
            OGRSpatialReference target(*m_mapCrs.ogr());
            target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            OGRSpatialReference source(*crs.ogr());
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            m_geometry->assignSpatialReference(&source);
            m_geometry->segmentize(0.01);
            m_geometry->transformTo(&target);
            m_geometry->assignSpatialReference(nullptr); // the SRS objects are local
        }
        setBoundsFromGeometry();
        m_description = text;
        return true;
    }
    for (const ProjectLayer &layer : project.layers()) {
        if (layer.id == text || layer.name == text)
            return fromLayer(project, layer, error);
    }
    if (error)
        *error = QCoreApplication::translate(
                     "PackArea",
                     "The area \"%1\" is neither a layer of the project nor xmin,ymin,xmax,ymax.")
                     .arg(text);
    return false;
}

bool PackArea::fromLayer(const Project &, const ProjectLayer &layer, QString *error)
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDataset *ds
        = GDALDataset::Open(layer.source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
    CPLPopErrorHandler();
    OGRLayer *l = nullptr;
    if (ds)
        l = layer.sublayer.isEmpty() ? ds->GetLayer(0)
                                     : ds->GetLayerByName(layer.sublayer.toUtf8());
    if (!l) {
        if (ds)
            GDALClose(ds);
        if (error)
            *error = QCoreApplication::translate("PackArea", "Cannot read the area layer %1 (%2).")
                         .arg(layer.name, layer.source);
        return false;
    }
    OGRSpatialReference source;
    if (!layer.crsOverride.isEmpty())
        source.SetFromUserInput(layer.crsOverride.toUtf8().constData());
    else if (l->GetSpatialRef())
        source = *l->GetSpatialRef();
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRMultiPolygon collection;
    for (auto &feature : *l) {
        const OGRGeometry *g = feature->GetGeometryRef();
        if (!g)
            continue;
        const auto type = wkbFlatten(g->getGeometryType());
        if (type == wkbPolygon)
            collection.addGeometry(g);
        else if (type == wkbMultiPolygon)
            for (const OGRPolygon *p : *g->toMultiPolygon())
                collection.addGeometry(p);
    }
    GDALClose(ds);
    if (collection.IsEmpty()) {
        if (error)
            *error = QCoreApplication::translate("PackArea", "The area layer %1 has no polygon.")
                         .arg(layer.name);
        return false;
    }
    OGRGeometry *merged = collection.UnionCascaded();
    if (!merged) {
        if (error)
            *error = QCoreApplication::translate(
                         "PackArea", "The polygons of the area layer %1 cannot be merged.")
                         .arg(layer.name);
        return false;
    }
    m_geometry.reset(merged);
    m_geometry->assignSpatialReference(&source);
    OGRSpatialReference target(*m_mapCrs.ogr());
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRErr transformed = m_geometry->transformTo(&target);
    m_geometry->assignSpatialReference(nullptr); // the SRS objects are local
    if (transformed != OGRERR_NONE) {
        if (error)
            *error = QCoreApplication::translate(
                         "PackArea", "The area layer %1 cannot be converted to the map CRS.")
                         .arg(layer.name);
        m_geometry.reset();
        return false;
    }
    setBoundsFromGeometry();
    m_description = layer.name.isEmpty() ? layer.id : layer.name;
    return true;
}

void PackArea::setBoundsFromGeometry()
{
    OGREnvelope e;
    m_geometry->getEnvelope(&e);
    const QRectF r(QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MaxY));
    m_lonLat = CoordinateTransform(m_mapCrs, Crs::wgs84()).transformBounds(r);
}

QString PackArea::wktIn(OGRSpatialReferenceH layerSrs, const QString &crsOverride) const
{
    if (!m_geometry)
        return {};
    OGRSpatialReference target;
    if (!crsOverride.isEmpty())
        target.SetFromUserInput(crsOverride.toUtf8().constData());
    else if (layerSrs)
        target = *OGRSpatialReference::FromHandle(layerSrs);
    else
        return {};
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRGeometry, GeometryDeleter> copy(m_geometry->clone());
    OGRSpatialReference source(*m_mapCrs.ogr());
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    copy->assignSpatialReference(&source);
    const OGRErr transformed = copy->transformTo(&target);
    copy->assignSpatialReference(nullptr);
    if (transformed != OGRERR_NONE)
        return {};
    char *wkt = nullptr;
    copy->exportToWkt(&wkt);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

} // namespace territoire
