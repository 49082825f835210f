// Static inventories: the schema-stationnement CSV case (BOM, CP1252, decimal comma, swapped
// and projected coordinates, rows without coordinates), the official schema example,
// Montpellier open data, OSM and DATEX II tables.
#include "SharedData.h"

#include "parking/Datex2Parser.h"
#include "parking/InventoryReader.h"

#include <QTest>

#include <gdal.h>

using namespace territoire;

namespace {

// Bounding box of the Territoire de Belfort (shared boundary file), x = lon, y = lat.
const QRectF belfortBounds(QPointF(6.756, 47.433), QPointF(7.144, 47.825));

const Bay *findBay(const BayList &bays, const QString &id)
{
    for (const Bay &bay : bays) {
        if (bay.id == id)
            return &bay;
    }
    return nullptr;
}

QString positionText(const Bay &bay)
{
    return QStringLiteral("POINT (%1 %2)")
        .arg(bay.position.lon, 0, 'f', 7)
        .arg(bay.position.lat, 0, 'f', 7);
}

} // namespace

class TestParkingInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void schemaCase_data();
    void schemaCase();
    void swappedFixedAndLambertReinterpreted();
    void schemaOfficialExample();
    void montpellierReservedPlaces();
    void montpellierCarParksCp1252();
    void parseDecimal_data();
    void parseDecimal();
    void osmDisabledBays();
    void datex2Table();
    void missingFile();
};

void TestParkingInventory::schemaCase_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("used"); // the encoding the reader reports
    QTest::newRow("UTF-8 with BOM, detected") << "parkings-pmr.csv"
                                              << ""
                                              << "UTF-8";
    QTest::newRow("Windows-1252 CRLF, detected") << "parkings-pmr-cp1252.csv"
                                                 << ""
                                                 << "windows-1252";
    QTest::newRow("Windows-1252 CRLF, chosen by the user") << "parkings-pmr-cp1252.csv"
                                                           << "CP1252"
                                                           << "CP1252";
}

void TestParkingInventory::schemaCase()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, used);
    TERRITOIRE_SHARED_FILE(dir, "cases/csv-pmr-parking-schema/expected.md");
    InventorySource source;
    source.id = QStringLiteral("pmr");
    source.path = QFileInfo(dir).absolutePath() + QLatin1Char('/') + file;
    source.preset = QStringLiteral("schema-stationnement");
    source.encoding = encoding;
    source.expectedBounds = belfortBounds;

    const InventoryResult result = readInventory(source);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.encoding, used);

    // Table: 6 rows, identifiers found (BOM not part of the first column name).
    QCOMPARE(result.rowCount, 6);
    QVERIFY(findBay(result.bays, QStringLiteral("90010-P-001")));

    // Rows 1, 2, 6 drawn; total nb_pmr over drawn parkings = 8.
    QCOMPARE(result.drawableCount(), 3);
    int drawnPmr = 0;
    for (const Bay &bay : result.bays)
        drawnPmr += bay.hasPosition() ? bay.capacity : 0;
    QCOMPARE(drawnPmr, 8);

    const Bay *row1 = findBay(result.bays, QStringLiteral("90010-P-001"));
    QCOMPARE(positionText(*row1), QStringLiteral("POINT (6.8631000 47.6372000)"));
    QCOMPARE(row1->capacity, 4);
    QCOMPARE(row1->totalPlaces, 120);

    // Row 2: decimal comma read, with a warning about the schema's decimal point.
    const Bay *row2 = findBay(result.bays, QStringLiteral("90010-P-002"));
    QCOMPARE(positionText(*row2), QStringLiteral("POINT (6.8542000 47.6312000)"));
    QVERIFY2(result.warnings.filter(QStringLiteral("decimal comma")).size() == 1,
             qPrintable(result.warnings.join(QLatin1Char('\n'))));

    // Row 3: not drawn in the Horn of Africa, reported as swapped.
    const Bay *row3 = findBay(result.bays, QStringLiteral("90010-P-003"));
    QVERIFY2(!row3->hasPosition(), qPrintable(positionText(*row3)));
    QCOMPARE(row3->name, QStringLiteral("PARC ESSAI INVERSÉ"));
    QVERIFY(!result.warnings.filter(QStringLiteral("90010-P-003"))
                 .filter(QStringLiteral("swapped"))
                 .isEmpty());

    // Row 4: Lambert-93 in degree columns rejected.
    const Bay *row4 = findBay(result.bays, QStringLiteral("90010-P-004"));
    QVERIFY(!row4->hasPosition());
    QVERIFY(!result.warnings.filter(QStringLiteral("90010-P-004"))
                 .filter(QStringLiteral("degree"))
                 .isEmpty());

    // Row 5: kept, no geometry, reported.
    const Bay *row5 = findBay(result.bays, QStringLiteral("90010-P-005"));
    QVERIFY(row5 && !row5->hasPosition());
    QVERIFY(!result.warnings.filter(QStringLiteral("90010-P-005"))
                 .filter(QStringLiteral("no coordinates"))
                 .isEmpty());

    // Row 6: accented name, never a replacement character.
    const Bay *row6 = findBay(result.bays, QStringLiteral("90037-P-001"));
    QCOMPARE(row6->name, QStringLiteral("PARC ESSAI ÉLOIE"));
    QCOMPARE(positionText(*row6), QStringLiteral("POINT (6.8735000 47.6871000)"));
    for (const Bay &bay : result.bays)
        QVERIFY2(!bay.name.contains(QChar::ReplacementCharacter), qPrintable(bay.name));
}

void TestParkingInventory::swappedFixedAndLambertReinterpreted()
{
    TERRITOIRE_SHARED_FILE(path, "cases/csv-pmr-parking-schema/parkings-pmr.csv");
    InventorySource source;
    source.path = path;
    source.preset = QStringLiteral("schema-stationnement");
    source.expectedBounds = belfortBounds;
    source.fixSwappedCoordinates = true;
    source.projectedCrsForDegreeColumns = QStringLiteral("EPSG:2154");
    const InventoryResult result = readInventory(source);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.drawableCount(), 5);
    const Bay *row3 = findBay(result.bays, QStringLiteral("90010-P-003"));
    QCOMPARE(positionText(*row3), QStringLiteral("POINT (6.8602000 47.6401000)"));
    const Bay *row4 = findBay(result.bays, QStringLiteral("90010-P-004"));
    QVERIFY2(qAbs(row4->position.lon - 6.8653069) < 1e-6
                 && qAbs(row4->position.lat - 47.6335507) < 1e-6,
             qPrintable(positionText(*row4)));
    QVERIFY(!result.warnings.filter(QStringLiteral("swapped")).isEmpty());
    QVERIFY(!result.warnings.filter(QStringLiteral("EPSG:2154")).isEmpty());
}

void TestParkingInventory::schemaOfficialExample()
{
    TERRITOIRE_SHARED_FILE(path, "data/schema-stationnement-etalab/exemple-valide.csv");
    InventorySource source;
    source.path = path;
    source.preset = QStringLiteral("schema-stationnement");
    const InventoryResult result = readInventory(source);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.rowCount, 2);
    const Bay *first = findBay(result.bays, QStringLiteral("75114-P-001"));
    QVERIFY(first);
    QCOMPARE(first->name, QStringLiteral("REPUBLIQUE"));
    QCOMPARE(first->capacity, 250);
    QCOMPARE(first->totalPlaces, 325);
    QCOMPARE(positionText(*first), QStringLiteral("POINT (1.4523230 46.5969800)"));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
}

void TestParkingInventory::montpellierReservedPlaces()
{
    TERRITOIRE_SHARED_FILE(path, "data/montpellier-opendata/VilleMTP_MTP_PlacesReserv.geojson");
    InventorySource source;
    source.path = path;
    source.preset = QStringLiteral("montpellier-places-reservees");
    source.kind = Bay::Kind::Space;
    const InventoryResult result = readInventory(source);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.rowCount, 150); // GIG/GIC only, out of 309
    QCOMPARE(result.drawableCount(), 150);
    const Bay *second = findBay(result.bays, QStringLiteral("1"));
    QVERIFY(second);
    QVERIFY2(qAbs(second->position.lon - 3.8727129) < 1e-6, qPrintable(positionText(*second)));
    QCOMPARE(second->capacity, 1);
}

void TestParkingInventory::montpellierCarParksCp1252()
{
    TERRITOIRE_SHARED_FILE(path, "data/montpellier-opendata/VilleMTP_MTP_ParkingOuv.csv");
    InventorySource source;
    source.path = path;
    source.preset = QStringLiteral("montpellier-parkings");
    const InventoryResult result = readInventory(source);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.rowCount, 22);
    QCOMPARE(result.encoding, QStringLiteral("windows-1252"));
    const Bay *arc = findBay(result.bays, QStringLiteral("1"));
    QVERIFY(arc);
    QCOMPARE(arc->name, QStringLiteral("Arc de Triomphe"));
    QCOMPARE(arc->totalPlaces, 474);
    QCOMPARE(arc->capacity, -1); // no PMR count in this file
    QCOMPARE(positionText(*arc), QStringLiteral("POINT (3.8732008 43.6110027)"));
    for (const Bay &bay : result.bays)
        QVERIFY2(!bay.name.contains(QChar::ReplacementCharacter), qPrintable(bay.name));
}

void TestParkingInventory::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("comma");
    QTest::newRow("point") << "6.8631" << true << 6.8631 << false;
    QTest::newRow("French comma") << "6,8542" << true << 6.8542 << true;
    QTest::newRow("spaces around") << " 47.5 " << true << 47.5 << false;
    QTest::newRow("negative comma") << "-0,5" << true << -0.5 << true;
    QTest::newRow("empty") << "" << false << 0.0 << false;
    QTest::newRow("text") << "N/A" << false << 0.0 << false;
}

void TestParkingInventory::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(bool, readable);
    QFETCH(double, value);
    QFETCH(bool, comma);
    bool usedComma = false;
    const auto parsed = territoire::parseDecimal(text, &usedComma);
    QCOMPARE(parsed.has_value(), readable);
    if (readable) {
        QCOMPARE(*parsed, value);
        QCOMPARE(usedComma, comma);
    }
}

void TestParkingInventory::osmDisabledBays()
{
    TERRITOIRE_SHARED_FILE(path, "data/osm-paris10-gare-du-nord/paris10_gare_du_nord.osm.pbf");
    InventorySource source;
    source.id = QStringLiteral("osm");
    source.path = path;
    source.format = QStringLiteral("osm");
    const InventoryResult result = readInventory(source);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    int spaces = 0;
    int places = 0;
    for (const Bay &bay : result.bays) {
        if (bay.kind == Bay::Kind::Space) {
            ++spaces;
            places += bay.capacity;
        }
    }
    QCOMPARE(spaces, 20);
    const Bay *bay = findBay(result.bays, QStringLiteral("node/2549712903"));
    QVERIFY(bay);
    QCOMPARE(bay->capacity, 2);
    QCOMPARE(positionText(*bay), QStringLiteral("POINT (2.3474051 48.8795428)"));
    QVERIFY(places > spaces);
    QCOMPARE(result.drawableCount(), result.rowCount);

    // Car parks with capacity:disabled: an amenity=parking node, and an underground car park
    // mapped by its entrance only.
    const Bay *franzLiszt = findBay(result.bays, QStringLiteral("node/815040967"));
    QVERIFY(franzLiszt);
    QCOMPARE(franzLiszt->kind, Bay::Kind::CarPark);
    QCOMPARE(franzLiszt->name, QStringLiteral("Franz Liszt"));
    QCOMPARE(franzLiszt->capacity, 6);
    QCOMPARE(franzLiszt->totalPlaces, 265);
    const Bay *montholon = findBay(result.bays, QStringLiteral("node/971501867"));
    QVERIFY(montholon);
    QCOMPARE(montholon->kind, Bay::Kind::CarPark);
    QCOMPARE(montholon->capacity, 9);
    QCOMPARE(result.rowCount, 22);
}

void TestParkingInventory::datex2Table()
{
    TERRITOIRE_SHARED_FILE(path, "data/parking-datex2-parkapi/friedrichshafen-sensors-static.xml");
    InventorySource source;
    source.id = QStringLiteral("fn");
    source.path = path;
    source.format = QStringLiteral("datex2");
    const InventoryResult result = readInventory(source);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.rowCount, 55);
    QCOMPARE(result.drawableCount(), 55);
    const Bay *bay = findBay(result.bays, QStringLiteral("PH19"));
    QVERIFY(bay);
    QCOMPARE(bay->name, QStringLiteral("A1225b_Metzstraße_Hsnr.1"));
    QCOMPARE(bay->kind, Bay::Kind::Space);
    QCOMPARE(bay->capacity, 1);
    QCOMPARE(positionText(*bay), QStringLiteral("POINT (9.4784540 47.6520960)"));
}

void TestParkingInventory::missingFile()
{
    InventorySource source;
    source.path = QStringLiteral("/nonexistent/parkings.csv");
    const InventoryResult result = readInventory(source);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(source.path), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestParkingInventory)
#include "tst_inventory.moc"
