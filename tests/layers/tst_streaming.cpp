#include "SharedData.h"
#include "layers/LayerFieldInfo.h"
#include "layers/StreamingReader.h"
#include "layers/VectorLayer.h"
#include "layers/VectorRenderJob.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <cmath>

using namespace territoire;
using namespace territoire::test;

namespace {

const QRectF belfortL93(QPointF(960000, 6700000), QPointF(1030000, 6760000));
const QRectF belfortCentreL93(QPointF(990000, 6733000), QPointF(996000, 6738000));

// ogr2ogr SOURCE -f GPKG TARGET [-nln name] (the GeoPackage gets its R-tree).
bool toGeoPackage(const QString &source, const QString &target, const QString &layerName)
{
    GDALDatasetH in = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                 nullptr, nullptr, nullptr);
    if (!in)
        return false;
    const QByteArray name = layerName.toUtf8();
    const char *args[] = {"-f", "GPKG", "-nln", name.constData(), nullptr};
    GDALVectorTranslateOptions *options
        = GDALVectorTranslateOptionsNew(const_cast<char **>(args), nullptr);
    int error = 0;
    GDALDatasetH out
        = GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &in, options, &error);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(in);
    if (out)
        GDALClose(out);
    return out && error == 0;
}

// A GeoPackage of n points on a grid over the Territoire de Belfort (Lambert-93), with a
// "n" integer field.
bool writePoints(const QString &path, int n)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(2154);
    OGRLayer *layer = dataset->CreateLayer("points", &srs, wkbPoint, nullptr);
    OGRFieldDefn field("n", OFTInteger);
    layer->CreateField(&field);
    layer->StartTransaction();
    const int side = int(std::ceil(std::sqrt(double(n))));
    for (int i = 0; i < n; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(0, i);
        OGRPoint point(960000 + 70000.0 * (i % side) / side, 6700000 + 60000.0 * (i / side) / side);
        feature.SetGeometry(&point);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return layer->CommitTransaction() == OGRERR_NONE;
}

ProjectLayer descriptorOf(const QString &path, const QString &sublayer = {})
{
    ProjectLayer d;
    d.id = QStringLiteral("layer");
    d.type = QStringLiteral("vector");
    d.source = path;
    d.sublayer = sublayer;
    d.name = QStringLiteral("Layer");
    return d;
}

// Loads a layer with the given streaming threshold (the setting applies to the load started
// by the constructor).
std::unique_ptr<VectorLayer> openLayer(const QString &path, qint64 threshold)
{
    const qint64 previous = VectorLayer::streamingThreshold();
    VectorLayer::setStreamingThreshold(threshold);
    auto layer = std::make_unique<VectorLayer>(descriptorOf(path));
    VectorLayer::setStreamingThreshold(previous);
    return layer;
}

struct Drawing
{
    QImage image;
    bool finished = false;
    int drawn = 0;
    int labels = 0;
};

Drawing draw(VectorLayer &layer, const QRectF &extent, const std::atomic<bool> *cancel = nullptr)
{
    MapSettings settings;
    settings.setCrs(Crs::lambert93());
    settings.setOutputSize(QSize(600, 500));
    settings.setExtent(extent);
    Drawing drawing;
    drawing.image = QImage(600, 500, QImage::Format_ARGB32_Premultiplied);
    drawing.image.fill(Qt::white);
    std::unique_ptr<LayerRenderJob> job = layer.createRenderJob(settings);
    if (!job)
        return drawing;
    QPainter painter(&drawing.image);
    RenderContext context(settings, cancel);
    drawing.finished = job->render(painter, context);
    painter.end();
    drawing.drawn = static_cast<VectorRenderJob *>(job.get())->drawnFeatures();
    drawing.labels = int(context.takeLabels().size());
    return drawing;
}

// Share of pixels whose colour differs by more than 48 in a channel.
double differingShare(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > 48 || std::abs(qGreen(p) - qGreen(q)) > 48
                || std::abs(qBlue(p) - qBlue(q)) > 48)
                ++differing;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

int countColour(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    }
    return count;
}

} // namespace

// Streaming mode: a layer with a spatial index above the feature-count threshold keeps no
// geometry in memory and reads each view from the source; it must look and answer the same as
// the in-memory mode, and stop reading when its render is cancelled.
class TestStreaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
    }

    void sameAsInMemory_data()
    {
        QTest::addColumn<QRectF>("extent");
        QTest::addColumn<QPointF>("identifyAt");
        QTest::addColumn<QString>("communeCode");
        // Belfort's town hall area, in the commune of Belfort (90010).
        QTest::newRow("whole département") << belfortL93 << QPointF(993500, 6735500) << "90010";
        QTest::newRow("Belfort centre") << belfortCentreL93 << QPointF(993500, 6735500) << "90010";
    }
    void sameAsInMemory()
    {
        QFETCH(QRectF, extent);
        QFETCH(QPointF, identifyAt);
        QFETCH(QString, communeCode);
        TERRITOIRE_SHARED_FILE(communes,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        // Kept in WGS 84: the view extent is reprojected for the spatial filter.
        const QString path = m_dir.filePath(QStringLiteral("communes.gpkg"));
        if (!QFileInfo::exists(path))
            QVERIFY(toGeoPackage(communes, path, QStringLiteral("communes")));

        auto streamed = openLayer(path, 50);
        auto loaded = openLayer(path, -1);
        QVERIFY(streamed->waitForLoaded());
        QVERIFY(loaded->waitForLoaded());
        QVERIFY(streamed->isStreaming());
        QVERIFY(streamed->chunks().empty());
        QVERIFY(!loaded->isStreaming());
        QCOMPARE(streamed->featureCount(), 102);
        QCOMPARE(streamed->featureCount(), loaded->featureCount());
        QCOMPARE(streamed->fields().names, loaded->fields().names);
        QCOMPARE(streamed->warnings(), loaded->warnings());
        const QRectF a = streamed->mapExtent(), b = loaded->mapExtent();
        QVERIFY2(std::abs(a.left() - b.left()) < 1 && std::abs(a.right() - b.right()) < 1
                     && std::abs(a.top() - b.top()) < 1 && std::abs(a.bottom() - b.bottom()) < 1,
                 "extents differ");

        // A categorised style (the commune code) with labels: the render job must read both
        // fields from the source.
        Symbol red;
        red.fillColor = QColor(255, 0, 0);
        red.strokeColor = QColor(255, 0, 0);
        Symbol grey;
        grey.fillColor = QColor(200, 200, 200);
        VectorStyle style = VectorStyle::categorized(
            QStringLiteral("code"), {{communeCode, red, {}}, {QStringLiteral("90001"), grey, {}}});
        LabelSettings labels = style.labels();
        labels.enabled = true;
        labels.field = QStringLiteral("nom");
        style.setLabels(labels);
        streamed->setStyle(style);
        loaded->setStyle(style);

        const Drawing s = draw(*streamed, extent), l = draw(*loaded, extent);
        QVERIFY(s.finished && l.finished);
        QCOMPARE(s.drawn, l.drawn);
        QCOMPARE(s.labels, l.labels);
        QVERIFY(s.labels > 0);
        const int redStreamed = countColour(s.image, qRgb(255, 0, 0));
        QVERIFY2(redStreamed > 100, "the categorised commune is not drawn");
        QVERIFY(std::abs(redStreamed - countColour(l.image, qRgb(255, 0, 0))) < redStreamed / 50);
        const double share = differingShare(s.image, l.image);
        QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1 of pixels differ").arg(share)));

        // Identify and areas read the feature from the source.
        const QList<IdentifyResult> hitsS = streamed->identify(identifyAt, 1.0, MapSettings());
        const QList<IdentifyResult> hitsL = loaded->identify(identifyAt, 1.0, MapSettings());
        QCOMPARE(hitsS.size(), 1);
        QCOMPARE(hitsS.size(), hitsL.size());
        QCOMPARE(hitsS.first().featureId, hitsL.first().featureId);
        QCOMPARE(hitsS.first().attributes, hitsL.first().attributes);
        const qint64 fid = hitsS.first().featureId.toLongLong();
        const double areaS = streamed->featureArea(fid), areaL = loaded->featureArea(fid);
        QVERIFY(areaS > 1e6);
        QVERIFY(std::abs(areaS - areaL) < 1e-6 * areaL);

        // Style dialogs list a field's values from the source too.
        QStringList codesS, codesL;
        streamed->forEachValue(QStringLiteral("code"), [&](const QVariant &v) {
            codesS.append(v.toString());
            return true;
        });
        loaded->forEachValue(QStringLiteral("code"), [&](const QVariant &v) {
            codesL.append(v.toString());
            return true;
        });
        QCOMPARE(codesS.size(), 102);
        QVERIFY(codesS.contains(communeCode));
        codesS.sort();
        codesL.sort();
        QCOMPARE(codesS, codesL);
        // ... and so do the style editor's helpers (categories, graduated classes).
        const QVariantList distinctS = distinctValues(streamed.get(), QStringLiteral("code"), 500);
        QCOMPARE(distinctS.size(), 102);
        QCOMPARE(distinctS, distinctValues(loaded.get(), QStringLiteral("code"), 500));
        QCOMPARE(distinctValues(streamed.get(), QStringLiteral("code"), 5).size(), 5);
        const auto rangeS = valueRange(streamed.get(), QStringLiteral("code"));
        QVERIFY(rangeS);
        QCOMPARE(rangeS->first, 90001.0);
        QCOMPARE(*rangeS, *valueRange(loaded.get(), QStringLiteral("code")));
    }

    void belowThresholdStaysInMemory()
    {
        TERRITOIRE_SHARED_FILE(communes,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        auto geojson = openLayer(communes, 50); // GeoJSON: no spatial index, never streamed
        QVERIFY(geojson->waitForLoaded());
        QVERIFY(!geojson->isStreaming());
        QVERIFY(!geojson->chunks().empty());
        QVERIFY(writePoints(m_dir.filePath(QStringLiteral("few.gpkg")), 10));
        auto few = openLayer(m_dir.filePath(QStringLiteral("few.gpkg")), 11);
        QVERIFY(few->waitForLoaded());
        QVERIFY(!few->isStreaming());
        QCOMPARE(few->featureCount(), 10);
    }

    void cancels()
    {
        const QString path = m_dir.filePath(QStringLiteral("points.gpkg"));
        const int n = 300000;
        QVERIFY(writePoints(path, n));
        auto layer = openLayer(path, 1000);
        QVERIFY(layer->waitForLoaded());
        QVERIFY(layer->isStreaming());
        QCOMPARE(layer->featureCount(), n);

        // A render cancelled before it starts draws nothing and says so.
        std::atomic<bool> cancel {true};
        const Drawing cancelled = draw(*layer, belfortL93, &cancel);
        QVERIFY(!cancelled.finished);
        QCOMPARE(cancelled.drawn, 0);

        // Cancelled after the first batch: the reader stops well before the end.
        StreamingReader reader(VectorSourceSpec::fromDescriptor(descriptorOf(path)),
                               Crs::lambert93(), Crs::lambert93(), layer->fields(), {});
        StreamingReader::Query query;
        query.mapRect = belfortL93;
        query.batchSize = 1000;
        int read = 0;
        std::atomic<bool> stop {false};
        QVERIFY(reader.read(
            query,
            [&](std::shared_ptr<const FeatureChunk> chunk) {
                read += chunk->size();
                stop = true;
                return true;
            },
            [&] { return stop.load(); }));
        QVERIFY2(read > 0 && read < 5000, qPrintable(QString::number(read)));

        // Not cancelled: every point in view is drawn.
        std::atomic<bool> go {false};
        const Drawing full = draw(*layer, belfortL93, &go);
        QVERIFY(full.finished);
        QVERIFY2(full.drawn > n * 9 / 10, qPrintable(QString::number(full.drawn)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStreaming)
#include "tst_streaming.moc"
