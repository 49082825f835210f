#include "offline/TmsCapabilities.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace territoire::tms {

namespace {

bool fail(QString *error, const QString &origin, const QString &reason)
{
    if (error)
        *error
            = QCoreApplication::translate("TmsCapabilities", "Cannot read the TMS document %1: %2")
                  .arg(origin, reason);
    return false;
}

struct TileSet
{
    QString href;
    int order = -1;
    double unitsPerPixel = 0;
    WmtsTileLimits limits;
};

} // namespace

bool parseService(const QByteArray &data, const QString &origin, QList<TmsTileMapEntry> *maps,
                  QString *error)
{
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TileMapService"))
        return fail(error, origin,
                    QCoreApplication::translate("TmsCapabilities",
                                                "it is not a TMS TileMapService document."));
    maps->clear();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("TileMaps")) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("TileMap")) {
                const auto a = xml.attributes();
                maps->append({a.value(QLatin1String("title")).toString(),
                              a.value(QLatin1String("srs")).toString(),
                              a.value(QLatin1String("extension")).toString(),
                              a.value(QLatin1String("href")).toString()});
            }
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return fail(error, origin, xml.errorString());
    return true;
}

BasemapSource parseTileMap(const QByteArray &data, const QString &origin, QString *error)
{
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TileMap")) {
        fail(error, origin,
             QCoreApplication::translate("TmsCapabilities", "it is not a TMS TileMap document."));
        return {};
    }
    BasemapSource source;
    QString srs;
    QString mime;
    QString extension;
    int tileWidth = 0;
    double originX = NAN;
    double originY = NAN;
    QList<TileSet> sets;
    // The TileSets sit in <TileSets> (the standard) or in a nested <TileMap> (Géoplateforme).
    auto readSets = [&] {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("TileSet")) {
                const auto a = xml.attributes();
                TileSet s;
                s.href = a.value(QLatin1String("href")).toString();
                s.order = a.value(QLatin1String("order")).toInt();
                s.unitsPerPixel = a.value(QLatin1String("units-per-pixel")).toDouble();
                s.limits = {a.value(QLatin1String("minrow")).toInt(),
                            a.value(QLatin1String("maxrow")).toInt(),
                            a.value(QLatin1String("mincol")).toInt(),
                            a.value(QLatin1String("maxcol")).toInt()};
                if (!a.hasAttribute(QLatin1String("maxrow")))
                    s.limits = {};
                sets.append(s);
            }
            xml.skipCurrentElement();
        }
    };
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto a = xml.attributes();
        if (name == QLatin1String("Title")) {
            source.title = xml.readElementText().trimmed();
        } else if (name == QLatin1String("SRS")) {
            srs = xml.readElementText().trimmed();
        } else if (name == QLatin1String("Origin")) {
            originX = a.value(QLatin1String("x")).toDouble();
            originY = a.value(QLatin1String("y")).toDouble();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("TileFormat")) {
            tileWidth = a.value(QLatin1String("width")).toInt();
            mime = a.value(QLatin1String("mime-type")).toString();
            extension = a.value(QLatin1String("extension")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("TileSets") || name == QLatin1String("TileMap")) {
            readSets();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        fail(error, origin, xml.errorString());
        return {};
    }

    // Only raster tiles in the Web Mercator quadtree, rows from the top.
    if (!mime.startsWith(QLatin1String("image/"))) {
        fail(error, origin,
             QCoreApplication::translate(
                 "TmsCapabilities",
                 "the tiles of \"%1\" are %2, not images (vector tiles are not supported).")
                 .arg(source.title, mime.isEmpty() ? extension : mime));
        return {};
    }
    const double half = tiles::halfWorld;
    if (srs != QLatin1String("EPSG:3857") || tileWidth != 256 || std::abs(originX + half) > 1
        || std::abs(originY - half) > 1 || sets.isEmpty()) {
        fail(error, origin,
             QCoreApplication::translate(
                 "TmsCapabilities",
                 "\"%1\" is not in the Web Mercator grid of 256-pixel tiles with its origin at "
                 "the top left.")
                 .arg(source.title));
        return {};
    }
    source.minZoom = sets.constFirst().order;
    source.maxZoom = sets.constFirst().order;
    QString base;
    for (const TileSet &s : std::as_const(sets)) {
        const double expected = 2 * half / (256.0 * std::pow(2.0, s.order));
        const QString suffix = QLatin1Char('/') + QString::number(s.order);
        if (std::abs(s.unitsPerPixel - expected) > expected * 1e-6 || !s.href.endsWith(suffix)) {
            fail(error, origin,
                 QCoreApplication::translate("TmsCapabilities",
                                             "level %1 of \"%2\" is not a Web Mercator zoom level.")
                     .arg(s.order)
                     .arg(source.title));
            return {};
        }
        const QString setBase = s.href.left(s.href.size() - suffix.size());
        if (!base.isEmpty() && setBase != base) {
            fail(error, origin,
                 QCoreApplication::translate("TmsCapabilities",
                                             "the levels of \"%1\" have different addresses.")
                     .arg(source.title));
            return {};
        }
        base = setBase;
        source.minZoom = std::min(source.minZoom, s.order);
        source.maxZoom = std::max(source.maxZoom, s.order);
        if (s.limits.maxRow >= s.limits.minRow)
            source.limits.insert(s.order, s.limits);
    }
    source.urlTemplate = base + QStringLiteral("/${z}/${x}/${y}.") + extension;
    source.id = base.section(QLatin1Char('/'), -1);
    if (source.title.isEmpty())
        source.title = source.id;
    source.attribution = source.title;
    return source;
}

} // namespace territoire::tms
