// SPDX-License-Identifier: MIT
// The journal live (issue 19 "Speed": ingest at least 100 000 events/s sustained while the GUI thread's p99
// stall stays under 16 ms). bench_journal measures the writer alone and bench_gui_stall the window without a
// journal; this runs the two sides together. The main thread runs an event loop as the GUI thread does and,
// every 50 ms (EventBatcher::kDefaultInterval), hands the journal one batch with the call MonitorSession
// makes for each of its batcher's batches — Journal::recordEvents(batch, now) — while the stall probe of
// bench_gui_stall (LatencyProbe, every 5 ms) measures how late its event loop runs. The events are made
// before the clock starts, as the client would have decoded them: a pool of distinct jobs (enqueued, started,
// completed or failed with varied errors) and three-step workflow runs, ids in the server's format, a mix of
// names and queues, handed round the pool (each event about three times in the default 30 s), so the search
// index and event_words see real vocabulary.
//
// The offer is 105 000 events/s by default, 5 250 a batch: 5 % over the target, because the figure is what
// was committed in the window and a commit trails its hand-over by up to a transaction, so a writer that
// exactly keeps up with an offer of 100 000 would print slightly under it. A late tick hands the batches it
// owes at once (as the batcher hands one larger batch), so the offer holds whatever the GUI thread's delays.
//
// Journal::recordEvents never blocks; while the writer is busy, batches pile up in its inbox (JournalInbox)
// and go in the next transaction together, up to JournalInbox::kDefaultMaxEvents (500 000) waiting. Past it
// the newest batches are dropped whole and the journal gets a gap where they were. A writer that falls behind
// shows here as a backlog that grows up to the bound, as dropped events, and as a committed rate below the
// offer.
//
// Prints:
//   journal_live_offered_events_per_s     events handed to the journal per second of the window
//   journal_live_ingest_events_per_s      events committed to disk during the window, per second of it
//   journal_live_ingest_events_per_writer_cpu_s  the same per CPU second of the process beyond the main
//                                         thread's (the writer's, nearly all): less at the mercy of load
//   journal_live_writer_cpu_percent       that CPU time, per cent of one core over the window
//   journal_live_backlog_max_events       the most events handed (and not dropped) but not yet reported
//                                         committed, measured at each hand-over: the inbox and the
//                                         transaction being written
//   journal_live_dropped_events           events dropped because the inbox held its bound (history has a
//                                         gap there); 0 when the writer kept up
//   journal_live_backlog_end_events       the same at the window's end: growing means falling behind
//   journal_live_commit_wait_p99_ms / _max_ms  from a batch's hand-over to the main thread hearing of its
//                                         commit
//   journal_live_drain_ms                 from the window's end to the commit of the last event handed
//   journal_live_record_call_max_us / _mean_us  main-thread time in Journal::recordEvents per call
//   journal_live_gui_cpu_percent          the main thread's CPU time, per cent of one core
//   journal_live_gui_stall_p50_ms / _p99_ms / _max_ms  the probe's lateness over the window
//   journal_live_peak_rss_mb              the process's highest resident size (the pool included)
// Options: --seconds N (30), --rate EVENTS_PER_S (105000), --interval-ms N (50), --pool EVENTS (1000000),
// --file PATH (the journal there, kept; default a fresh file in a temporary folder, removed), --seed N,
// --max-queued EVENTS (the inbox's bound; default JournalInbox::kDefaultMaxEvents).
#include "LatencyProbe.h"
#include "protocol/EventType.h"
#include "protocol/StreamEvent.h"
#include "protocol/TypeId.h"
#include "session/Journal.h"
#include "session/ThreadClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <deque>
#include <random>
#include <sys/resource.h>

using namespace dispatch;

namespace {

struct Options
{
    int seconds = 30;
    double rate = 105000;
    int intervalMs = 50;
    qsizetype pool = 1'000'000;
    QString file;
    quint64 seed = 0;
    qsizetype maxQueued = 0; // 0: the journal's default bound
};

bool parse(const QStringList& arguments, Options* options)
{
    options->seed = quint64(QDateTime::currentMSecsSinceEpoch());
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& name = arguments.at(i);
        if (i + 1 >= arguments.size())
            return false;
        const QString value = arguments.at(++i);
        bool ok = false;
        if (name == QLatin1String("--seconds"))
            options->seconds = value.toInt(&ok);
        else if (name == QLatin1String("--rate"))
            options->rate = value.toDouble(&ok);
        else if (name == QLatin1String("--interval-ms"))
            options->intervalMs = value.toInt(&ok);
        else if (name == QLatin1String("--pool"))
            options->pool = value.toLongLong(&ok);
        else if (name == QLatin1String("--max-queued"))
            options->maxQueued = value.toLongLong(&ok), ok = ok && options->maxQueued > 0;
        else if (name == QLatin1String("--seed"))
            options->seed = value.toULongLong(&ok);
        else if (name == QLatin1String("--file"))
            options->file = value, ok = !value.isEmpty();
        if (!ok)
            return false;
    }
    return options->seconds > 0 && options->rate >= 1 && options->intervalMs > 0 && options->pool >= 1000;
}

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double threadCpuSeconds()
{
    return double(dispatch::ThreadClock::cpuNowNs()) / 1e9;
}

// Distinct events as a busy server sends them: per unit eight jobs (enqueued, started, then completed, or
// failed with an error of varied words about one in twelve) and a workflow run of three steps (started, three
// step_completed, completed): 29 events, 9 fresh ids, 10 µs apart.
QList<dwp::StreamEvent> eventPool(qsizetype size, std::mt19937_64& random)
{
    static const QStringList names = {QStringLiteral("send-email"),      QStringLiteral("resize-image"),
                                      QStringLiteral("charge-card"),     QStringLiteral("sync-crm"),
                                      QStringLiteral("render-pdf"),      QStringLiteral("index-document"),
                                      QStringLiteral("notify-slack"),    QStringLiteral("export-report"),
                                      QStringLiteral("import-csv"),      QStringLiteral("backup-database"),
                                      QStringLiteral("transcode-video"), QStringLiteral("refresh-token")};
    static const QStringList regions = {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("ap")};
    static const QStringList queues = {QStringLiteral("default"), QStringLiteral("critical"),
                                       QStringLiteral("bulk"),    QStringLiteral("email"),
                                       QStringLiteral("media"),   QStringLiteral("billing")};
    static const QStringList flows = {QStringLiteral("order-fulfilment"), QStringLiteral("invoice-run"),
                                      QStringLiteral("nightly-etl"), QStringLiteral("customer-onboarding")};
    static const QStringList steps = {QStringLiteral("validate"),  QStringLiteral("reserve-stock"),
                                      QStringLiteral("charge"),    QStringLiteral("extract"),
                                      QStringLiteral("transform"), QStringLiteral("load"),
                                      QStringLiteral("notify"),    QStringLiteral("archive")};
    const auto newId = [&](dwp::TypeId::Kind kind, qint64 unixMs) {
        dwp::TypeId::Bytes bytes{};
        const quint64 high = random();
        const quint64 low = random();
        for (int i = 0; i < 8; ++i) {
            bytes[size_t(i)] = quint8(high >> (8 * i));
            bytes[size_t(8 + i)] = quint8(low >> (8 * i));
        }
        for (int i = 0; i < 6; ++i) // UUIDv7: the milliseconds first, then version 7 and variant 10
            bytes[size_t(i)] = quint8(unixMs >> (8 * (5 - i)));
        bytes[6] = quint8(0x70 | (bytes[6] & 0x0f));
        bytes[8] = quint8(0x80 | (bytes[8] & 0x3f));
        return dwp::TypeId(kind, bytes).toString();
    };
    const auto error = [&](quint64 pick) {
        switch (pick % 4) {
        case 0:
            return QStringLiteral("smtp: 421 too many connections from 10.%1.%2.%3")
                .arg(pick % 7)
                .arg(pick % 251)
                .arg(pick % 199);
        case 1:
            return QStringLiteral("http 503 from api-%1.example.com after %2 ms")
                .arg(pick % 40)
                .arg(pick % 30000);
        case 2:
            return QStringLiteral("card_declined: insufficient_funds (order %1)").arg(pick % 1000000);
        default:
            return QStringLiteral("deadline exceeded after %1 s on worker wkr-%2")
                .arg(pick % 600)
                .arg(pick % 64);
        }
    };
    QList<dwp::StreamEvent> pool;
    pool.reserve(size + 29);
    qint64 nanos = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const auto at = [&] { return dwp::Timestamp::fromNanosSinceEpoch(nanos += 10000); };
    while (pool.size() < size) {
        for (int job = 0; job < 8; ++job) {
            const quint64 pick = random();
            dwp::JobEventData data;
            data.jobId = newId(dwp::TypeId::Kind::Job, nanos / 1000000);
            data.jobName = names.at(qsizetype(pick % quint64(names.size()))) + QLatin1Char('-') +
                           regions.at(qsizetype(pick / 16 % quint64(regions.size())));
            data.queue = queues.at(qsizetype(pick / 64 % quint64(queues.size())));
            pool.append(dwp::StreamEvent::forJob(dwp::EventType::JobEnqueued, data, at()));
            data.attempt = 1;
            pool.append(dwp::StreamEvent::forJob(dwp::EventType::JobStarted, data, at()));
            data.elapsedMs = qint64(pick / 512 % 5000);
            if (pick / 4096 % 12 == 0) {
                data.error = error(pick / 65536);
                pool.append(dwp::StreamEvent::forJob(dwp::EventType::JobFailed, data, at()));
            } else {
                pool.append(dwp::StreamEvent::forJob(dwp::EventType::JobCompleted, data, at()));
            }
        }
        const quint64 pick = random();
        dwp::WorkflowEventData run;
        run.runId = newId(dwp::TypeId::Kind::WorkflowRun, nanos / 1000000);
        run.name = flows.at(qsizetype(pick % quint64(flows.size())));
        pool.append(dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowStarted, run, at()));
        for (int step = 0; step < 3; ++step) {
            dwp::WorkflowEventData done = run;
            done.stepName = steps.at(qsizetype((pick / 8 + quint64(step) * 3) % quint64(steps.size())));
            done.elapsedMs = qint64(pick / 256 % 2000);
            pool.append(dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowStepCompleted, done, at()));
        }
        run.elapsedMs = qint64(pick / 65536 % 9000);
        pool.append(dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowCompleted, run, at()));
    }
    pool.resize(size);
    return pool;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app.arguments(), &options)) {
        std::fprintf(stderr,
                     "usage: bench_journal_live [--seconds N] [--rate EVENTS_PER_S] [--interval-ms N] "
                     "[--pool EVENTS] [--file PATH] [--seed N] [--max-queued EVENTS]\n");
        return 2;
    }
    std::fprintf(stderr, "seed %llu\n", static_cast<unsigned long long>(options.seed));
    std::mt19937_64 random(options.seed);

    // Batches of one interval's worth, handed round the pool.
    const auto batchSize = qsizetype(std::llround(options.rate * options.intervalMs / 1000.0));
    QElapsedTimer built;
    built.start();
    const QList<dwp::StreamEvent> pool = eventPool(std::max(options.pool, batchSize), random);
    QList<QList<dwp::StreamEvent>> batches;
    for (qsizetype start = 0; start + batchSize <= pool.size(); start += batchSize)
        batches.append(pool.mid(start, batchSize));
    std::fprintf(stderr, "%lld distinct events in %lld batches of %lld, made in %.1f s\n",
                 static_cast<long long>(pool.size()), static_cast<long long>(batches.size()),
                 static_cast<long long>(batchSize), double(built.elapsed()) / 1000);

    QTemporaryDir folder;
    const QString path =
        options.file.isEmpty() ? folder.filePath(QStringLiteral("live.sqlite")) : options.file;
    Journal journal(path);
    if (options.maxQueued > 0)
        journal.setMaxQueuedEvents(options.maxQueued);
    journal.start();
    {
        QEventLoop untilOpened;
        QObject::connect(&journal, &Journal::storageChanged, &untilOpened, &QEventLoop::quit);
        QTimer::singleShot(std::chrono::seconds(10), &untilOpened, &QEventLoop::quit);
        untilOpened.exec();
    }
    if (journal.storage() != Journal::Storage::File) {
        std::fprintf(stderr, "journal: the file did not open: %s\n", qPrintable(path));
        return 1;
    }

    QElapsedTimer wall;
    qsizetype handed = 0;
    qsizetype nextBatch = 0;
    qsizetype backlogMax = 0;
    qint64 recordNs = 0;
    qint64 recordMaxNs = 0;
    qint64 recordCalls = 0;
    std::deque<std::pair<qint64, qint64>> waiting; // (events handed up to this batch, when), oldest first
    std::vector<double> commitWaitMs;
    QObject::connect(&journal, &Journal::committed, &app, [&](qint64 written) {
        const qint64 now = wall.nsecsElapsed();
        while (!waiting.empty() && waiting.front().first <= written) {
            commitWaitMs.push_back(double(now - waiting.front().second) / 1e6);
            waiting.pop_front();
        }
    });
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(options.intervalMs);
    QObject::connect(&feed, &QTimer::timeout, &app, [&] {
        const qint64 now = wall.nsecsElapsed();
        // What the offer owes by now, in whole batches, rounded up: never less than the rate.
        const auto owed =
            qsizetype(std::ceil(options.rate * double(now) / 1e9 / double(batchSize))) - handed / batchSize;
        for (qsizetype i = 0; i < owed; ++i) {
            const QList<dwp::StreamEvent>& batch = batches.at(nextBatch++ % batches.size());
            QElapsedTimer call;
            call.start();
            const qsizetype droppedBefore = journal.eventsDropped();
            journal.recordEvents(batch, QDateTime::currentDateTimeUtc());
            const qint64 ns = call.nsecsElapsed();
            recordNs += ns;
            recordMaxNs = std::max(recordMaxNs, ns);
            ++recordCalls;
            handed += batch.size();
            if (journal.eventsDropped() == droppedBefore) // a dropped batch never commits
                waiting.emplace_back(handed - journal.eventsDropped(), now);
        }
        backlogMax =
            std::max(backlogMax, handed - journal.eventsDropped() - qsizetype(journal.eventsWritten()));
    });

    bench::LatencyProbe probe;
    const double guiCpuAtStart = threadCpuSeconds();
    const double processCpuAtStart = processCpuSeconds();
    const qint64 writtenAtStart = journal.eventsWritten(); // 0: nothing was handed before
    wall.start();
    feed.start();
    probe.start();
    {
        QEventLoop window;
        QTimer::singleShot(std::chrono::seconds(options.seconds), &window, &QEventLoop::quit);
        window.exec();
    }
    feed.stop();
    const std::vector<double> lateMs = probe.stop();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double guiCpu = threadCpuSeconds() - guiCpuAtStart;
    const double processCpu = processCpuSeconds() - processCpuAtStart;
    const qint64 committed = journal.eventsWritten() - writtenAtStart;
    const qsizetype dropped = journal.eventsDropped(); // nothing is handed after the window
    const qsizetype kept = handed - dropped;
    const qsizetype backlogEnd = kept - qsizetype(journal.eventsWritten());

    // Everything handed and not dropped must reach the disk.
    QElapsedTimer drain;
    drain.start();
    if (journal.eventsWritten() < kept) {
        QEventLoop untilWritten;
        QObject::connect(&journal, &Journal::committed, &untilWritten, [&](qint64 written) {
            if (written >= kept)
                untilWritten.quit();
        });
        QTimer::singleShot(std::chrono::minutes(3), &untilWritten, &QEventLoop::quit);
        untilWritten.exec();
    }
    const double drainMs = double(drain.nsecsElapsed()) / 1e6;
    if (journal.eventsWritten() != kept) {
        std::fprintf(stderr,
                     "journal: %lld of %lld events kept (%lld handed, %lld dropped) were committed within 3 "
                     "minutes of the end\n",
                     static_cast<long long>(journal.eventsWritten()), static_cast<long long>(kept),
                     static_cast<long long>(handed), static_cast<long long>(dropped));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    const double writerCpu = std::max(processCpu - guiCpu, 1e-9);
    std::printf("journal_live_offered_events_per_s %.0f events/s\n", double(handed) / seconds);
    std::printf("journal_live_ingest_events_per_s %.0f events/s\n", double(committed) / seconds);
    std::printf("journal_live_ingest_events_per_writer_cpu_s %.0f events/s\n", double(committed) / writerCpu);
    std::printf("journal_live_writer_cpu_percent %.1f %%\n", 100 * writerCpu / seconds);
    std::printf("journal_live_backlog_max_events %lld events\n", static_cast<long long>(backlogMax));
    std::printf("journal_live_backlog_end_events %lld events\n", static_cast<long long>(backlogEnd));
    std::printf("journal_live_dropped_events %lld events\n", static_cast<long long>(dropped));
    std::printf("journal_live_commit_wait_p99_ms %.1f ms\n", bench::percentile(commitWaitMs, 0.99));
    std::printf("journal_live_commit_wait_max_ms %.1f ms\n", bench::percentile(commitWaitMs, 1.0));
    std::printf("journal_live_drain_ms %.1f ms\n", drainMs);
    std::printf("journal_live_record_call_max_us %.1f us\n", double(recordMaxNs) / 1e3);
    std::printf("journal_live_record_call_mean_us %.1f us\n",
                double(recordNs) / 1e3 / double(std::max<qint64>(recordCalls, 1)));
    std::printf("journal_live_gui_cpu_percent %.1f %%\n", 100 * guiCpu / seconds);
    std::printf("journal_live_gui_stall_p50_ms %.2f ms\n", bench::percentile(lateMs, 0.50));
    std::printf("journal_live_gui_stall_p99_ms %.2f ms\n", bench::percentile(lateMs, 0.99));
    std::printf("journal_live_gui_stall_max_ms %.2f ms\n", bench::percentile(lateMs, 1.0));
    std::printf("journal_live_peak_rss_mb %.1f MB\n", double(usage.ru_maxrss) / 1024);
    std::fflush(stdout);
    return 0;
}
