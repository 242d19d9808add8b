// SPDX-License-Identifier: MIT
#include "client/CreditWindow.h"
#include "client/ReconnectBackoff.h"

#include <QTest>

using namespace dispatch;
using std::chrono::milliseconds;

class BackoffAndCreditsTest : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesToTheCapWithoutJitter()
    {
        ReconnectBackoff backoff(milliseconds(1000), milliseconds(30000), 0, [] { return 0.5; });
        const QList<qint64> expected{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        for (qint64 delay : expected)
            QCOMPARE(backoff.nextDelay()->count(), delay);
        backoff.reset();
        QCOMPARE(backoff.nextDelay()->count(), 1000);
    }

    void backoffJitterStaysWithinTwentyPercent()
    {
        ReconnectBackoff low(milliseconds(1000), milliseconds(30000), 0, [] { return 0.0; });
        ReconnectBackoff high(milliseconds(1000), milliseconds(30000), 0, [] { return 0.999999; });
        QCOMPARE(low.nextDelay()->count(), 800);
        QVERIFY(high.nextDelay()->count() >= 1199);
        ReconnectBackoff real(milliseconds(1000), milliseconds(30000), 0);
        for (int i = 0; i < 100; ++i) {
            const auto delay = real.nextDelay()->count();
            QVERIFY(delay >= 800 && delay <= 36000);
        }
    }

    void backoffStopsAfterMaxRetries()
    {
        ReconnectBackoff backoff(milliseconds(10), milliseconds(100), 3, [] { return 0.5; });
        QVERIFY(backoff.nextDelay());
        QVERIFY(backoff.nextDelay());
        QVERIFY(backoff.nextDelay());
        QVERIFY(!backoff.nextDelay());
        QCOMPARE(backoff.attempts(), 3);
    }

    // The server grants 1000 and never refills (dwp-protocol.md §5); our top-ups must keep the balance well
    // above zero for any number of events.
    void creditsNeverRunOut()
    {
        CreditWindow credits(10000);
        QCOMPARE(credits.initialGrant(), 10000);
        qint64 lowest = credits.estimatedBalance();
        qint64 topUps = 0;
        for (int i = 0; i < 1000000; ++i) {
            if (credits.onEventReceived() > 0)
                ++topUps;
            lowest = std::min(lowest, credits.estimatedBalance());
        }
        QCOMPARE(topUps, 200);
        QVERIFY2(lowest >= 1000 + 5000 - 1, qPrintable(QString::number(lowest)));
        QCOMPARE(credits.eventsReceived(), 1000000);
    }

    void creditsRestartWithEachConnection()
    {
        CreditWindow credits(1000);
        credits.initialGrant();
        for (int i = 0; i < 700; ++i)
            credits.onEventReceived();
        credits.initialGrant(); // a new connection starts from the server's 1000 again
        QCOMPARE(credits.eventsReceived(), 0);
        QCOMPARE(credits.estimatedBalance(), 2000);
    }
};

QTEST_GUILESS_MAIN(BackoffAndCreditsTest)
#include "tst_backoff_and_credits.moc"
