// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <chrono>
#include <memory>

namespace dispatch {

class JournalInbox;
class JournalWriter;
struct JournalBatch;

// One server profile's history on disk (README, "Journal"): every event received and the connection gaps,
// in SQLite, written by a JournalWriter on a thread of its own. This side lives in the GUI thread: record*()
// only moves data into the inbox under a short lock and, when the writer is idle, posts it a call; nothing
// here waits for the disk, except the destructor, which waits for the transaction already handed over.
class Journal : public QObject
{
    Q_OBJECT

public:
    enum class Storage
    {
        Opening,
        File,
        Memory, // in memory: asked for, or the file could not be used (problem() said why)
    };
    Q_ENUM(Storage)

    // `filePath` empty: in memory only (the --demo server, whose history means nothing next time).
    explicit Journal(QString filePath, QObject* parent = nullptr);
    ~Journal() override;

    // How often the writer prunes by age and size besides right after start() and when the size passes the
    // cap (README, "Journal").
    static constexpr std::chrono::milliseconds kDefaultPruneInterval = std::chrono::hours(1);

    // Caps the file at `pages` pages (SQLite's max_page_count): a full disk, for tests. Before start().
    void setMaxPageCount(qint64 pages) { m_maxPageCount = pages; }
    // The profile's retention: records older than `maxAge` go, and the oldest go while the pages in use
    // exceed `maxBytes`; zero means no limit. Any time: the writer prunes with the new limits at once.
    void setRetention(std::chrono::milliseconds maxAge, qint64 maxBytes);
    // Before start(); tests use a short one.
    void setPruneInterval(std::chrono::milliseconds interval) { m_pruneInterval = interval; }
    // The most events that wait for the writer (JournalInbox::kDefaultMaxEvents); past it batches are
    // dropped whole and history gets a gap (fellBehind()). Any time; tests use a small one.
    void setMaxQueuedEvents(qsizetype events);
    void start();
    // When start() began this session (ms since the epoch, UTC): where the hole since the previous session
    // ends (JournalWriter::noteSessionStart); 0 before start().
    qint64 sessionStartMs() const { return m_sessionStartMs; }
    // Asks the writer for a pruning pass now (pruneFinished() when done).
    void pruneNow();
    // Empties the journal through its writer (never a second one): every record received until now goes, in
    // small transactions; later ones stay. cleared() when done.
    void clearHistory();
    // Hands over what is left and closes the file in the background; later records are dropped.
    void close();

    const QString& filePath() const { return m_filePath; }
    Storage storage() const { return m_storage; }
    qint64 eventsWritten() const { return m_eventsWritten; }
    // Events handed over and not yet written (waiting, or in the transaction being written), and every
    // event dropped because that many were held.
    qsizetype queuedEvents() const;
    qsizetype eventsDropped() const;
    // For tests: holdWriter() makes the writer thread wait, from when it has done what was posted before,
    // until releaseWriter() (the destructor releases it too). The GUI thread goes on handing over.
    void holdWriter();
    void releaseWriter();
    // The database's size (SQLite's page_count × page_size) and how much of it is free pages, which later
    // records reuse before the file grows; as last reported by the writer, 0 before.
    qint64 sizeBytes() const { return m_sizeBytes; }
    qint64 freeBytes() const { return m_freeBytes; }

    void recordEvents(const QList<dwp::StreamEvent>& batch, const QDateTime& receivedAt);
    void recordGap(const QDateTime& from, const QDateTime& to);
    // `source`: where the sample comes from ("dwp.stats", "rest.stats"); `json` the sample as JSON.
    void recordStats(const QDateTime& at, const QString& source, const QByteArray& json);
    // A job, run or timeline looked up by id (`kind`: "job", "run", "timeline"), as the server answered.
    void recordLookup(const QString& kind, const QString& subjectId, const QByteArray& json);
    // An operator's action with its outcome (JournalledAction), now, by the user running the monitor.
    void recordAction(const QString& action, const QString& target, bool succeeded, const QString& detail);

signals:
    // Why history is not going where it should; said once per journal, in words for the status bar.
    void problem(const QString& message);
    void storageChanged(dispatch::Journal::Storage storage);
    // The writer finished a transaction; `eventsWritten` counts every event since start().
    void committed(qint64 eventsWritten);
    // The writer measured the database (after opening, pruning, and now and then while writing).
    void sizeChanged(qint64 sizeBytes, qint64 freeBytes);
    // A pruning pass ended; `rowsDeleted` counts the records it removed from all tables.
    void pruneFinished(qint64 rowsDeleted);
    // clearHistory() is done: `rowsDeleted` records removed; `error` says why it stopped early, else empty.
    void cleared(qint64 rowsDeleted, const QString& error);
    // The writer fell behind: in words for the status bar, twice per episode — when the first batch is
    // dropped (from record*(), at once), and with the count once the writer has written the gap over them.
    void fellBehind(const QString& message);

private:
    void hand(JournalBatch batch);
    void onProblem(const QString& message);
    void onFellBehind(qint64 fromMs, qint64 toMs, qint64 events);

    QString m_filePath;
    QString m_user;
    qint64 m_maxPageCount = 0;
    std::chrono::milliseconds m_maxAge{0};
    qint64 m_maxBytes = 0;
    std::chrono::milliseconds m_pruneInterval = kDefaultPruneInterval;
    qint64 m_sizeBytes = 0;
    qint64 m_freeBytes = 0;
    std::shared_ptr<JournalInbox> m_inbox;
    std::shared_ptr<QSemaphore> m_hold; // holdWriter()
    int m_holds = 0;
    JournalWriter* m_writer = nullptr; // lives in m_thread; deleted here once the thread has ended
    QThread m_thread;
    Storage m_storage = Storage::Opening;
    qint64 m_eventsWritten = 0;
    bool m_started = false;
    qint64 m_sessionStartMs = 0;
    bool m_closing = false;
    bool m_problemSaid = false;
};

} // namespace dispatch
