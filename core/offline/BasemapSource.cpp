#include "offline/BasemapSource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QRect>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

QString md5Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString fillTemplate(QString url, int z, int x, int y)
{
    url.replace(QLatin1String("${z}"), QString::number(z));
    url.replace(QLatin1String("${x}"), QString::number(x));
    url.replace(QLatin1String("${y}"), QString::number(y));
    return url;
}

} // namespace

BasemapSource BasemapSource::openStreetMap()
{
    BasemapSource s;
    s.id = QStringLiteral("osm");
    s.title = QCoreApplication::translate("BasemapSource", "OpenStreetMap");
    s.urlTemplate = QStringLiteral("https://tile.openstreetmap.org/${z}/${x}/${y}.png");
    s.attribution = QStringLiteral("© OpenStreetMap contributors");
    s.minZoom = 0;
    s.maxZoom = 19;
    return s;
}

BasemapSource BasemapSource::planIgn()
{
    BasemapSource s;
    s.id = QStringLiteral("plan-ign");
    s.title = QCoreApplication::translate("BasemapSource", "Plan IGN (Géoplateforme)");
    s.urlTemplate
        = QStringLiteral("https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                         "&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png"
                         "&TILEMATRIXSET=PM&TILEMATRIX=${z}&TILEROW=${y}&TILECOL=${x}");
    s.attribution = QStringLiteral("© IGN – Géoplateforme, Plan IGN");
    s.minZoom = 0;
    s.maxZoom = 19;
    return s;
}

BasemapSource BasemapSource::preset(const QString &id)
{
    if (id == QLatin1String("osm"))
        return openStreetMap();
    if (id == QLatin1String("plan-ign"))
        return planIgn();
    return {};
}

BasemapSource BasemapSource::fromWmts(const WmtsCapabilities &capabilities, const QString &layerId,
                                      const QString &setId, const QString &style,
                                      const QString &format, const QString &serviceUrl,
                                      QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return BasemapSource();
    };
    const WmtsLayer *layer = capabilities.layer(layerId);
    if (!layer)
        return fail(
            QCoreApplication::translate("BasemapSource", "The WMTS service has no layer \"%1\".")
                .arg(layerId));
    const WmtsTileMatrixSet *set = nullptr;
    for (const QString &candidate : layer->tileMatrixSets) {
        if (!setId.isEmpty() && candidate != setId)
            continue;
        const WmtsTileMatrixSet *s = capabilities.tileMatrixSet(candidate);
        if (s && s->isWebMercatorQuadTree()) {
            set = s;
            break;
        }
    }
    if (!set)
        return fail(
            QCoreApplication::translate(
                "BasemapSource", "The WMTS layer \"%1\" has no Web Mercator tile matrix set%2.")
                .arg(layerId, setId.isEmpty() ? QString() : QStringLiteral(" ") + setId));
    const QString fmt
        = format.isEmpty() ? layer->formats.value(0, QStringLiteral("image/png")) : format;
    const QString sty = style.isEmpty() ? layer->defaultStyle : style;

    BasemapSource s;
    s.id = layerId;
    s.title = layer->title.isEmpty() ? layerId : layer->title;
    s.minZoom = 0;
    s.maxZoom = int(set->matrices.size()) - 1;
    const QHash<QString, WmtsTileLimits> limits = layer->limits.value(set->identifier);
    for (int z = 0; z < set->matrices.size(); ++z) {
        const auto it = limits.constFind(set->matrices[z].identifier);
        if (it != limits.cend())
            s.limits.insert(z, it.value());
    }
    // Matrix identifiers are the zoom level, optionally behind a fixed prefix ("PM:12").
    const QString lastId = set->matrices.constLast().identifier;
    const QString prefix = lastId.left(lastId.size() - QString::number(s.maxZoom).size());
    for (int z = 0; z < set->matrices.size(); ++z) {
        if (set->matrices[z].identifier != prefix + QString::number(z))
            return fail(
                QCoreApplication::translate(
                    "BasemapSource", "The tile matrix identifiers of %1 are not zoom levels.")
                    .arg(set->identifier));
    }
    const QString matrixPlaceholder = prefix + QStringLiteral("${z}");
    const QString rest = layer->resourceUrls.value(fmt);
    if (!rest.isEmpty() && serviceUrl.isEmpty()) {
        QString url = rest;
        url.replace(QLatin1String("{TileMatrixSet}"), set->identifier, Qt::CaseInsensitive);
        url.replace(QLatin1String("{TileMatrix}"), matrixPlaceholder, Qt::CaseInsensitive);
        url.replace(QLatin1String("{TileRow}"), QStringLiteral("${y}"), Qt::CaseInsensitive);
        url.replace(QLatin1String("{TileCol}"), QStringLiteral("${x}"), Qt::CaseInsensitive);
        url.replace(QLatin1String("{Style}"), sty, Qt::CaseInsensitive);
        s.urlTemplate = url;
    } else {
        QString base = serviceUrl.isEmpty() ? capabilities.getTileKvpUrl() : serviceUrl;
        if (base.isEmpty())
            return fail(QCoreApplication::translate("BasemapSource",
                                                    "The WMTS service gives no GetTile address."));
        if (!base.endsWith(QLatin1Char('?')) && !base.endsWith(QLatin1Char('&')))
            base += base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("SERVICE"), QStringLiteral("WMTS"));
        q.addQueryItem(QStringLiteral("REQUEST"), QStringLiteral("GetTile"));
        q.addQueryItem(QStringLiteral("VERSION"), QStringLiteral("1.0.0"));
        q.addQueryItem(QStringLiteral("LAYER"), layerId);
        q.addQueryItem(QStringLiteral("STYLE"), sty);
        q.addQueryItem(QStringLiteral("FORMAT"), fmt);
        q.addQueryItem(QStringLiteral("TILEMATRIXSET"), set->identifier);
        s.urlTemplate = base + q.toString(QUrl::FullyEncoded)
            + QStringLiteral("&TILEMATRIX=%1&TILEROW=${y}&TILECOL=${x}").arg(matrixPlaceholder);
    }
    QString provider = capabilities.providerName();
    s.attribution = provider.isEmpty() ? s.title : QStringLiteral("© %1").arg(provider);
    return s;
}

QString BasemapSource::defaultCacheDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/territoire-cache");
    return base + QStringLiteral("/basemaps");
}

QString BasemapSource::effectiveCacheDir() const
{
    return cacheDir.isEmpty() ? defaultCacheDir() : cacheDir;
}

QString BasemapSource::gdalXml(bool offline, int tileLevel) const
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("GDAL_WMS"));
    xml.writeStartElement(QStringLiteral("Service"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("TMS"));
    xml.writeTextElement(QStringLiteral("ServerUrl"), urlTemplate);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("DataWindow"));
    const QString h = QString::number(tiles::halfWorld, 'f', 9);
    xml.writeTextElement(QStringLiteral("UpperLeftX"), QLatin1Char('-') + h);
    xml.writeTextElement(QStringLiteral("UpperLeftY"), h);
    xml.writeTextElement(QStringLiteral("LowerRightX"), h);
    xml.writeTextElement(QStringLiteral("LowerRightY"), QLatin1Char('-') + h);
    xml.writeTextElement(QStringLiteral("TileLevel"),
                         QString::number(tileLevel >= 0 ? tileLevel : maxZoom));
    xml.writeTextElement(QStringLiteral("TileCountX"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("TileCountY"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("YOrigin"), QStringLiteral("top"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("Projection"), QStringLiteral("EPSG:3857"));
    xml.writeTextElement(QStringLiteral("BlockSizeX"), QStringLiteral("256"));
    xml.writeTextElement(QStringLiteral("BlockSizeY"), QStringLiteral("256"));
    xml.writeTextElement(QStringLiteral("BandsCount"), QStringLiteral("4"));
    xml.writeTextElement(QStringLiteral("MaxConnections"), QStringLiteral("4"));
    xml.writeTextElement(QStringLiteral("Timeout"), QStringLiteral("30"));
    xml.writeTextElement(QStringLiteral("UserAgent"),
                         QStringLiteral("Territoire/%1")
                             .arg(QCoreApplication::applicationVersion().isEmpty()
                                      ? QStringLiteral("0.1")
                                      : QCoreApplication::applicationVersion()));
    xml.writeStartElement(QStringLiteral("Cache"));
    xml.writeTextElement(QStringLiteral("Path"), effectiveCacheDir());
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("ZeroBlockHttpCodes"), QStringLiteral("204,404"));
    xml.writeTextElement(QStringLiteral("ZeroBlockOnServerException"), QStringLiteral("true"));
    if (offline)
        xml.writeTextElement(QStringLiteral("OfflineMode"), QStringLiteral("true"));
    xml.writeEndElement();
    return out;
}

QString BasemapSource::tileUrl(int z, int x, int y) const
{
    return fillTemplate(urlTemplate, z, x, y);
}

QString BasemapSource::cachedTilePath(int z, int x, int y) const
{
    // GDAL's file cache: <path>/<md5 of the URL template>/<h0>/<h1>/<md5 of the tile URL>.
    const QString key = md5Hex(tileUrl(z, x, y));
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(effectiveCacheDir(), md5Hex(urlTemplate), key.left(1), key.mid(1, 1), key);
}

bool BasemapSource::hasTile(int z, int x, int y) const
{
    if (z < minZoom || z > maxZoom)
        return false;
    const auto it = limits.constFind(z);
    return it == limits.cend() || it->contains(x, y);
}

QJsonObject BasemapSource::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("basemap"), id);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("url"), urlTemplate);
    o.insert(QStringLiteral("attribution"), attribution);
    o.insert(QStringLiteral("minZoom"), minZoom);
    o.insert(QStringLiteral("maxZoom"), maxZoom);
    if (!cacheDir.isEmpty())
        o.insert(QStringLiteral("cacheDir"), cacheDir);
    if (!limits.isEmpty()) {
        QJsonObject lim;
        for (auto it = limits.cbegin(); it != limits.cend(); ++it)
            lim.insert(QString::number(it.key()),
                       QJsonArray {it->minCol, it->minRow, it->maxCol, it->maxRow});
        o.insert(QStringLiteral("limits"), lim);
    }
    return o;
}

BasemapSource BasemapSource::fromJson(const QJsonObject &json)
{
    BasemapSource s = preset(json.value(QStringLiteral("basemap")).toString());
    if (json.contains(QStringLiteral("basemap")))
        s.id = json.value(QStringLiteral("basemap")).toString();
    if (json.contains(QStringLiteral("title")))
        s.title = json.value(QStringLiteral("title")).toString();
    if (json.contains(QStringLiteral("url")))
        s.urlTemplate = json.value(QStringLiteral("url")).toString();
    if (json.contains(QStringLiteral("attribution")))
        s.attribution = json.value(QStringLiteral("attribution")).toString();
    s.minZoom = json.value(QStringLiteral("minZoom")).toInt(s.minZoom);
    s.maxZoom = json.value(QStringLiteral("maxZoom")).toInt(s.maxZoom);
    s.cacheDir = json.value(QStringLiteral("cacheDir")).toString(s.cacheDir);
    const QJsonObject lim = json.value(QStringLiteral("limits")).toObject();
    for (auto it = lim.begin(); it != lim.end(); ++it) {
        const QJsonArray a = it.value().toArray();
        if (a.size() == 4)
            s.limits.insert(
                it.key().toInt(),
                WmtsTileLimits {a[1].toInt(), a[3].toInt(), a[0].toInt(), a[2].toInt()});
    }
    return s;
}

namespace tiles {

QRect range(const QRectF &lonLat, int z)
{
    const double n = std::pow(2.0, z);
    auto col = [n](double lon) {
        return int(std::floor((lon + 180.0) / 360.0 * n));
    };
    auto row = [n](double lat) {
        lat = std::clamp(lat, -85.0511287798, 85.0511287798);
        const double r = lat * M_PI / 180.0;
        return int(std::floor((1.0 - std::asinh(std::tan(r)) / M_PI) / 2.0 * n));
    };
    const int last = int(n) - 1;
    const int x0 = std::clamp(col(lonLat.left()), 0, last);
    const int x1 = std::clamp(col(lonLat.right()), 0, last);
    const int y0 = std::clamp(row(std::max(lonLat.top(), lonLat.bottom())), 0, last);
    const int y1 = std::clamp(row(std::min(lonLat.top(), lonLat.bottom())), 0, last);
    return QRect(QPoint(std::min(x0, x1), y0), QPoint(std::max(x0, x1), y1));
}

QRectF bounds3857(int z, int x, int y)
{
    const double size = 2 * halfWorld / std::pow(2.0, z);
    const double west = -halfWorld + x * size;
    const double north = halfWorld - y * size;
    return QRectF(west, north - size, size, size);
}

qint64 count(const QRectF &lonLat, int minZoom, int maxZoom)
{
    qint64 total = 0;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const QRect r = range(lonLat, z);
        total += qint64(r.width()) * r.height();
    }
    return total;
}

} // namespace tiles

} // namespace territoire
