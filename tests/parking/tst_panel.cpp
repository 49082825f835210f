// The parking panel's bay list: filtered by status and by distance from the destination, with
// the time of each status.
#include "parking/BayTableModel.h"

#include <QTest>

using namespace territoire;

namespace {

const LonLat destination(6.8620, 47.6380);

// A bay `metres` east of the destination (1e-5 degree of longitude is about 0.75 m here).
Bay bayEast(const char *id, double metres, BayStatus status)
{
    Bay bay;
    bay.id = QString::fromLatin1(id);
    bay.source = QStringLiteral("test");
    bay.position = LonLat(destination.lon + metres / 75066.0, destination.lat);
    bay.status = status;
    if (status != BayStatus::Unknown)
        bay.statusTime = QDateTime(QDate(2025, 7, 18), QTime(6, 41), Qt::UTC);
    return bay;
}

} // namespace

class TestParkingPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void filters_data();
    void filters();
    void statusTimeAndDistance();

private:
    BayTableModel m_model;
};

void TestParkingPanel::init()
{
    Bay noPosition = bayEast("nowhere", 0, BayStatus::Free);
    noPosition.position = LonLat();
    m_model.setBays({bayEast("free-100", 100, BayStatus::Free),
                     bayEast("taken-300", 300, BayStatus::Taken),
                     bayEast("unknown-50", 50, BayStatus::Unknown),
                     bayEast("free-900", 900, BayStatus::Free), noPosition});
    m_model.setReference(destination);
}

void TestParkingPanel::filters_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("maxDistance");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("everything") << -1 << 0
                                << QStringList {"free-100", "taken-300", "unknown-50", "free-900",
                                                "nowhere"};
    QTest::newRow("free only") << int(BayStatus::Free) << 0
                               << QStringList {"free-100", "free-900", "nowhere"};
    QTest::newRow("free within 500 m") << int(BayStatus::Free) << 500 << QStringList {"free-100"};
    QTest::newRow("unknown only") << int(BayStatus::Unknown) << 0 << QStringList {"unknown-50"};
    QTest::newRow("any status within 120 m") << -1 << 120 << QStringList {"free-100", "unknown-50"};
    QTest::newRow("taken within 120 m: none") << int(BayStatus::Taken) << 120 << QStringList {};
}

void TestParkingPanel::filters()
{
    QFETCH(int, status);
    QFETCH(int, maxDistance);
    QFETCH(QStringList, shown);
    BayFilterModel filter;
    filter.setSourceModel(&m_model);
    filter.setStatusFilter(status);
    filter.setMaxDistance(maxDistance);
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << m_model.bay(filter.mapToSource(filter.index(row, 0)).row()).id;
    QCOMPARE(ids, shown);
}

void TestParkingPanel::statusTimeAndDistance()
{
    const QModelIndex time = m_model.index(0, BayTableModel::StatusTime);
    QCOMPARE(time.data(Qt::EditRole).toDateTime(),
             QDateTime(QDate(2025, 7, 18), QTime(6, 41), Qt::UTC));
    QVERIFY(!time.data(Qt::DisplayRole).toString().isEmpty());
    QVERIFY(!m_model.index(2, BayTableModel::StatusTime).data(Qt::DisplayRole).isValid());
    const double metres = m_model.index(0, 0).data(BayTableModel::DistanceRole).toDouble();
    QVERIFY2(qAbs(metres - 100) < 2, qPrintable(QString::number(metres)));
    QCOMPARE(m_model.index(4, 0).data(BayTableModel::DistanceRole).toDouble(), -1.0);

    // Sorting by distance uses metres, not the text ("900 m" < "100 m" as text would fail).
    BayFilterModel filter;
    filter.setSourceModel(&m_model);
    filter.setSortRole(Qt::EditRole);
    filter.setStatusFilter(int(BayStatus::Free));
    filter.setMaxDistance(2000); // bays with a distance only
    filter.sort(BayTableModel::Distance, Qt::DescendingOrder);
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(m_model.bay(filter.mapToSource(filter.index(0, 0)).row()).id,
             QStringLiteral("free-900"));
}

QTEST_GUILESS_MAIN(TestParkingPanel)
#include "tst_panel.moc"
