#include "offline/BasemapTilePacker.h"

#include "base/Crs.h"
#include "base/Logging.h"
#include "offline/NetworkPolicy.h"
#include "offline/PackFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRect>
#include <QSqlError>
#include <QSqlQuery>

#include <cpl_error.h>
#include <gdal.h>

#include <cmath>

namespace territoire {

namespace {

constexpr int chunkTiles = 8; // tiles per side fetched in one GDAL read

} // namespace

BasemapTilePacker::BasemapTilePacker(const BasemapSource &source, const QRectF &lonLat, int minZoom,
                                     int maxZoom)
    : m_source(source)
    , m_lonLat(lonLat)
    , m_minZoom(std::max(minZoom, source.minZoom))
    , m_maxZoom(std::min(maxZoom, source.maxZoom))
{ }

bool BasemapTilePacker::prefetch(int z, const QRect &tiles)
{
    // Ask GDAL to read the window at level z: its WMS driver downloads the missing blocks in
    // parallel and writes them to the cache.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetH ds = GDALOpenEx(m_source.gdalXml(false, z).toUtf8().constData(),
                                 GDAL_OF_RASTER | GDAL_OF_INTERNAL, nullptr, nullptr, nullptr);
    bool ok = false;
    if (ds) {
        // Reading one band at full resolution makes the driver fetch every block of the
        // window (in parallel) and keep the answers in its cache.
        const int w = tiles.width() * 256;
        const int h = tiles.height() * 256;
        QByteArray buffer(qsizetype(w) * h, Qt::Uninitialized);
        ok = GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, tiles.left() * 256, tiles.top() * 256,
                          w, h, buffer.data(), w, h, GDT_Byte, 0, 0)
            == CE_None;
        GDALClose(ds);
    }
    CPLPopErrorHandler();
    return ok;
}

BasemapTilePacker::Result BasemapTilePacker::write(const QString &gpkgPath, const QString &table,
                                                   const ProgressCallback &progress)
{
    Result result;
    if (m_lonLat.isNull() || !m_source.isValid() || m_maxZoom < m_minZoom) {
        result.error
            = QCoreApplication::translate("BasemapTilePacker", "no area or zoom levels to pack");
        return result;
    }
    QDir().mkpath(m_source.effectiveCacheDir());
    QString error;
    QSqlDatabase db = pack::openDatabase(gpkgPath, false, &error);
    if (!db.isValid()) {
        result.error = error;
        return result;
    }
    auto exec = [&](const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            error = q.lastError().text() + QStringLiteral(" (") + sql.left(60) + QLatin1Char(')');
            return false;
        }
        return true;
    };
    const double h = tiles::halfWorld;
    const QRect top = tiles::range(m_lonLat, m_maxZoom);
    const QRectF first = tiles::bounds3857(m_maxZoom, top.left(), top.top());
    const QRectF last = tiles::bounds3857(m_maxZoom, top.right(), top.bottom());
    const QRectF contents = first.united(last);
    QSqlQuery srs(db);
    srs.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
        "organization_coordsys_id, definition, description) VALUES "
        "('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, ?, NULL)"));
    srs.addBindValue(Crs::fromEpsg(3857).toWkt());
    bool ok = srs.exec();
    if (!ok)
        error = srs.lastError().text();
    ok = ok
        && exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS gpkg_tile_matrix_set (table_name TEXT NOT NULL PRIMARY "
            "KEY, srs_id INTEGER NOT NULL, min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x "
            "DOUBLE NOT NULL, max_y DOUBLE NOT NULL, CONSTRAINT fk_gtms_table_name FOREIGN KEY "
            "(table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gtms_srs FOREIGN "
            "KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"))
        && exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS gpkg_tile_matrix (table_name TEXT NOT NULL, zoom_level "
            "INTEGER NOT NULL, matrix_width INTEGER NOT NULL, matrix_height INTEGER NOT NULL, "
            "tile_width INTEGER NOT NULL, tile_height INTEGER NOT NULL, pixel_x_size DOUBLE NOT "
            "NULL, pixel_y_size DOUBLE NOT NULL, CONSTRAINT pk_ttm PRIMARY KEY (table_name, "
            "zoom_level), CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES "
            "gpkg_contents(table_name))"))
        && exec(QStringLiteral("CREATE TABLE \"%1\" (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, "
                               "tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL, UNIQUE "
                               "(zoom_level, tile_column, tile_row))")
                    .arg(table))
        && exec(
             QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                            "description, min_x, min_y, max_x, max_y, srs_id) VALUES ('%1', "
                            "'tiles', '%1', '%2', %3, %4, %5, %6, 3857)")
                 .arg(table,
                      QString(m_source.attribution).replace(QLatin1Char('\''), QLatin1String("''")))
                 .arg(contents.left(), 0, 'f', 6)
                 .arg(contents.top(), 0, 'f', 6)
                 .arg(contents.right(), 0, 'f', 6)
                 .arg(contents.bottom(), 0, 'f', 6))
        && exec(QStringLiteral("INSERT INTO gpkg_tile_matrix_set (table_name, srs_id, min_x, "
                               "min_y, max_x, max_y) VALUES ('%1', 3857, %2, %2, %3, %3)")
                    .arg(table)
                    .arg(-h, 0, 'f', 9)
                    .arg(h, 0, 'f', 9));
    for (int z = m_minZoom; ok && z <= m_maxZoom; ++z) {
        const qint64 n = qint64(1) << z;
        const double pixel = 2 * h / (256.0 * n);
        ok = exec(QStringLiteral("INSERT INTO gpkg_tile_matrix (table_name, zoom_level, "
                                 "matrix_width, matrix_height, tile_width, tile_height, "
                                 "pixel_x_size, pixel_y_size) VALUES ('%1', %2, %3, %3, 256, "
                                 "256, %4, %4)")
                      .arg(table)
                      .arg(z)
                      .arg(n)
                      .arg(pixel, 0, 'g', 17));
    }
    if (!ok) {
        result.error = error;
        pack::closeDatabase(db);
        return result;
    }

    const bool offline = NetworkPolicy::instance().isOffline();
    const qint64 total = std::max<qint64>(1, tiles::count(m_lonLat, m_minZoom, m_maxZoom));
    qint64 done = 0;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO \"%1\" (zoom_level, tile_column, "
                                  "tile_row, tile_data) VALUES (?, ?, ?, ?)")
                       .arg(table));
    for (int z = m_minZoom; z <= m_maxZoom && !result.cancelled; ++z) {
        const QRect range = tiles::range(m_lonLat, z);
        db.transaction();
        for (int cy = range.top(); cy <= range.bottom() && !result.cancelled; cy += chunkTiles) {
            for (int cx = range.left(); cx <= range.right(); cx += chunkTiles) {
                const QRect chunk(QPoint(cx, cy),
                                  QPoint(std::min(cx + chunkTiles - 1, range.right()),
                                         std::min(cy + chunkTiles - 1, range.bottom())));
                bool complete = true;
                for (int y = chunk.top(); y <= chunk.bottom() && complete; ++y)
                    for (int x = chunk.left(); x <= chunk.right() && complete; ++x)
                        complete = !m_source.hasTile(z, x, y)
                            || QFileInfo(m_source.cachedTilePath(z, x, y)).size() > 0;
                if (!complete && !offline)
                    prefetch(z, chunk);
                for (int y = chunk.top(); y <= chunk.bottom(); ++y) {
                    for (int x = chunk.left(); x <= chunk.right(); ++x) {
                        ++done;
                        if (!m_source.hasTile(z, x, y))
                            continue;
                        const QString path = m_source.cachedTilePath(z, x, y);
                        QFile file(path);
                        QByteArray data;
                        if (file.open(QIODevice::ReadOnly))
                            data = file.readAll();
                        file.close();
                        if (data.isEmpty() || QImage::fromData(data).isNull()) {
                            if (!data.isEmpty()) {
                                qCWarning(lcOffline)
                                    << "Damaged cached tile removed:" << z << x << y;
                                QFile::remove(path);
                            }
                            ++result.missing;
                            continue;
                        }
                        insert.addBindValue(z);
                        insert.addBindValue(x);
                        insert.addBindValue(y);
                        insert.addBindValue(data);
                        if (!insert.exec()) {
                            result.error = insert.lastError().text();
                            db.rollback();
                            pack::closeDatabase(db);
                            return result;
                        }
                        ++result.stored;
                        result.bytes += data.size();
                    }
                }
                if (progress
                    && !progress(double(done) / total,
                                 QCoreApplication::translate("BasemapTilePacker",
                                                             "Basemap tiles: zoom %1, %2 of %3")
                                     .arg(z)
                                     .arg(done)
                                     .arg(total))) {
                    result.cancelled = true;
                    break;
                }
            }
        }
        db.commit();
    }
    pack::closeDatabase(db);
    return result;
}

} // namespace territoire
