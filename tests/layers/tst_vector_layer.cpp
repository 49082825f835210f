#include "SharedData.h"
#include "layers/LayerTypes.h"
#include "layers/VectorLayer.h"
#include "map/LayerRegistry.h"

#include <QImage>
#include <QSignalSpy>

using namespace territoire;
using namespace territoire::test;

namespace {

struct Drawing
{
    int pixels = 0;
    QList<LabelCandidate> labels;
    bool hasJob = false;
};

Drawing draw(MapLayer &layer, const QRectF &extent, const Crs &crs = Crs::lambert93())
{
    MapSettings settings;
    settings.setCrs(crs);
    settings.setOutputSize(QSize(400, 300));
    settings.setExtent(extent);
    Drawing drawing;
    auto job = layer.createRenderJob(settings);
    if (!job)
        return drawing;
    drawing.hasJob = true;
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    RenderContext context(settings);
    job->render(painter, context);
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawing.pixels += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    drawing.labels = context.takeLabels();
    return drawing;
}

ProjectLayer communesDescriptor(const QString &path)
{
    ProjectLayer d;
    d.id = QStringLiteral("communes");
    d.type = QStringLiteral("vector");
    d.source = path;
    d.name = QStringLiteral("Communes");
    return d;
}

const QRectF belfortL93(QPointF(960000, 6700000), QPointF(1030000, 6760000));

} // namespace

// The vector layer: loading off the UI thread, drawing, labels, identify, CRS changes,
// overrides, and the layer registry.
class TestVectorLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerLayerTypes(); }

    void loadsOffTheUiThread()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        VectorLayer layer(communesDescriptor(path));
        QSignalSpy finished(&layer, &VectorLayer::loadingFinished);
        QSignalSpy repaint(&layer, &MapLayer::repaintRequested);
        QVERIFY(layer.isLoading());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(repaint.size() >= 1);
        QCOMPARE(layer.featureCount(), 102);
        QCOMPARE(layer.geometryKind(), GeometryKind::Polygon);
        QCOMPARE(layer.crs().epsg(), 4326);
        QVERIFY(QRectF(QPointF(6.7, 47.4), QPointF(7.2, 47.9)).contains(layer.extent()));
        QVERIFY(belfortL93.contains(layer.mapExtent()));
        QCOMPARE(layer.loadControl()->progress(), 1.0);
    }

    void drawsWithLabelsFromNom()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        VectorLayer layer(communesDescriptor(path));
        QVERIFY(layer.waitForLoaded());
        QCOMPARE(layer.style().labels().field, QStringLiteral("nom"));
        const Drawing drawing = draw(layer, belfortL93);
        QVERIFY2(drawing.pixels > 10000, qPrintable(QString::number(drawing.pixels)));
        QStringList texts;
        for (const LabelCandidate &label : drawing.labels)
            texts.append(label.text);
        QVERIFY2(texts.contains(QStringLiteral("Belfort")), qPrintable(texts.join(',')));
        QVERIFY(!layer.legend().isEmpty());
        // Nothing in view, nothing drawn.
        QCOMPARE(draw(layer, QRectF(QPointF(100000, 6100000), QPointF(110000, 6110000))).pixels, 0);
    }

    void identifiesACommune()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        VectorLayer layer(communesDescriptor(path));
        QVERIFY(layer.waitForLoaded());
        MapSettings settings;
        // Belfort town hall, in Lambert-93.
        const QPointF hall = toProjected(LonLat(6.8628, 47.6375));
        const QList<IdentifyResult> hits = layer.identify(hall, 5, settings);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().layerId, QStringLiteral("communes"));
        QCOMPARE(hits.first().attributes.value(1).first, QStringLiteral("nom"));
        QCOMPARE(hits.first().attributes.value(1).second.toString(), QStringLiteral("Belfort"));
        QVERIFY(layer.identify(QPointF(100000, 6100000), 5, settings).isEmpty());
    }

    void followsTheMapCrs()
    {
        TERRITOIRE_SHARED_FILE(path,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        VectorLayer layer(communesDescriptor(path));
        QVERIFY(layer.waitForLoaded());
        const Crs mercator = Crs::fromEpsg(3857);
        const QRectF mercatorView(QPointF(740000, 6010000), QPointF(800000, 6070000));
        // The first job reprojects on the fly while the layer reloads in the new CRS.
        QVERIFY(draw(layer, mercatorView, mercator).pixels > 1000);
        QVERIFY(layer.isLoading());
        QCOMPARE(layer.mapCrs(), mercator);
        QVERIFY(layer.waitForLoaded());
        QVERIFY(mercatorView.intersects(layer.mapExtent()));
        QVERIFY(draw(layer, mercatorView, mercator).pixels > 1000);
    }

    void contradictedCrsIsNotDrawnUntilOverridden()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geojson-legacy-crs/c_no_crs_projected.geojson");
        ProjectLayer d = communesDescriptor(path);
        VectorLayer layer(d);
        QVERIFY(layer.waitForLoaded());
        QCOMPARE(layer.featureCount(), 2);
        QVERIFY(layer.extent().isNull());
        QVERIFY(layer.warnings().join(' ').contains(QLatin1String("EPSG:2154")));
        QCOMPARE(draw(layer, belfortL93).pixels, 0);

        d.crsOverride = QStringLiteral("EPSG:2154");
        QSignalSpy changed(&layer, &MapLayer::propertiesChanged);
        layer.applyDescriptor(d);
        QVERIFY(layer.waitForLoaded());
        QCOMPARE(layer.descriptor().crsOverride, QStringLiteral("EPSG:2154"));
        QVERIFY(layer.warnings().isEmpty());
        QCOMPARE(layer.crs().epsg(), 2154);
        QVERIFY(draw(layer, belfortL93).pixels > 0);
        QVERIFY(changed.size() >= 1);
    }

    void registryBuildsBothTypes()
    {
        TERRITOIRE_SHARED_FILE(dem, "data/dem-srtm/N47E007.hgt");
        TERRITOIRE_SHARED_FILE(communes,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        QString error;
        QList<ProjectLayer> descriptors = descriptorsForSource(communes, &error);
        descriptors += descriptorsForSource(dem, &error);
        QCOMPARE(descriptors.size(), 2);
        QCOMPARE(descriptors[0].type, QStringLiteral("vector"));
        QCOMPARE(descriptors[1].type, QStringLiteral("raster"));
        QCOMPARE(descriptors[0].id, QStringLiteral("communes_90_territoire_de_belfort"));
        for (const ProjectLayer &d : descriptors) {
            auto layer = LayerRegistry::instance().create(d, LayerContext(), &error);
            QVERIFY2(layer, qPrintable(error));
            QCOMPARE(layer->type(), d.type);
            QVERIFY(waitForLayerLoaded(layer.get()));
            QVERIFY(!layer->extent().isNull());
        }
    }

    void osmLayerCreditsOpenStreetMap()
    {
        TERRITOIRE_SHARED_FILE(
            path, "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
        ProjectLayer d;
        d.source = path;
        d.sublayer = QStringLiteral("lines");
        d.options.insert(QStringLiteral("filter"), QStringLiteral("highway IS NOT NULL"));
        VectorLayer layer(d);
        QVERIFY(layer.waitForLoaded());
        QCOMPARE(layer.attributions(),
                 QStringList {QStringLiteral("© OpenStreetMap contributors")});
        QCOMPARE(layer.style().renderer(), VectorStyle::Renderer::Categorized);
        QVERIFY(draw(layer, QRectF(QPointF(990000, 6700000), QPointF(1010000, 6720000))).pixels
                > 500);
    }

    // The legend lists only the categories some feature of the layer falls in: no road class
    // under the rivers, no river under the roads (the sample project's two OSM line layers).
    void legendListsOnlyUsedCategories_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("rivers") << QStringLiteral("waterway IS NOT NULL")
                                << QStringList {QStringLiteral("Stream")}
                                << QStringList {QStringLiteral("Residential road"),
                                                QStringLiteral("Motorway"),
                                                QStringLiteral("Railway"), QStringLiteral("Other")};
        QTest::newRow("roads") << QStringLiteral("highway IS NOT NULL")
                               << QStringList {QStringLiteral("Residential road"),
                                               QStringLiteral("Track")}
                               << QStringList {QStringLiteral("River"), QStringLiteral("Canal"),
                                               QStringLiteral("Stream"), QStringLiteral("Motorway"),
                                               QStringLiteral("Other")};
    }

    void legendListsOnlyUsedCategories()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        TERRITOIRE_SHARED_FILE(
            path, "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
        ProjectLayer d;
        d.source = path;
        d.sublayer = QStringLiteral("lines");
        d.options.insert(QStringLiteral("filter"), filter);
        VectorLayer layer(d);
        QVERIFY(layer.waitForLoaded());
        QCOMPARE(layer.style().renderer(), VectorStyle::Renderer::Categorized);
        QStringList labels;
        for (const LegendItem &item : layer.legend())
            labels.append(item.label);
        const int all = int(layer.style().legend(layer.geometryKind()).size());
        QVERIFY2(labels.size() < all, qPrintable(labels.join(u", ")));
        QVERIFY(!labels.isEmpty());
        for (const QString &label : present)
            QVERIFY2(labels.contains(label),
                     qPrintable(label + QStringLiteral(" missing: ") + labels.join(u", ")));
        for (const QString &label : absent)
            QVERIFY2(!labels.contains(label),
                     qPrintable(label + QStringLiteral(" listed: ") + labels.join(u", ")));

        // Every row left is drawn with by at least one feature, and a style change recomputes.
        const std::vector<bool> used = layer.usedSymbols();
        QCOMPARE(int(std::count(used.begin(), used.end(), true)), int(labels.size()));
        VectorStyle style = layer.style();
        QList<VectorStyle::Category> categories = style.categories();
        categories.prepend({QStringLiteral("highway=nothing_like_this"), Symbol::line(Qt::red, 1.0),
                            QStringLiteral("Unused")});
        style.setCategories(categories);
        layer.setStyle(style);
        QCOMPARE(layer.usedSymbols().size(), size_t(style.symbols().size()));
        QVERIFY(!layer.usedSymbols().front());
        QCOMPARE(int(layer.legend().size()), int(labels.size()));
    }

    // For a printed map: only the categories of the features in the view, a subset of the
    // layer's legend; the whole layer's view gives the layer's legend.
    void legendInViewListsOnlyCategoriesInView()
    {
        TERRITOIRE_SHARED_FILE(
            path, "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf");
        ProjectLayer d;
        d.source = path;
        d.sublayer = QStringLiteral("lines");
        d.options.insert(QStringLiteral("filter"), QStringLiteral("highway IS NOT NULL"));
        VectorLayer layer(d);
        QVERIFY(layer.waitForLoaded());
        auto labels = [](const QList<LegendItem> &items) {
            QStringList result;
            for (const LegendItem &item : items)
                result.append(item.label);
            return result;
        };
        auto view = [](const QRectF &extent) {
            MapSettings settings;
            settings.setCrs(Crs::lambert93());
            settings.setOutputSize(QSize(400, 400));
            settings.setExtent(extent);
            return settings;
        };
        const QStringList whole = labels(layer.legend());
        const QRectF extent = layer.mapExtent();
        QCOMPARE(labels(layer.legendInView(view(extent.adjusted(-10, -10, 10, 10)))), whole);
        // A 600 m square around the centre of the layer: some roads, not every class.
        const QRectF small(extent.center() - QPointF(300, 300), QSizeF(600, 600));
        const QStringList part = labels(layer.legendInView(view(small)));
        QVERIFY2(!part.isEmpty() && part.size() < whole.size(), qPrintable(part.join(u',')));
        for (const QString &label : part)
            QVERIFY2(whole.contains(label), qPrintable(label));
        // Far from the data: nothing drawn, no row.
        QVERIFY(layer.legendInView(view(small.translated(200000, 0))).isEmpty());
    }

    void deletedWhileLoading()
    {
        TERRITOIRE_SHARED_FILE(path, "data/montpellier-opendata/VilleMTP_MTP_AccTrottoir.geojson");
        ProjectLayer d;
        d.source = path;
        d.crsOverride = QStringLiteral("EPSG:2154");
        auto layer = std::make_unique<VectorLayer>(d);
        QVERIFY(layer->isLoading());
        layer.reset(); // cancels and waits; must not crash
        QCoreApplication::processEvents();
    }

    // cases/geometry-invalid-empty: every located feature is drawn, the bowtie as it is (two
    // triangles, half the square), the unclosed ring closed; the three without geometry are
    // counted with their ids in the warnings and drawn nowhere.
    void invalidGeometriesDrawnWherePossible_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<double>("minShare"); // of the feature's bounds, at 400x300
        QTest::addColumn<double>("maxShare"); // a 0.26 mm outline overlaps the edges
        QTest::newRow("bowtie") << 1 << 0.30 << 0.75;
        QTest::newRow("repeated vertex") << 2 << 0.6 << 1.1;
        QTest::newRow("unclosed ring") << 3 << 0.6 << 1.1;
        QTest::newRow("valid control") << 7 << 0.6 << 1.1;
    }
    void invalidGeometriesDrawnWherePossible()
    {
        QFETCH(int, id);
        QFETCH(double, minShare);
        QFETCH(double, maxShare);
        TERRITOIRE_SHARED_FILE(path, "cases/geometry-invalid-empty/invalid-empty.geojson");
        ProjectLayer d;
        d.type = QStringLiteral("vector");
        d.source = path;
        VectorLayer layer(d);
        QVERIFY2(layer.waitForLoaded(), qPrintable(layer.errorString()));
        QCOMPARE(layer.featureCount(), 7);
        const QString warnings = layer.warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("invalid-empty.geojson"))
                     && warnings.contains(QLatin1String("3 feature(s) without geometry"))
                     && warnings.contains(QLatin1String("ids 4, 5, 6"))
                     && warnings.contains(QLatin1String("(ids 1)"))
                     && warnings.contains(QLatin1String("(ids 3)")),
                 qPrintable(warnings));

        // The feature's bounds in the map CRS, from the loaded chunks.
        const int idField = layer.fields().indexOf(QStringLiteral("id"));
        QRectF bounds;
        for (const auto &chunk : layer.chunks()) {
            for (int i = 0; i < chunk->size(); ++i) {
                if (chunk->attributes(i).value(idField).toInt() == id)
                    bounds = chunk->bounds(i);
            }
        }
        QVERIFY2(!bounds.isNull(), qPrintable(QStringLiteral("feature %1 not located").arg(id)));
        QVERIFY2(std::abs(bounds.width() - 100) < 2 && std::abs(bounds.height() - 100) < 2,
                 qPrintable(QStringLiteral("%1 x %2 m").arg(bounds.width()).arg(bounds.height())));
        // Draw exactly the square (aspect 4:3 → the square spans 225x300 pixels in the middle).
        const QRectF view = bounds.adjusted(-bounds.width() / 6, 0, bounds.width() / 6, 0);
        const Drawing drawing = draw(layer, view);
        const double share = drawing.pixels / (300.0 * 300.0);
        QVERIFY2(
            share >= minShare && share <= maxShare,
            qPrintable(QStringLiteral("feature %1 covers %2 of its square").arg(id).arg(share)));
    }
};

QTEST_MAIN(TestVectorLayer)
#include "tst_vector_layer.moc"
