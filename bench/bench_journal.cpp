// SPDX-License-Identifier: MIT
// The journal's ingest (issue 19, "Speed"): a million events handed over as the session does, in batches of
// 2000 (one 50 ms batch at 40 000 events/s), written by the journal's own thread into a fresh file in a
// temporary folder. Prints:
//   journal_ingest_events_per_s    events committed per second of wall time, first hand-over to last commit
//   journal_ingest_events_per_cpu_s  the same per second of the process's CPU time (the writer's, nearly all:
//                                  the main thread sleeps), less at the mercy of other load on the machine
//   journal_record_call_us         GUI-thread time per recordEvents() call of 2000 events (the hand-over)
//   journal_bytes_per_million_events  the file's size after closing (WAL checkpointed), per million events
// One run, on whatever this machine's disk is; the figures are for comparison between builds.
#include "protocol/EventType.h"
#include "protocol/StreamEvent.h"
#include "session/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace dispatch;

namespace {

constexpr qsizetype kEvents = 1'000'000;
constexpr qsizetype kBatch = 2000;
constexpr qsizetype kPool = 200'000; // distinct events, handed over five times each

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
    std::printf("journal_ingest_events_per_s %.0f events/s\n", ingestPerSecond);
    std::printf("journal_ingest_events_per_cpu_s %.0f events/s\n", ingestPerCpuSecond);
    std::printf("journal_record_call_us %.1f us\n", recordCallUs);
    std::printf("journal_bytes_per_million_events %.1f MB\n", bytes / 1e6 * (1e6 / double(kEvents)));
    return 0;
}
