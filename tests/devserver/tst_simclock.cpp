// SPDX-License-Identifier: MIT
#include "devserver/SimClock.h"

#include <QElapsedTimer>
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

    void automaticModeFollowsRealTimeTimesSpeed()
    {
        SimClock clock;
        clock.setStart(kStart);
        clock.setSpeed(1000); // a virtual second per real millisecond
        bool fired = false;
        qint64 firedAt = 0;
        clock.scheduleAt(kStart + 2000 * kMs, [&] {
            fired = true;
            firedAt = clock.nowNanos();
        });
        QElapsedTimer real;
        real.start();
        QTRY_VERIFY_WITH_TIMEOUT(fired, 2000);
        QVERIFY2(real.elapsed() < 1000, "two virtual seconds must take about two real milliseconds");
        QCOMPARE(firedAt, kStart + 2000 * kMs);
        QVERIFY(clock.nowNanos() >= firedAt);
    }

    void switchingSpeedKeepsTimeContinuous()
    {
        SimClock clock;
        clock.setStart(kStart);
        clock.setSpeed(0);
        clock.advanceMs(500);
        clock.setSpeed(1);
        QVERIFY(clock.nowNanos() >= kStart + 500 * kMs);
        QVERIFY(clock.nowNanos() < kStart + 1500 * kMs);
        clock.setSpeed(0);
        const qint64 frozen = clock.nowNanos();
        QTest::qWait(5);
        QCOMPARE(clock.nowNanos(), frozen);
    }
};

QTEST_GUILESS_MAIN(SimClockTest)
#include "tst_simclock.moc"
