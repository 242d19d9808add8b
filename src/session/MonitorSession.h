// SPDX-License-Identifier: MIT
#pragma once

#include "client/DispatchClient.h"
#include "models/CronsModel.h"
#include "models/DeadLetteredJobsModel.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/StatsHistory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/ClientOptions.h"
#include "protocol/ClientState.h"
#include "session/AdminApiSession.h"
#include "session/EventBatcher.h"
#include "session/Journal.h"
#include "session/RunWatches.h"
#include "session/ServerAccess.h"
#include "session/StatsPoller.h"
#include "session/VisibleJobDetails.h"
#include "settings/AdminApiChoice.h"

#include <QCache>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <qcoro/qcorotask.h>

namespace dispatch {

class SessionHistory;
struct JournalRunHistory;

// One monitored server: owns its DispatchClient and the models, and keeps them fed (the part nheko's
// EventStore plays, style.md). It subscribes to `firehose`, passes every event through an EventBatcher to the
// models in one update per batch, fetches details by id on demand and caches them, and after a reconnect
// asks the server again for what is on screen — events missed while offline are not replayed (§5, §11), so
// fetched state is the only way to reconcile.
//
// The server cannot list jobs or runs (§8, §11): the models hold what was seen since trackingSince() plus
// what was opened by id.
class MonitorSession : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultStatsInterval{5000};
    static constexpr qsizetype kMaxResyncedJobs = 200; // the server answers one request at a time (§2)
    // Events about the open run have it fetched again (its timeline brings the checkpoints no event carries,
    // §4), but not more often than this: a run completing 100 steps a second had its whole timeline fetched
    // back to back, each answer as long as the run (bench_gui_stall), a load on the server and on the window
    // for what the events already showed. The last events of a burst still get their refresh, at the end of
    // the interval.
    static constexpr std::chrono::milliseconds kMinOpenRunRefreshInterval{1000};

    explicit MonitorSession(ClientOptions options, QObject* parent = nullptr);
    ~MonitorSession() override;

    // For the session layer (SessionCommands, tests); the window asks the session, not the client.
    DispatchClient& client() { return *m_client; }
    const ClientOptions& options() const { return m_client->options(); }
    ClientState state() const { return m_client->state(); }
    RunWatches& watches() { return *m_watches; } // the runs pinned in this session
    JobsModel& jobs() { return m_jobs; }
    WorkflowRunsModel& runs() { return m_runs; }
    EventLogModel& eventLog() { return m_eventLog; }
    TimelineModel& timeline() { return m_timeline; } // of the open run
    StatsHistory& statsHistory() { return m_statsHistory; }
    OverviewCounts& overview() { return m_overview; }                // counts over jobs() and runs()
    DeadLetteredJobsModel& deadLettered() { return m_deadLettered; } // job.dlq seen since connecting
    CronsModel& crons() { return m_crons; } // seen firing (cron.fired, firehose only, §5)
    EventBatcher& batcher() { return m_batcher; }
    // The REST admin API of the same server (§8): detected once connected, the server's totals.
    AdminApiSession& adminApi() { return *m_adminApi; }
    // What may be asked of the server now: offline since when, and the scopes a 403 said the token lacks.
    ServerAccess& access() { return m_access; }
    // Where REST is and how to reach it, from the profile; replaces adminApi(), so only before start() and
    // before anyone holds on to adminApi().
    void setAdminApi(const AdminApiChoice& choice);
    QDateTime trackingSince() const { return m_trackingSince; }
    // The spans this session was not connected, oldest first, each noted once it ended (the one under way:
    // access().offlineSince()). Holes in what the models heard, journal or not (RunHoles).
    const QList<JournalGap>& connectionGaps() const { return m_connectionGaps; }
    // The server accepted this session at least once: what it shows is worth keeping over a connection that
    // has not proved itself yet (SessionHost).
    bool hasConnected() const { return m_hadSession; }
    // Where this session's history is kept (SessionHost picks the profile's file): every batch of events and
    // every connection gap go there too, from then on. None by default. Its problems become warning()s.
    void setJournal(std::unique_ptr<Journal> journal);
    Journal* journal() const { return m_journal.get(); }
    // What the journal held when setJournal() was called (README, "Journal"): read on a worker thread into
    // jobs() and runs(), marked as of when, then checked with the server as after a reconnect. Null without
    // a journal.
    SessionHistory* history() const { return m_history.get(); }

    // Connects and subscribes to firehose. If the first attempt fails while reconnect is on, the client keeps
    // trying and the subscription is made once a connection succeeds; this task fails with the first error.
    QCoro::Task<void> start();
    void stop();
    // The operator's File → Reconnect now: an attempt at once instead of waiting out the backoff, also after
    // Disconnect or after the client gave up (then the firehose is subscribed again). Nothing while
    // connected or while an attempt is under way.
    void reconnectNow();
    // The operator's File → Disconnect: the connection drops and stays down, the models keep what they hold,
    // until reconnectNow() (which reports the gap and refreshes what is on screen, as after any reconnect).
    void disconnectFromServer();
    bool isDisconnectedByUser() const { return m_client->isDisconnectedByUser(); }

    // Details by id (job.get, workflow.get, workflow.timeline), merged into the models and cached until an
    // event about the same job or run arrives.
    QCoro::Task<dwp::Job> fetchJob(QString jobId);
    QCoro::Task<dwp::WorkflowRun> fetchRun(QString runId);
    QCoro::Task<QList<dwp::TimelineEntry>> fetchTimeline(QString runId);
    std::optional<dwp::Job> cachedJob(const QString& jobId) const;
    std::optional<dwp::WorkflowRun> cachedRun(const QString& runId) const;
    std::optional<QList<dwp::TimelineEntry>> cachedTimeline(const QString& runId) const;

    // The job or run whose details are on screen: re-fetched whenever an event about it arrives (at most one
    // request in flight each) and after a reconnect. openRun also points timeline() at the run.
    QCoro::Task<void> openJob(QString jobId);
    QCoro::Task<void> openRun(QString runId);
    // Rows the views show, re-fetched after a reconnect (the first kMaxResyncedJobs of each).
    // The jobs on screen: resynced after a reconnect, and looked up once if only events were seen of them
    // (VisibleJobDetails), so that their priority is known.
    void setVisibleJobs(const QStringList& jobIds);
    void setVisibleRuns(const QStringList& runIds) { m_visibleRuns = runIds; }

    // Cancels over DWP (a relabel only) and marks the row, since the server announces no cancel (§3).
    // REST's retry and guarded cancel are in JobActions.
    QCoro::Task<dwp::CancelResult> cancelJob(QString jobId);

    std::chrono::milliseconds statsInterval() const { return m_statsPoller.interval(); }
    void setStatsInterval(std::chrono::milliseconds interval)
    {
        m_statsPoller.setInterval(interval);
    } // 0: off

signals:
    void stateChanged(dispatch::ClientState state);
    void jobDetailsChanged(const QString& jobId);
    void runDetailsChanged(const QString& runId);
    // The connection was down from `from` to `to`: events of that span are missing from the models.
    void connectionGap(const QDateTime& from, const QDateTime& to);
    void resynced(int jobs, int runs);
    void warning(const QString& message);
    // The client's news, passed on for the connection bar and the event rate (DispatchClient says more).
    void reconnectScheduled(std::chrono::milliseconds delay, int attempt);
    void serverSessionStarted(const QString& sessionId);
    void pingRoundTrip(std::chrono::milliseconds roundTrip);
    void fatalError(const QString& message, int code);
    // After disconnectFromServer(), once the state is Disconnected.
    void disconnectedByUser();
    void certificateRejected(const dispatch::CertificateProblem& problem);
    void eventReceived(const dwp::StreamEvent& event);

private:
    QCoro::Task<void> subscribeFirehose();
    void openWithHistory(const QString& filePath);
    void showRunHistory(const JournalRunHistory& kept);
    // The open run's holes into timeline(): the journal's (read by openRun) and this session's own.
    void showRunHoles();
    void noteConnectionGap(const QDateTime& from, const QDateTime& to);
    void onSessionStarted();
    void onClientState(ClientState state);
    void onBatch(const QList<dwp::StreamEvent>& batch);
    void refreshOpenJob();
    void refreshOpenRun();
    void resyncAfterReconnect();
    bool isShuttingDown() const { return m_shuttingDown; }

    std::unique_ptr<Journal> m_journal; // first, so it goes last, after the batcher's final batch
    JobsModel m_jobs;
    WorkflowRunsModel m_runs;
    OverviewCounts m_overview{&m_jobs, &m_runs};
    CronsModel m_crons;
    EventLogModel m_eventLog;
    TimelineModel m_timeline;
    StatsHistory m_statsHistory;
    ServerAccess m_access;
    DeadLetteredJobsModel m_deadLettered;
    EventBatcher m_batcher;
    QCache<QString, dwp::Job> m_jobCache;
    QCache<QString, dwp::WorkflowRun> m_runCache;
    QCache<QString, QList<dwp::TimelineEntry>> m_timelineCache;
    QString m_openJobId;
    QString m_openRunId;
    QStringList m_visibleJobs;
    std::unique_ptr<VisibleJobDetails> m_visibleDetails;
    std::unique_ptr<SessionHistory> m_history;
    QStringList m_visibleRuns;
    QDateTime m_trackingSince;
    QDateTime m_disconnectedAt;
    QList<JournalGap> m_connectionGaps;      // connectionGaps()
    QList<JournalGap> m_openRunJournalHoles; // the journal's holes from the open run's start on
    QTimer m_tickTimer;                      // closes quiet intervals of the stats history
    StatsPoller m_statsPoller{&m_statsHistory};
    bool m_starting = false;
    bool m_subscribing = false;
    bool m_hadSession = false;
    bool m_jobRefreshInFlight = false;
    bool m_jobRefreshAgain = false;
    bool m_runRefreshInFlight = false;
    bool m_runRefreshAgain = false;
    QElapsedTimer m_runRefreshStarted; // the last event-driven refresh of the open run
    QTimer m_runRefreshTimer;          // the refresh put off to the end of kMinOpenRunRefreshInterval
    bool m_shuttingDown = false;
    // Last, so they go first, while the models their late callbacks might reach still exist; the subscription
    // before the client it unsubscribes from.
    std::unique_ptr<DispatchClient> m_client;
    std::unique_ptr<Subscription> m_firehose;
    std::unique_ptr<RunWatches> m_watches;
    std::unique_ptr<AdminApiSession> m_adminApi;
};

} // namespace dispatch
