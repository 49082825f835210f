#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace territoire {

// One zoom level of a WMTS tile matrix set. The scale denominator assumes 0.28 mm pixels
// (OGC WMTS 1.0 §6.1); the top-left corner is in the set's CRS, in its axis order as written.
struct WmtsTileMatrix
{
    QString identifier;
    double scaleDenominator = 0;
    QPointF topLeft;
    int tileWidth = 256;
    int tileHeight = 256;
    int matrixWidth = 0;
    int matrixHeight = 0;
};

struct WmtsTileMatrixSet
{
    QString identifier;
    QString crs; // as written, e.g. "EPSG:3857" or "urn:ogc:def:crs:EPSG::3857"
    QList<WmtsTileMatrix> matrices; // sorted from the largest scale denominator (zoom 0)

    // EPSG code from the CRS text, 0 when none.
    int epsg() const;
    // True when the set is the Web Mercator quadtree (EPSG:3857, 256-pixel tiles, each level
    // halving the previous one, starting at one tile of 559 082 264): then matrix index == z.
    bool isWebMercatorQuadTree() const;
};

// Tile row/column limits of one matrix for one layer (inclusive).
struct WmtsTileLimits
{
    int minRow = 0;
    int maxRow = -1;
    int minCol = 0;
    int maxCol = -1;
    bool contains(int col, int row) const
    {
        return row >= minRow && row <= maxRow && col >= minCol && col <= maxCol;
    }
};

struct WmtsLayer
{
    QString identifier;
    QString title;
    QStringList formats;
    QString defaultStyle;
    QStringList tileMatrixSets;
    // Per tile matrix set, the limits keyed by matrix identifier as in the set (identifiers
    // written "SET:ID" in the limits are matched to "ID").
    QHash<QString, QHash<QString, WmtsTileLimits>> limits;
    // RESTful templates by format ({TileMatrix}, {TileRow}, {TileCol}, {Style}, ...).
    QHash<QString, QString> resourceUrls;
};

// A WMTS 1.0 GetCapabilities document read with QXmlStreamReader: the layers, tile matrix sets,
// the KVP GetTile address and the provider (for the attribution).
class WmtsCapabilities
{
public:
    // Returns false with a sentence naming `origin` and the reason in *error.
    bool parse(const QByteArray &xml, const QString &origin, QString *error);
    bool load(const QString &path, QString *error);

    QString title() const { return m_title; }
    QString providerName() const { return m_provider; }
    QString accessConstraints() const { return m_constraints; }
    // The KVP GetTile address (ends with '?' or '&'), empty when only REST is offered.
    QString getTileKvpUrl() const { return m_getTileKvp; }
    const QList<WmtsLayer> &layers() const { return m_layers; }
    const WmtsLayer *layer(const QString &identifier) const;
    const WmtsTileMatrixSet *tileMatrixSet(const QString &identifier) const;

private:
    QString m_title;
    QString m_provider;
    QString m_constraints;
    QString m_getTileKvp;
    QList<WmtsLayer> m_layers;
    QList<WmtsTileMatrixSet> m_sets;
};

} // namespace territoire
