// SPDX-License-Identifier: MIT
#include "devserver/SimClock.h"

#include <QTest>

using namespace devserver;

namespace {
constexpr qint64 kMs = SimClock::kNanosPerMilli;
constexpr qint64 kStart = qint64(1795343400) * SimClock::kNanosPerSecond;
} // namespace

class SimClockTest : public QObject
{
    Q_OBJECT

private slots:
    void manualTimeStandsStillUntilAdvanced()
    {
        SimClock clock;
        clock.setSpeed(0);
        clock.setStart(kStart);
        bool fired = false;
        clock.scheduleIn(100 * kMs, [&] { fired = true; });
        QTest::qWait(20);
        QCOMPARE(clock.nowNanos(), kStart);
        QVERIFY(!fired);
        clock.advanceMs(99);
        QVERIFY(!fired);
        clock.advanceMs(1);
        QVERIFY(fired);
        QCOMPARE(clock.nowNanos(), kStart + 100 * kMs);
    }

    void callbacksRunInDueOrderThenFirstComeFirst()
    {
        SimClock clock;
        clock.setSpeed(0);
        clock.setStart(kStart);
        QStringList order;
        clock.scheduleIn(30 * kMs, [&] { order << QStringLiteral("c"); });
        clock.scheduleIn(10 * kMs, [&] { order << QStringLiteral("a1"); });
        clock.scheduleIn(10 * kMs, [&] { order << QStringLiteral("a2"); });
        clock.scheduleIn(20 * kMs, [&] {
            order << QStringLiteral("b");
            // Scheduled from inside the window: still runs in this advance, at its own time.
            clock.scheduleIn(5 * kMs, [&] { order << QStringLiteral("b+5"); });
        });
        clock.advanceMs(100);
        QCOMPARE(order, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b"),
                                     QStringLiteral("b+5"), QStringLiteral("c")}));
    }

    void nowInsideACallbackIsItsDueTime()
    {
        SimClock clock;
        clock.setSpeed(0);
        clock.setStart(kStart);
        qint64 seen = 0;
        clock.scheduleIn(42 * kMs, [&] { seen = clock.nowNanos(); });
        clock.advanceMs(1000);
        QCOMPARE(seen, kStart + 42 * kMs);
    }

    void cancelledCallbacksDoNotRun()
    {
        SimClock clock;
        clock.setSpeed(0);
        bool fired = false;
        const auto id = clock.scheduleIn(kMs, [&] { fired = true; });
        QVERIFY(clock.isScheduled(id));
        clock.cancel(id);
        QVERIFY(!clock.isScheduled(id));
        clock.advanceMs(10);
        QVERIFY(!fired);
        QCOMPARE(clock.pendingCount(), 0);
    }

    // Real time comes from a hand-moved source, so virtual time is checked exactly and nothing depends on how
    // fast this machine runs the test.
    void automaticModeFollowsRealTimeTimesSpeed()
    {
        SimClock clock;
        qint64 realNanos = 0;
        clock.setRealTimeSource([&realNanos] { return realNanos; });
        clock.setStart(kStart);
        clock.setSpeed(1000); // a virtual second per real millisecond
        bool halfwayFired = false;
        clock.scheduleAt(kStart + 500 * kMs, [&] { halfwayFired = true; });
        bool fired = false;
        qint64 firedAt = 0;
        clock.scheduleAt(kStart + 2000 * kMs, [&] {
            fired = true;
            firedAt = clock.nowNanos();
        });

        realNanos += kMs;
        QCOMPARE(clock.nowNanos(), kStart + 1000 * kMs);
        // The clock's own timer runs the callback that is due and leaves the later one alone.
        QTRY_VERIFY_WITH_TIMEOUT(halfwayFired, 5000);
        QVERIFY(!fired);
        QCOMPARE(clock.pendingCount(), 1);

        realNanos += kMs;
        QCOMPARE(clock.nowNanos(), kStart + 2000 * kMs);
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
        QCOMPARE(firedAt, kStart + 2000 * kMs);
        QCOMPARE(clock.pendingCount(), 0);
    }

    void switchingSpeedKeepsTimeContinuous()
    {
        SimClock clock;
        qint64 realNanos = 0;
        clock.setRealTimeSource([&realNanos] { return realNanos; });
        clock.setStart(kStart);
        clock.setSpeed(0);
        realNanos += 1000 * kMs;
        QCOMPARE(clock.nowNanos(), kStart); // manual: real time does not count
        clock.advanceMs(500);
        clock.setSpeed(1);
        QCOMPARE(clock.nowNanos(), kStart + 500 * kMs);
        realNanos += 250 * kMs;
        QCOMPARE(clock.nowNanos(), kStart + 750 * kMs);
        clock.setSpeed(4);
        realNanos += 100 * kMs;
        QCOMPARE(clock.nowNanos(), kStart + 1150 * kMs);
        clock.setSpeed(0);
        realNanos += 5000 * kMs;
        QCOMPARE(clock.nowNanos(), kStart + 1150 * kMs);
    }

    void switchingTheRealTimeSourceKeepsTimeContinuous()
    {
        SimClock clock;
        qint64 first = 0;
        clock.setRealTimeSource([&first] { return first; });
        clock.setStart(kStart);
        clock.setSpeed(2);
        first += 10 * kMs;
        QCOMPARE(clock.nowNanos(), kStart + 20 * kMs);
        qint64 second = 7 * SimClock::kNanosPerSecond; // another origin
        clock.setRealTimeSource([&second] { return second; });
        QCOMPARE(clock.nowNanos(), kStart + 20 * kMs);
        second += 10 * kMs;
        QCOMPARE(clock.nowNanos(), kStart + 40 * kMs);
    }
};

QTEST_GUILESS_MAIN(SimClockTest)
#include "tst_simclock.moc"
