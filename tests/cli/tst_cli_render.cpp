#include "CliRun.h"
#include "SharedData.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace territoire::test;

namespace {

QString sampleProject()
{
    return QStringLiteral(TERRITOIRE_SOURCE_DIR)
        + QStringLiteral("/resources/samples/territoire-de-belfort.territoire");
}

// Share of pixels that are not the white background.
double drawnShare(const QImage &image)
{
    qint64 drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) != 0xffffff)
                ++drawn;
        }
    }
    return double(drawn) / (qint64(image.width()) * image.height());
}

} // namespace

// territoire-cli render: images of projects and sources, usage errors (2), failures (1), and
// --help on every command of territoire-cli.
class TestCliRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleProjectAtItsSavedView()
    {
        TERRITOIRE_SHARED_FILE(data,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("sample.png"));
        const Run run = runCli({"render", sampleProject(), "--out", out, "--size", "640x480"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(640, 480));
        // The département fills a good part of the saved view (its beige fill, its outline): a
        // tenth of the image would be a view stretched to the 1° SRTM tile.
        const double share = drawnShare(image);
        QVERIFY2(share > 0.12 && share < 0.9, qPrintable(QString::number(share)));
        // Centre of the saved extent (978000..1015000, 6709000..6757000) lies in the département.
        QVERIFY2((image.pixel(320, 240) & 0xffffff) != 0xffffff, "centre not drawn");
    }

    void sampleInAnotherCrsKeepsItsView()
    {
        // --crs reprojects the saved view instead of falling back to the union of all layers
        // (which the 1° SRTM tile stretches, leaving the département in a corner).
        TERRITOIRE_SHARED_FILE(data,
                               "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("wgs84.png"));
        const Run run = runCli(
            {"render", sampleProject(), "--out", out, "--size", "640x480", "--crs", "EPSG:4326"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(out);
        const double share = drawnShare(image);
        QVERIFY2(share > 0.12 && share < 0.9, qPrintable(QString::number(share)));
        QVERIFY2((image.pixel(320, 240) & 0xffffff) != 0xffffff, "centre not drawn");
    }

    void sources_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("size");
        QTest::newRow("communes GeoJSON, defaults")
            << "data/admin-boundaries/communes-90-territoire-de-belfort.geojson" << QStringList()
            << QSize(1920, 1080);
        QTest::newRow("communes in WGS 84 at 192 dpi")
            << "data/admin-boundaries/communes-90-territoire-de-belfort.geojson"
            << QStringList {"--crs", "EPSG:4326", "--dpi", "192", "--size", "800x600"}
            << QSize(800, 600);
        QTest::newRow("Lambert-93 shapefile with an extent")
            << "cases/dbf-encoding-accents/lieux_utf8_cpg.shp"
            << QStringList {"--extent", "980000,6710000,1005000,6745000", "--size", "400x400"}
            << QSize(400, 400);
        QTest::newRow("OSM PBF as JPEG")
            << "data/osm-territoire-de-belfort-sud/delle_courtelevant_2011.osm.pbf"
            << QStringList {"--size", "300x200"} << QSize(300, 200);
    }
    void sources()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, options);
        QFETCH(QSize, size);
        const QString path = sharedPath(source);
        if (!QFileInfo::exists(path)) {
            if (underCi())
                QFAIL(qPrintable(QStringLiteral("shared data missing: ") + path));
            QSKIP("shared data missing");
        }
        QTemporaryDir tmp;
        const QString out
            = tmp.filePath(source.endsWith(QLatin1String(".pbf")) ? QStringLiteral("map.jpg")
                                                                  : QStringLiteral("map.png"));
        const Run run = runCli(QStringList {"render", path, "--out", out} + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(out);
        QCOMPARE(image.size(), size);
        QVERIFY2(drawnShare(image) > 0.001, "nothing drawn");
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = QDir::temp().filePath(QStringLiteral("territoire-test-render.png"));
        QTest::newRow("missing file")
            << QStringList {"render", "/nonexistent/roads.gpkg", "--out", out} << 1 << "roads.gpkg";
        QTest::newRow("missing project")
            << QStringList {"render", "/nonexistent/sample.territoire", "--out", out} << 1
            << "sample.territoire";
        QTest::newRow("unwritable output")
            << QStringList {"render", sampleProject(), "--out", "/nonexistent/dir/map.png"} << 1
            << "map.png";
        QTest::newRow("no source") << QStringList {"render", "--out", out} << 2 << "render";
        QTest::newRow("no --out") << QStringList {"render", sampleProject()} << 2 << "--out";
        QTest::newRow("bad size") << QStringList {"render", sampleProject(), "--out",
                                                  out,      "--size",        "12x"}
                                  << 2 << "12x";
        QTest::newRow("bad extent")
            << QStringList {"render", sampleProject(), "--out", out, "--extent", "1,2,3"} << 2
            << "1,2,3";
        // An extent in the wrong units or empty would write a blank image.
        QTest::newRow("extent in degrees")
            << QStringList {"render", sampleProject(), "--out",
                            out,      "--extent",      "6.8,47.5,7.0,47.7"}
            << 2
            << QString::fromUtf8("--extent 6.8,47.5,7,47.7 does not intersect any layer")
                + QString::fromUtf8(" (they cover");
        QTest::newRow("degrees hint")
            << QStringList {"render", sampleProject(), "--out", out, "--extent", "0,0,1,1"} << 2
            << QString::fromUtf8("looks like longitude/latitude; the map CRS is EPSG:2154 — give "
                                 "x1,y1,x2,y2 in its units");
        QTest::newRow("extent far away")
            << QStringList {"render", sampleProject(), "--out",
                            out,      "--extent",      "500000,6000000,510000,6010000"}
            << 2 << "does not intersect any layer";
        QTest::newRow("reversed extent")
            << QStringList {"render", sampleProject(), "--out",
                            out,      "--extent",      "1005000,6710000,980000,6745000"}
            << 2 << "--extent 1005000,6710000,980000,6745000 is empty";
        QTest::newRow("empty extent")
            << QStringList {"render", sampleProject(), "--out",
                            out,      "--extent",      "980000,6710000,980000,6745000"}
            << 2 << "is empty";
        QTest::newRow("unknown CRS")
            << QStringList {"render", sampleProject(), "--out", out, "--crs", "EPSG:999999"} << 2
            << "EPSG:999999";
        QTest::newRow("bad dpi") << QStringList {"render", sampleProject(), "--out",
                                                 out,      "--dpi",         "0"}
                                 << 2 << "dpi";
        QTest::newRow("unknown image format")
            << QStringList {"render", sampleProject(), "--out",
                            QDir::temp().filePath(QStringLiteral("map.xyz"))}
            << 2 << "xyz";
        QTest::newRow("unknown option")
            << QStringList {"render", sampleProject(), "--frobnicate"} << 2 << "frobnicate";
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // Every command listed by territoire-cli --help answers --help with exit status 0.
    void helpOnEveryCommand()
    {
        const Run top = runCli({"--help"});
        QCOMPARE(top.exitCode, 0);
        QStringList commands;
        bool inList = false;
        for (const QString &line : QString::fromUtf8(top.out).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Commands")) || line.endsWith(QLatin1Char(':'))) {
                inList = true;
                continue;
            }
            if (inList && line.startsWith(QLatin1String("  ")))
                commands.append(line.trimmed().section(QLatin1Char(' '), 0, 0));
            else if (inList && !commands.isEmpty())
                break;
        }
        QVERIFY2(commands.contains(QStringLiteral("info"))
                     && commands.contains(QStringLiteral("render")),
                 qPrintable(QString::fromUtf8(top.out)));
        for (const QString &command : std::as_const(commands)) {
            const Run run = runCli({command, "--help"});
            QVERIFY2(run.exitCode == 0, qPrintable(command + QLatin1String(": ") + run.err));
            QVERIFY2(run.out.contains("--help") || run.out.contains("-h"), qPrintable(command));
        }
        QCOMPARE(runCli({"no-such-command"}).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
