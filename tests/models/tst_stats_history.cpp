// SPDX-License-Identifier: MIT
// StatsHistory: event rates per type, job outcomes per interval, server stats, ping, bounded retention.
#include "ModelEventFactory.h"
#include "models/StatsHistory.h"

#include <QSignalSpy>
#include <QTest>

using dispatch::StatsHistory;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

constexpr qint64 kBaseMs = kBaseSeconds * 1000; // a multiple of every interval used here

QDateTime atMs(qint64 offsetMs)
{
    return QDateTime::fromMSecsSinceEpoch(kBaseMs + offsetMs, Qt::UTC);
}

QList<dwp::StreamEvent> events(const QString& type, int count)
{
    QList<dwp::StreamEvent> list;
    for (int i = 0; i < count; ++i)
        list.append(jobEvent(type, jobId(quint64(i)), at(0)));
    return list;
}

QList<QPointF> points(std::initializer_list<std::pair<qint64, double>> offsetsAndValues)
{
    QList<QPointF> list;
    for (const auto& [offset, value] : offsetsAndValues)
        list.append(QPointF(double(kBaseMs + offset), value));
    return list;
}

} // namespace

class TestStatsHistory : public QObject
{
    Q_OBJECT

private slots:
    void eventRatesPerType();
    void aTypeIsCountedOnceWhereverItsTextLives();
    void jobOutcomesPerInterval();
    void serverStats();
    void retentionDropsOldPoints();
};

void TestStatsHistory::eventRatesPerType()
{
    StatsHistory history;
    history.setRateInterval(std::chrono::milliseconds(500));
    QSignalSpy added(&history, &StatsHistory::seriesAdded);
    history.applyEvents(events(T::JobCompleted, 5) + events(T::JobStarted, 2), atMs(100));
    history.applyEvents(events(T::JobStarted, 1), atMs(300)); // same interval
    QVERIFY(history.seriesKeys().isEmpty());                  // nothing is over yet
    history.applyEvents(events(T::JobStarted, 1), atMs(700));
    // [0, 500 ms): 5 completed, 3 started → per second ×2.
    QCOMPARE(history.series(StatsHistory::eventRateKey(T::JobCompleted)), points({{0, 10.0}}));
    QCOMPARE(history.series(StatsHistory::eventRateKey(T::JobStarted)), points({{0, 6.0}}));
    // A quiet stretch closes [500, 1000) with its event and reports the gap by its first and last interval.
    history.advanceTo(atMs(3200));
    QCOMPARE(history.series(StatsHistory::eventRateKey(T::JobStarted)),
             points({{0, 6.0}, {500, 2.0}, {1000, 0.0}, {2500, 0.0}}));
    QCOMPARE(history.series(StatsHistory::eventRateKey(T::JobCompleted)),
             points({{0, 10.0}, {500, 0.0}, {1000, 0.0}, {2500, 0.0}}));
    QVERIFY(added.size() >= 2);
    QVERIFY(!StatsHistory::titleFor(StatsHistory::eventRateKey(T::JobStarted)).isEmpty());
}

// A batch is counted per type by its text: the decoder shares the known types' text (EventType::interned),
// but an equal text held elsewhere, and a type the monitor does not know, count the same way.
void TestStatsHistory::aTypeIsCountedOnceWhereverItsTextLives()
{
    StatsHistory history;
    history.setRateInterval(std::chrono::milliseconds(500));
    const QString startedElsewhere = QString::fromLatin1("job.started");
    QVERIFY(startedElsewhere.constData() != T::JobStarted.constData());
    const QString custom = QStringLiteral("job.custom");
    history.applyEvents(events(T::JobStarted, 2) + events(startedElsewhere, 3) + events(custom, 1) +
                            events(QString::fromLatin1("job.custom"), 1),
                        atMs(100));
    history.advanceTo(atMs(500));
    QCOMPARE(history.series(StatsHistory::eventRateKey(T::JobStarted)), points({{0, 10.0}}));
    QCOMPARE(history.series(StatsHistory::eventRateKey(custom)), points({{0, 4.0}}));
}

void TestStatsHistory::jobOutcomesPerInterval()
{
    StatsHistory history;
    QCOMPARE(history.outcomeInterval(), std::chrono::milliseconds(10000));
    QSignalSpy pointAdded(&history, &StatsHistory::pointAdded);
    history.applyEvents(events(T::JobCompleted, 3) + events(T::JobFailed, 1) + events(T::JobDlq, 1) +
                            events(T::JobRetrying, 2) + events(T::JobStarted, 4),
                        atMs(1000));
    history.applyEvents(events(T::JobCompleted, 1), atMs(9000));
    history.advanceTo(atMs(10500));
    QCOMPARE(history.series(StatsHistory::JobsCompleted), points({{0, 4.0}}));
    QCOMPARE(history.series(StatsHistory::JobsFailed), points({{0, 1.0}}));
    QCOMPARE(history.series(StatsHistory::JobsDeadLettered), points({{0, 1.0}}));
    QCOMPARE(history.series(StatsHistory::JobsRetrying), points({{0, 2.0}}));
    QVERIFY(!pointAdded.isEmpty());
    bool sawCompleted = false;
    for (const QList<QVariant>& arguments : std::as_const(pointAdded)) {
        if (arguments.at(0).toString() == StatsHistory::JobsCompleted) {
            QCOMPARE(arguments.at(1).toPointF(), QPointF(double(kBaseMs), 4.0));
            sawCompleted = true;
        }
    }
    QVERIFY(sawCompleted);
}

void TestStatsHistory::serverStats()
{
    StatsHistory history;
    dwp::ServerStats stats;
    stats.broker.subscriberCount = 3;
    stats.broker.topicCount = 5;
    stats.broker.totalPublished = 100;
    history.addStatsSample(atMs(0), stats);
    QVERIFY(history.series(StatsHistory::PublishedPerSecond).isEmpty()); // a rate needs two samples
    stats.broker.subscriberCount = 4;
    stats.broker.totalPublished = 300;
    history.addStatsSample(atMs(2000), stats);
    QCOMPARE(history.series(StatsHistory::SubscriberCount), points({{0, 3.0}, {2000, 4.0}}));
    QCOMPARE(history.series(StatsHistory::TopicCount), points({{0, 5.0}, {2000, 5.0}}));
    QCOMPARE(history.series(StatsHistory::PublishedPerSecond), points({{2000, 100.0}}));
    // The server restarted: its total went down. No negative rate is plotted.
    stats.broker.totalPublished = 40;
    history.addStatsSample(atMs(4000), stats);
    QCOMPARE(history.series(StatsHistory::PublishedPerSecond).size(), 1);
    stats.broker.totalPublished = 60;
    history.addStatsSample(atMs(5000), stats);
    QCOMPARE(history.series(StatsHistory::PublishedPerSecond).last(), QPointF(double(kBaseMs + 5000), 20.0));

    history.addPingRoundTrip(atMs(5100), std::chrono::milliseconds(42));
    QCOMPARE(history.series(StatsHistory::PingRoundTripMs), points({{5100, 42.0}}));
}

void TestStatsHistory::retentionDropsOldPoints()
{
    StatsHistory history;
    history.setRetention(std::chrono::seconds(60));
    QSignalSpy expired(&history, &StatsHistory::pointsExpired);
    for (const qint64 second : {0, 30, 61, 125})
        history.addPingRoundTrip(atMs(second * 1000), std::chrono::milliseconds(second));
    QCOMPARE(history.series(StatsHistory::PingRoundTripMs), points({{125000, 125.0}}));
    QCOMPARE(expired.size(), 2);
    QCOMPARE(expired.at(0).at(1).toInt(), 1); // at 61 s: the point at 0 s
    QCOMPARE(expired.at(1).at(1).toInt(), 2); // at 125 s: 30 s and 61 s
    // Bounded: a long session keeps a constant number of points per series.
    for (int second = 126; second < 1000; ++second)
        history.addPingRoundTrip(atMs(second * 1000), std::chrono::milliseconds(1));
    QCOMPARE(history.series(StatsHistory::PingRoundTripMs).size(), 61);
}

QTEST_GUILESS_MAIN(TestStatsHistory)
#include "tst_stats_history.moc"
