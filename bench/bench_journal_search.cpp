// SPDX-License-Identifier: MIT
// Full-text search of the journal (issue 19 item 4, "Speed": "full-text search over 10 000 000 journaled
// events < 200 ms for the first page of results"). Journals N events (default 10 000 000; --events N) through
// the journal's own writer thread, FTS triggers and all, into a file in a temporary folder (or --file PATH,
// kept, and reused when it already holds N events), then asks JournalSearch for the first page of results of
// queries an operator types, each 5 times with a connection of its own as the Events page does, and prints
// the median of each. Needs about 330 bytes of disk per event (3.3 GB for the default) and some minutes to
// write them. Prints:
//   journal_search_events                   N, the events the journal holds
//   journal_search_ingest_events_per_s      events committed per second while writing them (with the index)
//   journal_search_bytes_per_million_events the file's size per million events, the index included
//   journal_search_first_page_<query>_ms    the median first page of each query (200 results or all there
//   are) journal_search_next_page_ms             the median of the page after 5 pages of the most common word
//   journal_search_first_page_ms            the slowest first-page median of whole words, ids, types and
//   times
//                                           (the figure with a target)
//   journal_search_prefix_first_page_ms     the slowest of the prefix queries (word*), searched as the words
//                                           they begin (JournalEventWords, schema 6; FTS5's own prefix query
//                                           costs as much as every event holding a word it begins)
// One run, on whatever this machine's disk is, after the file was just written (in the page cache).
#include "protocol/EventType.h"
#include "protocol/StreamEvent.h"
#include "session/Journal.h"
#include "session/JournalEventExport.h"
#include "session/JournalSearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace dispatch;
namespace T = dwp::EventType;

namespace {

constexpr qsizetype kBatch = 2000;   // one 50 ms session batch at 40 000 events/s, as bench_journal
constexpr qsizetype kPool = 200'000; // distinct events, handed over again and again
constexpr qint64 kBatchMs = 50;
constexpr int kRepeats = 5;
constexpr quint32 kSeed = 19;
const qint64 kFirstMs = 1'750'000'000'000;

const QStringList kWords = {
    QStringLiteral("send"),    QStringLiteral("email"),   QStringLiteral("invoice"),
    QStringLiteral("report"),  QStringLiteral("billing"), QStringLiteral("sync"),
    QStringLiteral("export"),  QStringLiteral("import"),  QStringLiteral("resize"),
    QStringLiteral("image"),   QStringLiteral("notify"),  QStringLiteral("push"),
    QStringLiteral("user"),    QStringLiteral("account"), QStringLiteral("cleanup"),
    QStringLiteral("archive"), QStringLiteral("index"),   QStringLiteral("payment"),
    QStringLiteral("refund"),  QStringLiteral("order"),   QStringLiteral("ship"),
    QStringLiteral("label"),   QStringLiteral("webhook"), QStringLiteral("audit"),
};
const QStringList kErrors = {
    QStringLiteral("smtp: 421 too many connections from 10.0.%1.%2"),
    QStringLiteral("timeout after %1 ms waiting for lock %2"),
    QStringLiteral("connection refused: 10.1.%1.%2:5432"),
    QStringLiteral("panic: index out of range [%1] with length %2"),
    QStringLiteral("card declined (code %1, attempt %2)"),
};

// Names from pairs of words (300 of them), 20 queues, errors with numbers in them: a vocabulary of a few
// thousand words, most events matching a common word, few a rare one. Seeded, so every run journals the same.
QList<dwp::StreamEvent> eventPool()
{
    QRandomGenerator random(kSeed);
    const auto word = [&] { return kWords.at(random.bounded(int(kWords.size()))); };
    QStringList names;
    for (int i = 0; i < 300; ++i)
        names.append(word() + u'-' + word());
    const QStringList jobTypes = {T::JobEnqueued, T::JobStarted, T::JobCompleted, T::JobFailed};
    const QStringList runTypes = {T::WorkflowStarted, T::WorkflowStepCompleted, T::WorkflowStepFailed,
                                  T::WorkflowCompleted};
    QList<dwp::StreamEvent> pool;
    pool.reserve(kPool);
    for (qsizetype i = 0; i < kPool; ++i) {
        const dwp::Timestamp ts(1'750'000'000 + i / 1000, quint32(i % 1000) * 1'000'000u);
        const QString error = kErrors.at(random.bounded(int(kErrors.size())))
                                  .arg(random.bounded(1000))
                                  .arg(random.bounded(1000));
        if (i % 5 != 4) {
            dwp::JobEventData data;
            data.jobId = QStringLiteral("job_01jz%1").arg(i, 22, 10, QLatin1Char('0'));
            data.jobName = names.at(random.bounded(int(names.size())));
            data.queue = QStringLiteral("queue-%1").arg(random.bounded(20));
            const QString& type = jobTypes.at(i % jobTypes.size());
            if (type == T::JobFailed)
                data.error = error;
            pool.append(dwp::StreamEvent::forJob(type, data, ts));
        } else {
            dwp::WorkflowEventData data;
            data.runId = QStringLiteral("wfrun_01jz%1").arg(i, 20, 10, QLatin1Char('0'));
            data.name = names.at(random.bounded(int(names.size())));
            const QString& type = runTypes.at(random.bounded(int(runTypes.size())));
            if (type == T::WorkflowStepCompleted || type == T::WorkflowStepFailed)
                data.stepName = word();
            if (type == T::WorkflowStepFailed)
                data.error = error;
            pool.append(dwp::StreamEvent::forWorkflow(type, data, ts));
        }
    }
    return pool;
}

qint64 eventsIn(const QString& path)
{
    if (!QFileInfo::exists(path))
        return 0;
    qint64 count = 0;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(database);
        if (database.open() && query.exec(QStringLiteral("SELECT MAX(id) FROM events")) && query.next())
            count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

// Writes `events` events through a Journal; the events per second, or a negative number on failure.
double write(const QString& path, qint64 events)
{
    const QList<dwp::StreamEvent> pool = eventPool();
    Journal journal(path);
    journal.start();
    QEventLoop untilOpened;
    QObject::connect(&journal, &Journal::storageChanged, &untilOpened, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(10), &untilOpened, &QEventLoop::quit);
    if (journal.storage() == Journal::Storage::Opening)
        untilOpened.exec();
    if (journal.storage() != Journal::Storage::File)
        return -1;
    QElapsedTimer wall;
    wall.start();
    qint64 handed = 0;
    for (qint64 round = 0; handed < events; ++round) {
        const qsizetype start = (round * kBatch) % kPool;
        const QList<dwp::StreamEvent> batch = pool.mid(start, std::min<qint64>(kBatch, events - handed));
        journal.recordEvents(batch, QDateTime::fromMSecsSinceEpoch(kFirstMs + round * kBatchMs, Qt::UTC));
        handed += batch.size();
        // Keeps the inbox from holding more than a few batches: the writer is the bottleneck here, and a
        // transaction of a million events would measure memory, not the disk.
        while (handed - journal.eventsWritten() > 20 * kBatch) {
            QEventLoop untilCommitted;
            QObject::connect(&journal, &Journal::committed, &untilCommitted, &QEventLoop::quit);
            QTimer::singleShot(std::chrono::seconds(30), &untilCommitted, &QEventLoop::quit);
            untilCommitted.exec();
        }
    }
    QEventLoop untilWritten;
    QObject::connect(&journal, &Journal::committed, &untilWritten, [&] {
        if (journal.eventsWritten() >= handed)
            untilWritten.quit();
    });
    QTimer::singleShot(std::chrono::minutes(5), &untilWritten, &QEventLoop::quit);
    if (journal.eventsWritten() < handed)
        untilWritten.exec();
    if (journal.eventsWritten() != handed)
        return -1;
    return double(handed) / (double(wall.nsecsElapsed()) / 1e9);
}

struct Timed
{
    double medianMs = 0;
    qsizetype hits = 0;
    QString error;
};

Timed timePage(const QString& path, const JournalSearchQuery& query)
{
    QList<double> ms;
    Timed timed;
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        const JournalSearchPage page = JournalSearch(path).page(query); // a connection per page, as the GUI
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        timed.hits = page.hits.size();
        timed.error = page.error;
    }
    std::sort(ms.begin(), ms.end());
    timed.medianMs = ms.at(ms.size() / 2);
    return timed;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Full-text search over a journal of N events."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events to journal."),
                                          QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("Journal here and keep it; reused when it holds N events."),
        QStringLiteral("PATH"));
    parser.addOptions({eventsOption, fileOption});
    parser.process(app);
    bool ok = false;
    const qint64 events = parser.value(eventsOption).toLongLong(&ok);
    if (!ok || events < kBatch) {
        std::fprintf(stderr, "journal search: --events wants a number of at least %lld\n",
                     static_cast<long long>(kBatch));
        return 2;
    }
    QTemporaryDir folder;
    const QString path = parser.isSet(fileOption) ? parser.value(fileOption)
                                                  : folder.filePath(QStringLiteral("search.sqlite"));
    const qint64 already = eventsIn(path);
    if (already != 0 && already != events) {
        std::fprintf(stderr, "journal search: %s holds %lld events, not %lld; remove it or give its count\n",
                     qPrintable(path), static_cast<long long>(already), static_cast<long long>(events));
        return 2;
    }
    if (already == 0) {
        const double perSecond = write(path, events);
        if (perSecond < 0) {
            std::fprintf(stderr, "journal search: could not journal %lld events in %s\n",
                         static_cast<long long>(events), qPrintable(path));
            return 1;
        }
        std::printf("journal_search_ingest_events_per_s %.0f events/s\n", perSecond);
    }
    std::printf("journal_search_events %lld events\n", static_cast<long long>(events));
    std::printf("journal_search_bytes_per_million_events %.1f MB\n",
                double(QFileInfo(path).size()) / 1e6 * (1e6 / double(events)));

    const auto typed = [](const QString& text) { return JournalSearchQuery::fromTyped(text); };
    JournalSearchQuery failedRefused = typed(QStringLiteral("refused"));
    failedRefused.types = {T::JobFailed};
    JournalSearchQuery lastMinute = typed(QStringLiteral("invoice"));
    const qint64 lastMs = kFirstMs + (events / kBatch) * kBatchMs;
    lastMinute.fromMs = lastMs - 60'000;
    lastMinute.toMs = lastMs;
    JournalSearchQuery stepFailures;
    stepFailures.types = {T::WorkflowStepFailed};
    const QList<std::pair<const char*, JournalSearchQuery>> queries = {
        {"common_word", typed(QStringLiteral("email"))},
        {"rare_word", typed(QStringLiteral("declined"))},
        {"two_words", typed(QStringLiteral("timeout lock"))},
        {"words_never_together", typed(QStringLiteral("smtp declined"))},
        {"no_match", typed(QStringLiteral("zyzzyva"))},
        {"word_and_type", failedRefused},
        {"type_only", stepFailures},
        {"word_last_minute", lastMinute},
        {"job_id", typed(QStringLiteral("job_01jz0000000000000000000777"))},
        {"everything", JournalSearchQuery()},
    };
    // Words ending in '*' (opt-in): FTS5 would merge the lists of every word they begin before the first
    // result; JournalSearch asks for those words instead (schema 6). A figure of their own.
    const QList<std::pair<const char*, JournalSearchQuery>> prefixes = {
        {"rare_prefix", typed(QStringLiteral("inv*"))},
        {"number_prefix", typed(QStringLiteral("4*"))},
        {"common_prefix", typed(QStringLiteral("queue*"))},
    };
    double slowest = 0;
    double slowestPrefix = 0;
    for (const bool prefix : {false, true}) {
        for (const auto& [label, query] : prefix ? prefixes : queries) {
            const Timed timed = timePage(path, query);
            if (!timed.error.isEmpty()) {
                std::fprintf(stderr, "journal search: %s failed: %s\n", label, qPrintable(timed.error));
                return 1;
            }
            std::fprintf(stderr, "%s: %lld results on the first page\n", label,
                         static_cast<long long>(timed.hits));
            std::printf("journal_search_first_page_%s_ms %.1f ms\n", label, timed.medianMs);
            double& worst = prefix ? slowestPrefix : slowest;
            worst = std::max(worst, timed.medianMs);
        }
    }
    JournalSearchQuery later = typed(QStringLiteral("email"));
    for (int page = 0; page < 5; ++page)
        later = JournalSearch(path).page(later).next;
    std::printf("journal_search_next_page_ms %.1f ms\n", timePage(path, later).medianMs);
    std::printf("journal_search_first_page_ms %.1f ms\n", slowest);
    std::printf("journal_search_prefix_first_page_ms %.1f ms\n", slowestPrefix);

    // Exporting a time window (issue 19 item 8): every event of the window of the newest 500 000 (or all),
    // to NDJSON, on this thread as on the export's worker thread.
    JournalSearchQuery window;
    window.fromMs = lastMs - (std::min<qint64>(events, 500'000) / kBatch) * kBatchMs;
    JournalEventExport::Progress progress;
    QElapsedTimer clock;
    clock.start();
    const JournalEventExport::Result exported =
        JournalEventExport::write(path, window, folder.filePath(QStringLiteral("export.ndjson")), &progress);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!exported.ok) {
        std::fprintf(stderr, "journal search: the export failed: %s\n", qPrintable(exported.error));
        return 1;
    }
    std::fprintf(stderr, "export: %lld events, %.1f MB\n", static_cast<long long>(exported.written),
                 double(QFileInfo(folder.filePath(QStringLiteral("export.ndjson"))).size()) / 1e6);
    std::printf("journal_export_events_per_s %.0f events/s\n", double(exported.written) / seconds);
    return 0;
}
