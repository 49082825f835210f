#include "LayerTestUtil.h"
#include "SharedData.h"
#include "layers/VectorLayer.h"

#include <gdal.h>

using namespace territoire;
using namespace territoire::test;

// Invalid, unclosed, null and empty geometries (cases/geometry-invalid-empty), and CSV rows
// with decimal commas, swapped, projected or missing coordinates (cases/csv-pmr-parking-schema).
class TestGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void invalidAndEmpty()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geometry-invalid-empty/invalid-empty.geojson");
        const VectorLoadResult result = loadVector(path, {}, {}, Crs::wgs84());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.featureCount, 7);

        // 4, 5, 6 have no geometry: kept in the table, out of extent and index.
        QCOMPARE(result.issues.withoutGeometry, 3);
        QCOMPARE(result.issues.withoutGeometryIds.size(), 3);
        for (int id : {4, 5, 6}) {
            const FeatureAt f = findFeature(result, "id", id);
            QVERIFY(f.isValid());
            QCOMPARE(f.kind(), GeometryKind::Unknown);
        }
        // Extent from features 1, 2, 3, 7 only.
        const QRectF e = result.sourceExtent;
        const QString text = QStringLiteral("%1 %2 %3 %4")
                                 .arg(e.left(), 0, 'f', 6)
                                 .arg(e.top(), 0, 'f', 6)
                                 .arg(e.right(), 0, 'f', 6)
                                 .arg(e.bottom(), 0, 'f', 6);
        QCOMPARE(text, QStringLiteral("6.863954 47.642204 6.873331 47.643412"));
        QCOMPARE(result.mapExtent.left(), e.left());

        // The bowtie is invalid; the unclosed ring was closed and reported.
        QCOMPARE(result.issues.invalid, 1);
        QCOMPARE(result.issues.invalidIds.first(),
                 findFeature(result, "id", 1).chunk->fid(findFeature(result, "id", 1).index));
        QCOMPARE(result.issues.unclosedRings, 1);
        const QString warnings = result.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("invalid-empty.geojson"))
                     && warnings.contains(QLatin1String("without geometry")),
                 qPrintable(warnings));
    }

    void areas_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<double>("area");
        QTest::newRow("bowtie repaired") << 1 << 5000.0;
        QTest::newRow("repeated vertex") << 2 << 10000.0;
        QTest::newRow("unclosed ring closed") << 3 << 10000.0;
        QTest::newRow("valid control") << 7 << 10000.0;
    }
    void areas()
    {
        QFETCH(int, id);
        QFETCH(double, area);
        TERRITOIRE_SHARED_FILE(path, "cases/geometry-invalid-empty/invalid-empty.geojson");
        ProjectLayer d;
        d.source = path;
        d.name = QStringLiteral("invalid");
        VectorLayer layer(d, Crs::lambert93());
        QVERIFY(layer.waitForLoaded());
        qint64 fid = -1;
        for (const auto &chunk : layer.chunks()) {
            for (int i = 0; i < chunk->size(); ++i) {
                if (chunk->attributes(i).value(layer.fields().indexOf("id")).toInt() == id)
                    fid = chunk->fid(i);
            }
        }
        QVERIFY(fid >= 0);
        const double measured = layer.featureArea(fid);
        QVERIFY2(qAbs(measured - area) <= 1.0, qPrintable(QString::number(measured, 'f', 3)));
    }

    void emptyGeometryHasNoArea()
    {
        TERRITOIRE_SHARED_FILE(path, "cases/geometry-invalid-empty/invalid-empty.geojson");
        ProjectLayer d;
        d.source = path;
        VectorLayer layer(d);
        QVERIFY(layer.waitForLoaded());
        for (const auto &chunk : layer.chunks()) {
            for (int i = 0; i < chunk->size(); ++i) {
                if (chunk->attributes(i).value(layer.fields().indexOf("id")).toInt() == 4)
                    QVERIFY(std::isnan(layer.featureArea(chunk->fid(i))));
            }
        }
    }

    void csvCoordinates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8 with BOM") << "parkings-pmr.csv";
        QTest::newRow("windows-1252") << "parkings-pmr-cp1252.csv";
    }
    void csvCoordinates()
    {
        QFETCH(QString, file);
        TERRITOIRE_SHARED_FILE(dir, "cases/csv-pmr-parking-schema");
        const VectorLoadResult result
            = loadVector(dir + QLatin1Char('/') + file, {}, {}, Crs::wgs84());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.featureCount, 6); // every row stays in the table
        QCOMPARE(result.crs.crs.epsg(), 4326);
        QCOMPARE(result.geometryType, QStringLiteral("Point"));

        auto at = [&](const char *id) {
            return findFeature(result, "id_park", id);
        };
        const QPointF row1 = at("90010-P-001").firstVertex();
        QVERIFY2(qAbs(row1.x() - 6.8631) < 1e-9 && qAbs(row1.y() - 47.6372) < 1e-9,
                 qPrintable(pointText(row1)));
        const QPointF row2 = at("90010-P-002").firstVertex(); // decimal comma
        QVERIFY2(qAbs(row2.x() - 6.8542) < 1e-9 && qAbs(row2.y() - 47.6312) < 1e-9,
                 qPrintable(pointText(row2)));
        QCOMPARE(result.issues.decimalCommas, 1);
        QCOMPARE(at("90010-P-003").kind(), GeometryKind::Unknown); // swapped: not drawn
        QCOMPARE(result.issues.probablySwapped, 1);
        QCOMPARE(at("90010-P-004").kind(), GeometryKind::Unknown); // metres in degree columns
        QCOMPARE(result.issues.outOfRange, 1);
        QCOMPARE(at("90010-P-005").kind(), GeometryKind::Unknown); // no coordinates
        QCOMPARE(result.issues.withoutGeometry, 1);
        const QPointF row6 = at("90037-P-001").firstVertex();
        QVERIFY2(qAbs(row6.x() - 6.8735) < 1e-9 && qAbs(row6.y() - 47.6871) < 1e-9,
                 qPrintable(pointText(row6)));

        // Drawn without any fix: rows 1, 2 and 6, with 8 PMR places in total.
        int drawn = 0, places = 0;
        for (int i = 0; i < 6; ++i) {
            const FeatureAt f = featureAt(result, i);
            if (f.kind() != GeometryKind::Unknown) {
                ++drawn;
                places += f.value(result, "nb_pmr").toInt();
            }
        }
        QCOMPARE(drawn, 3);
        QCOMPARE(places, 8);
        const QString warnings = result.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("swapped"))
                     && warnings.contains(QLatin1String("decimal comma"))
                     && warnings.contains(QLatin1String("out of range")) && warnings.contains(file),
                 qPrintable(warnings));
    }

    void dbaseStyleCsvHeader()
    {
        TERRITOIRE_SHARED_FILE(path, "data/montpellier-opendata/VilleMTP_MTP_ParkingOuv.csv");
        const VectorLoadResult result = loadVector(path, {}, {}, Crs::wgs84());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.featureCount, 22);
        QVERIFY2(result.fields.names.contains("NOM") && result.fields.names.contains("COORD_X"),
                 qPrintable(result.fields.names.join(',')));
        const QPointF first = findFeature(result, "NOM", "Arc de Triomphe").firstVertex();
        QVERIFY2(qAbs(first.x() - 3.8732007528) < 1e-9 && qAbs(first.y() - 43.6110026707) < 1e-9,
                 qPrintable(pointText(first)));
        QCOMPARE(result.encoding, QStringLiteral("windows-1252"));
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
