// SPDX-License-Identifier: MIT
// Journal retention (issue 19 item 7): the writer prunes by age exactly the records older than the maximum
// age, in every table, and keeps the rest; by size it removes the oldest events (and what else is older)
// until the pages in use are under the cap, and a live journal does so by itself once a write passes the
// cap; Clear History empties the journal through its own writer and keeps what arrives afterwards. A file
// made by this version gives freed pages back (auto_vacuum INCREMENTAL); an existing one is never rewritten.
#include "JournalFileReader.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalSchema.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
using journaltest::JournalFileReader;
namespace T = dwp::EventType;

namespace {

constexpr int kWaitMs = 20000;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

QDateTime msAgo(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() - ms, Qt::UTC);
}

// Pages in use (page_count − freelist_count), in bytes.
qint64 usedBytes(JournalFileReader& file)
{
    return (file.scalar(QStringLiteral("PRAGMA page_count")).toLongLong() -
            file.scalar(QStringLiteral("PRAGMA freelist_count")).toLongLong()) *
           file.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
}

// `batches` batches of `perBatch` events with a 1 000-character error each, one second apart, the last one
// `newestAgoMs` ago; returns when all are committed.
void writeBatches(Journal& journal, int batches, int perBatch, qint64 newestAgoMs)
{
    const QString error(1000, u'x');
    qint64 n = journal.eventsWritten();
    const qint64 expected = n + qint64(batches) * perBatch;
    for (int b = 0; b < batches; ++b) {
        QList<dwp::StreamEvent> batch;
        for (int i = 0; i < perBatch; ++i, ++n)
            batch.append(jobEvent(T::JobFailed, jobId(quint64(n + 1)), at(n), error));
        journal.recordEvents(batch, msAgo(newestAgoMs + qint64(batches - 1 - b) * 1000));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == expected,
                              "waiting for the writer to commit the batches", kWaitMs);
}

} // namespace

class TestJournalRetention : public QObject
{
    Q_OBJECT

private slots:
    void agePruningRemovesExactlyTheOldRows();
    void sizePruningRemovesTheOldestFirstUntilUnderTheCap();
    void aLiveJournalPrunesOnceAWritePassesTheCap();
    void clearHistoryEmptiesThroughTheWriterAndKeepsLaterRecords();
    void anExistingFileIsNotRewrittenAndReusesFreedPages();
};

void TestJournalRetention::agePruningRemovesExactlyTheOldRows()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    const qint64 old = 40 * kDayMs;    // past the 30 days
    const qint64 recent = 29 * kDayMs; // within them
    {
        Journal journal(path); // no retention: keeps everything
        journal.start();
        journal.recordEvents({jobEvent(T::JobEnqueued, jobId(1), at(1))}, msAgo(old));
        journal.recordEvents(
            {jobEvent(T::JobEnqueued, jobId(2), at(2)), jobEvent(T::JobStarted, jobId(2), at(3))},
            msAgo(recent));
        journal.recordGap(msAgo(old + 1000), msAgo(old));
        journal.recordGap(msAgo(recent + 1000), msAgo(recent));
        journal.recordStats(msAgo(old), QStringLiteral("dwp.stats"), "{}");
        journal.recordStats(msAgo(recent), QStringLiteral("dwp.stats"), "{}");
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 3, "waiting for the first journal's events",
                                  kWaitMs);
    }
    {
        // Lookups and actions are stamped with the time they are made; older ones are written as a monitor
        // of a month ago would have.
        JournalFileReader file(path);
        for (const qint64 ago : {old, recent}) {
            const qint64 atMs = QDateTime::currentMSecsSinceEpoch() - ago;
            QVERIFY2(
                file.exec(QStringLiteral("INSERT INTO lookups (at_ms, kind, subject_id, data) VALUES (%1, "
                                         "'job', 'job_x', '{}')")
                              .arg(atMs)),
                qPrintable(file.lastError()));
            QVERIFY(file.exec(QStringLiteral("INSERT INTO operator_actions (at_ms, who, action, target, "
                                             "succeeded, detail) VALUES (%1, 'me', 'retry', 'job_x', 1, '')")
                                  .arg(atMs)));
        }
        QCOMPARE(file.count(QStringLiteral("event_minutes")), 3); // one minute old, two types recent
        QCOMPARE(file.count(QStringLiteral("stats_minutes")), 2); // one minute old, one recent
    }
    {
        Journal journal(path);
        journal.setRetention(std::chrono::days(30), 0);
        QSignalSpy pruned(&journal, &Journal::pruneFinished);
        journal.start();
        QVERIFY2(pruned.wait(kWaitMs), "waiting for the pruning pass after start");
        // One event, one gap, one sample, one lookup, one action, one minute's count and one minute's
        // stats.
        QCOMPARE(pruned.first().first().toLongLong(), 7);
    }
    JournalFileReader file(path);
    const qint64 cut = QDateTime::currentMSecsSinceEpoch() - 30 * kDayMs;
    QCOMPARE(file.rows(QStringLiteral("SELECT subject_id FROM events ORDER BY id")),
             QStringList({jobId(2), jobId(2)})); // the recent rows stay: the positive control
    for (const QString& table : {QStringLiteral("connection_gaps"), QStringLiteral("stats_samples"),
                                 QStringLiteral("lookups"), QStringLiteral("operator_actions")})
        QCOMPARE(file.count(table), 1);
    QVERIFY(file.scalar(QStringLiteral("SELECT MIN(at_ms) FROM lookups")).toLongLong() > cut);
    QVERIFY(file.scalar(QStringLiteral("SELECT MIN(to_ms) FROM connection_gaps")).toLongLong() > cut);
    QCOMPARE(file.count(QStringLiteral("event_minutes")), 2);
    QVERIFY(file.scalar(QStringLiteral("SELECT MIN(minute) FROM event_minutes")).toLongLong() >
            cut / JournalSchema::kEventMinuteMs);
    QCOMPARE(file.count(QStringLiteral("stats_minutes")), 1);
    QVERIFY(file.scalar(QStringLiteral("SELECT MIN(minute) FROM stats_minutes")).toLongLong() >
            cut / JournalSchema::kEventMinuteMs);
    // The pruned event's words left the search index with it (no trigger since schema 6: the writer).
    QVERIFY2(file.exec(QStringLiteral("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")),
             qPrintable(file.lastError()));
}

void TestJournalRetention::sizePruningRemovesTheOldestFirstUntilUnderTheCap()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    constexpr int kBatches = 40;
    constexpr int kPerBatch = 100;
    {
        Journal journal(path);
        journal.start();
        writeBatches(journal, kBatches, kPerBatch, 1000);
    }
    qint64 before = 0;
    {
        JournalFileReader file(path);
        before = usedBytes(file);
        QCOMPARE(file.count(QStringLiteral("events")), kBatches * kPerBatch);
        QCOMPARE(file.scalar(QStringLiteral("PRAGMA auto_vacuum")).toInt(), 2); // a new file: incremental
    }
    QVERIFY2(before > 4'000'000, qPrintable(QString::number(before))); // 4 000 events of 1 KB
    const qint64 cap = before / 3;
    {
        Journal journal(path);
        journal.setRetention(std::chrono::milliseconds::zero(), cap);
        QSignalSpy pruned(&journal, &Journal::pruneFinished);
        journal.start();
        QVERIFY2(pruned.wait(kWaitMs), "waiting for the pruning pass after start");
        QVERIFY(pruned.first().first().toLongLong() > 0);
        QVERIFY(journal.sizeBytes() - journal.freeBytes() <= cap);
    }
    JournalFileReader file(path);
    const qint64 after = usedBytes(file);
    QVERIFY2(after <= cap, qPrintable(QStringLiteral("%1 bytes in use, cap %2").arg(after).arg(cap)));
    // The newest stay (at least a fifth, so not everything went), the oldest went: ids are contiguous up to
    // the last one written.
    const qint64 kept = file.count(QStringLiteral("events"));
    QVERIFY2(kept >= kBatches * kPerBatch / 5 && kept < kBatches * kPerBatch,
             qPrintable(QString::number(kept)));
    QCOMPARE(file.scalar(QStringLiteral("SELECT MAX(id) - MIN(id) + 1 FROM events")).toLongLong(), kept);
    QCOMPARE(file.scalar(QStringLiteral("SELECT MAX(id) FROM events")).toLongLong(), kBatches * kPerBatch);
    // The freed pages went back to the file system.
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA freelist_count")).toLongLong(), 0);
    QVERIFY2(QFileInfo(path).size() < before, qPrintable(QString::number(QFileInfo(path).size())));
}

void TestJournalRetention::aLiveJournalPrunesOnceAWritePassesTheCap()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    constexpr qint64 kCap = 1'000'000;
    Journal journal(path);
    journal.setRetention(std::chrono::milliseconds::zero(), kCap);
    QSignalSpy pruned(&journal, &Journal::pruneFinished);
    journal.start();
    QVERIFY2(pruned.wait(kWaitMs), "waiting for the pruning pass after start");
    QCOMPARE(pruned.takeFirst().first().toLongLong(), 0); // an empty journal: nothing to prune
    // About 3 MB, written while the writer measures after its commits (at most once a second).
    qint64 deleted = 0;
    for (int round = 0; round < 30 && deleted == 0; ++round) {
        writeBatches(journal, 1, 100, 0);
        QTest::qWait(150);
        for (const QList<QVariant>& pass : std::as_const(pruned))
            deleted += pass.first().toLongLong();
    }
    QVERIFY2(deleted > 0, "no pruning pass removed anything while 3 MB were written under a 1 MB cap");
    pruned.clear();
    journal.pruneNow();
    QVERIFY2(pruned.wait(kWaitMs), "waiting for a pruning pass after the last write");
    QVERIFY2(journal.sizeBytes() - journal.freeBytes() <= kCap,
             qPrintable(QStringLiteral("%1 bytes in use").arg(journal.sizeBytes() - journal.freeBytes())));
}

void TestJournalRetention::clearHistoryEmptiesThroughTheWriterAndKeepsLaterRecords()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    {
        Journal journal(path);
        journal.start();
        writeBatches(journal, 30, 100, 60'000); // 3 000 events: two chunks of deletes and more
        journal.recordGap(msAgo(70'000), msAgo(65'000));
        journal.recordLookup(QStringLiteral("job"), jobId(1), "{}");
        QSignalSpy cleared(&journal, &Journal::cleared);
        journal.clearHistory();
        QVERIFY2(cleared.wait(kWaitMs), "waiting for the clear to finish");
        // The events, the gap, the lookup and the one or two minutes' counts the 30 seconds fell into.
        const qint64 rows = cleared.first().at(0).toLongLong();
        QVERIFY2(rows == 3000 + 2 + 1 || rows == 3000 + 2 + 2, qPrintable(QString::number(rows)));
        QCOMPARE(cleared.first().at(1).toString(), QString());
        // What arrives afterwards is kept.
        QTest::qWait(5);
        journal.recordEvents({jobEvent(T::JobEnqueued, jobId(9999), at(9999))}, msAgo(-1000));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 3001, "waiting for the event after the clear",
                                  kWaitMs);
    }
    JournalFileReader file(path);
    QCOMPARE(file.rows(QStringLiteral("SELECT subject_id FROM events")), QStringList{jobId(9999)});
    QCOMPARE(file.count(QStringLiteral("lookups")), 0);
    QCOMPARE(file.count(QStringLiteral("connection_gaps")), 0);
    QCOMPARE(file.rows(QStringLiteral("SELECT count FROM event_minutes")), QStringList{QStringLiteral("1")});
}

void TestJournalRetention::anExistingFileIsNotRewrittenAndReusesFreedPages()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    {
        // A file of an earlier version: tables made without auto_vacuum.
        JournalFileReader old(path);
        QVERIFY(old.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(old.exec(QStringLiteral("DROP TABLE scratch")));
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA auto_vacuum")).toInt(), 0);
    }
    qint64 grown = 0;
    {
        Journal journal(path);
        journal.start();
        writeBatches(journal, 20, 100, 10 * kDayMs);
        journal.setRetention(std::chrono::days(1), 0);
        QSignalSpy pruned(&journal, &Journal::pruneFinished);
        QVERIFY2(pruned.wait(kWaitMs), "waiting for the pruning pass with the new retention");
        const qint64 rows = pruned.first().first().toLongLong(); // the events and their minutes' counts
        QVERIFY2(rows == 2000 + 1 || rows == 2000 + 2, qPrintable(QString::number(rows)));
        QVERIFY2(journal.freeBytes() > 1'000'000, qPrintable(QString::number(journal.freeBytes())));
        grown = journal.sizeBytes();
        // The same again, recent: it fits in the freed pages, the file does not grow.
        writeBatches(journal, 20, 100, 0);
        journal.pruneNow();
        QVERIFY2(pruned.wait(kWaitMs), "waiting for a pruning pass that measures the file");
        QVERIFY2(journal.sizeBytes() <= grown * 11 / 10,
                 qPrintable(QStringLiteral("%1 bytes after, %2 before").arg(journal.sizeBytes()).arg(grown)));
    }
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA auto_vacuum")).toInt(), 0); // never changed (VACUUM would)
    QCOMPARE(file.count(QStringLiteral("events")), 2000);
}

QTEST_GUILESS_MAIN(TestJournalRetention)
#include "tst_journal_retention.moc"
