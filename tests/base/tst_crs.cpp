#include "base/Crs.h"

#include <QTest>

#include <gdal.h>

using namespace territoire;

class TestCrs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }
    void userInputForms_data();
    void userInputForms();
    void unknownCrsIsInvalid();
    void lambert93RoundTripInGisOrder_data();
    void lambert93RoundTripInGisOrder();
    void boundsTransform();
};

void TestCrs::userInputForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("epsg");
    QTest::newRow("EPSG:2154") << "EPSG:2154" << 2154;
    QTest::newRow("bare code") << "2154" << 2154;
    QTest::newRow("OGC URN") << "urn:ogc:def:crs:EPSG::2154" << 2154;
    QTest::newRow("CRS84") << "urn:ogc:def:crs:OGC:1.3:CRS84" << 0;
    QTest::newRow("web mercator") << "EPSG:3857" << 3857;
}

void TestCrs::userInputForms()
{
    QFETCH(QString, input);
    QFETCH(int, epsg);
    const Crs crs = Crs::fromUserInput(input);
    QVERIFY2(crs.isValid(), qPrintable(input));
    if (epsg)
        QCOMPARE(crs.epsg(), epsg);
}

void TestCrs::unknownCrsIsInvalid()
{
    QString error;
    QVERIFY(!Crs::fromUserInput(QStringLiteral("EPSG:999999"), &error).isValid());
    QVERIFY(error.contains(QStringLiteral("999999")));
    QVERIFY(!Crs::fromEpsg(-1).isValid());
}

void TestCrs::lambert93RoundTripInGisOrder_data()
{
    // Values from ../shared/cases/geojson-legacy-crs/expected.md.
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Belfort") << 989413.82 << 6734344.21 << 6.8563797 << 47.6458650;
}

void TestCrs::lambert93RoundTripInGisOrder()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, lon);
    QFETCH(double, lat);
    const LonLat p = toLonLat(QPointF(x, y));
    QVERIFY2(std::abs(p.lon - lon) < 1e-6, qPrintable(QString::number(p.lon, 'f', 8)));
    QVERIFY2(std::abs(p.lat - lat) < 1e-6, qPrintable(QString::number(p.lat, 'f', 8)));
    const QPointF back = toProjected(p);
    QVERIFY(std::abs(back.x() - x) < 0.01);
    QVERIFY(std::abs(back.y() - y) < 0.01);
}

void TestCrs::boundsTransform()
{
    const CoordinateTransform ct(Crs::wgs84(), Crs::lambert93());
    QVERIFY(ct.isValid());
    QVERIFY(!ct.isIdentity());
    const QRectF dept(QPointF(6.756, 47.433), QPointF(7.143, 47.825));
    const QRectF l93 = ct.transformBounds(dept);
    QVERIFY(l93.left() > 980000 && l93.right() < 1015000);
    QVERIFY(l93.top() > 6710000 && l93.bottom() < 6760000);
    QVERIFY(CoordinateTransform(Crs::lambert93(), Crs::fromEpsg(2154)).isIdentity());
}

QTEST_GUILESS_MAIN(TestCrs)
#include "tst_crs.moc"
