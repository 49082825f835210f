#include "LayerTestUtil.h"
#include "SharedData.h"
#include "layers/TextDecoder.h"

#include <gdal.h>

using namespace territoire;
using namespace territoire::test;

// Shapefile and CSV text encodings: declared (.cpg), detected (UTF-8 or Windows-1252), chosen.
class TestEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void decoder_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8 detected") << QByteArray("\xc3\x89loie") << QString() << "Éloie";
        QTest::newRow("cp1252 detected") << QByteArray("\xc9loie") << QString() << "Éloie";
        QTest::newRow("cp1252 typographic apostrophe")
            << QByteArray("Mairie d\x92\xc9loie") << QString() << "Mairie d’Éloie";
        QTest::newRow("cp1252 euro and oe")
            << QByteArray("S\x9cur 2 \x80") << QString() << "Sœur 2 €";
        QTest::newRow("declared 1252") << QByteArray("\xc9") << "1252"
                                       << "É";
        QTest::newRow("declared UTF8 spelling") << QByteArray("\xc3\x89") << "UTF8"
                                                << "É";
        QTest::newRow("declared latin9") << QByteArray("\xa4") << "ISO-8859-15"
                                         << "€";
    }
    void decoder()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, declared);
        QFETCH(QString, expected);
        TextDecoder decoder(declared);
        QCOMPARE(decoder.decode(bytes), expected);
    }

    void shapefile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("cp1252 with cpg") << "lieux_cp1252_cpg.shp"
                                         << "";
        QTest::newRow("cp1252 without cpg") << "lieux_cp1252_nocpg.shp"
                                            << "";
        QTest::newRow("utf8 with cpg") << "lieux_utf8_cpg.shp"
                                       << "";
        QTest::newRow("utf8 without cpg") << "lieux_utf8_nocpg.shp"
                                          << "";
        QTest::newRow("cp1252 chosen by the user") << "lieux_cp1252_nocpg.shp"
                                                   << "CP1252";
    }
    void shapefile()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        TERRITOIRE_SHARED_FILE(reference, "cases/dbf-encoding-accents/source-utf8.csv");
        const QString path = sharedPath(QStringLiteral("cases/dbf-encoding-accents/") + file);
        const VectorLoadResult result = loadVector(path, {}, {}, Crs::lambert93(), encoding);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.featureCount, 6);
        QCOMPARE(result.crs.crs.epsg(), 2154);

        struct Row
        {
            int id;
            const char *insee, *commune, *libelle;
            double x, y;
        };
        const Row expected[] = {
            {1, "90037", "Éloie", "Mairie d’Éloie", 990471.86, 6738979.99},
            {2, "90042", "Évette-Salbert", "Étang des Forges — rive nord", 985109.28, 6736673.08},
            {3, "90022", "Châtenois-les-Forges", "Église Saint-Étienne", 988212.65, 6724662.71},
            {4, "90045", "Fêche-l'Église", "Foyer Sœur Hélène", 997638.88, 6718633.41},
            {5, "90090", "Saint-Dizier-l'Évêque", "Lavoir de l’Œuvre", 998426.50, 6715011.23},
            {6, "90026", "Chèvremont", "Coût d'accès : 2 €", 994744.31, 6732498.11},
        };
        for (const Row &row : expected) {
            const FeatureAt f = findFeature(result, QStringLiteral("id"), row.id);
            QVERIFY2(f.isValid(), qPrintable(QStringLiteral("id %1 missing").arg(row.id)));
            QCOMPARE(f.value(result, QStringLiteral("insee")).toString(),
                     QString::fromUtf8(row.insee));
            const QString commune = f.value(result, QStringLiteral("commune")).toString();
            const QString libelle = f.value(result, QStringLiteral("libelle")).toString();
            QCOMPARE(commune, QString::fromUtf8(row.commune));
            QCOMPARE(libelle, QString::fromUtf8(row.libelle));
            QCOMPARE(libelle.size(), QString::fromUtf8(row.libelle).size());
            QVERIFY(!libelle.contains(QChar(0xFFFD)));
            QVERIFY(!commune.contains(QChar(0xC3))); // no double-decoded "Ã"
            QVERIFY2(qAbs(f.firstVertex().x() - row.x) < 0.01
                         && qAbs(f.firstVertex().y() - row.y) < 0.01,
                     qPrintable(pointText(f.firstVertex())));
        }
        QCOMPARE(findFeature(result, QStringLiteral("id"), 5)
                     .value(result, QStringLiteral("libelle"))
                     .toString()
                     .size(),
                 17);
    }

    void csvEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8 with BOM") << "parkings-pmr.csv";
        QTest::newRow("windows-1252 CRLF") << "parkings-pmr-cp1252.csv";
    }
    void csvEncodings()
    {
        QFETCH(QString, file);
        TERRITOIRE_SHARED_FILE(dir, "cases/csv-pmr-parking-schema");
        const VectorLoadResult result = loadVector(dir + QLatin1Char('/') + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.fields.names.first(), QStringLiteral("id_park"));
        QCOMPARE(result.featureCount, 6);
        QCOMPARE(findFeature(result, "id_park", "90010-P-003").value(result, "nom_park").toString(),
                 QStringLiteral("PARC ESSAI INVERSÉ"));
        QCOMPARE(findFeature(result, "id_park", "90037-P-001").value(result, "nom_park").toString(),
                 QStringLiteral("PARC ESSAI ÉLOIE"));
        QCOMPARE(findFeature(result, "id_park", "90037-P-001").value(result, "ad_park").toString(),
                 QStringLiteral("Grande Rue, 90300, Éloie"));
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
