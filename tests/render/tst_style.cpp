#include "render/DefaultStyles.h"
#include "render/OsmTags.h"
#include "render/SymbolPainter.h"
#include "render/VectorStyle.h"

#include <QJsonDocument>
#include <QTest>

using namespace territoire;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AttributeLookup attributes(const QVariantMap &map)
{
    return [map](const QString &field) {
        return map.value(field);
    };
}

// The legend label of the symbol a feature gets, or "(hidden)".
QString classOf(const VectorStyle &style, const QVariantMap &feature, GeometryKind kind)
{
    const int index = style.symbolIndexFor(attributes(feature));
    if (index < 0)
        return QStringLiteral("(hidden)");
    return style.legend(kind).at(index).label;
}

QString hstoreText(std::initializer_list<std::pair<const char *, const char *>> tags)
{
    QStringList parts;
    for (const auto &[k, v] : tags)
        parts.append(
            QStringLiteral("\"%1\"=>\"%2\"").arg(QString::fromUtf8(k), QString::fromUtf8(v)));
    return parts.join(QLatin1Char(','));
}

} // namespace

class TestRenderStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void symbolRoundTrip_data();
    void symbolRoundTrip();
    void symbolInvalidInput_data();
    void symbolInvalidInput();
    void styleRoundTrip_data();
    void styleRoundTrip();
    void categorizedLookup_data();
    void categorizedLookup();
    void graduatedLookup_data();
    void graduatedLookup();
    void osmDefaults_data();
    void osmDefaults();
    void osmRoadWidthsGrowWithClass();
    void hstore_data();
    void hstore();
    void strokeWidthFollowsDpi_data();
    void strokeWidthFollowsDpi();
    void defaultLabelsOnNameField();
    void generatedStyles();
    void legendPaints_data();
    void legendPaints();
    void legendOfUsedSymbols_data();
    void legendOfUsedSymbols();
};

void TestRenderStyle::symbolRoundTrip_data()
{
    QTest::addColumn<Symbol>("symbol");
    QTest::newRow("default") << Symbol();
    QTest::newRow("translucent fill") << Symbol::fill(QColor(10, 20, 30, 128), Qt::black, 0.5);
    QTest::newRow("no stroke") << Symbol::fill(Qt::yellow, Qt::transparent);
    QTest::newRow("dashed line") << Symbol::line(Qt::red, 0.8, {2.0, 1.0, 0.5, 1.0});
    QTest::newRow("hairline") << Symbol::line(Qt::blue, 0.0);
    QTest::newRow("square marker") << Symbol::marker(MarkerShape::Square, Qt::green, 3.0);
    QTest::newRow("triangle marker") << Symbol::marker(MarkerShape::Triangle, Qt::cyan, 1.5);
    QTest::newRow("cross marker") << Symbol::marker(MarkerShape::Cross, Qt::magenta, 4.0);
    QTest::newRow("star marker") << Symbol::marker(MarkerShape::Star, Qt::darkRed, 5.0);
    Symbol svg = Symbol::marker(MarkerShape::Circle, Qt::white, 6.0);
    svg.markerSvgPath = QStringLiteral("/usr/share/icons/marker été.svg");
    QTest::newRow("svg marker with accents") << svg;
}

void TestRenderStyle::symbolRoundTrip()
{
    QFETCH(Symbol, symbol);
    const QJsonObject written = symbol.toJson();
    // Through text, as in a project file.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(written).toJson()).object();
    const Symbol back = Symbol::fromJson(reread);
    QVERIFY2(back == symbol,
             qPrintable(json(written) + QStringLiteral(" read back as ") + json(back.toJson())));
}

void TestRenderStyle::symbolInvalidInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // JSON of the expected symbol
    const Symbol d;
    auto with = [](auto change) {
        Symbol s;
        change(s);
        return json(s.toJson());
    };
    QTest::newRow("empty object") << "{}" << json(d.toJson());
    QTest::newRow("negative width") << R"({"strokeWidthMm": -3})" << json(d.toJson());
    QTest::newRow("width as text") << R"({"strokeWidthMm": "wide"})" << json(d.toJson());
    QTest::newRow("unreadable colour") << R"({"fill": "not a colour"})" << json(d.toJson());
    QTest::newRow("odd dash pattern") << R"({"dashMm": [1, 2, 3]})" << json(d.toJson());
    QTest::newRow("zero dash") << R"({"dashMm": [1, 0]})" << json(d.toJson());
    QTest::newRow("unknown marker") << R"({"marker": "hexagon"})" << json(d.toJson());
    QTest::newRow("huge marker") << R"({"markerSizeMm": 1e9})" << json(d.toJson());
    QTest::newRow("no stroke") << R"({"stroke": "none"})"
                               << with([](Symbol &s) { s.strokeColor = Qt::transparent; });
    QTest::newRow("named colour") << R"({"fill": "red"})"
                                  << with([](Symbol &s) { s.fillColor = Qt::red; });
}

void TestRenderStyle::symbolInvalidInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Symbol s = Symbol::fromJson(QJsonDocument::fromJson(input.toUtf8()).object());
    QCOMPARE(json(s.toJson()), expected);
}

void TestRenderStyle::styleRoundTrip_data()
{
    QTest::addColumn<VectorStyle>("style");
    QTest::newRow("default single") << VectorStyle();
    QTest::newRow("single marker")
        << VectorStyle::single(Symbol::marker(MarkerShape::Star, Qt::red, 4));

    VectorStyle cat = VectorStyle::categorized(
        QStringLiteral("type"),
        {{QStringLiteral("école"), Symbol::fill(Qt::red, Qt::black), QStringLiteral("École")},
         {8, Symbol::fill(Qt::blue, Qt::black), QString()},
         {QVariant(), Symbol::fill(Qt::gray, Qt::black), QStringLiteral("No value")}});
    cat.setOtherSymbol(Symbol::fill(Qt::white, Qt::black), false);
    QTest::newRow("categorized with accents, number and null") << cat;

    VectorStyle grad = DefaultStyles::graduatedStyle(QStringLiteral("population"), 0, 1000, 5,
                                                     GeometryKind::Polygon);
    LabelSettings labels;
    labels.enabled = true;
    labels.field = QStringLiteral("nom");
    labels.sizePt = 11.5;
    labels.bold = true;
    labels.haloColor = QColor(255, 255, 0, 100);
    labels.minScale = 50000;
    labels.maxScale = 1000;
    labels.placement = LabelPlacement::PolygonCentroid;
    labels.priority = 3;
    grad.setLabels(labels);
    QTest::newRow("graduated with labels") << grad;
    QTest::newRow("OSM lines") << DefaultStyles::forOsm(QStringLiteral("lines"),
                                                        GeometryKind::Line);
    QTest::newRow("OSM polygons") << DefaultStyles::forOsm(QStringLiteral("multipolygons"),
                                                           GeometryKind::Polygon);
    QTest::newRow("OSM points") << DefaultStyles::forOsm(QStringLiteral("points"),
                                                         GeometryKind::Point);
}

void TestRenderStyle::styleRoundTrip()
{
    QFETCH(VectorStyle, style);
    const QJsonObject written = style.toJson();
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(written).toJson()).object();
    const VectorStyle back = VectorStyle::fromJson(reread);
    QVERIFY2(back == style,
             qPrintable(json(written) + QStringLiteral("\nread back as\n") + json(back.toJson())));
    QCOMPARE(back.symbols().size(), style.symbols().size());
}

void TestRenderStyle::categorizedLookup_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("drawOthers");
    QTest::addColumn<int>("expected");
    QTest::newRow("string") << QVariant(QStringLiteral("forêt")) << true << 0;
    QTest::newRow("integer category, integer value") << QVariant(8) << true << 1;
    QTest::newRow("integer category, text value") << QVariant(QStringLiteral("8")) << true << 1;
    QTest::newRow("integer category, double value") << QVariant(8.0) << true << 1;
    QTest::newRow("decimal") << QVariant(2.5) << true << 2;
    QTest::newRow("null value goes to others") << QVariant() << true << 3;
    QTest::newRow("unknown value goes to others") << QVariant(QStringLiteral("lac")) << true << 3;
    QTest::newRow("unknown value hidden") << QVariant(QStringLiteral("lac")) << false << -1;
    QTest::newRow("case matters") << QVariant(QStringLiteral("FORÊT")) << true << 3;
}

void TestRenderStyle::categorizedLookup()
{
    QFETCH(QVariant, value);
    QFETCH(bool, drawOthers);
    QFETCH(int, expected);
    VectorStyle style = VectorStyle::categorized(
        QStringLiteral("kind"),
        {{QStringLiteral("forêt"), Symbol::fill(Qt::green, Qt::black), {}},
         {8, Symbol::fill(Qt::red, Qt::black), {}},
         {2.5, Symbol::fill(Qt::blue, Qt::black), {}}});
    style.setOtherSymbol(Symbol::fill(Qt::gray, Qt::black), drawOthers);
    QCOMPARE(style.symbolIndexFor(attributes({{QStringLiteral("kind"), value}})), expected);
    const Symbol *symbol = style.symbolFor(attributes({{QStringLiteral("kind"), value}}));
    QCOMPARE(symbol != nullptr, expected >= 0);
}

void TestRenderStyle::graduatedLookup_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("expected");
    // Classes 0–10, 10–20, 20–50; others hidden.
    QTest::newRow("minimum is in the first class") << QVariant(0) << 0;
    QTest::newRow("inside first") << QVariant(5.5) << 0;
    QTest::newRow("upper bound belongs to the lower class") << QVariant(10) << 0;
    QTest::newRow("just above a break") << QVariant(10.0001) << 1;
    QTest::newRow("numeric text") << QVariant(QStringLiteral("25")) << 2;
    QTest::newRow("maximum") << QVariant(50) << 2;
    QTest::newRow("above maximum") << QVariant(50.5) << -1;
    QTest::newRow("below minimum") << QVariant(-1) << -1;
    QTest::newRow("not a number") << QVariant(QStringLiteral("n/a")) << -1;
    QTest::newRow("null") << QVariant() << -1;
}

void TestRenderStyle::graduatedLookup()
{
    QFETCH(QVariant, value);
    QFETCH(int, expected);
    // Given out of order: the style sorts its classes.
    VectorStyle style
        = VectorStyle::graduated(QStringLiteral("v"),
                                 {{20, 50, Symbol::fill(Qt::red, Qt::black), {}},
                                  {0, 10, Symbol::fill(Qt::yellow, Qt::black), {}},
                                  {10, 20, Symbol::fill(QColor(255, 128, 0), Qt::black), {}}});
    style.setOtherSymbol(Symbol(), false);
    QCOMPARE(style.symbolIndexFor(attributes({{QStringLiteral("v"), value}})), expected);
}

void TestRenderStyle::osmDefaults_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QVariantMap>("feature");
    QTest::addColumn<QString>("expected");
    const QString tags = QStringLiteral("other_tags");
    QTest::newRow("motorway field")
        << "lines" << QVariantMap {{"highway", "motorway"}} << "Motorway";
    QTest::newRow("footway field") << "lines" << QVariantMap {{"highway", "footway"}} << "Footway";
    QTest::newRow("unknown road class")
        << "lines" << QVariantMap {{"highway", "proposed"}} << "Other road";
    QTest::newRow("river") << "lines" << QVariantMap {{"waterway", "river"}} << "River";
    QTest::newRow("railway in other_tags")
        << "lines"
        << QVariantMap {{"railway", QVariant()}, {tags, hstoreText({{"railway", "rail"}})}}
        << "Railway";
    QTest::newRow("highway wins over waterway")
        << "lines" << QVariantMap {{"highway", "primary"}, {"waterway", "stream"}}
        << "Primary road";
    QTest::newRow("untagged line") << "lines" << QVariantMap {{"name", "x"}} << "Other";
    QTest::newRow("building") << "multipolygons" << QVariantMap {{"building", "yes"}} << "Building";
    QTest::newRow("water in field")
        << "multipolygons" << QVariantMap {{"natural", "water"}} << "Water";
    QTest::newRow("water in other_tags")
        << "multipolygons"
        << QVariantMap {{tags, hstoreText({{"natural", "water"}, {"name", "Étang"}})}} << "Water";
    QTest::newRow("forest") << "multipolygons" << QVariantMap {{"landuse", "forest"}} << "Forest";
    QTest::newRow("commune boundary")
        << "multipolygons" << QVariantMap {{"boundary", "administrative"}, {"admin_level", "8"}}
        << "Municipality boundary";
    QTest::newRow("département boundary")
        << "multipolygons" << QVariantMap {{"boundary", "administrative"}, {"admin_level", "6"}}
        << "Département boundary";
    QTest::newRow("admin level in other_tags")
        << "multipolygons"
        << QVariantMap {{"boundary", "administrative"}, {tags, hstoreText({{"admin_level", "2"}})}}
        << "National border";
    QTest::newRow("place point") << "points" << QVariantMap {{"place", "village"}} << "Place";
    QTest::newRow("amenity in other_tags")
        << "points" << QVariantMap {{tags, hstoreText({{"amenity", "school"}})}} << "Amenity";
    QTest::newRow("plain node hidden") << "points" << QVariantMap {} << "(hidden)";
}

void TestRenderStyle::osmDefaults()
{
    QFETCH(QString, layer);
    QFETCH(QVariantMap, feature);
    QFETCH(QString, expected);
    const GeometryKind kind = layer == QLatin1String("points") ? GeometryKind::Point
        : layer == QLatin1String("lines")                      ? GeometryKind::Line
                                                               : GeometryKind::Polygon;
    const VectorStyle style = DefaultStyles::forOsm(layer, kind);
    QCOMPARE(classOf(style, feature, kind), expected);
    // The layers area picks the OSM style from the field names alone.
    const VectorStyle picked = DefaultStyles::forLayer(
        kind, {QStringLiteral("osm_id"), QStringLiteral("other_tags")}, layer);
    QCOMPARE(classOf(picked, feature, kind), expected);
}

void TestRenderStyle::osmRoadWidthsGrowWithClass()
{
    const VectorStyle style = DefaultStyles::forOsm(QStringLiteral("lines"), GeometryKind::Line);
    const QStringList order {"footway",   "service", "residential", "tertiary",
                             "secondary", "primary", "trunk",       "motorway"};
    double previous = 0;
    int previousIndex = -1;
    for (const QString &road : order) {
        const int index = style.symbolIndexFor(attributes({{QStringLiteral("highway"), road}}));
        QVERIFY2(index >= 0, qPrintable(road));
        const double width = style.symbols().at(index).strokeWidthMm;
        QVERIFY2(width > previous, qPrintable(QStringLiteral("%1: %2 mm").arg(road).arg(width)));
        // Drawn later than smaller roads, so major roads stay on top.
        QVERIFY2(index > previousIndex, qPrintable(road));
        previous = width;
        previousIndex = index;
    }
    QVERIFY(style.labels().enabled);
    QCOMPARE(style.labels().field, QStringLiteral("name"));
    QVERIFY(style.referencedFields().contains(QStringLiteral("other_tags")));
}

void TestRenderStyle::hstore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first key") << R"("a"=>"1","b"=>"2")"
                               << "a"
                               << "1";
    QTest::newRow("last key") << R"("a"=>"1","b"=>"2")"
                              << "b"
                              << "2";
    QTest::newRow("missing") << R"("a"=>"1")"
                             << "c"
                             << "";
    QTest::newRow("key is a suffix of another") << R"("sub_a"=>"1")"
                                                << "a"
                                                << "";
    QTest::newRow("comma and arrow in value") << R"("name"=>"Rue A, côté =>","x"=>"y")"
                                              << "name"
                                              << "Rue A, côté =>";
    QTest::newRow("escaped quote") << R"("name"=>"Le \"Lion\"")"
                                   << "name"
                                   << R"(Le "Lion")";
    QTest::newRow("empty text") << ""
                                << "a"
                                << "";
}

void TestRenderStyle::hstore()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(OsmTags::fromHstore(text, key), expected);
}

void TestRenderStyle::strokeWidthFollowsDpi_data()
{
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<double>("expectedPx");
    QTest::newRow("1 mm on screen") << 1.0 << 96.0 << 3.7795;
    QTest::newRow("1 mm at 300 dpi") << 1.0 << 300.0 << 11.811;
    QTest::newRow("25.4 mm at 72 dpi") << 25.4 << 72.0 << 72.0;
}

void TestRenderStyle::strokeWidthFollowsDpi()
{
    QFETCH(double, widthMm);
    QFETCH(double, dpi);
    QFETCH(double, expectedPx);
    const QPen pen = SymbolPainter::strokePen(Symbol::line(Qt::black, widthMm), dpi);
    QVERIFY2(qAbs(pen.widthF() - expectedPx) < 1e-3, qPrintable(QString::number(pen.widthF())));
    // Dashes keep their millimetre lengths whatever the width.
    const QPen dashed = SymbolPainter::strokePen(Symbol::line(Qt::black, widthMm, {2, 1}), dpi);
    QCOMPARE(dashed.dashPattern().size(), 2);
    QVERIFY(qAbs(dashed.dashPattern().at(0) * dashed.widthF() - 2 * dpi / 25.4) < 1e-3);
}

void TestRenderStyle::defaultLabelsOnNameField()
{
    const VectorStyle communes = DefaultStyles::forLayer(
        GeometryKind::Polygon, {QStringLiteral("code"), QStringLiteral("nom")});
    QCOMPARE(communes.renderer(), VectorStyle::Renderer::Single);
    QVERIFY(communes.labels().enabled);
    QCOMPARE(communes.labels().field, QStringLiteral("nom"));
    QCOMPARE(communes.labels().placement, LabelPlacement::PolygonCentroid);
    QVERIFY(communes.symbol().hasFill());

    const VectorStyle plain = DefaultStyles::forLayer(GeometryKind::Line, {QStringLiteral("id")});
    QVERIFY(!plain.labels().enabled);
    QVERIFY(!plain.symbol().hasFill() || plain.symbols().size() == 1);
    // Successive layers get different colours.
    QVERIFY(DefaultStyles::forGeometry(GeometryKind::Polygon, 0).symbol()
            != DefaultStyles::forGeometry(GeometryKind::Polygon, 1).symbol());
}

void TestRenderStyle::generatedStyles()
{
    const VectorStyle cat = DefaultStyles::categorizedStyle(
        QStringLiteral("type"), {QStringLiteral("a"), QStringLiteral("b"), 3},
        GeometryKind::Polygon);
    QCOMPARE(cat.categories().size(), 3);
    QVERIFY(cat.categories().at(0).symbol != cat.categories().at(1).symbol);
    QCOMPARE(cat.symbolIndexFor(attributes({{QStringLiteral("type"), QStringLiteral("3")}})), 2);

    const VectorStyle grad
        = DefaultStyles::graduatedStyle(QStringLiteral("n"), 0, 100, 4, GeometryKind::Polygon);
    QCOMPARE(grad.classes().size(), 4);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(grad.classes().at(i).lower, grad.classes().at(i - 1).upper);
    QCOMPARE(grad.classes().last().upper, 100.0);
    QCOMPARE(grad.symbolIndexFor(attributes({{QStringLiteral("n"), 60}})), 2);

    const VectorStyle flat
        = DefaultStyles::graduatedStyle(QStringLiteral("n"), 5, 5, 4, GeometryKind::Point);
    QCOMPARE(flat.classes().size(), 1);
    QCOMPARE(flat.symbolIndexFor(attributes({{QStringLiteral("n"), 5}})), 0);
}

void TestRenderStyle::legendPaints_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("point") << int(GeometryKind::Point);
    QTest::newRow("line") << int(GeometryKind::Line);
    QTest::newRow("polygon") << int(GeometryKind::Polygon);
}

void TestRenderStyle::legendPaints()
{
    QFETCH(int, kind);
    const auto k = GeometryKind(kind);
    const VectorStyle style = DefaultStyles::categorizedStyle(
        QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")}, k);
    const QList<LegendItem> items = style.legend(k);
    QCOMPARE(items.size(), 3); // two categories and "Other"
    QCOMPARE(items.at(0).label, QStringLiteral("a"));
    for (const LegendItem &item : items) {
        QImage image(24, 16, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        item.paint(p, QRectF(0, 0, 24, 16));
        p.end();
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                coloured += image.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY2(coloured > 10, qPrintable(item.label));
    }
}

void TestRenderStyle::legendOfUsedSymbols_data()
{
    // Features given by their value; the legend keeps the rows of the symbols they get.
    QTest::addColumn<QString>("renderer");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("categorized, two of three")
        << QStringLiteral("categorized") << QVariantList {QStringLiteral("c"), QStringLiteral("a")}
        << QStringList {QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("categorized, other used")
        << QStringLiteral("categorized") << QVariantList {QStringLiteral("zz")}
        << QStringList {QStringLiteral("Other")};
    QTest::newRow("categorized, no feature")
        << QStringLiteral("categorized") << QVariantList {} << QStringList {};
    QTest::newRow("graduated, middle class") << QStringLiteral("graduated") << QVariantList {15, 12}
                                             << QStringList {QStringLiteral("10 – 20")};
    QTest::newRow("single keeps its row")
        << QStringLiteral("single") << QVariantList {} << QStringList {QString()};
}

void TestRenderStyle::legendOfUsedSymbols()
{
    QFETCH(QString, renderer);
    QFETCH(QVariantList, values);
    QFETCH(QStringList, expected);
    VectorStyle style;
    if (renderer == QLatin1String("categorized")) {
        style = VectorStyle::categorized(QStringLiteral("v"),
                                         {{QStringLiteral("a"), Symbol::line(Qt::red, 1), {}},
                                          {QStringLiteral("b"), Symbol::line(Qt::green, 1), {}},
                                          {QStringLiteral("c"), Symbol::line(Qt::blue, 1), {}}});
        style.setOtherSymbol(Symbol::line(Qt::gray, 1), true);
    } else if (renderer == QLatin1String("graduated")) {
        style = VectorStyle::graduated(QStringLiteral("v"),
                                       {{0, 10, Symbol::line(Qt::red, 1), {}},
                                        {10, 20, Symbol::line(Qt::green, 1), {}},
                                        {20, 50, Symbol::line(Qt::blue, 1), {}}});
        style.setOtherSymbol(Symbol(), false);
    }
    std::vector<bool> used(size_t(style.symbols().size()), false);
    for (const QVariant &v : values) {
        const int index = style.symbolIndexFor(attributes({{QStringLiteral("v"), v}}));
        QVERIFY(index >= 0);
        used[size_t(index)] = true;
    }
    QStringList labels;
    for (const LegendItem &item : style.legend(GeometryKind::Line, used)) {
        labels.append(item.label);
        QVERIFY(item.paint);
    }
    QCOMPARE(labels, expected);
    // All marked: the same rows as the full legend.
    const std::vector<bool> all(used.size(), true);
    QCOMPARE(style.legend(GeometryKind::Line, all).size(), style.legend(GeometryKind::Line).size());
}

QTEST_MAIN(TestRenderStyle)
#include "tst_style.moc"
