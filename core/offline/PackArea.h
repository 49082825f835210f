#pragma once

#include "base/Project.h"

#include <QRectF>
#include <QString>

#include <memory>

class OGRGeometry;
typedef void *OGRSpatialReferenceH;

namespace territoire {

// The area an offline pack covers: a polygon in the map CRS (clipping vector layers), and its
// bounds in degrees (raster window, basemap tiles).
class PackArea
{
public:
    PackArea();
    ~PackArea();

    // spec: empty (project extent, else the union of the layers' extents without clipping),
    // the id or name of a polygon layer of the project, or "xmin,ymin,xmax,ymax" in the map
    // CRS (degrees when all four fit longitude/latitude). False with the reason in *error.
    bool resolve(const Project &project, const QString &spec, QString *error);

    // True when vector layers are clipped.
    bool clips() const { return m_geometry != nullptr; }
    // The area polygon as WKT in a layer's CRS (crsOverride replaces it when set); empty when
    // nothing is clipped or the layer has no CRS.
    QString wktIn(OGRSpatialReferenceH layerSrs, const QString &crsOverride) const;
    // x = longitude, y = latitude; top() = south. Null when unknown.
    QRectF lonLatBounds() const { return m_lonLat; }
    QString description() const { return m_description; }

private:
    bool fromLayer(const Project &project, const ProjectLayer &layer, QString *error);
    void setBoundsFromGeometry();

    struct GeometryDeleter
    {
        void operator()(OGRGeometry *g) const;
    };
    std::unique_ptr<OGRGeometry, GeometryDeleter> m_geometry; // map CRS
    Crs m_mapCrs;
    QRectF m_lonLat;
    QString m_description;
};

} // namespace territoire
