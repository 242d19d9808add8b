// SPDX-License-Identifier: MIT
// Journal faults (issue 19, "Bad input and faults"): a damaged file, a second monitor on the same profile, a
// folder that cannot be made (one that cannot be written: tst_journal_read_only_folder), a schema from a
// newer monitor, a full disk. Each time the journal says so once, keeps the session's history in memory and
// leaves the user's file as it was.
#include "JournalFileReader.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalReader.h"
#include "session/JournalSchema.h"
#include "session/JournalSearch.h"
#include "session/MonitorSession.h"
#include "session/SessionHistory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace dispatch;
using namespace modeltest;
using journaltest::JournalFileReader;
namespace T = dwp::EventType;

namespace {

constexpr int kWaitMs = 10000;

QList<dwp::StreamEvent> someEvents(int first, int count)
{
    QList<dwp::StreamEvent> events;
    for (int i = first; i < first + count; ++i)
        events.append(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i), {}, 0, 0, QStringLiteral("resize"),
                               QStringLiteral("images-%1").arg(i)));
    return events;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Records `batches` batches of `size` events, each after the previous one was committed.
bool recordBatches(Journal& journal, int batches, int size)
{
    for (int batch = 0; batch < batches; ++batch) {
        const qint64 before = journal.eventsWritten();
        journal.recordEvents(someEvents(batch * size, size), QDateTime::currentDateTimeUtc());
        if (!QTest::qWaitFor([&] { return journal.eventsWritten() == before + size; }, kWaitMs))
            return false;
    }
    return true;
}

} // namespace

class TestJournalFaults : public QObject
{
    Q_OBJECT

private slots:
    void aDamagedFileIsLeftAsItIs();
    void aSecondMonitorOnTheSameProfileWorksInMemory();
    void aFolderThatCannotBeMade();
    void aNewerSchemaIsSaidOnceAndLeftAlone();
    void aSchemaRaisedWhileTheSessionRunsIsRefusedByLaterReaders();
    void aSessionSaysTheRaisedSchemaOnce();
    void theWriterStopsAtASchemaRaisedWhileItWrites_data();
    void theWriterStopsAtASchemaRaisedWhileItWrites();
    void aSessionStopsWritingARaisedFileAndSaysItOnce_data();
    void aSessionStopsWritingARaisedFileAndSaysItOnce();
    void aFullDiskKeepsWhatWasWrittenAndGoesOnInMemory();
    void aWriterThatFallsBehindDropsTheNewestAndMarksTheGap();
};

void TestJournalFaults::aDamagedFileIsLeftAsItIs()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not a SQLite database, whatever its name says\n").repeated(200));
    }
    const QByteArray before = contentsOf(path);
    Journal journal(path);
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    QVERIFY(recordBatches(journal, 3, 10)); // positive control: history goes on, in memory
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"could not be read") && message.contains(path) &&
                 message.contains(u"left as it is") && message.contains(u"in memory"),
             qPrintable(message));
    journal.close();
    QCOMPARE(contentsOf(path), before);
}

// The decision (README, "Journal"): one writer per file; the second monitor on a profile keeps its history in
// memory, and the file is the first one's alone.
void TestJournalFaults::aSecondMonitorOnTheSameProfileWorksInMemory()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shared.sqlite"));
    {
        Journal first(path);
        QSignalSpy firstProblems(&first, &Journal::problem);
        first.start();
        QTRY_VERIFY2_WITH_TIMEOUT(first.storage() == Journal::Storage::File, "waiting for the first to open",
                                  kWaitMs);
        Journal second(path);
        QSignalSpy secondProblems(&second, &Journal::problem);
        second.start();
        QTRY_VERIFY2_WITH_TIMEOUT(second.storage() == Journal::Storage::Memory,
                                  "waiting for the second to go to memory", kWaitMs);
        QCOMPARE(secondProblems.size(), 1);
        const QString message = secondProblems.first().first().toString();
        QVERIFY2(message.contains(u"Another Dispatch Monitor") && message.contains(path),
                 qPrintable(message));

        first.recordEvents(someEvents(0, 4), QDateTime::currentDateTimeUtc());
        second.recordEvents(someEvents(100, 3), QDateTime::currentDateTimeUtc());
        QTRY_VERIFY2_WITH_TIMEOUT(first.eventsWritten() == 4 && second.eventsWritten() == 3,
                                  "waiting for both journals to commit", kWaitMs);
        QCOMPARE(firstProblems.size(), 0);
    }
    {
        JournalFileReader file(path);
        QCOMPARE(file.rows(QStringLiteral("SELECT queue FROM events ORDER BY id")),
                 QStringList({QStringLiteral("images-0"), QStringLiteral("images-1"),
                              QStringLiteral("images-2"), QStringLiteral("images-3")}));
    }
    // Once the first has gone, the next monitor writes the file again.
    Journal next(path);
    next.start();
    QTRY_VERIFY2_WITH_TIMEOUT(next.storage() == Journal::Storage::File, "waiting for the lock to be free",
                              kWaitMs);
}

void TestJournalFaults::aFolderThatCannotBeMade()
{
    QTemporaryDir folder;
    const QString notAFolder = folder.filePath(QStringLiteral("a-file"));
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Journal journal(notAFolder + QStringLiteral("/journal/p.sqlite"));
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    QVERIFY(recordBatches(journal, 2, 5));
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"could not be made") && message.contains(notAFolder), qPrintable(message));
}

void TestJournalFaults::aNewerSchemaIsSaidOnceAndLeftAlone()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("future.sqlite"));
    const int future = JournalSchema::currentVersion() + 5;
    {
        JournalFileReader newer(path);
        QVERIFY(newer.exec(QStringLiteral("CREATE TABLE events_v9 (id INTEGER PRIMARY KEY, what TEXT)")));
        QVERIFY(newer.exec(QStringLiteral("INSERT INTO events_v9 (what) VALUES ('from the future')")));
        QVERIFY(newer.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }
    const QByteArray before = contentsOf(path);
    QVERIFY(!before.isEmpty());
    Journal journal(path);
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    QVERIFY(recordBatches(journal, 3, 10));
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1); // once, though three batches went to memory
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"newer Dispatch Monitor") && message.contains(QString::number(future)) &&
                 message.contains(QString::number(JournalSchema::currentVersion())),
             qPrintable(message));
    journal.close();
    QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(path + QStringLiteral(".lock")),
                              "waiting for the journal to let go of the file", kWaitMs);
    QCOMPARE(contentsOf(path), before);
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), future);
    QCOMPARE(file.scalar(QStringLiteral("SELECT what FROM events_v9")).toString(),
             QStringLiteral("from the future"));
}

// Someone else — a newer monitor, a tool — raises the file's user_version while this session journals to it.
// Every reader opened after that (the history's reads, a search) refuses the file with a sentence saying
// why, reads nothing and does not crash; the session says it once however many reads there are; the file
// keeps the newer version.
void TestJournalFaults::aSchemaRaisedWhileTheSessionRunsIsRefusedByLaterReaders()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("raised.sqlite"));
    Journal journal(path);
    journal.start();
    QVERIFY(recordBatches(journal, 2, 10));
    QCOMPARE(journal.storage(), Journal::Storage::File);
    { // positive control: before, the file reads
        JournalReader before(path);
        QVERIFY2(before.isOpen(), qPrintable(before.error()));
        QCOMPARE(before.recentState(100).events.size(), 20);
    }
    const int future = JournalSchema::currentVersion() + 3;
    {
        JournalFileReader other(path);
        QVERIFY(other.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }

    JournalReader reader(path);
    QVERIFY(!reader.isOpen());
    QVERIFY(reader.isNewerSchema());
    const QString message = reader.error();
    QVERIFY2(message.contains(u"newer Dispatch Monitor") && message.contains(QString::number(future)) &&
                 message.contains(QString::number(JournalSchema::currentVersion())) && message.contains(path),
             qPrintable(message));
    const JournalSnapshot snapshot = reader.recent(100);
    QVERIFY(snapshot.isEmpty() && snapshot.newerSchema);
    QCOMPARE(snapshot.error, message);
    const JournalRecentState recent = reader.recentState(100);
    QVERIFY(recent.isEmpty() && recent.newerSchema);
    QVERIFY(reader.run(QStringLiteral("wfrun_01jz0000000000000000000000"), 10).isEmpty());
    QVERIFY(reader.statsWindow(0, QDateTime::currentMSecsSinceEpoch(), 60'000).isEmpty());

    JournalSearch search(path);
    QVERIFY(!search.isOpen());
    QCOMPARE(search.error(), message);
    JournalSearchQuery query;
    query.text = QStringLiteral("resize");
    const JournalSearchPage page = search.page(query);
    QVERIFY(page.hits.isEmpty());
    QCOMPARE(page.error, message);

    // The session's history: its first read and two later ones are refused; it says so once.
    JobsModel jobs;
    WorkflowRunsModel runs;
    SessionHistory history(&jobs, &runs);
    QSignalSpy said(&history, &SessionHistory::problem);
    history.load(path);
    QTRY_VERIFY2_WITH_TIMEOUT(history.stage() == SessionHistory::Stage::Empty, "waiting for the refused read",
                              kWaitMs);
    QCOMPARE(jobs.rowCount(), 0);
    QVERIFY(QCoro::waitFor(history.readRun(QStringLiteral("wfrun_01jz0000000000000000000000"))).isEmpty());
    QVERIFY(
        QCoro::waitFor(history.readStats(0, QDateTime::currentMSecsSinceEpoch(), 60'000)).series.isEmpty());
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.first().first().toString(), message);

    // The session goes on; the file keeps the newer version, whole.
    QVERIFY(recordBatches(journal, 1, 10));
    journal.close();
    QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(path + QStringLiteral(".lock")),
                              "waiting for the journal to let go of the file", kWaitMs);
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), future);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

// The same in a session: its status bar (MonitorSession::warning) says it once, however many reads meet it.
void TestJournalFaults::aSessionSaysTheRaisedSchemaOnce()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("raised-session.sqlite"));
    ClientOptions options;
    options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9/dwp")); // never connected
    MonitorSession session(options);
    QSignalSpy warnings(&session, &MonitorSession::warning);
    session.setJournal(std::make_unique<Journal>(path));
    session.journal()->recordEvents(someEvents(0, 5), QDateTime::currentDateTimeUtc());
    QTRY_VERIFY2_WITH_TIMEOUT(session.journal()->eventsWritten() == 5, "waiting for the events on disk",
                              kWaitMs);
    QCOMPARE(session.journal()->storage(), Journal::Storage::File);
    QTRY_VERIFY2_WITH_TIMEOUT(session.history()->isRecentRestored(), "waiting for the history's first read",
                              kWaitMs);
    QVERIFY(warnings.isEmpty());
    {
        JournalFileReader other(path);
        QVERIFY(
            other.exec(QStringLiteral("PRAGMA user_version = %1").arg(JournalSchema::currentVersion() + 1)));
    }
    for (int read = 0; read < 3; ++read)
        QVERIFY(QCoro::waitFor(session.history()->readStats(0, QDateTime::currentMSecsSinceEpoch(), 60'000))
                    .series.isEmpty());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().first().toString().contains(u"newer Dispatch Monitor"),
             qPrintable(warnings.first().first().toString()));
}

// The writer checks the schema in each transaction: once someone raises it, neither a batch nor a pruning
// pass (retention shorter than the events' age) touches the file again; the history goes to memory,
// nothing recorded is lost, and the journal says it once. Batches before the raise are on disk (the
// positive control).
void TestJournalFaults::theWriterStopsAtASchemaRaisedWhileItWrites_data()
{
    QTest::addColumn<bool>("pruneFirst");
    QTest::newRow("a batch meets it first") << false;
    QTest::newRow("a pruning pass meets it first") << true;
}

void TestJournalFaults::theWriterStopsAtASchemaRaisedWhileItWrites()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("raised-writer.sqlite"));
    Journal journal(path);
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    QVERIFY(recordBatches(journal, 2, 10));
    QCOMPARE(journal.storage(), Journal::Storage::File);
    JournalFileReader other(path);
    QCOMPARE(other.count(QStringLiteral("events")), 20); // what came before the raise is on disk
    const int future = JournalSchema::currentVersion() + 2;
    QVERIFY(other.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));

    QFETCH(bool, pruneFirst);
    QSignalSpy pruned(&journal, &Journal::pruneFinished);
    if (pruneFirst) {
        // Retention that would delete every event: the pass stops at the raised file.
        QTest::qWait(5); // the events older than the 1 ms kept
        journal.setRetention(std::chrono::milliseconds(1), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!pruned.isEmpty(), "waiting for the pruning pass", kWaitMs);
        QCOMPARE(journal.storage(), Journal::Storage::Memory);
        QCOMPARE(other.count(QStringLiteral("events")), 20);
    }
    QVERIFY(recordBatches(journal, 3, 10)); // committed: to memory
    QCOMPARE(journal.eventsWritten(), 50);
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"newer Dispatch Monitor") && message.contains(path) &&
                 message.contains(QString::number(future)) &&
                 message.contains(QString::number(JournalSchema::currentVersion())),
             qPrintable(message));
    if (!pruneFirst) { // a pass after the raise prunes the memory, not the file
        journal.setRetention(std::chrono::milliseconds(1), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!pruned.isEmpty(), "waiting for the pruning pass", kWaitMs);
    }
    QVERIFY(recordBatches(journal, 1, 10));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(other.count(QStringLiteral("events")), 20);
    QCOMPARE(other.scalar(QStringLiteral("PRAGMA user_version")).toInt(), future);
    journal.close();
    QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(path + QStringLiteral(".lock")),
                              "waiting for the journal to let go of the file", kWaitMs);
    QCOMPARE(other.count(QStringLiteral("events")), 20);
    QCOMPARE(other.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestJournalFaults::aSessionStopsWritingARaisedFileAndSaysItOnce_data()
{
    QTest::addColumn<bool>("readerFirst");
    QTest::newRow("the writer meets it first") << false;
    QTest::newRow("a reader meets it first") << true;
}

// The same in a session, fed through its batcher as live events are: after the raise the models go on
// taking every event while the file's rows stop growing, and the status bar says it once — whether the
// writer (a batch) or a reader (the Stats page's window) meets the raised file first, and however many
// batches and reads follow.
void TestJournalFaults::aSessionStopsWritingARaisedFileAndSaysItOnce()
{
    QFETCH(bool, readerFirst);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("raised-session-writer.sqlite"));
    ClientOptions options;
    options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9/dwp")); // never connected
    MonitorSession session(options);
    QSignalSpy warnings(&session, &MonitorSession::warning);
    session.setJournal(std::make_unique<Journal>(path));
    QTRY_VERIFY2_WITH_TIMEOUT(session.history()->isRecentRestored(), "waiting for the history's first read",
                              kWaitMs);
    int fed = 0;
    const auto feed = [&](int count) {
        const qint64 before = session.journal()->eventsWritten();
        for (const dwp::StreamEvent& event : someEvents(fed, count))
            session.batcher().addEvent(event);
        session.batcher().flush();
        fed += count;
        return QTest::qWaitFor([&] { return session.journal()->eventsWritten() == before + count; }, kWaitMs);
    };
    QVERIFY2(feed(10), "waiting for the first events to be written");
    QCOMPARE(session.journal()->storage(), Journal::Storage::File);
    JournalFileReader other(path);
    QCOMPARE(other.count(QStringLiteral("events")), 10); // positive control: before the raise they land
    QVERIFY(warnings.isEmpty());
    QVERIFY(other.exec(QStringLiteral("PRAGMA user_version = %1").arg(JournalSchema::currentVersion() + 1)));

    const auto readStats = [&] {
        return QCoro::waitFor(session.history()->readStats(0, QDateTime::currentMSecsSinceEpoch(), 60'000));
    };
    if (readerFirst)
        QVERIFY(readStats().series.isEmpty());
    for (int batch = 0; batch < 3; ++batch)
        QVERIFY2(feed(10), "waiting for the batch to be committed (to memory)");
    QVERIFY(readStats().series.isEmpty());
    QCOMPARE(other.count(QStringLiteral("events")), 10);
    QCOMPARE(session.journal()->storage(), Journal::Storage::Memory);
    QCOMPARE(session.jobs().rowCount(), fed); // the models lose nothing
    QCOMPARE(warnings.size(), 1);
    const QString message = warnings.first().first().toString();
    QVERIFY2(message.contains(u"newer Dispatch Monitor") && message.contains(path), qPrintable(message));
    QCOMPARE(message.contains(u"kept in memory only"), !readerFirst); // the writer's word, or the reader's
}

// A disk that fills up, simulated with a size cap (max_page_count): the batch that does not fit is rolled
// back whole, what was committed before stays, and the session goes on in memory without losing an event.
void TestJournalFaults::aFullDiskKeepsWhatWasWrittenAndGoesOnInMemory()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("full.sqlite"));
    constexpr int kBatch = 200;
    constexpr int kMaxBatches = 500;
    qint64 recorded = 0;
    {
        Journal journal(path);
        journal.setMaxPageCount(60);
        QSignalSpy problems(&journal, &Journal::problem);
        journal.start();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.storage() == Journal::Storage::File, "waiting for the file",
                                  kWaitMs);
        for (int batch = 0; batch < kMaxBatches && journal.storage() == Journal::Storage::File; ++batch) {
            QVERIFY(recordBatches(journal, 1, kBatch));
            recorded += kBatch;
        }
        QCOMPARE(journal.storage(), Journal::Storage::Memory);
        QVERIFY(recordBatches(journal, 3, kBatch)); // and on it goes
        recorded += 3 * kBatch;
        QCOMPARE(journal.eventsWritten(), recorded);
        QCOMPARE(problems.size(), 1);
        const QString message = problems.first().first().toString();
        QVERIFY2(message.contains(u"Writing the journal") && message.contains(u"full"), qPrintable(message));
    }
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const qint64 kept = file.count(QStringLiteral("events"));
    QVERIFY2(kept > 0 && kept < recorded && kept % kBatch == 0,
             qPrintable(QStringLiteral("%1 of %2 events kept").arg(kept).arg(recorded)));
}

// A writer that falls behind (held here; a busy machine in bench_journal_live): what waits for it stays
// within the bound, the batches past it are dropped whole, newest first, and once the writer catches up the
// journal holds everything before and after with a gap where the dropped events were, and the session says so
// at the first drop and with the count after.
void TestJournalFaults::aWriterThatFallsBehindDropsTheNewestAndMarksTheGap()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("behind.sqlite"));
    constexpr int kBound = 1000;
    constexpr int kBatch = 100;
    constexpr int kBatches = 30; // three times the bound
    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - 600'000;
    const auto second = [baseMs](int n) { return QDateTime::fromMSecsSinceEpoch(baseMs + n * 1000LL); };
    {
        ClientOptions options;
        options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9/dwp")); // never connected
        MonitorSession session(options);
        QSignalSpy warnings(&session, &MonitorSession::warning);
        auto kept = std::make_unique<Journal>(path);
        kept->setMaxQueuedEvents(kBound);
        session.setJournal(std::move(kept));
        Journal& journal = *session.journal();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.storage() == Journal::Storage::File, "waiting for the file",
                                  kWaitMs);

        journal.recordEvents(someEvents(0, kBatch), second(0)); // before the hole
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == kBatch, "waiting for the first batch on disk",
                                  kWaitMs);
        journal.holdWriter();
        for (int batch = 0; batch < kBatches; ++batch) {
            journal.recordEvents(someEvents(1000 + batch * kBatch, kBatch), second(10 + batch));
            QVERIFY2(journal.queuedEvents() <= kBound, qPrintable(QString::number(journal.queuedEvents())));
        }
        QCOMPARE(journal.queuedEvents(), kBound);
        QCOMPARE(journal.eventsDropped(), kBatches * kBatch - kBound);
        QCOMPARE(journal.eventsWritten(), kBatch);
        // Said at the first drop, while the writer is still held (session_tst_journal_gaps); the count
        // follows.
        QCOMPARE(warnings.size(), 1);

        journal.releaseWriter();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == kBatch + kBound,
                                  "waiting for the batches kept on disk", kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(warnings.size() == 2, "waiting for the warning with the count", kWaitMs);
        const QString warning = warnings.at(1).first().toString();
        QVERIFY2(warning.contains(u"fell behind") && warning.contains(u"2000"), qPrintable(warning));

        journal.recordEvents(someEvents(9000, kBatch), second(60)); // after the hole
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 2 * kBatch + kBound,
                                  "waiting for the last batch on disk", kWaitMs);
        QCOMPARE(journal.eventsDropped(), kBatches * kBatch - kBound);
        QCOMPARE(warnings.size(), 2);
    }
    JournalFileReader file(path);
    QVERIFY(file.isOpen());
    QCOMPARE(file.count(QStringLiteral("events")), 2 * kBatch + kBound);
    // The gap: from the first dropped batch's arrival to the last one's.
    QCOMPARE(file.rows(QStringLiteral("SELECT from_ms - %1, to_ms - %1 FROM connection_gaps").arg(baseMs)),
             QStringList{QStringLiteral("20000|39000")});
    // Before, the kept batches in order, after; none of the dropped ones.
    const auto has = [&file](int i) {
        return file.scalar(QStringLiteral("SELECT count(*) FROM events WHERE queue = 'images-%1'").arg(i))
                   .toInt() == 1;
    };
    QVERIFY(has(0) && has(99));
    QVERIFY(has(1000) && has(1999));
    QVERIFY(!has(2000) && !has(3999));
    QVERIFY(has(9000) && has(9099));
    QCOMPARE(
        file.scalar(QStringLiteral("SELECT count(*) FROM events WHERE received_ms > %1 AND received_ms < %2")
                        .arg(baseMs + 20000)
                        .arg(baseMs + 39000))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestJournalFaults)
#include "tst_journal_faults.moc"
