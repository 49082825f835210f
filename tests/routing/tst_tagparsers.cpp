#include "routing/EdgeRules.h"
#include "routing/OsmGraphReader.h"
#include "routing/TagParsers.h"

#include "SharedData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace territoire;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

// Expected verdict strings in rows: "pass", "fail", "unknown", "fail-or-unknown".
Verdict verdictFrom(const QString &text)
{
    if (text == QLatin1String("pass"))
        return Verdict::Pass;
    if (text == QLatin1String("unknown"))
        return Verdict::Unknown;
    return Verdict::Fail;
}

std::optional<std::uint32_t> edgeOfWay(const PedestrianGraph &graph, qint64 wayId)
{
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        if (graph.ways()[graph.edges()[e].way].osmId == wayId)
            return e;
    }
    return std::nullopt;
}

const double unknownValue = std::nan("");

} // namespace

class TestTagParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incline_data();
    void incline();
    void width_data();
    void width();
    void kerb_data();
    void kerb();
    void kerbShape_data();
    void kerbShape();
    void narrowingTag_data();
    void narrowingTag();
    void surface_data();
    void surface();
    void accessAndOneway();

    void inclineCase_data();
    void inclineCase();
    void inclineCaseGraph();
    void widthCase_data();
    void widthCase();
    void kerbCase_data();
    void kerbCase();
    void waysOfTheNetwork_data();
    void waysOfTheNetwork();
};

void TestTagParsers::incline_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<double>("fraction"); // NaN: unknown
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("steep");
    QTest::addColumn<bool>("problem");

    QTest::newRow("percent") << "5%" << 0.05 << 0 << false << false;
    QTest::newRow("negative with space") << "-3 %" << -0.03 << 0 << false << false;
    QTest::newRow("unicode minus") << QString::fromUtf8("−12%") << -0.12 << 0 << false << false;
    QTest::newRow("degrees") << QString::fromUtf8("10°") << 0.176327 << 0 << false << false;
    QTest::newRow("negative degrees")
        << QString::fromUtf8("-3°") << -0.052408 << 0 << false << false;
    QTest::newRow("no unit is percent") << "8" << 0.08 << 0 << false << false;
    QTest::newRow("small number is percent") << "0.05" << 0.0005 << 0 << false << false;
    QTest::newRow("decimal comma") << "5,5%" << 0.055 << 0 << false << false;
    QTest::newRow("decimal point with space") << "12.5 %" << 0.125 << 0 << false << false;
    QTest::newRow("up") << "up" << unknownValue << 1 << false << false;
    QTest::newRow("down is negative, not a magnitude")
        << "down" << unknownValue << -1 << false << false;
    QTest::newRow("up/down") << "up/down" << unknownValue << 0 << false << false;
    QTest::newRow("yes") << "yes" << unknownValue << 0 << false << false;
    QTest::newRow("steep") << "steep" << unknownValue << 0 << true << false;
    QTest::newRow("garbage") << "very much" << unknownValue << 0 << false << true;
    QTest::newRow("implausible") << "250%" << unknownValue << 0 << false << true;
}

void TestTagParsers::incline()
{
    QFETCH(QString, raw);
    QFETCH(double, fraction);
    QFETCH(int, direction);
    QFETCH(bool, steep);
    QFETCH(bool, problem);
    ParseProblem why;
    const Incline incline = TagParsers::parseIncline(raw, &why);
    if (std::isnan(fraction)) {
        QVERIFY2(!incline.fraction, qPrintable(QString::number(incline.fraction.value_or(0))));
    } else {
        QVERIFY(incline.fraction);
        QVERIFY2(std::abs(*incline.fraction - fraction) < 1e-6,
                 qPrintable(QStringLiteral("%1 parsed as %2").arg(raw).arg(*incline.fraction)));
        QCOMPARE(incline.source, ValueSource::OsmTag);
    }
    QCOMPARE(incline.direction, direction);
    QCOMPARE(incline.steep, steep);
    QCOMPARE(why.isSet(), problem);
}

void TestTagParsers::width_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<double>("metres"); // NaN: unknown

    QTest::newRow("comma and unit") << "1,5 m" << 1.5;
    QTest::newRow("plain") << "1.5" << 1.5;
    QTest::newRow("centimetres") << "150 cm" << 1.5;
    QTest::newRow("millimetres") << "1500 mm" << 1.5;
    QTest::newRow("centimetres glued") << "85cm" << 0.85;
    QTest::newRow("feet and inches") << "4'6\"" << 1.3716;
    QTest::newRow("decimal comma no unit") << "0,90" << 0.9;
    QTest::newRow("narrow") << "narrow" << unknownValue;
    QTest::newRow("zero is a data error") << "0" << unknownValue;
    QTest::newRow("negative") << "-1" << unknownValue;
    QTest::newRow("empty") << "" << unknownValue;
}

void TestTagParsers::width()
{
    QFETCH(QString, raw);
    QFETCH(double, metres);
    const auto width = TagParsers::parseWidth(raw);
    if (std::isnan(metres)) {
        QVERIFY2(!width, qPrintable(QString::number(width.value_or(0))));
    } else {
        QVERIFY2(width && std::abs(*width - metres) < 1e-3,
                 qPrintable(QStringLiteral("%1 parsed as %2").arg(raw).arg(width.value_or(-1))));
    }
}

void TestTagParsers::kerb_data()
{
    QTest::addColumn<QString>("kerb");
    QTest::addColumn<QString>("height");
    QTest::addColumn<double>("metres"); // NaN: unknown
    QTest::addColumn<double>("lowerBound");
    QTest::addColumn<bool>("problem");

    QTest::newRow("flush") << "flush"
                           << "" << 0.0 << 0.0 << false;
    QTest::newRow("no kerb") << "no"
                             << "" << 0.0 << 0.0 << false;
    QTest::newRow("lowered") << "lowered"
                             << "" << unknownValue << 0.0 << false;
    QTest::newRow("raised") << "raised"
                            << "" << unknownValue << 0.03 << false;
    QTest::newRow("rolled") << "rolled"
                            << "" << unknownValue << 0.03 << false;
    QTest::newRow("height in cm") << "lowered"
                                  << "2 cm" << 0.02 << 0.0 << false;
    QTest::newRow("height without unit is metres") << "lowered"
                                                   << "0.02" << 0.02 << 0.0 << false;
    QTest::newRow("height wins over raised") << "raised"
                                             << "0,03" << 0.03 << 0.0 << false;
    QTest::newRow("height in mm only") << ""
                                       << "25 mm" << 0.025 << 0.0 << false;
    QTest::newRow("implausible 3 m") << "lowered"
                                     << "3" << unknownValue << 0.0 << true;
    QTest::newRow("unspecified") << "yes"
                                 << "" << unknownValue << 0.0 << false;
}

void TestTagParsers::kerb()
{
    QFETCH(QString, kerb);
    QFETCH(QString, height);
    QFETCH(double, metres);
    QFETCH(double, lowerBound);
    QFETCH(bool, problem);
    ParseProblem why;
    const Kerb k = TagParsers::parseKerb(kerb, height, &why);
    QVERIFY(k.isPresent());
    if (std::isnan(metres))
        QVERIFY(!k.heightM);
    else
        QVERIFY2(k.heightM && std::abs(*k.heightM - metres) < 1e-6,
                 qPrintable(QString::number(k.heightM.value_or(-1))));
    QCOMPARE(k.lowerBoundM, lowerBound);
    QCOMPARE(why.isSet(), problem);
}

void TestTagParsers::kerbShape_data()
{
    QTest::addColumn<QString>("kerb");
    QTest::addColumn<QString>("height");
    QTest::addColumn<QString>("shape"); // kerb:shape
    QTest::addColumn<QString>("chamfer"); // kerb:chamfer
    QTest::addColumn<bool>("chamfered");
    QTest::addColumn<double>("metres"); // NaN: unknown

    QTest::newRow("rolled") << "rolled"
                            << "3 cm"
                            << ""
                            << "" << true << 0.03;
    QTest::newRow("rolled, no height") << "rolled"
                                       << ""
                                       << ""
                                       << "" << true << unknownValue;
    QTest::newRow("lowered, square") << "lowered"
                                     << "3 cm"
                                     << ""
                                     << "" << false << 0.03;
    QTest::newRow("lowered, kerb:shape=chamfered") << "lowered"
                                                   << "3 cm"
                                                   << "chamfered"
                                                   << "" << true << 0.03;
    QTest::newRow("lowered, kerb:shape=Bevelled") << "lowered"
                                                  << "0.03"
                                                  << "Bevelled"
                                                  << "" << true << 0.03;
    QTest::newRow("lowered, kerb:shape=rounded") << "lowered"
                                                 << "30 mm"
                                                 << "rounded"
                                                 << "" << true << 0.03;
    QTest::newRow("lowered, kerb:chamfer=yes") << "lowered"
                                               << "3 cm"
                                               << ""
                                               << "yes" << true << 0.03;
    QTest::newRow("rolled, kerb:shape=square") << "rolled"
                                               << "3 cm"
                                               << "square"
                                               << "" << false << 0.03;
    QTest::newRow("rolled, kerb:chamfer=no") << "rolled"
                                             << "3 cm"
                                             << ""
                                             << "no" << false << 0.03;
    QTest::newRow("raised") << "raised"
                            << "3 cm"
                            << ""
                            << "" << false << 0.03;
    QTest::newRow("flush is 0") << "flush"
                                << ""
                                << ""
                                << "" << false << 0.0;
}

void TestTagParsers::kerbShape()
{
    QFETCH(QString, kerb);
    QFETCH(QString, height);
    QFETCH(QString, shape);
    QFETCH(QString, chamfer);
    QFETCH(bool, chamfered);
    QFETCH(double, metres);
    const Kerb k = TagParsers::parseKerb(kerb, height, shape, chamfer);
    QCOMPARE(k.chamfered, chamfered);
    if (std::isnan(metres))
        QVERIFY(!k.heightM);
    else
        QVERIFY2(k.heightM && std::abs(*k.heightM - metres) < 1e-6,
                 qPrintable(QString::number(k.heightM.value_or(-1))));
}

void TestTagParsers::narrowingTag_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("narrows");
    QTest::addColumn<bool>("parking"); // isParkingAlongside(value)

    QTest::newRow("bench") << "amenity"
                           << "bench" << true << true;
    QTest::newRow("waste basket") << "amenity"
                                  << "waste_basket" << true << true;
    QTest::newRow("street lamp") << "highway"
                                 << "street_lamp" << true << true;
    QTest::newRow("advertising column") << "advertising"
                                        << "column" << true << true;
    QTest::newRow("bollard") << "barrier"
                             << "bollard" << true << true;
    QTest::newRow("obstacle") << "obstacle"
                              << "vegetation" << true << true;
    QTest::newRow("street cabinet") << "man_made"
                                    << "street_cabinet" << true << true;
    QTest::newRow("tree") << "natural"
                          << "tree" << true << true;
    QTest::newRow("kerb is not furniture") << "barrier"
                                           << "kerb" << false << true;
    QTest::newRow("entrance") << "barrier"
                              << "entrance" << false << true;
    QTest::newRow("obstacle=no") << "obstacle"
                                 << "no" << false << false;
    QTest::newRow("crossing") << "highway"
                              << "crossing" << false << true;
    QTest::newRow("restaurant") << "amenity"
                                << "restaurant" << false << true;
    QTest::newRow("parking none") << "parking:both"
                                  << "none" << false << false;
    QTest::newRow("parking separate") << "parking:left"
                                      << "separate" << false << false;
    QTest::newRow("no stopping") << "parking:lane:right"
                                 << "no_stopping" << false << false;
    QTest::newRow("untagged") << "amenity"
                              << "" << false << false;
}

void TestTagParsers::narrowingTag()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, narrows);
    QFETCH(bool, parking);
    QCOMPARE(TagParsers::isNarrowingTag(key, value), narrows);
    QCOMPARE(TagParsers::isParkingAlongside(value), parking);
}

void TestTagParsers::surface_data()
{
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("smoothness");
    QTest::addColumn<int>("expected");
    QTest::newRow("asphalt") << "asphalt"
                             << "" << int(SurfaceClass::Smooth);
    QTest::newRow("sett") << "sett"
                          << "" << int(SurfaceClass::Rough);
    QTest::newRow("gravel") << "gravel"
                            << "" << int(SurfaceClass::Loose);
    QTest::newRow("asphalt in bad shape") << "asphalt"
                                          << "bad" << int(SurfaceClass::Rough);
    QTest::newRow("impassable") << ""
                                << "impassable" << int(SurfaceClass::Impassable);
    QTest::newRow("untagged") << ""
                              << "" << int(SurfaceClass::Unknown);
}

void TestTagParsers::surface()
{
    QFETCH(QString, surface);
    QFETCH(QString, smoothness);
    QFETCH(int, expected);
    QCOMPARE(int(TagParsers::parseSurface(surface, smoothness)), expected);
}

void TestTagParsers::accessAndOneway()
{
    QCOMPARE(TagParsers::parseOnewayFoot(QStringLiteral("yes")), 1);
    QCOMPARE(TagParsers::parseOnewayFoot(QStringLiteral("-1")), -1);
    QCOMPARE(TagParsers::parseOnewayFoot(QString()), 0);
    QVERIFY(TagParsers::isFootAllowed(QStringLiteral("no"), QStringLiteral("yes")));
    QVERIFY(!TagParsers::isFootAllowed(QStringLiteral("private"), QString()));
    QVERIFY(!TagParsers::isFootAllowed(QString(), QStringLiteral("no")));
    QVERIFY(TagParsers::isFootAllowed(QString(), QString()));
    QCOMPARE(TagParsers::parseWheelchair(QStringLiteral("limited")), WheelchairTag::Limited);
    QCOMPARE(TagParsers::parseWheelchair(QStringLiteral("designated")), WheelchairTag::Yes);
    QCOMPARE(TagParsers::parseStepCount(QStringLiteral("14")), std::optional<int>(14));
    QCOMPARE(TagParsers::parseStepCount(QStringLiteral("many")), std::optional<int>());
}

// osm-incline-values/expected.md, one row per way.
void TestTagParsers::inclineCase_data()
{
    QTest::addColumn<qint64>("way");
    QTest::addColumn<double>("slope"); // NaN: unknown
    QTest::addColumn<QString>("verdict");
    QTest::newRow("1000 5%") << qint64(1000) << 0.05 << "pass";
    QTest::newRow("1001 -10 %") << qint64(1001) << -0.10 << "fail";
    QTest::newRow("1002 10 degrees") << qint64(1002) << 0.176327 << "fail";
    QTest::newRow("1003 up") << qint64(1003) << unknownValue << "unknown";
    QTest::newRow("1004 down") << qint64(1004) << unknownValue << "unknown";
    QTest::newRow("1005 8") << qint64(1005) << 0.08 << "fail";
    QTest::newRow("1006 0.05") << qint64(1006) << 0.0005 << "pass";
    QTest::newRow("1007 5,5%") << qint64(1007) << 0.055 << "fail";
    QTest::newRow("1008 steep") << qint64(1008) << unknownValue << "fail-or-unknown";
    QTest::newRow("1009 up/down") << qint64(1009) << unknownValue << "unknown";
    QTest::newRow("1010 yes") << qint64(1010) << unknownValue << "unknown";
    QTest::newRow("1011 unicode minus 12%") << qint64(1011) << -0.12 << "fail";
    QTest::newRow("1012 12.5 %") << qint64(1012) << 0.125 << "fail";
    QTest::newRow("1013 -3 degrees") << qint64(1013) << -0.052408 << "fail";
    QTest::newRow("1014 7% over 1.5 m") << qint64(1014) << 0.07 << "pass";
    QTest::newRow("1015 10% over 0.4 m") << qint64(1015) << 0.10 << "pass";
}

void TestTagParsers::inclineCase()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-incline-values/incline-values.osm");
    QFETCH(qint64, way);
    QFETCH(double, slope);
    QFETCH(QString, verdict);
    static OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    const PedestrianGraph &graph = *read.graph;
    const auto edge = edgeOfWay(graph, way);
    QVERIFY(edge);
    const EdgeData &data = graph.edges()[*edge];
    const auto forward = data.slopeFraction(true);
    if (std::isnan(slope)) {
        QVERIFY2(!forward, qPrintable(QString::number(forward.value_or(0))));
        QCOMPARE(data.slopeSource, ValueSource::Unknown);
    } else {
        QVERIFY(forward);
        // The graph stores slopes to 1e-4; the parser itself is checked to 1e-6 above.
        QVERIFY2(std::abs(*forward - slope) < 1e-4, qPrintable(QString::number(*forward)));
        QCOMPARE(data.slopeSource, ValueSource::OsmTag);
        // Against the way direction the slope changes sign.
        QVERIFY(std::abs(*data.slopeFraction(false) + slope) < 1e-4);
    }
    const Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    for (bool direction : {true, false}) {
        const Verdict v = EdgeRules::evaluate(graph, *edge, direction, norm)[Rule::Slope];
        if (verdict == QLatin1String("fail-or-unknown"))
            QVERIFY(v != Verdict::Pass);
        else
            QCOMPARE(verdictKey(v), verdictKey(verdictFrom(verdict)));
        if (v == Verdict::Unknown)
            QCOMPARE(EdgeRules::explain(graph, *edge, direction, norm, Rule::Slope, v),
                     QStringLiteral("slope unknown on way %1").arg(way));
    }
}

void TestTagParsers::inclineCaseGraph()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-incline-values/incline-values.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    QCOMPARE(read.graph->vertexCount(), std::size_t(32));
    QCOMPARE(read.graph->edgeCount(), std::size_t(16));
    QCOMPARE(read.demSampledEdges, 0);
    // Ways 1000-1013 are 50.04 m long, 1014 is 1.50 m and 1015 0.40 m.
    const auto e1000 = edgeOfWay(*read.graph, 1000);
    QVERIFY(std::abs(read.graph->edges()[*e1000].lengthM - 50.04) < 0.05);
    QVERIFY(std::abs(read.graph->edges()[*edgeOfWay(*read.graph, 1014)].lengthM - 1.50) < 0.02);
    QVERIFY(std::abs(read.graph->edges()[*edgeOfWay(*read.graph, 1015)].lengthM - 0.40) < 0.02);
}

// osm-width-kerb-values/expected.md, widths.
void TestTagParsers::widthCase_data()
{
    QTest::addColumn<qint64>("way");
    QTest::addColumn<double>("width"); // NaN: unknown
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("strictVerdict"); // 1.40 m everywhere (no allowance)
    QTest::newRow("2000 1,5 m") << qint64(2000) << 1.5 << "pass"
                                << "pass";
    QTest::newRow("2001 1.5") << qint64(2001) << 1.5 << "pass"
                              << "pass";
    QTest::newRow("2002 150 cm") << qint64(2002) << 1.5 << "pass"
                                 << "pass";
    QTest::newRow("2003 0,90") << qint64(2003) << 0.9 << "fail"
                               << "fail";
    QTest::newRow("2004 0.8") << qint64(2004) << 0.8 << "fail"
                              << "fail";
    // expected.md: "would pass the 1.20 m relaxed rule"; nothing narrows these sidewalks.
    QTest::newRow("2005 4'6\"") << qint64(2005) << 1.3716 << "pass"
                                << "fail";
    QTest::newRow("2006 narrow") << qint64(2006) << unknownValue << "unknown"
                                 << "unknown";
    QTest::newRow("2007 0") << qint64(2007) << unknownValue << "unknown"
                            << "unknown";
    QTest::newRow("2008 1500 mm") << qint64(2008) << 1.5 << "pass"
                                  << "pass";
    QTest::newRow("2009 85cm") << qint64(2009) << 0.85 << "fail"
                               << "fail";
    QTest::newRow("2010 1.40") << qint64(2010) << 1.4 << "pass"
                               << "pass";
    QTest::newRow("2011 1,2 m") << qint64(2011) << 1.2 << "pass"
                                << "fail";
}

void TestTagParsers::widthCase()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-width-kerb-values/width-kerb-values.osm");
    QFETCH(qint64, way);
    QFETCH(double, width);
    QFETCH(QString, verdict);
    static OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    const auto edge = edgeOfWay(*read.graph, way);
    QVERIFY(edge);
    const WayInfo &info = read.graph->ways()[read.graph->edges()[*edge].way];
    if (std::isnan(width))
        QVERIFY2(!info.widthM, qPrintable(QString::number(info.widthM.value_or(0))));
    else
        QVERIFY2(info.widthM && std::abs(*info.widthM - width) < 1e-3,
                 qPrintable(QString::number(info.widthM.value_or(-1))));
    QFETCH(QString, strictVerdict);
    Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    const Verdict v = EdgeRules::evaluate(*read.graph, *edge, true, norm)[Rule::Width];
    QCOMPARE(verdictKey(v), verdict);
    const bool allowance
        = !EdgeRules::allowances(*read.graph, *edge, true, norm,
                                 EdgeRules::evaluate(*read.graph, *edge, true, norm))
               .isEmpty();
    QCOMPARE(allowance, verdict != strictVerdict);
    norm.minWidthUnobstructedM.reset();
    QCOMPARE(verdictKey(EdgeRules::evaluate(*read.graph, *edge, true, norm)[Rule::Width]),
             strictVerdict);
}

// osm-width-kerb-values/expected.md, kerbs.
void TestTagParsers::kerbCase_data()
{
    QTest::addColumn<qint64>("way");
    QTest::addColumn<double>("height"); // metres; NaN: unknown
    QTest::addColumn<QString>("verdict");
    QTest::newRow("3000 lowered") << qint64(3000) << unknownValue << "unknown";
    QTest::newRow("3001 flush") << qint64(3001) << 0.0 << "pass";
    QTest::newRow("3002 raised") << qint64(3002) << unknownValue << "fail";
    QTest::newRow("3003 rolled") << qint64(3003) << unknownValue << "fail";
    QTest::newRow("3004 lowered 2 cm") << qint64(3004) << 0.02 << "pass";
    QTest::newRow("3005 lowered 0.02") << qint64(3005) << 0.02 << "pass";
    QTest::newRow("3006 lowered 4 cm") << qint64(3006) << 0.04 << "fail";
    QTest::newRow("3007 raised 0,03") << qint64(3007) << 0.03 << "fail";
    QTest::newRow("3008 implausible 3") << qint64(3008) << unknownValue << "fail-or-unknown";
    QTest::newRow("3009 25 mm only") << qint64(3009) << 0.025 << "fail";
    QTest::newRow("3010 rolled 1 cm") << qint64(3010) << 0.01 << "pass";
    QTest::newRow("3011 yes") << qint64(3011) << unknownValue << "unknown";
}

void TestTagParsers::kerbCase()
{
    TERRITOIRE_SHARED_FILE(path, "cases/osm-width-kerb-values/width-kerb-values.osm");
    QFETCH(qint64, way);
    QFETCH(double, height);
    QFETCH(QString, verdict);
    static OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    QVERIFY(read.unreadableValues >= 3); // narrow, 0 and the 3 m kerb are logged
    const auto edge = edgeOfWay(*read.graph, way);
    QVERIFY(edge);
    // The height used: kerb:height wins over the class; a class alone gives no height.
    const EdgeData &data = read.graph->edges()[*edge];
    if (std::isnan(height))
        QCOMPARE(data.kerbKnownMm, EdgeData::noKerb);
    else
        QCOMPARE(int(data.kerbKnownMm), int(std::lround(height * 1000)));
    const Profile norm = Profile::builtin(QStringLiteral("norm-2007"));
    const Profile walking = Profile::builtin(QStringLiteral("pedestrian"));
    for (bool direction : {true, false}) {
        const Verdict v = EdgeRules::evaluate(*read.graph, *edge, direction, norm)[Rule::Kerb];
        if (verdict == QLatin1String("fail-or-unknown"))
            QVERIFY(v != Verdict::Pass);
        else
            QCOMPARE(verdictKey(v), verdict);
        // Doubts are named with the way.
        if (verdict == QLatin1String("unknown"))
            QCOMPARE(EdgeRules::explain(*read.graph, *edge, direction, norm, Rule::Kerb, v),
                     QStringLiteral("kerb height unknown on way %1").arg(way));
        // The kerb never removes the crossing from the walking profile.
        QCOMPARE(EdgeRules::evaluate(*read.graph, *edge, direction, walking).compliance(),
                 Compliance::Compliant);
    }
}

namespace {

// One independent two-node way per row of waysOfTheNetwork, with its tags.
const char *networkWays[][2] = {
    {"100", R"(<tag k="highway" v="residential"/><tag k="sidewalk" v="both"/>
     <tag k="sidewalk:left:width" v="1,6 m"/><tag k="sidewalk:right:width" v="120 cm"/>
     <tag k="sidewalk:surface" v="asphalt"/>)"},
    {"101", R"(<tag k="highway" v="primary"/><tag k="sidewalk" v="separate"/>)"},
    {"102", R"(<tag k="highway" v="residential"/><tag k="sidewalk" v="no"/>)"},
    {"103", R"(<tag k="highway" v="primary"/><tag k="sidewalk" v="no"/>)"},
    {"104", R"(<tag k="highway" v="footway"/><tag k="footway" v="sidewalk"/>
     <tag k="incline:across" v="3%"/><tag k="width" v="2"/>)"},
    {"105", R"(<tag k="highway" v="residential"/>)"},
    {"106", R"(<tag k="highway" v="footway"/><tag k="access" v="private"/>)"},
    {"107", R"(<tag k="highway" v="footway"/><tag k="access" v="no"/><tag k="foot" v="yes"/>)"},
    {"108", R"(<tag k="highway" v="steps"/><tag k="step_count" v="12"/>)"},
    {"109", R"(<tag k="highway" v="motorway"/>)"},
    {"110", R"(<tag k="highway" v="cycleway"/><tag k="foot" v="designated"/>)"},
    {"111", R"(<tag k="highway" v="cycleway"/>)"},
    {"112", R"(<tag k="highway" v="tertiary"/><tag k="sidewalk:right" v="yes"/>
     <tag k="sidewalk:left" v="separate"/>)"},
    {"113", R"(<tag k="highway" v="living_street"/>)"},
    {"114", R"(<tag k="highway" v="footway"/><tag k="footway" v="crossing"/>)"},
};

QString writeNetwork(const QTemporaryDir &dir)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n";
    int node = 1;
    for (const auto &way : networkWays) {
        const QByteArray a = QByteArray::number(node++), b = QByteArray::number(node++);
        const QByteArray lat = QByteArray::number(47.63 + node * 1e-4, 'f', 5);
        xml += "<node id=\"" + a + "\" lat=\"" + lat + "\" lon=\"6.86000\" version=\"1\"/>\n";
        xml += "<node id=\"" + b + "\" lat=\"" + lat + "\" lon=\"6.86030\" version=\"1\"/>\n";
        xml += QByteArray("<way id=\"") + way[0] + "\" version=\"1\"><nd ref=\"" + a
            + "\"/><nd ref=\"" + b + "\"/>" + way[1] + "</way>\n";
    }
    xml += "</osm>\n";
    const QString path = dir.filePath(QStringLiteral("network.osm"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return {};
    return path;
}

} // namespace

void TestTagParsers::waysOfTheNetwork_data()
{
    QTest::addColumn<qint64>("way");
    QTest::addColumn<int>("kind"); // -1: not walkable
    QTest::addColumn<double>("width"); // NaN: unknown
    QTest::addColumn<QString>("check"); // a rule verdict under norm-2007, "rule=verdict"
    const double none = unknownValue;
    auto kind = [](WayKind k) {
        return int(k);
    };
    QTest::newRow("sidewalk=both, narrowest sidewalk width")
        << qint64(100) << kind(WayKind::RoadWithSidewalk) << 1.2 << "surface=pass";
    QTest::newRow("sidewalk=separate: the sidewalk ways replace it")
        << qint64(101) << -1 << none << "";
    QTest::newRow("residential, sidewalk=no: on the carriageway")
        << qint64(102) << kind(WayKind::RoadNoSidewalk) << none << "sidewalk=fail";
    QTest::newRow("primary, sidewalk=no: not walkable") << qint64(103) << -1 << none << "";
    QTest::newRow("sidewalk way, 3 % cross-fall")
        << qint64(104) << kind(WayKind::Sidewalk) << 2.0 << "cross_slope=fail";
    QTest::newRow("road without sidewalk tag")
        << qint64(105) << kind(WayKind::RoadSidewalkUnknown) << none << "sidewalk=unknown";
    QTest::newRow("access=private") << qint64(106) << -1 << none << "";
    QTest::newRow("access=no, foot=yes") << qint64(107) << kind(WayKind::Footway) << none << "";
    QTest::newRow("steps, step_count=12")
        << qint64(108) << kind(WayKind::Steps) << none << "steps=fail";
    QTest::newRow("motorway") << qint64(109) << -1 << none << "";
    QTest::newRow("cycleway, foot=designated")
        << qint64(110) << kind(WayKind::Footway) << none << "";
    QTest::newRow("cycleway") << qint64(111) << -1 << none << "";
    QTest::newRow("sidewalk:right=yes")
        << qint64(112) << kind(WayKind::RoadWithSidewalk) << none << "width=unknown";
    QTest::newRow("living street") << qint64(113) << kind(WayKind::LivingStreet) << none << "";
    QTest::newRow("crossing") << qint64(114) << kind(WayKind::Crossing) << none << "";
}

void TestTagParsers::waysOfTheNetwork()
{
    QFETCH(qint64, way);
    QFETCH(int, kind);
    QFETCH(double, width);
    QFETCH(QString, check);
    static QTemporaryDir dir;
    static const OsmReadResult read = OsmGraphReader().read(writeNetwork(dir));
    QVERIFY2(read.graph, qPrintable(read.error));
    const auto ways = read.graph->waysForOsmId(way);
    if (kind < 0) {
        QVERIFY(ways.empty());
        return;
    }
    QCOMPARE(ways.size(), std::size_t(1));
    const WayInfo &info = read.graph->ways()[ways[0]];
    QCOMPARE(int(info.kind), kind);
    if (std::isnan(width))
        QVERIFY(!info.widthM);
    else
        QVERIFY2(info.widthM && std::abs(*info.widthM - width) < 1e-3,
                 qPrintable(QString::number(info.widthM.value_or(-1))));
    if (way == 104)
        QVERIFY(info.crossSlope && std::abs(*info.crossSlope - 0.03) < 1e-6);
    if (way == 108)
        QCOMPARE(info.stepCount, std::int16_t(12));
    if (check.isEmpty())
        return;
    const auto edge = edgeOfWay(*read.graph, way);
    QVERIFY(edge);
    const EdgeVerdicts verdicts = EdgeRules::evaluate(
        *read.graph, *edge, true, Profile::builtin(QStringLiteral("norm-2007")));
    const QStringList parts = check.split(QLatin1Char('='));
    for (int r = 0; r < ruleCount; ++r) {
        if (ruleKey(Rule(r)) == parts[0])
            QCOMPARE(verdictKey(verdicts.verdicts[std::size_t(r)]), parts[1]);
    }
    if (way == 108)
        QCOMPARE(EdgeRules::explain(*read.graph, *edge, true,
                                    Profile::builtin(QStringLiteral("norm-2007")), Rule::Steps,
                                    Verdict::Fail),
                 QStringLiteral("12 steps on way 108"));
}

QTEST_GUILESS_MAIN(TestTagParsers)
#include "tst_tagparsers.moc"
