// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalBatch.h"
#include "session/JournalStatement.h"

#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>

class QTimer;

namespace dispatch {

class JournalInbox;

// The journal's writer: lives on the journal's own thread and is the only code that touches its database.
// open() picks where history goes: the profile's file, or an in-memory database when the file cannot be
// used (no folder, another monitor holds it, not a database, a newer schema) — said once through problem().
// drain() writes everything in the inbox in one transaction; a write that fails (a full disk) is rolled
// back and, with what follows, goes to memory instead. Each transaction on the file first checks its schema
// version: one raised by a newer monitor while the session runs is left as it is from then on, said once,
// and the history goes to memory (README, "Journal"). The file is never deleted or rewritten.
//
// Retention (README, "Journal"): prune() removes the records older than the maximum age and, while the pages
// in use exceed the maximum size, the oldest ones, in transactions of at most kPruneChunkRows rows per table,
// going back to the event loop between two of them, so that a batch handed over meanwhile is written after
// one chunk and a huge prune never holds the write lock for long. A pass runs after open(), every prune
// interval, and when the pages in use pass the cap. clear() empties the database the same way.
//
// Durability: WAL with synchronous=NORMAL. A committed transaction survives the monitor being killed (the
// pages are in the OS's hands); only a power cut can take the last commits back. A transaction cut off
// midway disappears whole, so a crash loses at most the batch being written.
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    // `filePath` empty: in memory from the start (no problem reported). `maxPageCount` > 0 caps the file's
    // size in pages (SQLite's max_page_count), which is how tests make the disk full.
    JournalWriter(QString filePath, qint64 maxPageCount, std::shared_ptr<JournalInbox> inbox);
    ~JournalWriter() override;

    // On the writer thread (queued calls from Journal).
    void open();
    void drain();
    // Writes what is left, closes the database, lets the lock go and ends the thread's event loop.
    void close();
    // Zero: no limit. Before open() or, queued, any time after.
    void setRetention(qint64 maxAgeMs, qint64 maxBytes);
    void setPruneInterval(qint64 intervalMs) { m_pruneIntervalMs = intervalMs; } // before open()
    // When the session began (ms since the epoch, UTC), before open(): the end of the hole since the last
    // session that open() records (README, "Journal"); 0: when open() runs.
    void setSessionStart(qint64 startMs) { m_sessionStartMs = startMs; }
    // Starts a pruning pass unless one is running (then that one sees the current limits).
    void prune();
    // Removes every record older than `beforeMs` (a clear of the whole history: the moment it was asked).
    void clear(qint64 beforeMs);

    // Rows per table and transaction when pruning: about 26 ms of deleting on this machine class, so a batch
    // handed over meanwhile waits 11.5 ms (median) for its commit, 131 ms at worst, while a 300 MB journal is
    // pruned at 38 600 rows/s (bench_journal journal_prune_*). 500 rows halved the rate without a shorter
    // wait; a step's fixed cost (measuring, finding the cut) is then what counts. With the search index
    // (schema 6: its words deleted a chunk per statement) at load 3.3: 24 052 rows/s, 15.6 ms median, 236 ms
    // at worst.
    static constexpr qint64 kPruneChunkRows = 1000;
    // Pages given back per step by incremental_vacuum (files made by this version: auto_vacuum INCREMENTAL).
    static constexpr qint64 kVacuumPagesPerStep = 512;
    // Size pruning stops at this share of the cap, so that it does not run again after every batch.
    static constexpr qint64 kSizeTargetPercent = 90;

signals:
    void opened(bool onDisk);
    void problem(const QString& message);
    // After each transaction: the events written since open(), on disk and in memory together.
    void committed(qint64 eventsWritten);
    void sizeChanged(qint64 sizeBytes, qint64 freeBytes);
    void pruneFinished(qint64 rowsDeleted);
    void cleared(qint64 rowsDeleted, const QString& error);
    // A transaction wrote the gap the inbox left where it dropped `events` events, received from `fromMs`
    // to `toMs`, because the writer had fallen behind (JournalInbox): once per episode.
    void fellBehind(qint64 fromMs, qint64 toMs, qint64 events);

private:
    std::optional<QString> openFile();
    void openInMemory();
    bool prepareStatements();
    bool write(const JournalBatch& batch, QString* error);
    // Begins a write transaction and, on the file, checks that nobody raised its schema since open(): false
    // with `error` set (and m_raisedTo for a newer schema, the transaction rolled back) when it must not be
    // written.
    bool begin(QSqlDatabase& database, QString* error);
    QString raisedMessage() const;
    // The file's schema was raised by a newer monitor: says so once, lets the file go untouched and keeps
    // the rest of the session's history in memory.
    void leaveRaisedFile();
    bool writeEvents(const JournalBatch& batch, QString* error);
    bool countEvents(const JournalBatch::Events& part, QString* error);
    bool indexEvents(qint64 firstId, QString* error);
    bool collectWords(const QByteArray& texts, QString* error);
    bool writeRecords(const JournalBatch& batch, QString* error);
    void closeDatabase();
    // On the file, in one transaction: the hole since the previous session (from its clean close, else from
    // the last thing it journaled) and this session's row in monitor_sessions. noteSessionClose() marks the
    // row closed.
    void noteSessionStart();
    void noteSessionClose();
    void pruneStep();
    void finishPass(const QString& error);
    // Deletes up to kPruneChunkRows rows per table older than `beforeMs` (the per-minute counts: of the
    // minutes before `beforeMinute`) in one transaction; the rows deleted, or -1 on failure.
    qint64 deleteBefore(qint64 beforeMs, qint64 beforeMinute, QString* error);
    // The received time just after the `rows` oldest events (the cut for size pruning), or nullopt.
    std::optional<qint64> cutAfterOldest(qint64 rows);
    // page_count and freelist_count, in bytes; false when SQLite did not answer.
    bool measure(qint64* sizeBytes, qint64* freeBytes);
    void reportSize();
    bool vacuumStep();
    void schedulePruneStep();
    void checkSizeAfterWrite();

    QString m_filePath;
    qint64 m_maxPageCount;
    std::shared_ptr<JournalInbox> m_inbox;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    JournalStatement m_insertEvent; // once per event: SQLite's API (JournalStatement)
    std::optional<QSqlQuery> m_insertGap;
    std::optional<QSqlQuery> m_insertStats;
    std::optional<QSqlQuery> m_insertLookup;
    std::optional<QSqlQuery> m_insertLookupText;
    std::optional<QSqlQuery> m_insertAction;
    JournalStatement m_countEvents;
    JournalStatement m_readVersion; // PRAGMA user_version, in each write transaction (begin())
    JournalStatement m_gatherWords; // a transaction's texts into temp.new_words
    JournalStatement m_keepWords;   // its words into event_words
    JournalStatement m_forgetWords; // temp.new_words emptied
    std::optional<QSqlQuery> m_rollUpStats;
    std::optional<QSqlQuery> m_indexEvents;
    bool m_prepared = false; // the statements are ready
    bool m_onDisk = false;
    int m_raisedTo = 0; // the file's schema when begin() found it raised past ours, else 0
    qint64 m_eventsWritten = 0;
    qint64 m_maxAgeMs = 0;
    qint64 m_maxBytes = 0;
    qint64 m_pruneIntervalMs = 0;
    QTimer* m_pruneTimer = nullptr; // made on the writer thread in open()
    bool m_pruning = false;
    qint64 m_prunedRows = 0;
    std::optional<qint64> m_clearBeforeMs; // a clear asked for and not finished
    qint64 m_clearedRows = 0;
    qint64 m_lastSizeCheckMs = 0;
    bool m_shrinkingToCap = false;    // the pages in use passed the cap: pruning down to kSizeTargetPercent
    bool m_incrementalVacuum = false; // the file gives free pages back (auto_vacuum INCREMENTAL)
    qint64 m_sessionStartMs = 0;
    qint64 m_sessionRow = 0; // this session's row of monitor_sessions, 0 when none
};

} // namespace dispatch
