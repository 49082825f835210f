#include "SharedData.h"
#include "render/LabelPlacer.h"
#include "render/LabelSettings.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace territoire;

namespace {

LabelCandidate label(const QString &text, QPointF anchor, int priority = 0, double angle = 0)
{
    LabelSettings settings;
    settings.sizePt = 10;
    settings.priority = priority;
    return settings.candidate(text, anchor, angle, 96);
}

QString rect(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestRenderLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noOverlaps();
    void priorityWins_data();
    void priorityWins();
    void outsideDropped();
    void lineAnchor_data();
    void lineAnchor();
    void polygonAnchorInside_data();
    void polygonAnchorInside();
    void haloAndAccentsDrawn();
    void pdfKeepsTextAsText();
    void sizeFollowsDpi();
};

void TestRenderLabels::noOverlaps()
{
    // A dense grid of candidates: many must be dropped, none of the kept ones may overlap.
    QList<LabelCandidate> candidates;
    for (int y = 10; y < 300; y += 7)
        for (int x = 30; x < 400; x += 13)
            candidates.append(label(QStringLiteral("Belfort %1").arg(x + y), QPointF(x, y),
                                    (x * 7 + y) % 5, (x % 3) * 20.0));
    LabelPlacer placer(QSizeF(420, 320));
    const QList<PlacedLabel> placed = placer.place(candidates);
    QVERIFY(placed.size() > 10);
    QVERIFY(placed.size() < candidates.size() / 2);
    for (int i = 0; i < placed.size(); ++i) {
        QVERIFY(QRectF(0, 0, 420, 320).contains(placed.at(i).box));
        for (int j = i + 1; j < placed.size(); ++j)
            QVERIFY2(!placed.at(i).box.intersects(placed.at(j).box),
                     qPrintable(placed.at(i).candidate.text + rect(placed.at(i).box) + " and "
                                + placed.at(j).candidate.text + rect(placed.at(j).box)));
    }
}

void TestRenderLabels::priorityWins_data()
{
    QTest::addColumn<int>("firstPriority");
    QTest::addColumn<int>("secondPriority");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equal priorities keep input order") << 0 << 0 << "first";
    QTest::newRow("higher priority placed first") << 0 << 5 << "second";
    QTest::newRow("negative priority loses") << -1 << 0 << "second";
}

void TestRenderLabels::priorityWins()
{
    QFETCH(int, firstPriority);
    QFETCH(int, secondPriority);
    QFETCH(QString, expected);
    LabelPlacer placer(QSizeF(300, 100));
    const QList<PlacedLabel> placed
        = placer.place({label(QStringLiteral("first"), QPointF(150, 50), firstPriority),
                        label(QStringLiteral("second"), QPointF(155, 52), secondPriority)});
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.first().candidate.text, expected);
}

void TestRenderLabels::outsideDropped()
{
    LabelPlacer placer(QSizeF(200, 100));
    const QList<PlacedLabel> placed
        = placer.place({label(QStringLiteral("Montbéliard"), QPointF(2, 50)),
                        label(QStringLiteral("Delle"), QPointF(100, 50)),
                        label(QStringLiteral("   "), QPointF(100, 90))});
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.first().candidate.text, QStringLiteral("Delle"));
}

void TestRenderLabels::lineAnchor_data()
{
    QTest::addColumn<QPolygonF>("line");
    QTest::addColumn<QPointF>("anchor");
    QTest::addColumn<double>("angle");
    QTest::newRow("horizontal") << QPolygonF({QPointF(0, 0), QPointF(100, 0)}) << QPointF(50, 0)
                                << 0.0;
    QTest::newRow("right to left is turned upright")
        << QPolygonF({QPointF(100, 0), QPointF(0, 0)}) << QPointF(50, 0) << 0.0;
    QTest::newRow("going down the screen")
        << QPolygonF({QPointF(0, 0), QPointF(100, 100)}) << QPointF(50, 50) << 45.0;
    QTest::newRow("bent at the middle")
        << QPolygonF({QPointF(0, 0), QPointF(50, 0), QPointF(50, 50)}) << QPointF(50, 0) << 0.0;
    QTest::newRow("three segments")
        << QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 80), QPointF(20, 80)})
        << QPointF(10, 40) << 90.0;
}

void TestRenderLabels::lineAnchor()
{
    QFETCH(QPolygonF, line);
    QFETCH(QPointF, anchor);
    QFETCH(double, angle);
    QPointF a;
    double deg = 0;
    QVERIFY(LabelPlacer::lineAnchor(line, &a, &deg));
    QVERIFY2(QLineF(a, anchor).length() < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(a.x()).arg(a.y())));
    QVERIFY2(qAbs(qAbs(deg) - qAbs(angle)) < 1e-6, qPrintable(QString::number(deg)));
    QVERIFY(deg >= -90 && deg <= 90);
    QVERIFY(!LabelPlacer::lineAnchor(line, &a, &deg, 1e6));
}

void TestRenderLabels::polygonAnchorInside_data()
{
    QTest::addColumn<QPolygonF>("ring");
    QTest::newRow("square") << QPolygonF(
        {QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10), QPointF(0, 0)});
    // A U shape whose centroid falls in the notch.
    QTest::newRow("U shape") << QPolygonF({QPointF(0, 0), QPointF(30, 0), QPointF(30, 30),
                                           QPointF(20, 30), QPointF(20, 5), QPointF(10, 5),
                                           QPointF(10, 30), QPointF(0, 30), QPointF(0, 0)});
    QTest::newRow("C shape") << QPolygonF({QPointF(0, 0), QPointF(40, 0), QPointF(40, 4),
                                           QPointF(4, 4), QPointF(4, 36), QPointF(40, 36),
                                           QPointF(40, 40), QPointF(0, 40), QPointF(0, 0)});
}

void TestRenderLabels::polygonAnchorInside()
{
    QFETCH(QPolygonF, ring);
    const QPointF p = LabelPlacer::polygonAnchor(ring);
    QVERIFY2(ring.containsPoint(p, Qt::OddEvenFill),
             qPrintable(QStringLiteral("POINT (%1 %2)").arg(p.x()).arg(p.y())));
}

void TestRenderLabels::haloAndAccentsDrawn()
{
    QImage image(200, 60, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0, 0, 128));
    QPainter painter(&image);
    LabelPlacer placer(image.size());
    LabelCandidate c = label(QStringLiteral("Évette-Salbert"), QPointF(100, 30));
    c.haloColor = Qt::white;
    c.color = Qt::black;
    c.haloWidth = 2;
    QCOMPARE(placer.placeAndDraw(painter, {c}), 1);
    painter.end();
    int white = 0, dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            white += qRed(p) > 240 && qGreen(p) > 240;
            dark += qRed(p) < 30 && qGreen(p) < 30 && qBlue(p) < 30;
        }
    }
    QVERIFY2(white > 100, qPrintable(QString::number(white))); // the halo
    QVERIFY2(dark > 50, qPrintable(QString::number(dark))); // the text over it
    // The accent over the É reaches above the cap height: pixels above the other letters.
    const QRectF box = LabelPlacer::labelBox(c);
    QVERIFY(box.height() > 10);
}

void TestRenderLabels::pdfKeepsTextAsText()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    TERRITOIRE_REQUIRE(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        QPainter painter(&writer);
        LabelSettings settings;
        settings.sizePt = 12;
        LabelPlacer placer(QSizeF(2000, 1000));
        QCOMPARE(placer.placeAndDraw(painter,
                                     {settings.candidate(QStringLiteral("Évette-Salbert"),
                                                         QPointF(500, 300), 0, 300),
                                      settings.candidate(QStringLiteral("Châtenois-les-Forges"),
                                                         QPointF(500, 600), 0, 300)}),
                 2);
    }
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Évette-Salbert")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Châtenois-les-Forges")), qPrintable(text));
}

void TestRenderLabels::sizeFollowsDpi()
{
    LabelSettings settings;
    settings.sizePt = 9;
    QCOMPARE(settings.font(96).pixelSize(), 12);
    QCOMPARE(settings.font(300).pixelSize(), 38);
    const LabelCandidate c = settings.candidate(QStringLiteral("x"), {}, 0, 300);
    QVERIFY(qAbs(c.haloWidth - settings.haloWidthMm * 300 / 25.4) < 1e-9);
    LabelSettings scaled;
    scaled.enabled = true;
    scaled.field = QStringLiteral("nom");
    scaled.minScale = 25000;
    scaled.maxScale = 1000;
    QVERIFY(scaled.isActiveAtScale(10000));
    QVERIFY(!scaled.isActiveAtScale(50000));
    QVERIFY(!scaled.isActiveAtScale(500));
}

QTEST_MAIN(TestRenderLabels)
#include "tst_labels.moc"
