// Trainer events and the replay driver: gauges and their alerts, bay statuses and closed ways
// follow the replay clock, whether the replay plays or jumps, on real recorded data.
#include "SharedData.h"

#include "base/Clock.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeFeeds.h"
#include "feeds/gauges/GaugeNetwork.h"
#include "offline/ExerciseScenario.h"
#include "offline/ReplayDriver.h"
#include "parking/BayStatusModel.h"
#include "parking/NearestBay.h"
#include "parking/ParkingConfig.h"
#include "parking/ParkingSetup.h"
#include "routing/OsmGraphReader.h"
#include "routing/Profile.h"
#include "routing/Router.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace territoire;

namespace {

const QString station = QStringLiteral("K447001001"); // the recorded Hub'Eau station

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 8, 27), QTime(hour, minute), Qt::UTC);
}

QString describe(const QList<GaugeAlert> &alerts)
{
    QStringList out;
    for (const GaugeAlert &a : alerts)
        out << QStringLiteral("%1 %2 %3 at %4")
                   .arg(a.stationCode, a.upward ? QStringLiteral("up") : QStringLiteral("down"))
                   .arg(a.value)
                   .arg(a.time.toString(Qt::ISODate));
    return out.join(QStringLiteral("; "));
}

QList<qint64> waysOf(const RouteResult &route)
{
    QList<qint64> ways;
    for (const RouteStretch &s : route.stretches) {
        if (ways.isEmpty() || ways.last() != s.wayId)
            ways << s.wayId;
    }
    return ways;
}

// The recorded Hub'Eau answer of the station (-1.232 m at 08:00 UTC) in a cache file.
bool recordHeights(ObservationCache &cache, QString *error)
{
    if (!cache.open(error))
        return false;
    QFile f(test::sharedPath(
        QStringLiteral("data/hubeau-hydrometrie/observations_tr_K447001001_H_2026-09-13.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return false;
    }
    HubEauFeed feed(QStringLiteral("https://hubeau.eaufrance.fr/api/v2/hydrometrie"), {station});
    ObservationList observations;
    QString parseError;
    feed.parse(f.readAll(), QUrl(QStringLiteral("https://hubeau.eaufrance.fr/")), observations,
               parseError);
    if (!parseError.isEmpty()) {
        *error = parseError;
        return false;
    }
    return cache.store(observations, error) >= 0;
}

// A flood the trainer draws from 09:00: up through 0 m at 10:00, back below at 12:00.
ExerciseEvent floodCurve()
{
    ExerciseEvent e;
    e.at = at(9);
    e.kind = ExerciseEvent::Kind::GaugeCurve;
    e.target = station;
    QString error;
    e.payload = {
        {QStringLiteral("quantity"), QStringLiteral("H")},
        {QStringLiteral("points"),
         ExerciseScenario::parseCurve(QStringLiteral("0=-1.0 60=0.4 120=0.2 180=-0.6"), &error)}};
    return e;
}

} // namespace

class TestExercise : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curve_data();
    void curve();
    void alertsFollowReplay();
    void baysFollowReplay();
    void closedWayChangesRoute();
    void closedWayReachesNearestBay();
    void resetRemovesExerciseObservations();
};

void TestExercise::curve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("points"); // JSON, empty when refused
    QTest::newRow("minutes and metres") << "0=1.10 60=1.65"
                                        << "[[0,1.1],[3600,1.65]]";
    QTest::newRow("French decimal comma, semicolons") << "0=1,5;30=2,25"
                                                      << "[[0,1.5],[1800,2.25]]";
    QTest::newRow("out of order is sorted") << "60=2 0=1"
                                            << "[[0,1],[3600,2]]";
    QTest::newRow("colon instead of equals") << "60:2"
                                             << "";
    QTest::newRow("negative minutes") << "-5=1"
                                      << "";
    QTest::newRow("empty") << "  "
                           << "";
}

void TestExercise::curve()
{
    QFETCH(QString, text);
    QFETCH(QString, points);
    QString error;
    const QJsonArray parsed = ExerciseScenario::parseCurve(text, &error);
    if (points.isEmpty()) {
        QVERIFY(parsed.isEmpty());
        QVERIFY2(!error.isEmpty() && (text.trimmed().isEmpty() || error.contains(text.trimmed())),
                 qPrintable(error));
        return;
    }
    QCOMPARE(QString::fromUtf8(QJsonDocument(parsed).toJson(QJsonDocument::Compact)), points);
}

void TestExercise::alertsFollowReplay()
{
    TERRITOIRE_SHARED_FILE(heights,
                           "data/hubeau-hydrometrie/observations_tr_K447001001_H_2026-09-13.json");
    QTemporaryDir dir;
    ObservationCache cache(dir.filePath(QStringLiteral("observations.sqlite")));
    QString error;
    QVERIFY2(recordHeights(cache, &error), qPrintable(error));
    ExerciseScenario scenario;
    scenario.addEvent(floodCurve());
    QVERIFY(cache.store(scenario.syntheticObservations(), &error) >= 0);

    ManualClock clock(at(7));
    GaugeNetwork network(&cache, &clock);
    GaugeStation s;
    s.code = station;
    s.name = QStringLiteral("La Loire à Blois");
    network.setStations({s});
    GaugeThreshold alert;
    alert.value = 0.0;
    alert.label = QStringLiteral("vigilance");
    network.setThresholds(station, {alert});
    ReplayDriver driver(&clock, &cache, at(7));
    driver.setGaugeNetwork(&network);
    driver.setStepSeconds(0);
    driver.rebuild();

    // Playing forward in 10-minute steps, as the ticks of a replay do.
    QHash<QDateTime, QString> played;
    for (QDateTime t = at(7); t <= at(13); t = t.addSecs(600)) {
        if (t > at(7))
            clock.advance(600);
        played.insert(t, describe(driver.alerts()));
    }
    QCOMPARE(played.value(at(9, 50)), QString());
    QCOMPARE(played.value(at(10)), QStringLiteral("K447001001 up 0.4 at 2026-08-27T10:00:00Z"));
    QCOMPARE(played.value(at(13)),
             QStringLiteral("K447001001 up 0.4 at 2026-08-27T10:00:00Z; "
                            "K447001001 down -0.6 at 2026-08-27T12:00:00Z"));
    QCOMPARE(network.alerts().size(), 2); // the gauge panel heard them too
    QCOMPARE(network.reading(station).height.metres(), -0.6);

    // Jumping anywhere gives what playing gave at that instant, backwards included.
    for (const QDateTime &t : {at(12, 30), at(8), at(10, 10), at(7), at(11), at(13)}) {
        clock.setNow(t);
        QCOMPARE(describe(driver.alerts()), played.value(t));
    }
    clock.setNow(at(8, 30));
    QCOMPARE(network.reading(station).height.metres(), -1.232); // the recorded value

    // The gauge panel's list after a rewind: emptied, and the crossing raised again when the
    // replay passes it once more (its own threshold monitor is re-armed).
    QCOMPARE(network.alerts().size(), 0);
    QSignalSpy raisedAgain(&network, &GaugeNetwork::alertRaised);
    for (int step = 0; step < 10; ++step)
        clock.advance(600); // 08:30 → 10:10, playing
    QCOMPARE(raisedAgain.count(), 1);
    QCOMPARE(network.alerts().size(), 1);
    QVERIFY(network.alerts().first().upward);

    // The alert list is announced when it changes, not on every jump.
    clock.setNow(at(12, 30));
    QSignalSpy changed(&driver, &ReplayDriver::alertsChanged);
    clock.setNow(at(13));
    QCOMPARE(changed.count(), 0);
    clock.setNow(at(9));
    QCOMPARE(changed.count(), 1);
}

void TestExercise::baysFollowReplay()
{
    TERRITOIRE_SHARED_FILE(inventory, "cases/csv-pmr-parking-schema/parkings-pmr.csv");
    QJsonObject section {{QStringLiteral("sources"),
                          QJsonArray {QJsonObject {
                              {QStringLiteral("id"), QStringLiteral("pmr-belfort")},
                              {QStringLiteral("path"), inventory},
                              {QStringLiteral("format"), QStringLiteral("ogr")},
                              {QStringLiteral("preset"), QStringLiteral("schema-stationnement")},
                              {QStringLiteral("kind"), QStringLiteral("carpark")}}}},
                         {QStringLiteral("bounds"), QJsonArray {6.756, 47.433, 7.144, 47.825}}};
    section = ExerciseScenario::withExerciseBayFeed(section);
    QCOMPARE(ExerciseScenario::withExerciseBayFeed(section), section); // added once
    const ParkingConfig config = ParkingConfig::fromJson(section, QString());
    const LoadedInventories loaded = loadInventories(config);
    QVERIFY2(!loaded.bays.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
    const QString bayId = loaded.bays.first().id;

    QTemporaryDir dir;
    ObservationCache cache(dir.filePath(QStringLiteral("observations.sqlite")));
    QString error;
    QVERIFY(cache.open(&error));
    ExerciseScenario scenario;
    ExerciseEvent taken;
    taken.at = at(14);
    taken.kind = ExerciseEvent::Kind::BayTaken;
    taken.target = bayId;
    scenario.addEvent(taken);
    QVERIFY(cache.store(scenario.syntheticObservations(), &error) >= 0);

    ManualClock clock(at(13));
    BayStatusModel model(&clock);
    model.setFeeds(config.feeds);
    model.setBays(loaded.bays);
    ReplayDriver driver(&clock, &cache, at(13));
    driver.setBayModel(&model);
    driver.setScenario(&scenario);
    driver.rebuild();
    auto statusOf = [&] {
        for (const Bay &b : model.bays()) {
            if (b.id == bayId)
                return b.status;
        }
        return BayStatus::Unknown;
    };
    QCOMPARE(statusOf(), BayStatus::Unknown);
    for (int i = 0; i < 6; ++i)
        clock.advance(600); // plays to 14:00
    QCOMPARE(statusOf(), BayStatus::Taken);
    clock.advance(6 * 3600); // stays taken for the whole exercise
    QCOMPARE(statusOf(), BayStatus::Taken);
    clock.setNow(at(13, 59));
    QCOMPARE(statusOf(), BayStatus::Unknown);
}

void TestExercise::closedWayChangesRoute()
{
    // The small real case of the routing area: walking from A to B takes the steps (way 6101);
    // with 6101 closed by the trainer at 14:00, the route goes round by the ramp.
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router router;
    router.setGraph(read.graph);
    const LonLat a(6.8795898, 47.6374881);
    const LonLat b(6.8796160, 47.6378477);
    const Profile walking = Profile::builtin(QStringLiteral("pedestrian"));

    ExerciseScenario scenario;
    ExerciseEvent closure;
    closure.at = at(14);
    closure.kind = ExerciseEvent::Kind::CloseWay;
    closure.target = QStringLiteral("6101");
    scenario.addEvent(closure);
    ManualClock clock(at(13));
    ReplayDriver driver(&clock, nullptr, at(13));
    driver.setRouter(&router);
    driver.setScenario(&scenario);
    driver.rebuild();
    QCOMPARE(waysOf(router.route(a, b, walking)), (QList<qint64> {6101}));
    clock.advance(3600);
    QCOMPARE(driver.closedWays(), QList<qint64> {6101});
    QCOMPARE(waysOf(router.route(a, b, walking)), (QList<qint64> {6102, 6103, 6104}));
    clock.setNow(at(13, 30));
    QCOMPARE(router.closedWays(), QList<qint64>());
    QCOMPARE(waysOf(router.route(a, b, walking)), (QList<qint64> {6101}));
}

void TestExercise::closedWayReachesNearestBay()
{
    // The nearest-free-bay answers walk on the parking area's own network: a trainer's closure
    // reaches it too, even when that network is read after the closure was applied.
    TERRITOIRE_SHARED_FILE(path, "cases/osm-steps-ramp-oneway/steps-ramp-oneway.osm");
    const OsmReadResult read = OsmGraphReader().read(path);
    QVERIFY2(read.graph, qPrintable(read.error));
    Router routing; // the routing area's
    routing.setGraph(read.graph);
    Router parking; // the parking area's, still loading
    Bay bay;
    bay.id = QStringLiteral("bay-a");
    bay.position = LonLat(6.8795898, 47.6374881);
    bay.status = BayStatus::Free;
    const LonLat door(6.8796160, 47.6378477);
    const Profile walking = Profile::builtin(QStringLiteral("pedestrian"));

    ExerciseScenario scenario;
    ExerciseEvent closure;
    closure.at = at(14);
    closure.kind = ExerciseEvent::Kind::CloseWay;
    closure.target = QStringLiteral("6101");
    scenario.addEvent(closure);
    ManualClock clock(at(13));
    ReplayDriver driver(&clock, nullptr, at(13));
    driver.setRouter(&routing);
    driver.addRouter(&parking);
    driver.setScenario(&scenario);
    driver.rebuild();
    parking.setGraph(read.graph);
    const NearestBayResult open = findNearestFreeBays(parking, door, {bay}, walking, 1);
    QVERIFY2(open.isOk() && open.routes.size() == 1, qPrintable(open.error));
    QCOMPARE(waysOf(open.routes.first().route), (QList<qint64> {6101}));

    clock.advance(3600); // the closure starts
    QCOMPARE(parking.closedWays(), QList<qint64> {6101});
    const NearestBayResult closed = findNearestFreeBays(parking, door, {bay}, walking, 1);
    QVERIFY2(closed.isOk() && closed.routes.size() == 1, qPrintable(closed.error));
    QCOMPARE(waysOf(closed.routes.first().route), (QList<qint64> {6102, 6103, 6104}));
    QVERIFY(closed.routes.first().route.lengthM > open.routes.first().route.lengthM);

    // Reading the network again keeps the closure; the end of the exercise reopens it.
    parking.setGraph(read.graph);
    QCOMPARE(parking.closedWays(), QList<qint64> {6101});
    driver.reopenAll();
    QCOMPARE(parking.closedWays(), QList<qint64>());
    QCOMPARE(routing.closedWays(), QList<qint64>());
}

void TestExercise::resetRemovesExerciseObservations()
{
    TERRITOIRE_SHARED_FILE(heights,
                           "data/hubeau-hydrometrie/observations_tr_K447001001_H_2026-09-13.json");
    QTemporaryDir dir;
    ObservationCache cache(dir.filePath(QStringLiteral("observations.sqlite")));
    QString error;
    QVERIFY2(recordHeights(cache, &error), qPrintable(error));
    ExerciseScenario scenario;
    scenario.addEvent(floodCurve());
    QVERIFY(cache.store(scenario.syntheticObservations(), &error) >= 0);
    QCOMPARE(cache.count(), qint64(5));
    QCOMPARE(
        ExerciseScenario::removeFromCache(cache.path(), scenario.syntheticObservations(), &error),
        4);
    QCOMPARE(cache.count(), qint64(1));
    const auto h
        = cache.latestAtOrBefore(gauge::hubEauFeedId(), station, QStringLiteral("H"), at(13));
    QVERIFY(h.has_value());
    QCOMPARE(h->value, -1.232); // the recorded value only
    QCOMPARE(ExerciseScenario::removeFromCache(QStringLiteral(":memory:"),
                                               scenario.syntheticObservations(), &error),
             -1);
    QVERIFY2(error.contains(QStringLiteral(":memory:")), qPrintable(error));
}

QTEST_MAIN(TestExercise)
#include "tst_exercise.moc"
