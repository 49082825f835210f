// Zone statistics: the 2 % rule rounded up, per commune of the Territoire de Belfort.
#include "SharedData.h"

#include "parking/ZoneStatistics.h"

#include <QTest>

#include <QTemporaryDir>

#include <gdal.h>
#include <gdal_utils.h>

using namespace territoire;

class TestParkingZones : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }
    void twoPercentRule_data();
    void twoPercentRule();
    void perCommune();
    void perCarPark();
    void ruleNeedsKnownTotals();
    void anyPolygonLayer_data();
    void anyPolygonLayer();
};

void TestParkingZones::twoPercentRule_data()
{
    QTest::addColumn<int>("places");
    QTest::addColumn<int>("required");
    QTest::newRow("no places") << 0 << 0;
    QTest::newRow("1 place") << 1 << 1;
    QTest::newRow("49 places") << 49 << 1;
    QTest::newRow("50 places, exactly 1") << 50 << 1;
    QTest::newRow("51 places, rounded up to 2") << 51 << 2;
    QTest::newRow("100 places") << 100 << 2;
    QTest::newRow("101 places") << 101 << 3;
    QTest::newRow("325 places") << 325 << 7;
    QTest::newRow("unknown") << -1 << -1;
}

void TestParkingZones::twoPercentRule()
{
    QFETCH(int, places);
    QFETCH(int, required);
    QCOMPARE(requiredPmrPlaces(places), required);
}

void TestParkingZones::perCommune()
{
    TERRITOIRE_SHARED_FILE(path, "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    ZoneLayerConfig config;
    config.path = path;
    QString error;
    const QList<Zone> zones = readZones(config, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(zones.size(), 102);

    // Two car parks in Belfort (90010): 120 + 80 places -> 4 required; 4 + 3 offered.
    // One in Éloie (90037): 51 places -> 2 required, 1 offered. One bay far away.
    Bay nord;
    nord.id = QStringLiteral("90010-P-001");
    nord.position = LonLat(6.8631, 47.6372);
    nord.capacity = 4;
    nord.totalPlaces = 120;
    nord.status = BayStatus::Free;
    Bay gare = nord;
    gare.id = QStringLiteral("90010-P-002");
    gare.position = LonLat(6.8542, 47.6312);
    gare.capacity = 3;
    gare.totalPlaces = 80;
    gare.status = BayStatus::Taken;
    Bay eloie = nord;
    eloie.id = QStringLiteral("90037-P-001");
    eloie.position = LonLat(6.8735, 47.6871);
    eloie.capacity = 1;
    eloie.totalPlaces = 51;
    Bay away = nord;
    away.position = LonLat(2.35, 48.88);
    Bay nowhere = nord;
    nowhere.position = LonLat();

    const QList<ZoneStats> stats = computeZoneStatistics({nord, gare, eloie, away, nowhere}, zones);
    QCOMPARE(stats.size(), 103); // 102 communes + outside
    const auto find = [&stats](const QString &id) {
        for (const ZoneStats &s : stats) {
            if (s.zoneId == id)
                return s;
        }
        return ZoneStats();
    };
    const ZoneStats belfort = find(QStringLiteral("90010"));
    QCOMPARE(belfort.zoneName, QStringLiteral("Belfort"));
    QCOMPARE(belfort.bayCount, 2);
    QCOMPARE(belfort.totalPlaces, 200);
    QCOMPARE(belfort.requiredPmr, 4);
    QCOMPARE(belfort.pmrPlaces, 7);
    QVERIFY(belfort.meetsRule());
    QCOMPARE(belfort.free, 1);
    QCOMPARE(belfort.taken, 1);
    const ZoneStats eloieStats = find(QStringLiteral("90037"));
    QCOMPARE(eloieStats.requiredPmr, 2);
    QVERIFY(!eloieStats.meetsRule());
    QCOMPARE(eloieStats.carParksBelowRule, 1);
    QCOMPARE(stats.last().zoneId, QString());
    QCOMPARE(stats.last().bayCount, 1);
}

void TestParkingZones::perCarPark()
{
    Bay a;
    a.id = QStringLiteral("s1");
    a.zoneKey = QStringLiteral("P1");
    a.capacity = 1;
    a.status = BayStatus::Free;
    Bay b = a;
    b.id = QStringLiteral("s2");
    b.status = BayStatus::Taken;
    Bay c = a;
    c.id = QStringLiteral("s3");
    c.zoneKey.clear();
    const QList<ZoneStats> stats = computeCarParkStatistics({a, b, c});
    QCOMPARE(stats.size(), 2);
    for (const ZoneStats &s : stats) {
        if (s.zoneId == QLatin1String("P1")) {
            QCOMPARE(s.bayCount, 2);
            QCOMPARE(s.free, 1);
            QCOMPARE(s.taken, 1);
        }
    }
}

void TestParkingZones::ruleNeedsKnownTotals()
{
    // Single OSM bays without the number of places around them: the rule cannot be judged.
    Bay space;
    space.id = QStringLiteral("node/1");
    space.position = LonLat(6.8631, 47.6372);
    space.capacity = 3;
    ZoneStats onlySpaces = computeCarParkStatistics({space}).value(0);
    QCOMPARE(onlySpaces.pmrPlaces, 3);
    QVERIFY(!onlySpaces.ruleApplies());
    QVERIFY(!onlySpaces.meetsRule());

    // A 120-place car park with 1 PMR place needs 3: the 3 PMR places of street bays whose
    // surrounding places are not counted do not make up for it.
    Bay carPark;
    carPark.id = QStringLiteral("P1");
    carPark.kind = Bay::Kind::CarPark;
    carPark.position = space.position;
    carPark.capacity = 1;
    carPark.totalPlaces = 120;
    const QList<ZoneStats> stats = computeZoneStatistics({space, carPark}, {}, {-1, -1});
    QCOMPARE(stats.size(), 1); // everything outside (no zone)
    const ZoneStats &mixed = stats[0];
    QCOMPARE(mixed.pmrPlaces, 4);
    QCOMPARE(mixed.pmrPlacesOfKnownTotals, 1);
    QCOMPARE(mixed.requiredPmr, 3);
    QVERIFY(mixed.ruleApplies());
    QVERIFY(!mixed.meetsRule());
    QCOMPARE(mixed.carParksBelowRule, 1);
}

void TestParkingZones::anyPolygonLayer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("toLambert93");
    QTest::addColumn<int>("zoneCount");
    QTest::addColumn<QString>("belfortNordZone"); // holding 6.8631, 47.6372
    QTest::newRow("cantons, WGS 84 GeoJSON")
        << "data/admin-boundaries/cantons-90-territoire-de-belfort.geojson" << false << 9
        << "Belfort-2";
    QTest::newRow("communes reprojected to a Lambert-93 GeoPackage")
        << "data/admin-boundaries/communes-90-territoire-de-belfort.geojson" << true << 102
        << "Belfort";
}

void TestParkingZones::anyPolygonLayer()
{
    QFETCH(QString, file);
    QFETCH(bool, toLambert93);
    QFETCH(int, zoneCount);
    QFETCH(QString, belfortNordZone);
    const QString path = territoire::test::sharedPath(file);
    if (!QFileInfo::exists(path)) {
        if (territoire::test::underCi())
            QFAIL(qPrintable(path));
        QSKIP(qPrintable(path));
    }
    ZoneLayerConfig config;
    config.path = path;
    QTemporaryDir dir;
    if (toLambert93) {
        // A copy in metres, as a planner's own polygon layer would be.
        config.path = dir.filePath(QStringLiteral("zones-l93.gpkg"));
        char *argv[] = {const_cast<char *>("-f"), const_cast<char *>("GPKG"),
                        const_cast<char *>("-t_srs"), const_cast<char *>("EPSG:2154"), nullptr};
        GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv, nullptr);
        GDALDatasetH source
            = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                         nullptr, nullptr);
        QVERIFY(source);
        int failed = 0;
        GDALDatasetH copy = GDALVectorTranslate(config.path.toUtf8().constData(), nullptr, 1,
                                                &source, options, &failed);
        GDALVectorTranslateOptionsFree(options);
        GDALClose(source);
        QVERIFY(copy && !failed);
        GDALClose(copy);
    }
    QString error;
    const QList<Zone> zones = readZones(config, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(zones.size(), zoneCount);

    Bay nord;
    nord.id = QStringLiteral("90010-P-001");
    nord.position = LonLat(6.8631, 47.6372);
    nord.capacity = 4;
    nord.totalPlaces = 120;
    const QList<ZoneStats> stats = computeZoneStatistics({nord}, zones);
    QCOMPARE(stats.size(), zoneCount); // the bay is inside a zone: no "outside" entry
    QString holder;
    for (const ZoneStats &s : stats) {
        if (s.bayCount == 1)
            holder = s.zoneName;
    }
    QCOMPARE(holder, belfortNordZone);
}

QTEST_GUILESS_MAIN(TestParkingZones)
#include "tst_zones.moc"
