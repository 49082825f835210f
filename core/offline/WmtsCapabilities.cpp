#include "offline/WmtsCapabilities.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

constexpr double webMercatorScale0 = 559082264.0287178;
constexpr double webMercatorHalfWorld = 20037508.342789244;

QPointF parseCorner(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 2)
        return {std::nan(""), std::nan("")};
    return {parts[0].toDouble(), parts[1].toDouble()};
}

// Reads a <TileMatrix> element of a TileMatrixSet (the reader is on its start element).
WmtsTileMatrix readMatrix(QXmlStreamReader &xml)
{
    WmtsTileMatrix m;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("Identifier"))
            m.identifier = xml.readElementText().trimmed();
        else if (name == QLatin1String("ScaleDenominator"))
            m.scaleDenominator = xml.readElementText().trimmed().toDouble();
        else if (name == QLatin1String("TopLeftCorner"))
            m.topLeft = parseCorner(xml.readElementText());
        else if (name == QLatin1String("TileWidth"))
            m.tileWidth = xml.readElementText().trimmed().toInt();
        else if (name == QLatin1String("TileHeight"))
            m.tileHeight = xml.readElementText().trimmed().toInt();
        else if (name == QLatin1String("MatrixWidth"))
            m.matrixWidth = xml.readElementText().trimmed().toInt();
        else if (name == QLatin1String("MatrixHeight"))
            m.matrixHeight = xml.readElementText().trimmed().toInt();
        else
            xml.skipCurrentElement();
    }
    return m;
}

WmtsTileMatrixSet readSet(QXmlStreamReader &xml)
{
    WmtsTileMatrixSet set;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("Identifier"))
            set.identifier = xml.readElementText().trimmed();
        else if (name == QLatin1String("SupportedCRS"))
            set.crs = xml.readElementText().trimmed();
        else if (name == QLatin1String("TileMatrix"))
            set.matrices.append(readMatrix(xml));
        else
            xml.skipCurrentElement();
    }
    std::stable_sort(set.matrices.begin(), set.matrices.end(),
                     [](const WmtsTileMatrix &a, const WmtsTileMatrix &b) {
                         return a.scaleDenominator > b.scaleDenominator;
                     });
    return set;
}

void readLink(QXmlStreamReader &xml, WmtsLayer &layer)
{
    QString setId;
    QHash<QString, WmtsTileLimits> limits;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("TileMatrixSet")) {
            setId = xml.readElementText().trimmed();
        } else if (xml.name() == QLatin1String("TileMatrixSetLimits")) {
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("TileMatrixLimits")) {
                    xml.skipCurrentElement();
                    continue;
                }
                QString matrix;
                WmtsTileLimits l;
                while (xml.readNextStartElement()) {
                    const auto name = xml.name();
                    const QString text = xml.readElementText().trimmed();
                    if (name == QLatin1String("TileMatrix"))
                        matrix = text;
                    else if (name == QLatin1String("MinTileRow"))
                        l.minRow = text.toInt();
                    else if (name == QLatin1String("MaxTileRow"))
                        l.maxRow = text.toInt();
                    else if (name == QLatin1String("MinTileCol"))
                        l.minCol = text.toInt();
                    else if (name == QLatin1String("MaxTileCol"))
                        l.maxCol = text.toInt();
                }
                if (!matrix.isEmpty())
                    limits.insert(matrix, l);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (setId.isEmpty())
        return;
    // Limits written "SET:ID" refer to the matrix "ID" of that set.
    QHash<QString, WmtsTileLimits> normalised;
    const QString prefix = setId + QLatin1Char(':');
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        QString id = it.key();
        if (id.startsWith(prefix))
            id = id.mid(prefix.size());
        normalised.insert(id, it.value());
    }
    layer.tileMatrixSets.append(setId);
    layer.limits.insert(setId, normalised);
}

WmtsLayer readLayer(QXmlStreamReader &xml)
{
    WmtsLayer layer;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("Identifier")) {
            layer.identifier = xml.readElementText().trimmed();
        } else if (name == QLatin1String("Title")) {
            layer.title = xml.readElementText().trimmed();
        } else if (name == QLatin1String("Format")) {
            layer.formats.append(xml.readElementText().trimmed());
        } else if (name == QLatin1String("Style")) {
            const bool isDefault
                = xml.attributes().value(QLatin1String("isDefault")) == QLatin1String("true");
            QString id;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Identifier"))
                    id = xml.readElementText().trimmed();
                else
                    xml.skipCurrentElement();
            }
            if (isDefault || layer.defaultStyle.isEmpty())
                layer.defaultStyle = id;
        } else if (name == QLatin1String("TileMatrixSetLink")) {
            readLink(xml, layer);
        } else if (name == QLatin1String("ResourceURL")) {
            const auto a = xml.attributes();
            if (a.value(QLatin1String("resourceType")) == QLatin1String("tile"))
                layer.resourceUrls.insert(a.value(QLatin1String("format")).toString(),
                                          a.value(QLatin1String("template")).toString());
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    return layer;
}

} // namespace

int WmtsTileMatrixSet::epsg() const
{
    static const QRegularExpression code(QStringLiteral("EPSG:(?:[0-9.]*:)?(\\d+)$"));
    const auto match = code.match(crs);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool WmtsTileMatrixSet::isWebMercatorQuadTree() const
{
    const int code = epsg();
    if ((code != 3857 && code != 900913 && code != 3785) || matrices.isEmpty())
        return false;
    for (int z = 0; z < matrices.size(); ++z) {
        const WmtsTileMatrix &m = matrices[z];
        const double expected = webMercatorScale0 / std::pow(2.0, z);
        if (std::abs(m.scaleDenominator - expected) > expected * 1e-6)
            return false;
        if (m.tileWidth != 256 || m.tileHeight != 256)
            return false;
        // Corners are often rounded to the metre.
        if (std::abs(m.topLeft.x() + webMercatorHalfWorld) > 1.0
            || std::abs(m.topLeft.y() - webMercatorHalfWorld) > 1.0)
            return false;
    }
    return true;
}

bool WmtsCapabilities::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("WmtsCapabilities", "Cannot read %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, error);
}

bool WmtsCapabilities::parse(const QByteArray &data, const QString &origin, QString *error)
{
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("Capabilities")) {
        if (error)
            *error
                = QCoreApplication::translate("WmtsCapabilities",
                                              "%1 is not a WMTS capabilities document%2")
                      .arg(origin,
                           xml.hasError() ? QStringLiteral(": ") + xml.errorString() : QString());
        return false;
    }
    m_layers.clear();
    m_sets.clear();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("ServiceIdentification")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Title"))
                    m_title = xml.readElementText().trimmed();
                else if (xml.name() == QLatin1String("AccessConstraints"))
                    m_constraints = xml.readElementText().simplified();
                else
                    xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("ServiceProvider")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("ProviderName"))
                    m_provider = xml.readElementText().trimmed();
                else
                    xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("OperationsMetadata")) {
            while (xml.readNextStartElement()) {
                const bool getTile = xml.name() == QLatin1String("Operation")
                    && xml.attributes().value(QLatin1String("name")) == QLatin1String("GetTile");
                if (!getTile) {
                    xml.skipCurrentElement();
                    continue;
                }
                // Operation/DCP/HTTP/Get: the first Get whose encoding is KVP (or unstated).
                int depth = 1;
                while (depth > 0 && !xml.atEnd()) {
                    const auto token = xml.readNext();
                    if (token == QXmlStreamReader::StartElement) {
                        ++depth;
                        if (xml.name() == QLatin1String("Get") && m_getTileKvp.isEmpty())
                            m_getTileKvp = xml.attributes()
                                               .value(QLatin1String("http://www.w3.org/1999/xlink"),
                                                      QLatin1String("href"))
                                               .toString();
                    } else if (token == QXmlStreamReader::EndElement) {
                        --depth;
                    }
                }
            }
        } else if (name == QLatin1String("Contents")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Layer"))
                    m_layers.append(readLayer(xml));
                else if (xml.name() == QLatin1String("TileMatrixSet"))
                    m_sets.append(readSet(xml));
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = QCoreApplication::translate("WmtsCapabilities",
                                                 "%1 is not valid XML (line %2): %3")
                         .arg(origin)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
        return false;
    }
    if (!m_getTileKvp.isEmpty() && !m_getTileKvp.endsWith(QLatin1Char('?'))
        && !m_getTileKvp.endsWith(QLatin1Char('&')))
        m_getTileKvp
            += m_getTileKvp.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return true;
}

const WmtsLayer *WmtsCapabilities::layer(const QString &identifier) const
{
    for (const WmtsLayer &l : m_layers) {
        if (l.identifier == identifier)
            return &l;
    }
    return nullptr;
}

const WmtsTileMatrixSet *WmtsCapabilities::tileMatrixSet(const QString &identifier) const
{
    for (const WmtsTileMatrixSet &s : m_sets) {
        if (s.identifier == identifier)
            return &s;
    }
    return nullptr;
}

} // namespace territoire
