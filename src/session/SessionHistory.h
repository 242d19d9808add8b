// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"
#include "session/JournalRecentState.h"
#include "session/JournalRunHistory.h"
#include "session/JournalSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QStringList>
#include <algorithm>
#include <optional>
#include <qcoro/qcorotask.h>

namespace dispatch {

class CronsModel;
class DeadLetteredJobsModel;
class EventLogModel;
class JobsModel;
class WorkflowRunsModel;

// Opens a session with the past (issue 19 item 3, README "Journal"): reads the profile's journal on a worker
// thread (JournalReader) and replays the newest jobs' and runs' events and last lookups into the models
// through the code that applies live ones, a slice per turn of the event loop, so the window shows the last
// known state at once. In two reads: the newest kFirstPage jobs and runs first — a short walk however
// large the file — then the older rest up to limit(), which over a 10 000 000-event journal takes seconds
// (README "Journal", bench_startup), appended as it is replayed. The rows are then as of asOf() until the
// session has checked the ones on screen with the server (MonitorSession, as after a reconnect); rows the
// server has forgotten are marked there.
//
// Beside them, and first (it is one short read however large the file: JournalReader::recentState), the rest
// of what the session shows: the newest events go into the event log — and the dead-lettered jobs and crons
// fired among them into their lists — before any live one, which waits here meanwhile (holdLiveEvents), so
// that the log's rows with a sequence below firstLiveSequence() are the journal's and live ones follow; and
// the last DWP stats reply, REST totals, dead-letter count and first pages of the server's dead-letter and
// cron lists (recent()), which the pages show as of when until the live answer replaces them.
class SessionHistory : public QObject
{
    Q_OBJECT

public:
    // The live window (issue 19 item 5): at most this many of the newest jobs, and as many runs, come back.
    static constexpr int kDefaultLimit = 200'000;
    // Read and shown first, before the older rest up to the limit: the newest jobs and runs, those on
    // screen, which the session checks with the server (MonitorSession::kMaxResyncedJobs of them) without
    // waiting for the rest.
    static constexpr int kFirstPage = 2'000;
    // Events replayed per turn of the event loop; about 30 ms of JobsModel::applyEvents on this machine
    // class.
    static constexpr qsizetype kEventsPerSlice = 20'000;
    // Lookups (job.get / workflow.get answers) merged per turn: each may insert a row of its own.
    static constexpr qsizetype kLookupsPerSlice = 2'000;
    // A run's newest events read for its timeline.
    static constexpr int kRunEventLimit = 100'000;
    // A job's newest events read when it is opened from outside the list: a job has a handful (enqueued,
    // started, a retry each, the outcome, job.dlq), so this only bounds a damaged file.
    static constexpr int kJobEventLimit = 1'000;

    enum class Stage
    {
        Reading,   // the journal is being read
        Replaying, // its newest rows are going into the models
        Shown,     // the rows are as of asOf(), not yet checked with the server
        Checking,  // the session is asking the server for the rows on screen
        Checked,   // asked: what the server still knows is live, what it forgot is marked
        Empty,     // the journal held no job or run (or could not be read: error())
    };
    Q_ENUM(Stage)

    SessionHistory(JobsModel* jobs, WorkflowRunsModel* runs, QObject* parent = nullptr);

    // Where the newest events go; before load(). `eventLimit`: how many (the log's capacity).
    void setRecentTargets(EventLogModel* log, DeadLetteredJobsModel* deadLettered, CronsModel* crons,
                          int eventLimit);

    void setLimit(int limit) { m_limit = limit; }                      // before load()
    void setFirstPage(int count) { m_firstPage = std::max(1, count); } // before load(); kFirstPage else
    // When this session began journaling (Journal::sessionStartMs), before load(): where the holes since the
    // newest record end (holesSinceAsOf). 0: not known, none are read.
    void setSessionStart(qint64 startMs) { m_sessionStartMs = startMs; }
    int limit() const { return m_limit; }
    void load(QString filePath);

    Stage stage() const { return m_stage; }
    QDateTime asOf() const { return m_asOf; } // the journal's newest record
    // The holes in the history from asOf() to this session's start, oldest first (README "Journal", Holes):
    // the rows may have changed in them unseen. Empty when none was recorded or the start is not known.
    const QList<JournalGap>& holesSinceAsOf() const { return m_holesSinceAsOf; }
    // The older jobs and runs are still being read or replayed (after the newest were shown: Stage Shown
    // and on); jobCount() and runCount() grow when they come in.
    bool isReadingOlder() const { return m_readingOlder; }
    qsizetype jobCount() const { return m_jobCount; }
    qsizetype runCount() const { return m_runCount; }
    QDateTime checkedAt() const { return m_checkedAt; }
    QString error() const { return m_error; }
    // The newest jobs and runs replayed, newest first, until they are checked: the rows at the top of the
    // newest-first lists, which the views may not have published as on screen yet.
    const QStringList& uncheckedJobIds() const { return m_uncheckedJobIds; }
    const QStringList& uncheckedRunIds() const { return m_uncheckedRunIds; }

    // Until the newest events are in the log, live batches wait here and follow them.
    bool holdsLiveEvents() const { return m_recentReading; }
    void holdLiveEvents(const QList<dwp::StreamEvent>& batch);
    // The journal's last answers (the events themselves are in the log by then); valid once
    // isRecentRestored().
    bool isRecentRestored() const { return m_recentRestored; }
    const JournalRecentState& recent() const { return m_recent; }
    qsizetype restoredEventCount() const { return m_restoredEvents; }
    // Rows of the event log whose EventLogModel::SequenceRole is below this came from the journal.
    quint64 firstLiveSequence() const { return m_firstLiveSequence; }
    QDateTime eventsAsOf() const;

    // The session's side of the check: true once when rows are Shown (the stage becomes Checking).
    bool beginCheck();
    void checkDone();
    void checkFailed(); // back to Shown, so the next connection checks again

    // One run as the journal kept it, read on a worker thread.
    QCoro::Task<JournalRunHistory> readRun(QString runId);
    // One job as the journal kept it (JournalReader::job), read on a worker thread.
    QCoro::Task<JournalSnapshot> readJob(QString jobId);
    // The journal's stats of [fromMs, toMs) in buckets of `bucketMs` (JournalReader::statsWindow), read on a
    // worker thread.
    // With the holes in the history that reach into the window (JournalReader::gaps), for the charts to
    // break and mark.
    struct StatsWindow
    {
        QHash<QString, QList<QPointF>> series;
        QList<JournalGap> holes;
    };
    QCoro::Task<StatsWindow> readStats(qint64 fromMs, qint64 toMs, qint64 bucketMs);
    // The holes in the history that reach into [fromMs, toMs) (JournalReader::gaps), read on a worker thread:
    // those of a run opened (MonitorSession::openRun).
    QCoro::Task<QList<JournalGap>> readHoles(qint64 fromMs, qint64 toMs);

signals:
    void changed();
    // The newest events are in the log and recent() holds the journal's last answers (or nothing).
    void recentRestored();
    // A read found the file of a newer monitor's schema (raised while this session runs, or before it):
    // said once per SessionHistory, in words; nothing is read from then on and the file is left alone.
    void problem(const QString& message);

private:
    void setStage(Stage stage);
    void replay(JournalSnapshot snapshot);
    void replayOlder(JournalSnapshot snapshot);
    void startReplay(JournalSnapshot snapshot);
    void startOlderReplay(JournalSnapshot snapshot);
    void finishOlderReplay();
    void replayNextSlice();
    void restoreRecent(JournalRecentState state);
    void releaseHeldEvents();
    void noteNewerSchema(const QString& message);

    JobsModel* m_jobs;
    WorkflowRunsModel* m_runs;
    QString m_filePath;
    int m_limit = kDefaultLimit;
    int m_firstPage = kFirstPage;
    Stage m_stage = Stage::Empty;
    JournalSnapshot m_pending; // being replayed
    bool m_replaying = false;
    bool m_readingOlder = false;
    std::optional<JournalSnapshot> m_olderWaiting; // read while the newest were being replayed
    struct Front
    {
        int jobs = 0; // rows before the older ones
        qint64 jobsEvicted = 0;
        int runs = 0;
        qint64 runsEvicted = 0;
    };
    Front m_olderFront; // when the older ones began to go in
    qsizetype m_eventsDone = 0;
    qsizetype m_jobsDone = 0;
    qsizetype m_runsDone = 0;
    QDateTime m_asOf;
    qint64 m_sessionStartMs = 0;
    QList<JournalGap> m_holesSinceAsOf;
    QDateTime m_checkedAt;
    qsizetype m_jobCount = 0;
    qsizetype m_runCount = 0;
    QStringList m_uncheckedJobIds;
    QStringList m_uncheckedRunIds;
    QString m_error;
    EventLogModel* m_log = nullptr;
    DeadLetteredJobsModel* m_deadLettered = nullptr;
    CronsModel* m_crons = nullptr;
    int m_eventLimit = 0;
    bool m_recentReading = false;
    bool m_recentRestored = false;
    JournalRecentState m_recent; // its events moved into the log
    QList<QList<dwp::StreamEvent>> m_heldLive;
    qsizetype m_restoredEvents = 0;
    quint64 m_firstLiveSequence = 0;
    bool m_problemSaid = false;
};

} // namespace dispatch
