#include "LayerTestUtil.h"
#include "SharedData.h"
#include "layers/LayerTypes.h"
#include "layers/SourceInspector.h"
#include "layers/VectorLayer.h"

#include <QFile>

using namespace territoire;
using namespace territoire::test;

// A layer from a real PostGIS database, started on loopback by the CTest fixture
// (tests/services/postgis-start) with the communes of the Territoire de Belfort loaded.
class TestPostgis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerLayerTypes();
        QFile file(QStringLiteral(TERRITOIRE_POSTGIS_CONNECTION_FILE));
        if (!file.open(QIODevice::ReadOnly)) {
            const QByteArray why
                = "no PostGIS test server (run through ctest): " + file.fileName().toUtf8();
            if (underCi())
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        m_connection = QString::fromUtf8(file.readAll()).trimmed();
    }

    void listsTheTables()
    {
        QString error;
        const QList<ProjectLayer> descriptors = descriptorsForSource(m_connection, &error);
        QVERIFY2(!descriptors.isEmpty(), qPrintable(error));
        QCOMPARE(descriptors.first().sublayer, QStringLiteral("communes"));
        QCOMPARE(descriptors.first().source, m_connection);
    }

    void loadsTheCommunes()
    {
        const VectorLoadResult result = loadVector(m_connection, QStringLiteral("communes"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.driver, QStringLiteral("PostgreSQL"));
        QCOMPARE(result.featureCount, 102);
        QCOMPARE(result.crs.crs.epsg(), 4326);
        QCOMPARE(findFeature(result, "code", "90010").value(result, "nom").toString(),
                 QStringLiteral("Belfort"));
        QCOMPARE(findFeature(result, "code", "90042").value(result, "nom").toString(),
                 QStringLiteral("Évette-Salbert"));
    }

    void layerAndInspector()
    {
        ProjectLayer d;
        d.source = m_connection;
        d.sublayer = QStringLiteral("communes");
        d.name = QStringLiteral("Communes (PostGIS)");
        VectorLayer layer(d);
        QVERIFY(layer.waitForLoaded());
        QVERIFY(QRectF(QPointF(960000, 6700000), QPointF(1030000, 6760000))
                    .contains(layer.mapExtent()));
        QString error;
        const LayerInfo info = SourceInspector::inspectLayer(d, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(info.features, 102);
        QCOMPARE(info.crs, QStringLiteral("EPSG:4326"));
    }

    void wrongDatabaseNamesTheConnection()
    {
        QString connection = m_connection;
        connection.replace(QLatin1String("territoire_test"), QLatin1String("no_such_db"));
        const VectorLoadResult result = loadVector(connection, QStringLiteral("communes"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("no_such_db")), qPrintable(result.error));
    }

private:
    QString m_connection;
};

QTEST_GUILESS_MAIN(TestPostgis)
#include "tst_postgis.moc"
