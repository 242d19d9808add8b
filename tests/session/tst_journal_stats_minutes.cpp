// SPDX-License-Identifier: MIT
// The stats samples per minute (stats_minutes, schema 6; README "Journal"): the Stats page's long windows
// read them instead of every sample, and get the same buckets — connections, topics and deliveries per second
// — as from the samples themselves, whatever the bucket, including a last minute cut short by the window's
// end.
#include "JournalFileReader.h"
#include "models/StatsHistory.h"
#include "protocol/ServerStats.h"
#include "session/Journal.h"
#include "session/JournalReader.h"
#include "session/JournalSchema.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using journaltest::JournalFileReader;

namespace {

constexpr int kWaitMs = 20000;
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
// A minute's start, three days of samples from it.
constexpr qint64 kFirstMs = 1'750'000'020'000 / kMinuteMs * kMinuteMs;

} // namespace

class TestJournalStatsMinutes : public QObject
{
    Q_OBJECT

private slots:
    void minutesGiveTheSameBucketsAsTheSamples();
};

// Three days of DWP samples 1–30 s apart (seed printed), with server restarts (the total falls), REST totals
// between them, and a gap of hours. The journal file is read as it is (schema 6: whole minutes from
// stats_minutes) and as a copy marked schema 5 (every sample, as before), for windows of 7 days, 24 hours and
// an hour, aligned and with an end inside a minute.
void TestJournalStatsMinutes::minutesGiveTheSameBucketsAsTheSamples()
{
    const quint32 seed = qEnvironmentVariableIsSet("DM_TEST_SEED") ? qgetenv("DM_TEST_SEED").toUInt()
                                                                   : QRandomGenerator::global()->generate();
    qInfo("seed %u (DM_TEST_SEED=%u repeats it)", seed, seed);
    QRandomGenerator random(seed);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    qint64 samples = 0;
    {
        Journal journal(path);
        journal.start();
        dwp::ServerStats stats;
        bool closed = false;
        for (qint64 atMs = kFirstMs + random.bounded(60'000); atMs < kFirstMs + 3 * kDayMs;
             atMs += 1000 + random.bounded(29'000)) {
            // The monitor was closed for three hours, once, between the short windows below: a random moment
            // could fall on one of them and leave it without samples (seed 2681517322 did).
            if (!closed && atMs >= kFirstMs + kDayMs + 12 * 60 * kMinuteMs) {
                atMs += 3 * 60 * kMinuteMs;
                closed = true;
            }
            stats.broker.subscriberCount = random.bounded(50);
            stats.broker.topicCount = random.bounded(20);
            stats.broker.totalPublished =
                random.bounded(2000) == 0 ? 0 : stats.broker.totalPublished + random.bounded(500);
            journal.recordStats(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC), QStringLiteral("dwp.stats"),
                                stats.toJson());
            if (random.bounded(10) == 0)
                journal.recordStats(QDateTime::fromMSecsSinceEpoch(atMs + 1, Qt::UTC),
                                    QStringLiteral("rest.stats"), QByteArrayLiteral("{\"jobs\":{}}"));
            ++samples;
        }
    }
    qInfo() << samples << "DWP samples";
    const QString asSchema5 = folder.filePath(QStringLiteral("five.sqlite"));
    QVERIFY(QFile::copy(path, asSchema5));
    {
        JournalFileReader five(asSchema5);
        QVERIFY(five.exec(QStringLiteral("PRAGMA user_version = 5")));
        QVERIFY(five.count(QStringLiteral("stats_minutes")) > 3 * 24 * 50); // the rollup is there to be used
    }
    struct Window
    {
        qint64 fromMs;
        qint64 toMs;
        qint64 bucketMs;
    };
    const qint64 end = kFirstMs + 3 * kDayMs;
    const QList<Window> windows = {
        {end - 7 * kDayMs, end, 28 * kMinuteMs},                                     // the Stats page's 7 d
        {end - kDayMs - 7 * kMinuteMs, end - 7 * kMinuteMs, 4 * kMinuteMs},          // 24 h
        {kFirstMs + kDayMs, kFirstMs + kDayMs + 31 * kMinuteMs + 17'345, kMinuteMs}, // cut inside a minute
        {kFirstMs + 2 * kDayMs, kFirstMs + 2 * kDayMs + 12 * 60 * kMinuteMs + 59'999, 60 * kMinuteMs},
    };
    const QStringList keys = {StatsHistory::SubscriberCount, StatsHistory::TopicCount,
                              StatsHistory::PublishedPerSecond};
    for (const Window& window : windows) {
        const auto fromMinutes = JournalReader(path).statsWindow(window.fromMs, window.toMs, window.bucketMs);
        const auto fromSamples =
            JournalReader(asSchema5).statsWindow(window.fromMs, window.toMs, window.bucketMs);
        for (const QString& key : keys) {
            QVERIFY2(!fromSamples.value(key).isEmpty(), qPrintable(key)); // the control
            const QList<QPointF> minutes = fromMinutes.value(key);
            const QList<QPointF> all = fromSamples.value(key);
            QCOMPARE(minutes.size(), all.size());
            for (qsizetype i = 0; i < all.size(); ++i) {
                // Exactly: the same sums of integers divided once.
                QVERIFY2(minutes.at(i).x() == all.at(i).x() && minutes.at(i).y() == all.at(i).y(),
                         qPrintable(QStringLiteral("%1 bucket %2: %3 against %4 from the samples")
                                        .arg(key)
                                        .arg(i)
                                        .arg(minutes.at(i).y(), 0, 'g', 17)
                                        .arg(all.at(i).y(), 0, 'g', 17)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestJournalStatsMinutes)
#include "tst_journal_stats_minutes.moc"
