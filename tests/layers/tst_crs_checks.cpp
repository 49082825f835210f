#include "LayerTestUtil.h"
#include "SharedData.h"
#include "layers/CrsCheck.h"

#include <gdal.h>

using namespace territoire;
using namespace territoire::test;

// CRS declared, missing or contradicted; suggestions; overrides; reprojection and axis order.
class TestCrsChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void guess_data()
    {
        QTest::addColumn<QRectF>("extent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("degrees") << QRectF(QPointF(6.75, 47.4), QPointF(7.15, 47.8)) << "EPSG:4326";
        QTest::newRow("lambert-93 Belfort")
            << QRectF(QPointF(989413.82, 6721139.8), QPointF(1009763.73, 6734344.21))
            << "EPSG:2154";
        QTest::newRow("lambert-93 Montpellier")
            << QRectF(QPointF(765282, 6274586), QPointF(775941, 6284120)) << "EPSG:2154";
        QTest::newRow("CC47 Belfort")
            << QRectF(QPointF(1980000, 6290000), QPointF(2000000, 6300000)) << "EPSG:3947";
        QTest::newRow("web mercator Rio")
            << QRectF(QPointF(-4800000, -2700000), QPointF(-4700000, -2600000)) << "EPSG:3857";
        QTest::newRow("nothing fits") << QRectF(QPointF(3e7, 3e7), QPointF(3.1e7, 3.1e7)) << "";
    }
    void guess()
    {
        QFETCH(QRectF, extent);
        QFETCH(QString, expected);
        QCOMPARE(guessCrsFromExtent(extent), expected);
    }

    void legacyGeoJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("epsg");
        QTest::newRow("a urn 2154") << "a_urn_epsg_2154.geojson" << 2154;
        QTest::newRow("b short EPSG:2154") << "b_legacy_epsg_2154.geojson" << 2154;
        QTest::newRow("d CRS84") << "d_crs84.geojson" << 4326;
        QTest::newRow("e urn 4326 lon-lat order") << "e_urn_epsg_4326.geojson" << 4326;
    }
    void legacyGeoJson()
    {
        QFETCH(QString, file);
        QFETCH(int, epsg);
        TERRITOIRE_SHARED_FILE(dir, "cases/geojson-legacy-crs");
        // Loaded straight into WGS 84 to compare with the expected longitudes and latitudes.
        const VectorLoadResult result
            = loadVector(dir + QLatin1Char('/') + file, {}, {}, Crs::wgs84());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.crs.crs.epsg(), epsg);
        QCOMPARE(result.crs.status, CrsVerdict::Status::Ok);
        QCOMPARE(result.featureCount, 2);
        const QPointF belfort = findFeature(result, "nom", "Belfort").firstVertex();
        const QPointF rechesy = findFeature(result, "nom", "Réchésy").firstVertex();
        const double tolerance = epsg == 2154 ? 1e-6 : 1e-7;
        QVERIFY2(qAbs(belfort.x() - 6.8563797) < tolerance
                     && qAbs(belfort.y() - 47.6458650) < tolerance,
                 qPrintable(pointText(belfort)));
        QVERIFY2(qAbs(rechesy.x() - 7.1178945) < tolerance
                     && qAbs(rechesy.y() - 47.5179150) < tolerance,
                 qPrintable(pointText(rechesy)));
        QCOMPARE(findFeature(result, "id", 2).value(result, "nom").toString(),
                 QStringLiteral("Réchésy"));
    }

    void projectedNumbersWithoutCrs()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geojson-legacy-crs/c_no_crs_projected.geojson");
        const VectorLoadResult result = loadVector(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.featureCount, 2);
        QCOMPARE(result.crs.status, CrsVerdict::Status::Contradicted);
        QVERIFY(result.crs.blocksDrawing());
        QCOMPARE(result.crs.suggestion, QStringLiteral("EPSG:2154"));
        // Not drawn as it is: no located feature, no map extent.
        QVERIFY(result.mapExtent.isNull());
        QCOMPARE(featureAt(result, 0).kind(), GeometryKind::Unknown);
        const QString warning = result.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warning.contains(QLatin1String("c_no_crs_projected.geojson"))
                     && warning.contains(QLatin1String("EPSG:2154"))
                     && warning.contains(QLatin1String("out of range")),
                 qPrintable(warning));
    }

    void overrideGivesTheRightPlace()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geojson-legacy-crs/c_no_crs_projected.geojson");
        const VectorLoadResult result
            = loadVector(path, {}, QStringLiteral("EPSG:2154"), Crs::wgs84());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.crs.status, CrsVerdict::Status::Ok);
        QVERIFY(result.warnings.isEmpty());
        const QPointF belfort = findFeature(result, "nom", "Belfort").firstVertex();
        QVERIFY2(qAbs(belfort.x() - 6.8563797) < 1e-6 && qAbs(belfort.y() - 47.6458650) < 1e-6,
                 qPrintable(pointText(belfort)));
    }

    void montpellierSidewalksInLambert93()
    {
        TERRITOIRE_SHARED_FILE(path, "data/montpellier-opendata/VilleMTP_MTP_AccTrottoir.geojson");
        VectorSourceSpec spec;
        spec.source = path;
        VectorLoadOptions options;
        options.keepGeometry = false;
        const VectorLoadResult result = loadVectorSource(spec, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.featureCount, 7654);
        QVERIFY(result.crs.blocksDrawing());
        QCOMPARE(result.crs.suggestion, QStringLiteral("EPSG:2154"));
        QVERIFY(result.warnings.join(' ').contains(QLatin1String("VilleMTP_MTP_AccTrottoir")));
        QVERIFY2(qAbs(result.sourceExtent.left() - 765282) < 1
                     && qAbs(result.sourceExtent.bottom() - 6284120) < 1,
                 qPrintable(QStringLiteral("%1 %2")
                                .arg(result.sourceExtent.left())
                                .arg(result.sourceExtent.bottom())));

        spec.crsOverride = QStringLiteral("EPSG:2154");
        const VectorLoadResult fixed = loadVectorSource(spec, options);
        QVERIFY(!fixed.crs.blocksDrawing());
        QVERIFY(fixed.warnings.isEmpty());
    }

    void unknownOverrideNamesTheFile()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geojson-legacy-crs/c_no_crs_projected.geojson");
        const VectorLoadResult result = loadVector(path, {}, QStringLiteral("EPSG:999999"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("c_no_crs_projected.geojson"))
                     && result.error.contains(QLatin1String("EPSG:999999")),
                 qPrintable(result.error));
    }

    void reprojectionAndAxisOrder()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geojson-legacy-crs/e_urn_epsg_4326.geojson");
        // Degrees in GeoJSON order (lon, lat) become Lambert-93 metres of file a.
        const VectorLoadResult result = loadVector(path);
        const QPointF belfort = findFeature(result, "nom", "Belfort").firstVertex();
        QVERIFY2(qAbs(belfort.x() - 989413.82) < 0.05 && qAbs(belfort.y() - 6734344.21) < 0.05,
                 qPrintable(pointText(belfort)));
        // And into Web Mercator, any EPSG code being allowed as map CRS.
        const VectorLoadResult mercator = loadVector(path, {}, {}, Crs::fromEpsg(3857));
        const QPointF m = findFeature(mercator, "nom", "Belfort").firstVertex();
        QVERIFY2(qAbs(m.x() - 763248.70) < 0.05 && qAbs(m.y() - 6048140.31) < 0.05,
                 qPrintable(pointText(m)));
    }
};

QTEST_GUILESS_MAIN(TestCrsChecks)
#include "tst_crs_checks.moc"
