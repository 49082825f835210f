#pragma once

#include "base/Crs.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

namespace territoire {

// How one layer is described in a project file. Sources are absolute in memory and stored
// relative to the project file on disk. Rectangles in map units use QRectF with top() as the
// minimum y (south) and bottom() as the maximum y (north).
struct ProjectLayer
{
    QString id; // stable identifier within the project
    QString type; // "vector", "raster", "gauges", "parking", "route", ...
    QString source; // file path, "PG:..." connection string or URL
    QString sublayer; // layer name inside a multi-layer source (GeoPackage, OSM)
    QString name; // shown in the layer panel
    bool visible = true;
    double opacity = 1.0; // 0..1
    double minScale = 0; // hidden when the scale denominator is larger (0: no limit)
    double maxScale = 0; // hidden when the scale denominator is smaller (0: no limit)
    QString crsOverride; // user-chosen CRS replacing the source's own ("EPSG:2154"), or empty
    QString encoding; // user-chosen text encoding ("CP1252"), or empty for detection
    QJsonObject style; // renderer and labels, see render/Style.h
    QJsonObject options; // anything else a layer type needs

    QJsonObject toJson(const QString &projectDir) const;
    static ProjectLayer fromJson(const QJsonObject &json, const QString &projectDir);
};

// A Territoire project (.territoire, JSON): layers, map CRS and extent, plus one section per
// feature (gauges, parking, routing, layouts, offline) that the feature reads and writes itself.
class Project
{
public:
    static constexpr int formatVersion = 1;

    Project();

    // Reads a project file. Returns false and a sentence naming the file and the reason in
    // *error; the object is left unchanged on failure.
    bool load(const QString &path, QString *error);
    // Writes atomically (temporary file in the same folder, then rename): after a crash the
    // previous complete file or the new complete file is on disk, never a mix.
    bool save(const QString &path, QString *error);

    QString filePath() const { return m_filePath; }
    QString directory() const;
    // Resolves a path stored in the project (relative to the project file) to an absolute one.
    QString absolutePath(const QString &stored) const;

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    Crs mapCrs() const { return m_mapCrs; }
    void setMapCrs(const Crs &crs) { m_mapCrs = crs; }
    // Last map extent in map CRS units; null when never set.
    QRectF extent() const { return m_extent; }
    void setExtent(const QRectF &extent) { m_extent = extent; }

    QList<ProjectLayer> &layers() { return m_layers; }
    const QList<ProjectLayer> &layers() const { return m_layers; }
    // A new identifier not used by any layer yet, derived from the hint.
    QString uniqueLayerId(const QString &hint) const;

    // Settings that belong to one feature: "gauges", "parking", "routing", "layouts", ...
    QJsonObject section(const QString &key) const { return m_sections.value(key).toObject(); }
    void setSection(const QString &key, const QJsonObject &value);
    QStringList sectionKeys() const { return m_sections.keys(); }

    QJsonObject toJson() const;
    // Builds from JSON; paths are resolved against baseDir.
    bool fromJson(const QJsonObject &json, const QString &baseDir, QString *error);

private:
    QString m_filePath;
    QString m_baseDir;
    QString m_title;
    Crs m_mapCrs;
    QRectF m_extent;
    QList<ProjectLayer> m_layers;
    QJsonObject m_sections;
};

} // namespace territoire
