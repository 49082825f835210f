// territoire-cli export-pdf on projects built from the shared data: the pdf-scale-dpi case on
// the command line, usage errors, a missing project and an atlas of the communes.
#include "PdfTools.h"
#include "SharedData.h"

#include "base/Project.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace territoire;
using namespace territoire::test;

namespace {

const QString cli = QStringLiteral(TERRITOIRE_BINARY_DIR "/app/cli/territoire-cli");

int runCli(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(cli, QStringList {QStringLiteral("export-pdf")} + arguments);
    if (!process.waitForFinished(600000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

ProjectLayer vectorLayer(const QString &id, const QString &path)
{
    ProjectLayer layer;
    layer.id = id;
    layer.name = id;
    layer.type = QStringLiteral("vector");
    layer.source = path;
    return layer;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scaleCase_data();
    void scaleCase();
    void usageErrors_data();
    void usageErrors();
    void missingProject();
    void atlasOfCommunes();

private:
    QString writeProject(const QString &name, const QList<ProjectLayer> &layers);
    QTemporaryDir m_dir;
};

void TestExportCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(cli), qPrintable(cli));
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITOIRE_KEEP_TEST_FILES"));
}

QString TestExportCli::writeProject(const QString &name, const QList<ProjectLayer> &layers)
{
    Project project;
    project.setTitle(QString::fromUtf8("Essai d’échelle — Belfort"));
    project.setMapCrs(Crs::lambert93());
    project.layers() = layers;
    const QString path = m_dir.filePath(name);
    QString error;
    if (!project.save(path, &error))
        qWarning() << error;
    return path;
}

void TestExportCli::scaleCase_data()
{
    QTest::addColumn<int>("dpi");
    for (int dpi : {72, 300, 1200})
        QTest::addRow("%d dpi", dpi) << dpi;
}

void TestExportCli::scaleCase()
{
    QFETCH(int, dpi);
    TERRITOIRE_SHARED_FILE(grid, "cases/pdf-scale-dpi/grid_1km_l93.shp");
    TERRITOIRE_SHARED_FILE(ruler, "cases/pdf-scale-dpi/ruler_500m_l93.shp");
    const QString project = writeProject(QStringLiteral("scale.territoire"),
                                         {vectorLayer(QStringLiteral("grid_1km_l93"), grid),
                                          vectorLayer(QStringLiteral("ruler_500m_l93"), ruler)});
    const QString pdf = m_dir.filePath(QStringLiteral("scale-%1.pdf").arg(dpi));
    QString output;
    const int code = runCli(
        {project, QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("A4"),
         QStringLiteral("--orientation"), QStringLiteral("landscape"), QStringLiteral("--scale"),
         QStringLiteral("10000"), QStringLiteral("--center"), QStringLiteral("990000,6733000"),
         QStringLiteral("--dpi"), QString::number(dpi)},
        &output);
    QVERIFY2(code == 0, qPrintable(output));

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("841.89 x 595.28 pts")), qPrintable(info));
    const QString text
        = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    QVERIFY2(text.contains(QLatin1String("1:10 000")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Essai d’échelle — Belfort")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("grid_1km_l93")), qPrintable(text));

    // GDAL reads Lambert-93 and a pixel size of exactly 1:10 000 at its 150 dpi, centred on
    // the asked centre.
    const QJsonObject gdal = gdalInfo(pdf);
    const QString wkt = gdal.value(QStringLiteral("coordinateSystem"))
                            .toObject()
                            .value(QStringLiteral("wkt"))
                            .toString();
    QVERIFY2(wkt.contains(QLatin1String("ID[\"EPSG\",2154]")), qPrintable(wkt));
    const QJsonArray gt = gdal.value(QStringLiteral("geoTransform")).toArray();
    QCOMPARE(gt.size(), 6);
    const double gdalDpi
        = gdal.value(QStringLiteral("size")).toArray().at(0).toDouble() / 297.0 * 25.4;
    const double expected = 10000 * 0.0254 / gdalDpi;
    QVERIFY2(qAbs(gt[1].toDouble() - expected) < expected * 1e-3,
             qPrintable(QString::number(gt[1].toDouble())));
    QVERIFY2(qAbs(-gt[5].toDouble() - expected) < expected * 1e-3,
             qPrintable(QString::number(gt[5].toDouble())));
    QVERIFY(QFileInfo(pdf).size() < 200 * 1024);
}

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no project") << QStringList {QStringLiteral("--out"), QStringLiteral("x.pdf")};
    QTest::newRow("no --out") << QStringList {QStringLiteral("p.territoire")};
    QTest::newRow("bad paper") << QStringList {QStringLiteral("p.territoire"),
                                               QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                               QStringLiteral("--paper"), QStringLiteral("B5")};
    QTest::newRow("bad dpi") << QStringList {QStringLiteral("p.territoire"),
                                             QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                             QStringLiteral("--dpi"), QStringLiteral("5")};
    QTest::newRow("bad centre") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--scale"),      QStringLiteral("1000"),  QStringLiteral("--center"),
        QStringLiteral("1;2")};
    QTest::newRow("scale and extent") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--scale"),      QStringLiteral("1000"),  QStringLiteral("--extent"),
        QStringLiteral("0,0,1,1")};
    QTest::newRow("atlas without title field") << QStringList {
        QStringLiteral("p.territoire"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
        QStringLiteral("--atlas"), QStringLiteral("communes")};
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QString output;
    QCOMPARE(runCli(arguments, &output), 2);
    QVERIFY2(output.contains(QLatin1String("export-pdf")), qPrintable(output));
}

void TestExportCli::missingProject()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.territoire"));
    QString output;
    QCOMPARE(runCli({missing, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("m.pdf"))},
                    &output),
             1);
    QVERIFY2(output.contains(QLatin1String("missing.territoire")), qPrintable(output));
}

void TestExportCli::atlasOfCommunes()
{
    TERRITOIRE_SHARED_FILE(communes,
                           "data/admin-boundaries/communes-90-territoire-de-belfort.geojson");
    const QString project = writeProject(QStringLiteral("atlas.territoire"),
                                         {vectorLayer(QStringLiteral("communes"), communes)});
    const QString pdf = m_dir.filePath(QStringLiteral("atlas.pdf"));
    QString output;
    const int code = runCli(
        {project, QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("A4"),
         QStringLiteral("--orientation"), QStringLiteral("portrait"), QStringLiteral("--dpi"),
         QStringLiteral("72"), QStringLiteral("--atlas"), QStringLiteral("communes"),
         QStringLiteral("--atlas-title"), QStringLiteral("nom")},
        &output);
    QVERIFY2(code == 0, qPrintable(output));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+102\\n"))),
             qPrintable(info));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QString::fromUtf8("Évette-Salbert")));
}

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
