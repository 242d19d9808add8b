// SPDX-License-Identifier: MIT
// The journal's ingest (issue 19, "Speed"): a million events handed over as the session does, in batches of
// 2000 (one 50 ms batch at 40 000 events/s), written by the journal's own thread into a fresh file in a
// temporary folder. Prints:
//   journal_ingest_events_per_s    events committed per second of wall time, first hand-over to last commit
//   journal_ingest_events_per_cpu_s  the same per second of the process's CPU time (the writer's, nearly all:
//                                  the main thread sleeps), less at the mercy of other load on the machine
//   journal_record_call_us         GUI-thread time per recordEvents() call of 2000 events (the hand-over)
//   journal_bytes_per_million_events  the file's size after closing (WAL checkpointed), per million events
//   journal_prune_rows_per_s       records deleted per second when that file is reopened with a size cap of
//                                  half of it (retention, issue 19 item 7): about half the events go
//   journal_prune_rows_per_cpu_s   the same per second of the process's CPU time (the writer's, nearly all)
//   journal_prune_batch_wait_max_ms  the longest a batch of 100 events, handed over every 50 ms (2000
//   events/s)
//                                  while that prune runs, waited from recordEvents() to its commit: how long
//                                  the prune's transactions hold the writer (JournalWriter::kPruneChunkRows)
//   journal_prune_batch_wait_median_ms  the median of the same
//   journal_stats_7d_read_ms       the Stats page's 7-day window (360 buckets of 28 minutes, JournalReader::
//                                  statsWindow, a reader per read as SessionHistory opens one) over a journal
//                                  of 7 days with a DWP stats sample every 5 s (120 960, the session's
//                                  interval) and 4 events a minute: the median of 5 reads (issue 19 item 6)
//   journal_stats_7d_read_samples_ms  the same read of the same file marked schema 5, which reads every
//                                  sample instead of the per-minute sums (stats_minutes): the figure before
// One run, on whatever this machine's disk is; the figures are for comparison between builds.
#include "models/StatsHistory.h"
#include "protocol/EventType.h"
#include "protocol/ServerStats.h"
#include "protocol/StreamEvent.h"
#include "session/Journal.h"
#include "session/JournalReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace dispatch;

namespace {

constexpr qsizetype kEvents = 1'000'000;
constexpr qsizetype kBatch = 2000;
constexpr qsizetype kPool = 200'000;      // distinct events, handed over five times each
constexpr qsizetype kMaxBacklog = 250000; // half the journal's inbox bound
constexpr qsizetype kFeedBatch = 100;     // while pruning: every 50 ms, a busy server's 2000 events/s

QList<dwp::StreamEvent> eventPool()
{
    const QStringList types = {dwp::EventType::JobEnqueued, dwp::EventType::JobStarted,
                               dwp::EventType::JobCompleted, dwp::EventType::JobFailed};
    QList<dwp::StreamEvent> pool;
    pool.reserve(kPool);
    for (qsizetype i = 0; i < kPool; ++i) {
        dwp::JobEventData data;
        data.jobId = QStringLiteral("job_01jz%1").arg(i, 22, 10, QLatin1Char('0'));
        data.jobName = QStringLiteral("send-email-%1").arg(i % 17);
        data.queue = QStringLiteral("queue-%1").arg(i % 5);
        const QString& type = types.at(i % types.size());
        if (type == dwp::EventType::JobFailed)
            data.error = QStringLiteral("smtp: 421 too many connections from %1").arg(i % 250);
        if (type == dwp::EventType::JobCompleted)
            data.elapsedMs = 20 + i % 900;
        pool.append(dwp::StreamEvent::forJob(
            type, data, dwp::Timestamp(1750000000 + i / 1000, quint32(i % 1000) * 1000000u)));
    }
    return pool;
}

// Seven days of stats samples every 5 s and 4 events a minute, ending now, written through a Journal into
// `path`; then the Stats page's 7-day read, the median of 5 in ms, of the file and of a copy marked schema 5.
bool timeSevenDayRead(const QString& path, const QList<dwp::StreamEvent>& pool, double* readMs,
                      double* samplesReadMs)
{
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    constexpr qint64 kSampleMs = 5000;
    constexpr qint64 kBucketMs = 28 * 60 * 1000; // the 7-day window's (StatsPage: 360 buckets)
    const qint64 toMs = QDateTime::currentMSecsSinceEpoch() + 1;
    const qint64 fromMs = (toMs - 7 * kDayMs) / kBucketMs * kBucketMs;
    {
        Journal journal(path);
        journal.start();
        dwp::ServerStats stats;
        for (qint64 atMs = toMs - 7 * kDayMs; atMs < toMs; atMs += kSampleMs) {
            stats.broker.subscriberCount = 40 + atMs / kSampleMs % 7;
            stats.broker.topicCount = 12 + atMs / kSampleMs % 3;
            stats.broker.totalPublished += 300 + atMs / kSampleMs % 50;
            journal.recordStats(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC), QStringLiteral("dwp.stats"),
                                stats.toJson());
            if (atMs / kSampleMs % 12 == 0)
                journal.recordEvents(pool.mid(atMs / kSampleMs % (kPool - 4), 4),
                                     QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
        }
    } // closing writes what was handed over
    const QString asSchema5 = path + QStringLiteral(".schema5");
    if (!QFile::copy(path, asSchema5))
        return false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("five"));
        database.setDatabaseName(asSchema5);
        QSqlQuery mark(database);
        if (!database.open() || !mark.exec(QStringLiteral("PRAGMA user_version = 5")))
            return false;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("five"));
    const auto medianMs = [&](const QString& file, double* result) {
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QHash<QString, QList<QPointF>> series =
                JournalReader(file).statsWindow(fromMs, toMs, kBucketMs);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            if (series.value(StatsHistory::SubscriberCount).size() < 300)
                return false;
        }
        std::sort(ms.begin(), ms.end());
        *result = ms.at(ms.size() / 2);
        return true;
    };
    return medianMs(path, readMs) && medianMs(asSchema5, samplesReadMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.sqlite"));
    const QList<dwp::StreamEvent> pool = eventPool();
    QList<QList<dwp::StreamEvent>> batches;
    for (qsizetype start = 0; start < kPool; start += kBatch)
        batches.append(pool.mid(start, kBatch));

    double ingestPerSecond = 0;
    double ingestPerCpuSecond = 0;
    double recordCallUs = 0;
    {
        Journal journal(path);
        bool opened = false;
        QObject::connect(&journal, &Journal::storageChanged, &app, [&] { opened = true; });
        journal.start();
        QEventLoop untilOpened;
        QObject::connect(&journal, &Journal::storageChanged, &untilOpened, &QEventLoop::quit);
        QTimer::singleShot(std::chrono::seconds(10), &untilOpened, &QEventLoop::quit);
        if (!opened)
            untilOpened.exec();
        if (journal.storage() != Journal::Storage::File) {
            std::fprintf(stderr, "journal: the file did not open: %s\n", qPrintable(path));
            return 1;
        }
        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpuAtStart = std::clock();
        qint64 recordNs = 0;
        qsizetype handed = 0;
        for (qsizetype round = 0; handed < kEvents; ++round) {
            const QList<dwp::StreamEvent>& batch = batches.at(round % batches.size());
            // Handed on no faster than the writer takes them, within the inbox's bound (Journal, 500 000
            // events): past it the journal drops the newest batches, as it must for a session that outruns
            // it, and the program waited 4 minutes for events it had dropped.
            while (handed - journal.eventsWritten() > kMaxBacklog) {
                QEventLoop untilCommitted;
                QObject::connect(&journal, &Journal::committed, &untilCommitted, &QEventLoop::quit);
                QTimer::singleShot(std::chrono::seconds(10), &untilCommitted, &QEventLoop::quit);
                untilCommitted.exec();
            }
            QElapsedTimer call;
            call.start();
            journal.recordEvents(batch, QDateTime::currentDateTimeUtc());
            recordNs += call.nsecsElapsed();
            handed += batch.size();
            QCoreApplication::processEvents(); // the committed signals, as the GUI's event loop would
        }
        // Sleeps until the writer reports (processEvents with a time limit would spin and take the writer's
        // core).
        QEventLoop untilWritten;
        QObject::connect(&journal, &Journal::committed, &untilWritten, [&] {
            if (journal.eventsWritten() >= handed)
                untilWritten.quit();
        });
        QTimer::singleShot(std::chrono::minutes(4), &untilWritten, &QEventLoop::quit);
        if (journal.eventsWritten() < handed)
            untilWritten.exec();
        if (journal.eventsWritten() != handed) {
            std::fprintf(stderr, "journal: %lld of %lld events committed in 240 s\n",
                         static_cast<long long>(journal.eventsWritten()), static_cast<long long>(handed));
            return 1;
        }
        ingestPerSecond = double(handed) / (double(wall.nsecsElapsed()) / 1e9);
        ingestPerCpuSecond = double(handed) / (double(std::clock() - cpuAtStart) / CLOCKS_PER_SEC);
        recordCallUs = double(recordNs) / 1e3 / double(handed / kBatch);
    }
    const double bytes = double(QFileInfo(path).size());

    // Pruning the same file down to half its size while batches keep arriving.
    double prunePerSecond = 0;
    double pruneCpuSeconds = 0;
    qint64 prunedRows = 0;
    double waitMaxMs = 0;
    double waitMedianMs = 0;
    {
        Journal journal(path);
        journal.setRetention(std::chrono::milliseconds::zero(), qint64(bytes / 2));
        QList<qint64> handedAtNs; // per batch, since `wall` started
        QList<qint64> waitsNs;
        qint64 handedEvents = 0;
        qint64 rowsDeleted = -1;
        QElapsedTimer wall;
        QEventLoop untilPruned;
        QObject::connect(&journal, &Journal::committed, &untilPruned, [&](qint64 written) {
            while (waitsNs.size() < handedAtNs.size() && written >= qint64(waitsNs.size() + 1) * kFeedBatch)
                waitsNs.append(wall.nsecsElapsed() - handedAtNs.at(waitsNs.size()));
        });
        QObject::connect(&journal, &Journal::pruneFinished, &untilPruned, [&](qint64 rows) {
            rowsDeleted = rows;
            untilPruned.quit();
        });
        QTimer feed;
        feed.setInterval(50);
        QObject::connect(&feed, &QTimer::timeout, &untilPruned, [&] {
            handedAtNs.append(wall.nsecsElapsed());
            journal.recordEvents(batches.at(handedAtNs.size() % batches.size()).mid(0, kFeedBatch),
                                 QDateTime::currentDateTimeUtc());
            handedEvents += kFeedBatch;
        });
        QTimer::singleShot(std::chrono::minutes(4), &untilPruned, &QEventLoop::quit);
        wall.start();
        const std::clock_t cpuAtStart = std::clock();
        journal.start();
        feed.start();
        untilPruned.exec();
        feed.stop();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        pruneCpuSeconds = double(std::clock() - cpuAtStart) / CLOCKS_PER_SEC;
        if (rowsDeleted <= 0 || waitsNs.isEmpty()) {
            std::fprintf(stderr, "journal: the prune deleted %lld rows, %lld batches committed meanwhile\n",
                         static_cast<long long>(rowsDeleted), static_cast<long long>(waitsNs.size()));
            return 1;
        }
        prunePerSecond = double(rowsDeleted) / seconds;
        prunedRows = rowsDeleted;
        std::sort(waitsNs.begin(), waitsNs.end());
        waitMaxMs = double(waitsNs.back()) / 1e6;
        waitMedianMs = double(waitsNs.at(waitsNs.size() / 2)) / 1e6;
    }
    double statsReadMs = 0;
    double statsSamplesReadMs = 0;
    if (!timeSevenDayRead(folder.filePath(QStringLiteral("stats.sqlite")), pool, &statsReadMs,
                          &statsSamplesReadMs)) {
        std::fprintf(stderr, "journal: the 7-day stats window could not be written or read\n");
        return 1;
    }
    std::printf("journal_ingest_events_per_s %.0f events/s\n", ingestPerSecond);
    std::printf("journal_ingest_events_per_cpu_s %.0f events/s\n", ingestPerCpuSecond);
    std::printf("journal_record_call_us %.1f us\n", recordCallUs);
    std::printf("journal_bytes_per_million_events %.1f MB\n", bytes / 1e6 * (1e6 / double(kEvents)));
    std::printf("journal_prune_rows_per_s %.0f rows/s\n", prunePerSecond);
    std::printf("journal_prune_rows_per_cpu_s %.0f rows/s\n",
                double(prunedRows) / std::max(pruneCpuSeconds, 1e-9));
    std::printf("journal_prune_batch_wait_max_ms %.1f ms\n", waitMaxMs);
    std::printf("journal_prune_batch_wait_median_ms %.1f ms\n", waitMedianMs);
    std::printf("journal_stats_7d_read_ms %.1f ms\n", statsReadMs);
    std::printf("journal_stats_7d_read_samples_ms %.1f ms\n", statsSamplesReadMs);
    return 0;
}
