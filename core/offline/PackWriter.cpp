#include "offline/PackWriter.h"

#include "base/Logging.h"
#include "feeds/ObservationCache.h"
#include "offline/BasemapLayer.h"
#include "offline/BasemapTilePacker.h"
#include "offline/PackArea.h"
#include "offline/PackFormat.h"
#include "offline/QmlStyle.h"
#include "render/VectorStyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>

#include <memory>

namespace territoire {

namespace {

struct ErrorCapture
{
    QString last;
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<ErrorCapture *>(CPLGetErrorHandlerUserData());
        if (self && level >= CE_Failure)
            self->last = QString::fromUtf8(message);
    }
    ErrorCapture() { CPLPushErrorHandlerEx(handler, this); }
    ~ErrorCapture() { CPLPopErrorHandler(); }
};

// argv-style list for the GDAL utilities.
class Args
{
public:
    Args &operator<<(const QString &a)
    {
        m_data.append(a.toUtf8());
        return *this;
    }
    char **argv()
    {
        m_ptrs.clear();
        for (QByteArray &d : m_data)
            m_ptrs.append(d.data());
        m_ptrs.append(nullptr);
        return m_ptrs.data();
    }

private:
    QList<QByteArray> m_data;
    QList<char *> m_ptrs;
};

qint64 pathSize(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return info.size();
    if (info.isDir()) {
        qint64 total = 0;
        const auto entries = QDir(path).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
        for (const QFileInfo &e : entries)
            total += e.size();
        return total;
    }
    return 0;
}

struct Writer
{
    const PackRequest &request;
    const ProgressCallback &progress;
    PackResult result;
    QString partPath;
    PackArea area;
    QList<ProjectLayer> layers;
    QHash<QString, QString> embeddedFiles; // absolute path -> name in territoire_files
    QSet<QString> countedSources; // absolute paths already in bytesBefore
    struct Style
    {
        QString table;
        QString qml;
        QString name;
    };
    QList<Style> styles;

    // Adds a source's size to the "before" size once, however many layers read it.
    void countSource(const QString &path)
    {
        const QString abs = QFileInfo(path).absoluteFilePath();
        if (!countedSources.contains(abs)) {
            countedSources.insert(abs);
            result.bytesBefore += pathSize(abs);
        }
    }

    bool report(double fraction, const QString &step)
    {
        if (progress && !progress(fraction, step)) {
            result.cancelled = true;
            result.error = QCoreApplication::translate("PackWriter", "Packing cancelled.");
            return false;
        }
        return true;
    }

    QString finalPath() const { return QFileInfo(request.outPath).absoluteFilePath(); }

    bool createEmpty()
    {
        ErrorCapture errors;
        GDALDriverH driver = GDALGetDriverByName("GPKG");
        GDALDatasetH ds = driver
            ? GDALCreate(driver, partPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
            : nullptr;
        if (!ds) {
            result.error = QCoreApplication::translate("PackWriter", "Cannot create %1: %2")
                               .arg(request.outPath, errors.last);
            return false;
        }
        GDALClose(ds);
        return true;
    }

    bool packVector(ProjectLayer &layer)
    {
        ErrorCapture errors;
        GDALDatasetH src = GDALOpenEx(layer.source.toUtf8().constData(),
                                      GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        if (!src) {
            result.warnings << QCoreApplication::translate(
                                   "PackWriter", "Layer %1 left out: cannot open %2 (%3).")
                                   .arg(layer.name, layer.source, errors.last);
            return true;
        }
        std::unique_ptr<void, void (*)(void *)> srcGuard(src, [](void *h) { GDALClose(h); });
        OGRLayerH ogrLayer = layer.sublayer.isEmpty()
            ? GDALDatasetGetLayer(src, 0)
            : GDALDatasetGetLayerByName(src, layer.sublayer.toUtf8().constData());
        if (!ogrLayer) {
            result.warnings << QCoreApplication::translate("PackWriter",
                                                           "Layer %1 left out: %2 has no layer %3.")
                                   .arg(layer.name, layer.source, layer.sublayer);
            return true;
        }
        countSource(layer.source);
        const QString table = pack::tableName(QStringLiteral("l_"), layer.id);
        Args args;
        args << QStringLiteral("-f") << QStringLiteral("GPKG") << QStringLiteral("-nln") << table
             << QStringLiteral("-nlt") << QStringLiteral("PROMOTE_TO_MULTI")
             << QStringLiteral("-lco") << QStringLiteral("GEOMETRY_NAME=geom");
        if (!layer.encoding.isEmpty())
            args << QStringLiteral("--config") << QStringLiteral("SHAPE_ENCODING")
                 << layer.encoding;
        if (!layer.crsOverride.isEmpty())
            args << QStringLiteral("-a_srs") << layer.crsOverride;
        // The layer's attribute filter is applied here, so QGIS sees the same features.
        const QString filter = layer.options.value(QStringLiteral("filter")).toString();
        if (!filter.trimmed().isEmpty())
            args << QStringLiteral("-where") << filter;
        const QString clip = area.wktIn(OGR_L_GetSpatialRef(ogrLayer), layer.crsOverride);
        if (!clip.isEmpty())
            args << QStringLiteral("-clipsrc") << clip;
        args << QString::fromUtf8(OGR_L_GetName(ogrLayer));
        GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(args.argv(), nullptr);
        GDALDatasetH dst = GDALOpenEx(partPath.toUtf8().constData(),
                                      GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
        int usage = 0;
        GDALDatasetH out
            = dst ? GDALVectorTranslate(nullptr, dst, 1, &src, options, &usage) : nullptr;
        GDALVectorTranslateOptionsFree(options);
        if (dst)
            GDALClose(dst);
        if (!out) {
            result.error
                = QCoreApplication::translate("PackWriter", "Cannot pack layer %1 (%2): %3")
                      .arg(layer.name, layer.source, errors.last);
            return false;
        }
        if (!layer.encoding.isEmpty())
            layer.encoding.clear(); // the GeoPackage holds UTF-8
        const GeometryKind kind = kindOf(ogrLayer);
        styles.append({table,
                       qmlForVectorStyle(VectorStyle::fromJson(layer.style), kind, layer.opacity),
                       layer.name});
        layer.source = finalPath();
        layer.sublayer = table;
        layer.crsOverride.clear();
        ++result.vectorLayers;
        return true;
    }

    static GeometryKind kindOf(OGRLayerH layer)
    {
        switch (wkbFlatten(OGR_L_GetGeomType(layer))) {
        case wkbPoint:
        case wkbMultiPoint:
            return GeometryKind::Point;
        case wkbLineString:
        case wkbMultiLineString:
            return GeometryKind::Line;
        default:
            return GeometryKind::Polygon;
        }
    }

    bool packRaster(ProjectLayer &layer)
    {
        ErrorCapture errors;
        const QString name = layer.sublayer.isEmpty() ? layer.source : layer.sublayer;
        GDALDatasetH src = GDALOpenEx(name.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                      nullptr, nullptr, nullptr);
        if (!src) {
            result.warnings << QCoreApplication::translate(
                                   "PackWriter", "Layer %1 left out: cannot open %2 (%3).")
                                   .arg(layer.name, layer.source, errors.last);
            return true;
        }
        std::unique_ptr<void, void (*)(void *)> srcGuard(src, [](void *h) { GDALClose(h); });
        countSource(layer.source);
        const QString table = pack::tableName(QStringLiteral("r_"), layer.id);
        Args args;
        args << QStringLiteral("-of") << QStringLiteral("GPKG") << QStringLiteral("-co")
             << QStringLiteral("APPEND_SUBDATASET=YES") << QStringLiteral("-co")
             << QStringLiteral("RASTER_TABLE=") + table;
        const QRectF box = area.lonLatBounds();
        if (!box.isNull())
            args << QStringLiteral("-projwin") << QString::number(box.left(), 'f', 8)
                 << QString::number(box.bottom(), 'f', 8) << QString::number(box.right(), 'f', 8)
                 << QString::number(box.top(), 'f', 8) << QStringLiteral("-projwin_srs")
                 << QStringLiteral("EPSG:4326");
        GDALTranslateOptions *options = GDALTranslateOptionsNew(args.argv(), nullptr);
        int usage = 0;
        GDALDatasetH out = GDALTranslate(partPath.toUtf8().constData(), src, options, &usage);
        GDALTranslateOptionsFree(options);
        if (!out) {
            result.error
                = QCoreApplication::translate("PackWriter", "Cannot pack raster %1 (%2): %3")
                      .arg(layer.name, layer.source, errors.last);
            return false;
        }
        const int levels[] = {2, 4, 8, 16, 32};
        int count = 0;
        for (int level : levels) {
            if (GDALGetRasterXSize(out) / level >= 256 || GDALGetRasterYSize(out) / level >= 256)
                ++count;
        }
        if (count > 0
            && GDALBuildOverviews(out, "AVERAGE", count, const_cast<int *>(levels), 0, nullptr,
                                  nullptr, nullptr)
                != CE_None)
            result.warnings << QCoreApplication::translate("PackWriter",
                                                           "Raster %1: overviews not built (%2).")
                                   .arg(layer.name, errors.last);
        GDALClose(out);
        layer.source = finalPath();
        layer.sublayer = table;
        ++result.rasterLayers;
        return true;
    }

    bool packBasemap(ProjectLayer &layer, double from, double to)
    {
        BasemapLayer online(layer);
        if (online.isPacked()) {
            result.warnings << QCoreApplication::translate(
                                   "PackWriter", "Basemap %1 already comes from a pack; left out.")
                                   .arg(layer.name);
            return true;
        }
        const QString table = pack::tableName(QStringLiteral("basemap_"), layer.id);
        BasemapTilePacker packer(online.source(), area.lonLatBounds(), request.basemapMinZoom,
                                 request.basemapMaxZoom);
        const auto tilesResult = packer.write(partPath, table, [&](double f, const QString &s) {
            return report(from + (to - from) * f, s);
        });
        if (tilesResult.cancelled) {
            result.cancelled = true;
            result.error = QCoreApplication::translate("PackWriter", "Packing cancelled.");
            return false;
        }
        if (!tilesResult.error.isEmpty()) {
            result.error = QCoreApplication::translate("PackWriter", "Cannot pack basemap %1: %2")
                               .arg(layer.name, tilesResult.error);
            return false;
        }
        result.basemapTiles += tilesResult.stored;
        result.missingTiles += tilesResult.missing;
        result.bytesBefore += tilesResult.bytes;
        if (tilesResult.missing > 0)
            result.warnings << QCoreApplication::translate(
                                   "PackWriter",
                                   "Basemap %1: %2 tiles of %3 were neither cached nor available.")
                                   .arg(layer.name)
                                   .arg(tilesResult.missing)
                                   .arg(tilesResult.missing + tilesResult.stored);
        layer = BasemapLayer::packDescriptor(finalPath(), table, online.source(), layer.id);
        return true;
    }

    // Embeds a local file and returns its token, or the value unchanged.
    QString embed(const QString &value, const QString &baseDir)
    {
        if (value.isEmpty() || value.size() > 4096 || value.contains(QLatin1Char('\n')))
            return value;
        if (value.contains(QLatin1String("://")) || value.startsWith(QLatin1String("PG:")))
            return value;
        const QFileInfo info(QDir(baseDir).absoluteFilePath(value));
        if (!info.isFile())
            return value;
        const QString abs = info.absoluteFilePath();
        if (abs == finalPath())
            return value;
        QString name = embeddedFiles.value(abs);
        if (name.isEmpty()) {
            name = info.fileName();
            int n = 2;
            while (std::find(embeddedFiles.cbegin(), embeddedFiles.cend(), name)
                   != embeddedFiles.cend())
                name = QStringLiteral("%1-%2").arg(n++).arg(info.fileName());
            embeddedFiles.insert(abs, name);
            countSource(abs);
        }
        return QString::fromLatin1(pack::fileToken) + name;
    }

    QJsonValue embedInJson(const QJsonValue &value, const QString &baseDir)
    {
        if (value.isString())
            return embed(value.toString(), baseDir);
        if (value.isArray()) {
            QJsonArray a = value.toArray();
            for (int i = 0; i < a.size(); ++i)
                a[i] = embedInJson(a[i], baseDir);
            return a;
        }
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = embedInJson(it.value(), baseDir);
            return o;
        }
        return value;
    }

    bool packObservations(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE %1 (feed TEXT NOT NULL, entity TEXT NOT NULL, "
                              "quantity TEXT NOT NULL, time TEXT NOT NULL, value REAL, text TEXT, "
                              "exercise INTEGER NOT NULL DEFAULT 0, "
                              "PRIMARY KEY (feed, entity, quantity, time))")
                   .arg(QLatin1String(pack::observationsTable)));
        if (request.observationCachePath.isEmpty())
            return true;
        if (!QFileInfo::exists(request.observationCachePath)) {
            result.warnings << QCoreApplication::translate(
                                   "PackWriter", "No recorded feed history: %1 does not exist.")
                                   .arg(request.observationCachePath);
            return true;
        }
        ObservationCache cache(request.observationCachePath);
        QString error;
        if (!cache.open(&error)) {
            result.error = error;
            return false;
        }
        // The recorded keys (feed, entity, quantity), then their series through the cache.
        QString dbError;
        QSqlDatabase rec = pack::openDatabase(request.observationCachePath, true, &dbError);
        QList<QStringList> keys;
        if (rec.isValid()) {
            QSqlQuery k(rec);
            if (k.exec(
                    QStringLiteral("SELECT DISTINCT feed, entity, quantity FROM observations"))) {
                while (k.next())
                    keys.append(
                        {k.value(0).toString(), k.value(1).toString(), k.value(2).toString()});
            }
            pack::closeDatabase(rec);
        }
        result.bytesBefore += QFileInfo(request.observationCachePath).size();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (feed, entity, quantity, time, "
                                      "value, text) VALUES (?, ?, ?, ?, ?, ?)")
                           .arg(QLatin1String(pack::observationsTable)));
        for (const QStringList &key : std::as_const(keys)) {
            const ObservationList series
                = cache.series(key[0], key[1], key[2], request.from, request.to);
            for (const Observation &o : series) {
                insert.addBindValue(o.feedId);
                insert.addBindValue(o.entityId);
                insert.addBindValue(o.quantity);
                insert.addBindValue(o.time.toUTC().toString(Qt::ISODateWithMs));
                insert.addBindValue(o.hasValue() ? QVariant(o.value) : QVariant());
                insert.addBindValue(o.text.isEmpty() ? QVariant() : QVariant(o.text));
                if (insert.exec())
                    ++result.observations;
            }
        }
        db.commit();
        return true;
    }

    bool writeTables(const QJsonObject &projectJson)
    {
        QString error;
        QSqlDatabase db = pack::openDatabase(partPath, false, &error);
        if (!db.isValid()) {
            result.error = QCoreApplication::translate("PackWriter", "Cannot write %1: %2")
                               .arg(request.outPath, error);
            return false;
        }
        auto exec = [&](const QString &sql) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                error = q.lastError().text();
                return false;
            }
            return true;
        };
        bool ok = exec(QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY, value TEXT)")
                           .arg(QLatin1String(pack::infoTable)))
            && exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, json TEXT NOT NULL)")
                        .arg(QLatin1String(pack::projectTable)))
            && exec(QStringLiteral("CREATE TABLE %1 (name TEXT PRIMARY KEY, size INTEGER, "
                                   "data BLOB NOT NULL)")
                        .arg(QLatin1String(pack::filesTable)))
            && exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                   "at TEXT NOT NULL, kind TEXT NOT NULL, target TEXT, "
                                   "payload TEXT)")
                        .arg(QLatin1String(pack::eventsTable)))
            && exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
                "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
                "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
                "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"));
        if (ok) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, "
                                     "identifier, description) VALUES ('layer_styles', "
                                     "'attributes', 'layer_styles', 'QGIS styles')"));
            q.exec(); // optional: the table works without being registered
        }
        for (const Style &s : std::as_const(styles)) {
            if (!ok)
                break;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
                                     "f_table_name, f_geometry_column, styleName, styleQML, "
                                     "styleSLD, useAsDefault, description, owner, ui) VALUES "
                                     "('', '', ?, 'geom', ?, ?, '', 1, ?, '', '')"));
            q.addBindValue(s.table);
            q.addBindValue(s.table);
            q.addBindValue(s.qml);
            q.addBindValue(
                QCoreApplication::translate("PackWriter", "Territoire style of %1").arg(s.name));
            ok = q.exec();
            if (!ok)
                error = q.lastError().text();
        }
        for (auto it = embeddedFiles.cbegin(); ok && it != embeddedFiles.cend(); ++it) {
            QFile f(it.key());
            if (!f.open(QIODevice::ReadOnly)) {
                error = QCoreApplication::translate("PackWriter", "cannot read %1: %2")
                            .arg(it.key(), f.errorString());
                ok = false;
                break;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO %1 (name, size, data) VALUES (?, ?, ?)")
                          .arg(QLatin1String(pack::filesTable)));
            const QByteArray data = f.readAll();
            q.addBindValue(it.value());
            q.addBindValue(qint64(data.size()));
            q.addBindValue(data);
            ok = q.exec();
            if (!ok)
                error = q.lastError().text();
            ++result.files;
        }
        if (ok
            && !report(
                0.9,
                QCoreApplication::translate("PackWriter", "Packing the recorded feed history")))
            ok = false;
        if (ok && !packObservations(db))
            ok = false;
        if (ok) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO %1 (id, json) VALUES (1, ?)")
                          .arg(QLatin1String(pack::projectTable)));
            q.addBindValue(QString::fromUtf8(QJsonDocument(projectJson).toJson()));
            ok = q.exec();
            if (!ok)
                error = q.lastError().text();
        }
        const QList<QPair<QString, QString>> info = {
            {QStringLiteral("format_version"), QString::number(pack::formatVersion)},
            {QStringLiteral("title"), request.project.title()},
            {QStringLiteral("created_at"), request.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("from"), request.from.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("to"), request.to.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("area"), area.description()},
            {QStringLiteral("basemap_zoom"),
             QStringLiteral("%1-%2").arg(request.basemapMinZoom).arg(request.basemapMaxZoom)},
        };
        for (const auto &kv : info) {
            if (!ok)
                break;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?)")
                          .arg(QLatin1String(pack::infoTable)));
            q.addBindValue(kv.first);
            q.addBindValue(kv.second);
            ok = q.exec();
        }
        pack::closeDatabase(db);
        if (!ok && !result.cancelled && result.error.isEmpty())
            result.error = QCoreApplication::translate("PackWriter", "Cannot write %1: %2")
                               .arg(request.outPath, error);
        return ok;
    }

    bool run()
    {
        const QString out = finalPath();
        partPath = out + QStringLiteral(".part");
        QFile::remove(partPath);
        if (!report(0.0, QCoreApplication::translate("PackWriter", "Preparing the pack")))
            return false;
        QString error;
        if (!area.resolve(request.project, request.area, &error)) {
            result.error = error;
            return false;
        }
        if (!createEmpty())
            return false;
        layers = request.project.layers();
        const int n = int(layers.size());
        for (int i = 0; i < n; ++i) {
            ProjectLayer &layer = layers[i];
            const double from = 0.05 + 0.8 * i / std::max(1, n);
            const double to = 0.05 + 0.8 * (i + 1) / std::max(1, n);
            if (!report(
                    from,
                    QCoreApplication::translate("PackWriter", "Packing layer %1").arg(layer.name)))
                return false;
            bool ok = true;
            if (layer.type == QLatin1String("vector"))
                ok = packVector(layer);
            else if (layer.type == QLatin1String("raster"))
                ok = packRaster(layer);
            else if (layer.type == QLatin1String("basemap"))
                ok = packBasemap(layer, from, to);
            else
                layer.source = embed(layer.source, request.project.directory());
            if (!ok)
                return false;
            layer.options = embedInJson(layer.options, request.project.directory()).toObject();
        }
        // The project, its sources pointing into the pack, its files embedded.
        QJsonObject json = request.project.toJson();
        const QString packDir = QFileInfo(out).absolutePath();
        QJsonArray layerArray;
        for (const ProjectLayer &layer : std::as_const(layers)) {
            QJsonObject l = layer.toJson(packDir);
            if (l.value(QStringLiteral("source")).toString() == out)
                l.insert(QStringLiteral("source"), QFileInfo(out).fileName());
            layerArray.append(l);
        }
        json.insert(QStringLiteral("layers"), layerArray);
        json.insert(
            QStringLiteral("sections"),
            embedInJson(json.value(QStringLiteral("sections")), request.project.directory()));
        QJsonObject offline = json.value(QStringLiteral("sections"))
                                  .toObject()
                                  .value(QStringLiteral("offline"))
                                  .toObject();
        offline.insert(QStringLiteral("from"), request.from.toUTC().toString(Qt::ISODate));
        offline.insert(QStringLiteral("to"), request.to.toUTC().toString(Qt::ISODate));
        QJsonObject sections = json.value(QStringLiteral("sections")).toObject();
        sections.insert(QStringLiteral("offline"), offline);
        json.insert(QStringLiteral("sections"), sections);
        if (!writeTables(json))
            return false;
        if (!report(0.97, QCoreApplication::translate("PackWriter", "Checking the pack")))
            return false;
        QFile::remove(out);
        if (!QFile::rename(partPath, out)) {
            result.error = QCoreApplication::translate(
                               "PackWriter", "Cannot write %1: the file cannot be replaced.")
                               .arg(request.outPath);
            return false;
        }
        result.bytesAfter = QFileInfo(out).size();
        report(1.0, QCoreApplication::translate("PackWriter", "Pack written"));
        return true;
    }
};

} // namespace

PackResult writePack(const PackRequest &request, const ProgressCallback &progress)
{
    Writer writer {request, progress, {}, {}, {}, {}, {}, {}, {}};
    writer.result.ok = writer.run();
    if (!writer.result.ok) {
        QFile::remove(writer.partPath);
        qCWarning(lcOffline) << "Pack not written:" << writer.result.error;
    }
    return writer.result;
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("PackWriter", "%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("PackWriter", "%1 KB").arg(bytes / 1024.0, 0, 'f', 1);
    return QCoreApplication::translate("PackWriter", "%1 MB")
        .arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace territoire
