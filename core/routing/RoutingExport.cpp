#include "routing/RoutingExport.h"

#include "base/Logging.h"
#include "routing/PedestrianGraph.h"
#include "routing/QmlStyle.h"

#include <QCoreApplication>
#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace territoire::RoutingExport {

namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

QString lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

// A GeoPackage writer that remembers the first failure.
class Writer
{
public:
    explicit Writer(const QString &path)
        : m_path(path)
    { }

    bool open()
    {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return fail(
                QCoreApplication::translate("RoutingExport", "the file cannot be replaced"));
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!driver)
            return fail(
                QCoreApplication::translate("RoutingExport", "GDAL has no GeoPackage driver"));
        m_dataset.reset(driver->Create(m_path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!m_dataset)
            return fail(lastGdalError());
        m_srs.importFromEPSG(4326);
        m_srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        return true;
    }

    OGRLayer *layer(const char *name, OGRwkbGeometryType type,
                    const QList<std::pair<const char *, OGRFieldType>> &fields)
    {
        if (!m_dataset)
            return nullptr;
        OGRLayer *layer
            = m_dataset->CreateLayer(name, type == wkbNone ? nullptr : &m_srs, type, nullptr);
        if (!layer) {
            fail(lastGdalError());
            return nullptr;
        }
        for (const auto &[field, fieldType] : fields) {
            OGRFieldDefn definition(field, fieldType);
            if (layer->CreateField(&definition) != OGRERR_NONE) {
                fail(lastGdalError());
                return nullptr;
            }
        }
        return layer;
    }

    bool add(OGRLayer *layer, OGRFeature &feature)
    {
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return fail(lastGdalError());
        return true;
    }

    // The QGIS layer_styles table and one default style per layer.
    bool writeStyles(const QList<std::pair<QString, QmlStyle>> &styles)
    {
        char **options = CSLSetNameValue(nullptr, "FID", "id");
        OGRLayer *table = m_dataset->CreateLayer("layer_styles", nullptr, wkbNone, options);
        CSLDestroy(options);
        if (!table)
            return fail(lastGdalError());
        const QList<std::pair<const char *, OGRFieldType>> fields {{"f_table_catalog", OFTString},
                                                                   {"f_table_schema", OFTString},
                                                                   {"f_table_name", OFTString},
                                                                   {"f_geometry_column", OFTString},
                                                                   {"styleName", OFTString},
                                                                   {"styleQML", OFTString},
                                                                   {"styleSLD", OFTString},
                                                                   {"useAsDefault", OFTInteger},
                                                                   {"description", OFTString},
                                                                   {"owner", OFTString},
                                                                   {"ui", OFTString},
                                                                   {"update_time", OFTDateTime}};
        for (const auto &[name, type] : fields) {
            OGRFieldDefn definition(name, type);
            if (type == OFTInteger)
                definition.SetSubType(OFSTBoolean);
            if (table->CreateField(&definition) != OGRERR_NONE)
                return fail(lastGdalError());
        }
        for (const auto &[layerName, style] : styles) {
            OGRFeature feature(table->GetLayerDefn());
            feature.SetField("f_table_catalog", "");
            feature.SetField("f_table_schema", "");
            feature.SetField("f_table_name", layerName.toUtf8().constData());
            feature.SetField("f_geometry_column", "geom");
            feature.SetField("styleName", layerName.toUtf8().constData());
            feature.SetField("styleQML", style.toQml().toUtf8().constData());
            feature.SetField("styleSLD", "");
            feature.SetField("useAsDefault", 1);
            feature.SetField(
                "description",
                QCoreApplication::translate("RoutingExport", "Style written by Territoire")
                    .toUtf8()
                    .constData());
            if (!add(table, feature))
                return false;
        }
        return true;
    }

    bool close(QString *error)
    {
        if (m_dataset) {
            m_dataset->FlushCache();
            m_dataset.reset();
        }
        if (!m_error.isEmpty() && error)
            *error = QCoreApplication::translate("RoutingExport", "Cannot write %1: %2")
                         .arg(m_path, m_error);
        return m_error.isEmpty();
    }

    bool fail(const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = reason;
        return false;
    }
    bool ok() const { return m_error.isEmpty(); }

private:
    QString m_path;
    DatasetPtr m_dataset;
    OGRSpatialReference m_srs;
    QString m_error;
};

OGRLineString lineString(const std::vector<LonLat> &points)
{
    OGRLineString line;
    for (const LonLat &p : points)
        line.addPoint(p.lon, p.lat);
    return line;
}

QmlStyle complianceStyle(const QString &field)
{
    QmlStyle style;
    style.field = field;
    style.size = 1.2;
    style.categories = {
        {QStringLiteral("compliant"), QCoreApplication::translate("RoutingExport", "Compliant"),
         QColor(26, 150, 65)},
        {QStringLiteral("unknown"), QCoreApplication::translate("RoutingExport", "Data missing"),
         QColor(253, 174, 97)},
        {QStringLiteral("non-compliant"),
         QCoreApplication::translate("RoutingExport", "Breaks a rule"), QColor(215, 25, 28)},
    };
    return style;
}

} // namespace

bool writeCoverage(const QString &path, const PedestrianGraph &graph,
                   const CoverageResult &coverage, const std::vector<AuditEntry> &audit,
                   QString *error)
{
    Writer writer(path);
    if (!writer.open())
        return writer.close(error);
    QList<std::pair<QString, QmlStyle>> styles;

    // Bays.
    if (OGRLayer *layer = writer.layer("bays", wkbPoint,
                                       {{"bay_id", OFTString},
                                        {"label", OFTString},
                                        {"capacity", OFTInteger},
                                        {"on_network", OFTInteger},
                                        {"reach_m", OFTReal}})) {
        for (const BayCoverage &bay : coverage.bays) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("bay_id", bay.bay.id.toUtf8().constData());
            feature.SetField("label", bay.bay.label.toUtf8().constData());
            feature.SetField("capacity", bay.bay.capacity);
            feature.SetField("on_network", bay.snapped ? 1 : 0);
            feature.SetField("reach_m", bay.reachableLengthM);
            OGRPoint point(bay.bay.position.lon, bay.bay.position.lat);
            feature.SetGeometry(&point);
            writer.add(layer, feature);
        }
        QmlStyle style;
        style.geometry = QmlStyle::Geometry::Point;
        style.size = 3.0;
        style.categories = {{QString(), QString(), QColor(31, 120, 180)}};
        styles.append({QStringLiteral("bays"), style});
    }

    // Covered network.
    if (OGRLayer *layer = writer.layer(
            "coverage", wkbLineString,
            {{"way_id", OFTInteger64}, {"bay_id", OFTString}, {"distance_m", OFTReal}})) {
        for (const CoveredPiece &piece : coverage.pieces) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("way_id", GIntBig(graph.ways()[graph.edges()[piece.edge].way].osmId));
            if (piece.bayIndex >= 0 && piece.bayIndex < coverage.bays.size())
                feature.SetField("bay_id",
                                 coverage.bays[piece.bayIndex].bay.id.toUtf8().constData());
            feature.SetField("distance_m", piece.distanceM);
            OGRLineString line
                = lineString(graph.edgeGeometry(piece.edge, piece.fromFraction, piece.toFraction));
            feature.SetGeometry(&line);
            writer.add(layer, feature);
        }
        QmlStyle style;
        style.size = 1.6;
        style.categories = {{QString(), QString(), QColor(44, 162, 95)}};
        styles.append({QStringLiteral("coverage"), style});
    }

    // Destinations and their nearest bay.
    if (!coverage.destinations.isEmpty()) {
        if (OGRLayer *layer = writer.layer("destinations", wkbPoint,
                                           {{"dest_id", OFTString},
                                            {"label", OFTString},
                                            {"nearest_bay", OFTString},
                                            {"distance_m", OFTReal},
                                            {"covered", OFTString}})) {
            for (const DestinationAccess &access : coverage.destinations) {
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField("dest_id", access.destination.id.toUtf8().constData());
                feature.SetField("label", access.destination.label.toUtf8().constData());
                if (access.nearestBay >= 0 && access.nearestBay < coverage.bays.size())
                    feature.SetField("nearest_bay",
                                     coverage.bays[access.nearestBay].bay.id.toUtf8().constData());
                if (std::isfinite(access.distanceM))
                    feature.SetField("distance_m", access.distanceM);
                feature.SetField("covered", access.covered ? "yes" : "no");
                OGRPoint point(access.destination.position.lon, access.destination.position.lat);
                feature.SetGeometry(&point);
                writer.add(layer, feature);
            }
            QmlStyle style;
            style.geometry = QmlStyle::Geometry::Point;
            style.field = QStringLiteral("covered");
            style.size = 3.0;
            style.categories
                = {{QStringLiteral("yes"), QCoreApplication::translate("RoutingExport", "Served"),
                    QColor(26, 150, 65)},
                   {QStringLiteral("no"), QCoreApplication::translate("RoutingExport", "Gap"),
                    QColor(215, 25, 28)}};
            styles.append({QStringLiteral("destinations"), style});
        }
    }

    // Audit: one line per edge and rule.
    if (OGRLayer *layer = writer.layer("audit", wkbLineString,
                                       {{"way_id", OFTInteger64},
                                        {"name", OFTString},
                                        {"rule", OFTString},
                                        {"verdict", OFTString},
                                        {"message", OFTString}})) {
        for (const AuditEntry &entry : audit) {
            const WayInfo &way = graph.ways()[graph.edges()[entry.edge].way];
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("way_id", GIntBig(way.osmId));
            feature.SetField("name", graph.string(way.nameIndex).toUtf8().constData());
            feature.SetField("rule", ruleKey(entry.rule).toUtf8().constData());
            feature.SetField("verdict", verdictKey(entry.verdict).toUtf8().constData());
            feature.SetField("message", entry.message.toUtf8().constData());
            OGRLineString line = lineString(graph.edgeGeometry(entry.edge));
            feature.SetGeometry(&line);
            writer.add(layer, feature);
        }
        QmlStyle style;
        style.field = QStringLiteral("verdict");
        style.size = 1.0;
        style.categories = {
            {QStringLiteral("fail"),
             QCoreApplication::translate("RoutingExport", "Breaks the rule"), QColor(215, 25, 28)},
            {QStringLiteral("unknown"),
             QCoreApplication::translate("RoutingExport", "Data missing"), QColor(253, 174, 97)}};
        styles.append({QStringLiteral("audit"), style});
    }
    if (writer.ok())
        writer.writeStyles(styles);
    qCInfo(lcRouting) << "coverage export:" << coverage.pieces.size() << "pieces," << audit.size()
                      << "audit entries";
    return writer.close(error);
}

bool writeRoute(const QString &path, const RouteResult &route, QString *error)
{
    Writer writer(path);
    if (!writer.open())
        return writer.close(error);
    if (OGRLayer *layer = writer.layer("route_stretches", wkbLineString,
                                       {{"way_id", OFTInteger64},
                                        {"name", OFTString},
                                        {"kind", OFTString},
                                        {"length_m", OFTReal},
                                        {"compliance", OFTString},
                                        {"reasons", OFTString},
                                        {"profile", OFTString}})) {
        for (const RouteStretch &stretch : route.stretches) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("way_id", GIntBig(stretch.wayId));
            feature.SetField("name", stretch.name.toUtf8().constData());
            feature.SetField("kind", stretch.kind.toUtf8().constData());
            feature.SetField("length_m", stretch.lengthM);
            feature.SetField("compliance", complianceKey(stretch.compliance).toUtf8().constData());
            feature.SetField("reasons",
                             stretch.reasons.join(QStringLiteral("; ")).toUtf8().constData());
            feature.SetField("profile", route.profile.toUtf8().constData());
            OGRLineString line = lineString(stretch.geometry);
            feature.SetGeometry(&line);
            writer.add(layer, feature);
        }
    }
    if (writer.ok())
        writer.writeStyles(
            {{QStringLiteral("route_stretches"), complianceStyle(QStringLiteral("compliance"))}});
    return writer.close(error);
}

} // namespace territoire::RoutingExport
