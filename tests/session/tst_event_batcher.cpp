// SPDX-License-Identifier: MIT
// EventBatcher: manual and timed flushes, slices per turn, the slice budget and the busy limit; 10 000 events
// reach the models as a handful of signals.
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"
#include "session/EventBatcher.h"
#include "session/ThreadClock.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <numeric>

using namespace dispatch;
namespace T = dwp::EventType;
using namespace modeltest;

class TestEventBatcher : public QObject
{
    Q_OBJECT

private slots:
    void manualFlush();
    void timerFlushesOneBatch();
    void tenThousandEventsAreAHandfulOfSignals();
    void aFullBatchGoesAtOnce();
    void aLargeBatchGoesASlicePerTurn();
    void aSliceOverItsBudgetShrinksTheNextAndCheapOnesGrowBack();
    void withoutABudgetEverySliceIsFull();
    void aBusyThreadsSlicesDoNotShrinkAnIdleOnesDo();
};

namespace {

// Hands `count` events to the batcher and collects the sizes of the batches it hands on, the first of which
// takes `firstTakes` (spent spinning, as a model's work would be).
QList<qsizetype> sliceSizes(EventBatcher& batcher, qsizetype count, std::chrono::milliseconds firstTakes)
{
    QList<qsizetype> sizes;
    QObject receiver;
    QObject::connect(&batcher, &EventBatcher::batchReady, &receiver,
                     [&](const QList<dwp::StreamEvent>& batch) {
                         if (sizes.isEmpty()) {
                             QElapsedTimer clock;
                             clock.start();
                             while (clock.elapsed() < firstTakes.count()) {
                             }
                         }
                         sizes.append(batch.size());
                     });
    batcher.setInterval(std::chrono::milliseconds(10));
    for (qsizetype i = 0; i < count; ++i)
        batcher.addEvent(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i % 1000)));
    const bool drained =
        QTest::qWaitFor([&] { return batcher.pendingCount() == 0 && !sizes.isEmpty(); }, 10000);
    if (!drained)
        qWarning("the batcher still held %lld events after 10 s", qlonglong(batcher.pendingCount()));
    return sizes;
}

// "2000, 720, 250×48": slice sizes with repeats counted, for a debug line that fits.
QString runLengths(const QList<qsizetype>& sizes)
{
    QStringList parts;
    for (qsizetype i = 0; i < sizes.size();) {
        qsizetype same = 1;
        while (i + same < sizes.size() && sizes.at(i + same) == sizes.at(i))
            ++same;
        parts.append(same == 1 ? QString::number(sizes.at(i))
                               : QStringLiteral("%1×%2").arg(sizes.at(i)).arg(same));
        i += same;
    }
    return parts.join(QStringLiteral(", "));
}

// Clocks that move only when the test says: each slice "takes" what the test spends in it, and the thread's
// CPU time grows by the share of that the test says the thread was busy.
class SteeredClock : public ThreadClock
{
public:
    qint64 wallNs() const override { return m_wallNs; }
    qint64 threadCpuNs() const override { return m_cpuNs; }
    void spend(std::chrono::nanoseconds wall, double busyShare)
    {
        m_wallNs += wall.count();
        m_cpuNs += qint64(busyShare * double(wall.count()));
    }

private:
    qint64 m_wallNs = 1'000'000'000;
    qint64 m_cpuNs = 0;
};

} // namespace

// The busy limit (kBusyShare): while the thread's CPU time over the last second was more than 70 % of it,
// slices only grow, however long each took; the same slices on an idle thread shrink. Every slice here takes
// 20 ms against the default budget of 8 ms (SteeredClock, no real time), and the events are added one by
// one, so each slice goes when kMaxBatch are waiting, without the event loop. The thread is 90 % busy for
// three seconds, then 10 % for three: the limit needs a second of history, so the first second shrinks the
// slices to kMinSliceEvents; from then on they must grow back to kSliceEvents and never shrink while busy.
// The control, in the same batcher: idle, they shrink again to kMinSliceEvents.
void TestEventBatcher::aBusyThreadsSlicesDoNotShrinkAnIdleOnesDo()
{
    EventBatcher batcher;
    QCOMPARE(batcher.sliceBudget(), EventBatcher::kDefaultSliceBudget);
    SteeredClock clock;
    batcher.setClock(&clock);
    constexpr std::chrono::milliseconds kSliceTakes{20};
    double busyShare = 0.9;
    struct Slice
    {
        qint64 atNs;
        qsizetype events;
        double busyShare;
    };
    QList<Slice> slices;
    connect(&batcher, &EventBatcher::batchReady, this, [&](const QList<dwp::StreamEvent>& batch) {
        slices.append({clock.wallNs(), batch.size(), busyShare});
        clock.spend(kSliceTakes, busyShare);
    });
    const dwp::StreamEvent event = jobEvent(T::JobEnqueued, jobId(1), at(1));
    const qint64 startNs = clock.wallNs();
    const auto feedUntil = [&](qint64 untilNs) {
        while (clock.wallNs() < untilNs)
            batcher.addEvent(event);
    };
    feedUntil(startNs + 3'000'000'000);
    busyShare = 0.1;
    feedUntil(startNs + 6'000'000'000);

    const auto sizesBetween = [&](qint64 fromNs, qint64 toNs) {
        QList<qsizetype> sizes;
        for (const Slice& slice : std::as_const(slices)) {
            if (slice.atNs >= startNs + fromNs && slice.atNs < startNs + toNs)
                sizes.append(slice.events);
        }
        return sizes;
    };
    const QList<qsizetype> firstSecond = sizesBetween(0, 1'000'000'000);
    const QList<qsizetype> busy = sizesBetween(1'100'000'000, 3'000'000'000);
    const QList<qsizetype> idle = sizesBetween(3'000'000'000, 6'000'000'000);
    qDebug().noquote() << "slice sizes, first second:" << runLengths(firstSecond)
                       << "| then busy:" << runLengths(busy) << "| then idle:" << runLengths(idle);
    QVERIFY2(firstSecond.size() >= 40 && busy.size() >= 80 && idle.size() >= 80,
             "expected 50 slices a second");
    // Before the limit has a second of history, the budget alone: slices over it shrink to the least.
    QCOMPARE(firstSecond.last(), EventBatcher::kMinSliceEvents);
    // Busy: never smaller than the slice before, and full again.
    for (qsizetype i = 1; i < busy.size(); ++i)
        QVERIFY2(busy.at(i) >= busy.at(i - 1),
                 qPrintable(QStringLiteral("a busy thread's slice shrank from %1 to %2 events")
                                .arg(busy.at(i - 1))
                                .arg(busy.at(i))));
    QCOMPARE(busy.last(), EventBatcher::kSliceEvents);
    // Idle (the positive control): the same 20-ms slices, full when the thread stopped being busy, shrink
    // again to the least once a second of idleness has been measured.
    QCOMPARE(idle.first(), EventBatcher::kSliceEvents);
    QCOMPARE(idle.last(), EventBatcher::kMinSliceEvents);
}

// A slice that took longer than the budget makes the next ones smaller in proportion (with a tenth to
// spare); each full slice that took under half the budget lets the next grow by a quarter, up to
// kSliceEvents. The first slice spins twice the budget, so the second holds at most 2000 × 0.9 / 2 = 900;
// the slices after it are cheap (a list append) against a budget of 50 ms.
void TestEventBatcher::aSliceOverItsBudgetShrinksTheNextAndCheapOnesGrowBack()
{
    EventBatcher batcher;
    QCOMPARE(batcher.sliceBudget(), EventBatcher::kDefaultSliceBudget);
    batcher.setSliceBudget(std::chrono::milliseconds(50));
    const qsizetype count = 15000; // room to grow back from kMinSliceEvents
    const QList<qsizetype> sizes = sliceSizes(batcher, count, std::chrono::milliseconds(100));
    qDebug() << "slice sizes" << sizes;
    QVERIFY2(sizes.size() >= 6, "expected a shrunk slice and its growth back to a full one");
    QCOMPARE(sizes.at(0), EventBatcher::kSliceEvents);
    QVERIFY2(sizes.at(1) >= EventBatcher::kMinSliceEvents && sizes.at(1) <= 900,
             qPrintable(QStringLiteral("second slice: %1 events").arg(sizes.at(1))));
    for (qsizetype i = 1; i + 2 < sizes.size(); ++i)
        QCOMPARE(sizes.at(i + 1), std::min(EventBatcher::kSliceEvents, sizes.at(i) + sizes.at(i) / 4));
    QVERIFY2(sizes.count(EventBatcher::kSliceEvents) >= 2, "a full slice again after the shrunk one");
    QCOMPARE(std::accumulate(sizes.cbegin(), sizes.cend(), qsizetype(0)), count);
    QCOMPARE(batcher.sliceEvents(), EventBatcher::kSliceEvents);
}

// The control: the same costly first slice without a budget changes nothing.
void TestEventBatcher::withoutABudgetEverySliceIsFull()
{
    EventBatcher batcher;
    batcher.setSliceBudget(std::chrono::nanoseconds(0));
    const QList<qsizetype> sizes =
        sliceSizes(batcher, 5 * EventBatcher::kSliceEvents + 10, std::chrono::milliseconds(100));
    QCOMPARE(sizes, (QList<qsizetype>{EventBatcher::kSliceEvents, EventBatcher::kSliceEvents,
                                      EventBatcher::kSliceEvents, EventBatcher::kSliceEvents,
                                      EventBatcher::kSliceEvents, 10}));
    QCOMPARE(batcher.sliceEvents(), EventBatcher::kSliceEvents);
}

// The bound on what the batcher holds: with kMaxBatch events waiting, a slice of the oldest is handed on at
// once, without waiting for the timer, so no more than kMaxBatch ever wait.
void TestEventBatcher::aFullBatchGoesAtOnce()
{
    EventBatcher batcher;
    batcher.setSliceBudget(std::chrono::nanoseconds(0)); // counts full slices, whatever this machine's speed
    batcher.setInterval(std::chrono::hours(1));
    QSignalSpy ready(&batcher, &EventBatcher::batchReady);
    qsizetype mostPending = 0;
    const qsizetype added = 2 * EventBatcher::kMaxBatch + 7;
    for (qsizetype i = 0; i < added; ++i) {
        batcher.addEvent(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i % 1000)));
        mostPending = std::max(mostPending, batcher.pendingCount());
    }
    // kMaxBatch waiting hands on the first slice; every kSliceEvents more, another.
    const qsizetype slices = 1 + (added - EventBatcher::kMaxBatch) / EventBatcher::kSliceEvents;
    QCOMPARE(ready.size(), slices);
    for (const QList<QVariant>& batch : ready)
        QCOMPARE(batch.first().value<QList<dwp::StreamEvent>>().size(), EventBatcher::kSliceEvents);
    QCOMPARE(ready.at(1).first().value<QList<dwp::StreamEvent>>().first().jobData()->jobId,
             jobId(quint64(EventBatcher::kSliceEvents)));
    QCOMPARE(mostPending, EventBatcher::kMaxBatch - 1);
    QCOMPARE(batcher.pendingCount(), added - slices * EventBatcher::kSliceEvents);
}

// When the interval ends with more than a slice waiting, one slice goes per turn of the event loop, the
// oldest first, and events that arrive between slices follow the ones before them.
void TestEventBatcher::aLargeBatchGoesASlicePerTurn()
{
    EventBatcher batcher;
    batcher.setSliceBudget(std::chrono::nanoseconds(0)); // counts full slices, whatever this machine's speed
    batcher.setInterval(std::chrono::milliseconds(10));
    QList<qsizetype> sizes;
    QList<qsizetype> pendingAtHandOn;
    QStringList firstIds;
    const qsizetype first = 2 * EventBatcher::kSliceEvents + 500;
    connect(&batcher, &EventBatcher::batchReady, this, [&](const QList<dwp::StreamEvent>& batch) {
        sizes.append(batch.size());
        pendingAtHandOn.append(batcher.pendingCount());
        firstIds.append(batch.first().jobData()->jobId);
        if (sizes.size() == 1) // an event arriving between slices
            batcher.addEvent(jobEvent(T::JobEnqueued, jobId(quint64(first)), at(7)));
    });
    for (qsizetype i = 0; i < first; ++i)
        batcher.addEvent(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i % 1000)));
    QTRY_VERIFY2_WITH_TIMEOUT(batcher.pendingCount() == 0 && !sizes.isEmpty(),
                              "waiting for the interval and the slices after it", 5000);
    QCOMPARE(sizes, (QList<qsizetype>{EventBatcher::kSliceEvents, EventBatcher::kSliceEvents, 501}));
    // Each slice left the rest waiting for a later turn.
    QCOMPARE(pendingAtHandOn, (QList<qsizetype>{first - EventBatcher::kSliceEvents,
                                                first - 2 * EventBatcher::kSliceEvents + 1, 0}));
    QCOMPARE(firstIds.at(1), jobId(quint64(EventBatcher::kSliceEvents)));
    QCOMPARE(firstIds.at(2), jobId(quint64(2 * EventBatcher::kSliceEvents)));
    const EventBatcher::HandOnCost cost = batcher.handOnCost();
    QCOMPARE(cost.batches, 3);
    QCOMPARE(cost.events, first + 1);
}

void TestEventBatcher::manualFlush()
{
    EventBatcher batcher;
    QCOMPARE(batcher.interval(), EventBatcher::kDefaultInterval);
    QSignalSpy ready(&batcher, &EventBatcher::batchReady);
    for (int i = 0; i < 3; ++i)
        batcher.addEvent(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i)));
    QCOMPARE(batcher.pendingCount(), 3);
    QCOMPARE(ready.size(), 0);
    batcher.flush();
    QCOMPARE(ready.size(), 1);
    const auto batch = ready.first().first().value<QList<dwp::StreamEvent>>();
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.at(2).jobData()->jobId, jobId(2)); // arrival order kept
    batcher.flush();
    QCOMPARE(ready.size(), 1); // nothing pending, nothing emitted
}

void TestEventBatcher::timerFlushesOneBatch()
{
    EventBatcher batcher;
    batcher.setInterval(std::chrono::milliseconds(10));
    QSignalSpy ready(&batcher, &EventBatcher::batchReady);
    for (int i = 0; i < 1000; ++i)
        batcher.addEvent(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i)));
    QCOMPARE(ready.size(), 0); // not before the event loop runs the timer
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().value<QList<dwp::StreamEvent>>().size(), 1000);
    QCOMPARE(batcher.pendingCount(), 0);
}

void TestEventBatcher::tenThousandEventsAreAHandfulOfSignals()
{
    EventBatcher batcher;
    JobsModel jobs;
    EventLogModel log;
    log.setCapacity(4000);
    JobFilterProxy proxy;
    proxy.setSourceModel(&jobs);
    proxy.sort(JobsModel::StateColumn);
    QAbstractItemModelTester jobsTester(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&batcher, &EventBatcher::batchReady, &jobs, &JobsModel::applyEvents);
    connect(&batcher, &EventBatcher::batchReady, &log, &EventLogModel::applyEvents);

    QSignalSpy jobsInserted(&jobs, &JobsModel::rowsInserted);
    QSignalSpy jobsChanged(&jobs, &JobsModel::dataChanged);
    QSignalSpy logInserted(&log, &EventLogModel::rowsInserted);
    QSignalSpy logRemoved(&log, &EventLogModel::rowsRemoved);
    QSignalSpy proxyInserted(&proxy, &JobFilterProxy::rowsInserted);
    QSignalSpy proxyLayout(&proxy, &JobFilterProxy::layoutChanged);
    QSignalSpy proxyReset(&proxy, &JobFilterProxy::modelReset);

    // The first 1 000 jobs are known before the burst, so the burst both inserts and updates.
    for (int job = 0; job < 1000; ++job)
        batcher.addEvent(jobEvent(T::JobEnqueued, jobId(quint64(job)), at(job)));
    batcher.flush();
    const qsizetype insertsBefore = proxyInserted.size();
    for (int job = 0; job < 2500; ++job) {
        const QString id = jobId(quint64(job));
        batcher.addEvent(jobEvent(T::JobStarted, id, at(job + 1)));
        batcher.addEvent(jobEvent(T::JobRetrying, id, at(job + 2), {}, 1));
        batcher.addEvent(jobEvent(T::JobStarted, id, at(job + 3)));
        batcher.addEvent(jobEvent(T::JobCompleted, id, at(job + 4)));
    }
    QCOMPARE(batcher.pendingCount(), 10000);
    batcher.flush();

    QCOMPARE(jobs.rowCount(), 2500);
    QCOMPARE(jobsInserted.size(), 2); // one per batch
    QVERIFY(jobsChanged.size() <= 8); // a few ranges for the 1 000 updated rows
    QCOMPARE(logInserted.size(), 2);
    QCOMPARE(logRemoved.size(), 1); // the ring overflowed once, in one removal
    QVERIFY(proxyInserted.size() - insertsBefore <= 3);
    QVERIFY(proxyLayout.size() <= 8);
    QCOMPARE(proxyReset.size(), 0);
    QCOMPARE(proxy.rowCount(), 2500);
}

QTEST_GUILESS_MAIN(TestEventBatcher)
#include "tst_event_batcher.moc"
