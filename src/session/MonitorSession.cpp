// SPDX-License-Identifier: MIT
#include "session/MonitorSession.h"

#include "client/AdminApiClient.h"
#include "coro/Detached.h"
#include "models/JournalGap.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Topics.h"
#include "session/AdminApiAddress.h"
#include "session/RunHoles.h"
#include "session/SessionHistory.h"

#include <QPointer>
#include <limits>

namespace dispatch {

// Coroutines here follow the client's rules (src/client): parameters by value, no brace-initialised
// temporaries inside a co_await expression (GCC 12 destroys them twice), and after every co_await a check
// that the session still exists and is not being torn down before touching a member.

namespace {

const QString kJobTopicPrefix = QStringLiteral("job:");
const QString kWorkflowTopicPrefix = QStringLiteral("workflow:");

QStringList firstOf(const QStringList& ids, const QString& alsoThis, qsizetype limit)
{
    QStringList chosen = ids.mid(0, limit);
    if (!alsoThis.isEmpty() && !chosen.contains(alsoThis))
        chosen.append(alsoThis);
    return chosen;
}

} // namespace

MonitorSession::MonitorSession(ClientOptions options, QObject* parent)
    : QObject(parent), m_client(std::make_unique<DispatchClient>(std::move(options)))
{
    m_jobCache.setMaxCost(500);
    m_runCache.setMaxCost(200);
    m_timelineCache.setMaxCost(50);
    DispatchClient* client = m_client.get();
    connect(client, &DispatchClient::eventReceived, &m_batcher, &EventBatcher::addEvent);
    connect(&m_batcher, &EventBatcher::batchReady, this, &MonitorSession::onBatch);
    connect(client, &DispatchClient::sessionStarted, this, &MonitorSession::onSessionStarted);
    connect(client, &DispatchClient::stateChanged, this, &MonitorSession::onClientState);
    connect(client, &DispatchClient::warning, this, &MonitorSession::warning);
    connect(client, &DispatchClient::pingRoundTrip, this, [this](std::chrono::milliseconds roundTrip) {
        m_statsHistory.addPingRoundTrip(QDateTime::currentDateTimeUtc(), roundTrip);
    });
    connect(client, &DispatchClient::reconnectScheduled, this, &MonitorSession::reconnectScheduled);
    connect(client, &DispatchClient::sessionStarted, this, &MonitorSession::serverSessionStarted);
    connect(client, &DispatchClient::pingRoundTrip, this, &MonitorSession::pingRoundTrip);
    connect(client, &DispatchClient::fatalError, this, &MonitorSession::fatalError);
    connect(client, &DispatchClient::certificateRejected, this, &MonitorSession::certificateRejected);
    connect(client, &DispatchClient::eventReceived, this, &MonitorSession::eventReceived);
    connect(client, &DispatchClient::permissionRefused, &m_access, &ServerAccess::learnRefused);
    m_watches = std::make_unique<RunWatches>(client, &m_runs, &m_timeline);
    m_visibleDetails = std::make_unique<VisibleJobDetails>(
        &m_jobs, [this](QString jobId) { return fetchJob(std::move(jobId)); });
    setAdminApi(AdminApiChoice{}); // REST on DWP's host and port under /dispatch, the usual deployment (§8)
    m_statsPoller.setClient(client);
    m_statsPoller.setInterval(kDefaultStatsInterval);
    connect(&m_statsPoller, &StatsPoller::warning, this, &MonitorSession::warning);
    m_tickTimer.setInterval(std::chrono::seconds(1));
    m_runRefreshTimer.setSingleShot(true);
    connect(&m_runRefreshTimer, &QTimer::timeout, this, &MonitorSession::refreshOpenRun);
    connect(&m_tickTimer, &QTimer::timeout, this,
            [this] { m_statsHistory.advanceTo(QDateTime::currentDateTimeUtc()); });
}

MonitorSession::~MonitorSession()
{
    // Calls still in flight fail when the client closes; their coroutines see m_shuttingDown and leave the
    // half-destroyed session alone.
    m_shuttingDown = true;
    m_client->disconnect(this);
    m_watches.reset();
    m_firehose.reset();
    m_client->close();
}

QCoro::Task<void> MonitorSession::start()
{
    QPointer<MonitorSession> self(this);
    m_trackingSince = QDateTime::currentDateTimeUtc();
    m_jobs.setTrackingSince(m_trackingSince);
    m_runs.setTrackingSince(m_trackingSince);
    m_eventLog.setTrackingSince(m_trackingSince);
    m_starting = true;
    try {
        co_await m_client->connect();
    } catch (...) {
        if (self)
            m_starting = false;
        throw;
    }
    if (!self || isShuttingDown())
        co_return;
    m_starting = false;
    if (!m_firehose)
        co_await subscribeFirehose();
}

void MonitorSession::setAdminApi(const AdminApiChoice& choice)
{
    m_adminApi =
        std::make_unique<AdminApiSession>(AdminApiAddress::settingsFor(choice, options().connection));
    m_adminApi->setInterval(choice.totalsInterval);
}

void MonitorSession::setJournal(std::unique_ptr<Journal> journal)
{
    m_journal = std::move(journal);
    if (!m_journal)
        return;
    Journal* kept = m_journal.get();
    connect(&m_batcher, &EventBatcher::batchReady, kept, [kept](const QList<dwp::StreamEvent>& batch) {
        kept->recordEvents(batch, QDateTime::currentDateTimeUtc());
    });
    connect(this, &MonitorSession::connectionGap, kept, &Journal::recordGap);
    // A file raised to a newer schema while the session runs is said once, by whichever meets it first: the
    // writer (the journal goes to memory, so the readers' word is not passed on, below) or a reader (then the
    // writer's word, which can only be about the same file — it checks the version before anything else —
    // is not). The Journal and SessionHistory each say theirs once.
    auto newerSchemaSaid = std::make_shared<bool>(false);
    connect(kept, &Journal::problem, this, [this, newerSchemaSaid](const QString& message) {
        if (!*newerSchemaSaid)
            emit warning(message);
    });
    connect(kept, &Journal::fellBehind, this, &MonitorSession::warning);
    connect(&m_statsPoller, &StatsPoller::sampled, kept,
            [kept](const QDateTime& at, const dwp::ServerStats& stats) {
                kept->recordStats(at, QString::fromLatin1(JournalRecentState::kDwpStats), stats.toJson());
            });
    // The admin API set before (SessionHost sets it first); totalsChanged also says a request failed, so only
    // new totals are kept.
    AdminApiSession* rest = m_adminApi.get();
    connect(rest, &AdminApiSession::totalsChanged, kept, [kept, rest, keptAt = QDateTime()]() mutable {
        if (!rest->totals() || rest->totalsAt() == keptAt)
            return;
        keptAt = rest->totalsAt();
        kept->recordStats(keptAt, QString::fromLatin1(JournalRecentState::kRestTotals),
                          rest->totals()->toJson());
    });
    kept->start();
    if (kept->filePath().isEmpty())
        return;
    openWithHistory(kept->filePath());
    // At start the writer says it (it refuses the file too), so only while the file is in use. The history
    // reads on a worker thread: its first word comes after this.
    connect(m_history.get(), &SessionHistory::problem, this, [this, newerSchemaSaid](const QString& message) {
        if (!m_journal || m_journal->storage() != Journal::Storage::File)
            return;
        *newerSchemaSaid = true;
        emit warning(message);
    });
}

void MonitorSession::openWithHistory(const QString& filePath)
{
    m_history = std::make_unique<SessionHistory>(&m_jobs, &m_runs);
    m_history->setLimit(m_jobs.capacity()); // as many as the live window keeps (issue 19 item 5)
    m_history->setSessionStart(m_journal->sessionStartMs());
    // As many events as the log keeps (100 000 by default, EventLogModel::kDefaultCapacity).
    m_history->setRecentTargets(&m_eventLog, &m_deadLettered, &m_crons, int(m_eventLog.capacity()));
    // Rows shown from the journal are checked with the server as after a reconnect: now if connected, else
    // when the connection is made (onSessionStarted).
    connect(m_history.get(), &SessionHistory::changed, this, [this] {
        if (m_client->state() == ClientState::Ready && m_history->beginCheck())
            resyncAfterReconnect();
    });
    m_history->load(filePath);
}

void MonitorSession::setVisibleJobs(const QStringList& jobIds)
{
    m_visibleJobs = jobIds;
    if (m_client->state() == ClientState::Ready)
        m_visibleDetails->setVisible(jobIds);
}

void MonitorSession::stop()
{
    // Since when the session has not heard the server: closing offline, that gap reaches to the close, and
    // the next session's hole ("not running", JournalWriter::noteSessionStart) begins there. Read before the
    // client closes, which would start a gap of its own now. Never connected at all: since start().
    const QDateTime offlineSince = m_hadSession ? m_disconnectedAt : m_trackingSince;
    m_statsPoller.stop();
    m_tickTimer.stop();
    m_adminApi->stop();
    m_watches->clear();
    m_firehose.reset();
    m_client->close();
    m_batcher.flush();
    if (m_journal) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (offlineSince.isValid() &&
            (m_hadSession || offlineSince.msecsTo(now) >= JournalGap::kShortestRecordedMs))
            m_journal->recordGap(offlineSince, now);
        m_journal->close();
    }
}

void MonitorSession::reconnectNow()
{
    // Giving up ended every subscription (DispatchClient::fatalError); onSessionStarted() subscribes the
    // firehose again when it finds none. After Disconnect the subscription stays and the client renews it.
    if (m_client->state() == ClientState::Closed)
        m_firehose.reset();
    m_client->reconnectNow();
}

void MonitorSession::disconnectFromServer()
{
    if (m_client->state() == ClientState::Closed || m_client->isDisconnectedByUser())
        return;
    QPointer<MonitorSession> self(this);
    m_client->disconnectFromServer();
    if (self)
        emit disconnectedByUser();
}

QCoro::Task<void> MonitorSession::subscribeFirehose()
{
    QPointer<MonitorSession> self(this);
    m_subscribing = true;
    std::unique_ptr<Subscription> subscription;
    try {
        const QString channel = dwp::topics::Firehose;
        subscription = co_await m_client->subscribe(channel);
    } catch (...) {
        if (self)
            m_subscribing = false;
        throw;
    }
    if (!self || isShuttingDown())
        co_return;
    m_subscribing = false;
    // The client re-subscribes it after every reconnect; events arrive through eventReceived.
    m_firehose = std::move(subscription);
}

void MonitorSession::onSessionStarted()
{
    // Rows shown from the journal are as stale as rows kept over a reconnect: both are checked the same way.
    const bool historyToCheck = m_history && m_history->beginCheck();
    if (m_hadSession || historyToCheck) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_hadSession && m_disconnectedAt.isValid()) {
            noteConnectionGap(m_disconnectedAt, now);
            emit connectionGap(m_disconnectedAt, now);
        }
        resyncAfterReconnect();
    }
    // The first connection came late (the server was down when the session began, the client retried): the
    // span before it is a hole as a lost connection is. Short waits (connecting takes a moment) are not.
    if (!m_hadSession && m_trackingSince.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_trackingSince.msecsTo(now) >= JournalGap::kShortestRecordedMs) {
            noteConnectionGap(m_trackingSince, now);
            if (m_journal)
                m_journal->recordGap(m_trackingSince, now);
        }
    }
    m_hadSession = true;
    m_disconnectedAt = {};
    // A first connection made by the client's background retries, after start() failed: subscribe now.
    if (!m_firehose && !m_starting && !m_subscribing) {
        auto subscribeLate = [](QPointer<MonitorSession> self) -> QCoro::Task<void> {
            try {
                co_await self->subscribeFirehose();
            } catch (const DispatchError& error) {
                if (self && !self->isShuttingDown())
                    emit self->warning(
                        //: Status bar warning. %1 is why the subscription failed.
                        tr("Could not subscribe to the event stream: %1").arg(error.message()));
            }
        };
        detached(subscribeLate(this), this, "subscribing after a late first connection");
    }
    m_statsPoller.start();
    m_tickTimer.start();
    m_adminApi->detect(); // again after a reconnect when REST was not there before
}

void MonitorSession::onClientState(ClientState state)
{
    if (state != ClientState::Ready && m_hadSession && !m_disconnectedAt.isValid())
        m_disconnectedAt = QDateTime::currentDateTimeUtc();
    m_access.setOnline(state == ClientState::Ready, m_disconnectedAt);
    emit stateChanged(state);
}

void MonitorSession::onBatch(const QList<dwp::StreamEvent>& batch)
{
    m_jobs.applyEvents(batch);
    m_runs.applyEvents(batch);
    // The journal's newest events go into these lists first (SessionHistory); live ones wait for them.
    if (m_history && m_history->holdsLiveEvents()) {
        m_history->holdLiveEvents(batch);
    } else {
        m_eventLog.applyEvents(batch);
        m_deadLettered.applyEvents(batch);
        m_crons.applyEvents(batch);
    }
    m_timeline.applyEvents(batch);
    m_statsHistory.applyEvents(batch, QDateTime::currentDateTimeUtc());

    // Cached details of anything an event is about are out of date; what is on screen is fetched again.
    bool openJobTouched = false;
    bool openRunTouched = false;
    for (const dwp::StreamEvent& event : batch) {
        if (AdminApiSession::changesTotals(event.type))
            m_adminApi->refreshSoon();
        if (event.topic.startsWith(kJobTopicPrefix)) {
            const QString jobId = event.topic.mid(kJobTopicPrefix.size());
            m_jobCache.remove(jobId);
            openJobTouched = openJobTouched || jobId == m_openJobId;
        } else if (event.topic.startsWith(kWorkflowTopicPrefix)) {
            const QString runId = event.topic.mid(kWorkflowTopicPrefix.size());
            m_runCache.remove(runId);
            m_timelineCache.remove(runId);
            openRunTouched = openRunTouched || runId == m_openRunId;
        }
    }
    if (openJobTouched)
        refreshOpenJob();
    if (openRunTouched)
        refreshOpenRun();
}

QCoro::Task<dwp::Job> MonitorSession::fetchJob(QString jobId)
{
    QPointer<MonitorSession> self(this);
    dwp::Job job;
    try {
        job = co_await m_client->getJob(jobId);
    } catch (const NotFoundError&) {
        // A row the server no longer knows (restarted without persistence, or pruned): marked, not dropped,
        // so the operator sees what was there and that it is gone (issue 20 item 6).
        if (self && !isShuttingDown() && m_jobs.markUnknownToServer(jobId))
            emit jobDetailsChanged(jobId);
        throw;
    }
    if (!self || isShuttingDown())
        co_return job;
    m_jobs.upsertJob(job);
    if (m_journal)
        m_journal->recordLookup(QStringLiteral("job"), jobId, job.toJson());
    // Like the model, the cache holds no payload of megabytes: 500 of them could be gigabytes, and a 36 MB
    // one stayed after its job left the screen (issue 20 item 4). Enqueue Again fetches such a job anew.
    if (!job.payload || job.payload->size() <= JobTable::kKeptPayloadBytes)
        m_jobCache.insert(jobId, new dwp::Job(job));
    else
        m_jobCache.remove(jobId);
    emit jobDetailsChanged(jobId);
    co_return job;
}

QCoro::Task<dwp::WorkflowRun> MonitorSession::fetchRun(QString runId)
{
    QPointer<MonitorSession> self(this);
    dwp::WorkflowRun run;
    try {
        run = co_await m_client->getWorkflow(runId);
    } catch (const NotFoundError&) {
        if (self && !isShuttingDown() && m_runs.markUnknownToServer(runId))
            emit runDetailsChanged(runId);
        throw;
    }
    if (!self || isShuttingDown())
        co_return run;
    m_runs.upsertRun(run);
    if (m_journal)
        m_journal->recordLookup(QStringLiteral("run"), runId, run.toJson());
    if (runId == m_openRunId)
        m_timeline.setRun(run);
    m_runCache.insert(runId, new dwp::WorkflowRun(run));
    emit runDetailsChanged(runId);
    co_return run;
}

QCoro::Task<QList<dwp::TimelineEntry>> MonitorSession::fetchTimeline(QString runId)
{
    QPointer<MonitorSession> self(this);
    QList<dwp::TimelineEntry> entries = co_await m_client->workflowTimeline(runId);
    if (!self || isShuttingDown())
        co_return entries;
    if (m_journal)
        m_journal->recordLookup(QStringLiteral("timeline"), runId, dwp::TimelineEntry::listToJson(entries));
    if (runId == m_openRunId) {
        m_timeline.setTimeline(entries);
        m_timeline.setHistoryAsOf({}); // the server's own answer now
    }
    m_timelineCache.insert(runId, new QList<dwp::TimelineEntry>(entries));
    emit runDetailsChanged(runId);
    co_return entries;
}

std::optional<dwp::Job> MonitorSession::cachedJob(const QString& jobId) const
{
    if (const dwp::Job* job = m_jobCache.object(jobId))
        return *job;
    return std::nullopt;
}

std::optional<dwp::WorkflowRun> MonitorSession::cachedRun(const QString& runId) const
{
    if (const dwp::WorkflowRun* run = m_runCache.object(runId))
        return *run;
    return std::nullopt;
}

std::optional<QList<dwp::TimelineEntry>> MonitorSession::cachedTimeline(const QString& runId) const
{
    if (const QList<dwp::TimelineEntry>* entries = m_timelineCache.object(runId))
        return *entries;
    return std::nullopt;
}

QCoro::Task<void> MonitorSession::openJob(QString jobId)
{
    QPointer<MonitorSession> self(this);
    // The job left on screen gives back a payload of megabytes; opening it again fetches it anew.
    if (!m_openJobId.isEmpty() && m_openJobId != jobId)
        m_jobs.releaseLargePayload(m_openJobId);
    m_openJobId = jobId;
    m_jobs.setPinnedJob(jobId); // an open job stays in the live window however old
    if (m_history && m_jobs.rowOf(jobId) < 0) {
        // Not in the list — it left the live window, or was found in the history: the journal's record first,
        // in case the server has forgotten it (as a run, openRun); the server's answer replaces it below.
        JournalSnapshot kept = co_await m_history->readJob(jobId);
        if (!self || isShuttingDown() || m_openJobId != jobId)
            co_return;
        m_jobs.applyEvents(kept.events);
        for (const dwp::Job& job : std::as_const(kept.jobs))
            m_jobs.upsertJob(job);
    }
    co_await fetchJob(jobId);
}

QCoro::Task<void> MonitorSession::openRun(QString runId)
{
    QPointer<MonitorSession> self(this);
    m_openRunId = runId;
    m_runRefreshStarted.invalidate(); // the interval is per run: events about this one may refresh at once
    m_runRefreshTimer.stop();
    m_runs.setPinnedRun(runId); // an open run stays in the live window however old
    m_timeline.setRunId(runId);
    m_openRunJournalHoles.clear();
    showRunHoles();
    // What is already known first, so the view fills at once: cached details, then the run's events still in
    // the log (step failures have no checkpoint, §4, so the log is their only record).
    if (const auto run = cachedRun(runId))
        m_timeline.setRun(*run);
    if (const auto entries = cachedTimeline(runId))
        m_timeline.setTimeline(*entries);
    else if (m_history) {
        // Nothing fetched this session: the journal's record first, in case the server has forgotten the run
        // (restarted without persistence); its own answers replace it below when it still knows the run.
        JournalRunHistory kept = co_await m_history->readRun(runId);
        if (!self || isShuttingDown() || m_openRunId != runId)
            co_return;
        showRunHistory(kept);
    }
    if (m_history) {
        // The journal's holes from the run's start (as known now: cached, or the journal's record; from the
        // oldest kept when not known), so that a span nobody heard is not taken for a run that stalled. A
        // short read (gaps_by_end), on a worker thread like every read of the file.
        const auto span = m_timeline.runSpanMs(QDateTime::currentMSecsSinceEpoch());
        const qint64 fromMs = span ? span->first : 0;
        const qint64 toMs = std::numeric_limits<qint64>::max();
        QList<JournalGap> holes = co_await m_history->readHoles(fromMs, toMs);
        if (!self || isShuttingDown() || m_openRunId != runId)
            co_return;
        m_openRunJournalHoles = std::move(holes);
        showRunHoles();
    }
    m_batcher.flush();
    m_timeline.applyEvents(m_eventLog.eventsWithTopic(dwp::topics::workflowTopic(runId)));
    co_await fetchRun(runId);
    if (!self || isShuttingDown() || m_openRunId != runId)
        co_return;
    co_await fetchTimeline(runId);
}

void MonitorSession::showRunHistory(const JournalRunHistory& kept)
{
    if (kept.isEmpty())
        return;
    if (kept.run) {
        m_timeline.setRun(*kept.run);
        if (m_runs.rowOf(kept.run->id) < 0)
            m_runs.upsertRun(*kept.run); // beyond the replayed window: listed again, as a run opened by id is
    }
    if (kept.timeline)
        m_timeline.setTimeline(*kept.timeline);
    m_timeline.applyEvents(kept.events);
    m_timeline.setHistoryAsOf(QDateTime::fromMSecsSinceEpoch(kept.asOfMs, Qt::UTC));
}

void MonitorSession::noteConnectionGap(const QDateTime& from, const QDateTime& to)
{
    m_connectionGaps.append(
        {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), JournalGap::Reason::ConnectionLost});
    if (!m_openRunId.isEmpty())
        showRunHoles();
}

void MonitorSession::showRunHoles()
{
    if (m_timeline.runId() != m_openRunId)
        return;
    // What this session's writer dropped, the models heard (RunHoles::merge); its own gaps, which its journal
    // holds too once written.
    const qint64 sinceMs = m_trackingSince.isValid() ? m_trackingSince.toMSecsSinceEpoch() : 0;
    m_timeline.setHoles(RunHoles::merge(m_openRunJournalHoles, m_connectionGaps, sinceMs,
                                        m_timeline.runSpanMs(QDateTime::currentMSecsSinceEpoch())));
}

QCoro::Task<dwp::CancelResult> MonitorSession::cancelJob(QString jobId)
{
    QPointer<MonitorSession> self(this);
    dwp::CancelResult result = co_await m_client->cancelJob(jobId);
    if (!self || isShuttingDown())
        co_return result;
    // Events that arrived before the reply are older than the cancel: apply them first (JobLifecycle).
    m_batcher.flush();
    m_jobs.markCancelled(jobId);
    m_jobCache.remove(jobId);
    emit jobDetailsChanged(jobId);
    co_return result;
}

void MonitorSession::refreshOpenJob()
{
    if (m_jobRefreshInFlight) {
        m_jobRefreshAgain = true; // one request in flight at most; the latest news is fetched after it
        return;
    }
    m_jobRefreshInFlight = true;
    [](QPointer<MonitorSession> self) -> QCoro::Task<void> {
        do {
            self->m_jobRefreshAgain = false;
            const QString jobId = self->m_openJobId;
            try {
                co_await self->fetchJob(jobId);
            } catch (const DispatchError& error) {
                if (self && !self->isShuttingDown())
                    //: Status bar warning. %1 is the job id (job_…), %2 why it could not be fetched.
                    emit self->warning(tr("Could not refresh job %1: %2").arg(jobId, error.message()));
            }
            if (!self || self->isShuttingDown())
                co_return;
        } while (self->m_jobRefreshAgain && !self->m_openJobId.isEmpty());
        self->m_jobRefreshInFlight = false;
    }(this);
}

void MonitorSession::refreshOpenRun()
{
    if (m_runRefreshInFlight) {
        m_runRefreshAgain = true;
        return;
    }
    // The clock is read once: checking it, then reading it again for what remains, could find the interval
    // not yet over and then a negative remainder, which QTimer refuses with a warning, and the refresh owed
    // to the last events was never made (bench_gui_stall printed "Timers cannot have negative intervals").
    const std::chrono::milliseconds sinceLast(
        m_runRefreshStarted.isValid() ? m_runRefreshStarted.elapsed() : kMinOpenRunRefreshInterval.count());
    if (sinceLast < kMinOpenRunRefreshInterval) {
        if (!m_runRefreshTimer.isActive())
            m_runRefreshTimer.start(kMinOpenRunRefreshInterval - sinceLast);
        return;
    }
    m_runRefreshTimer.stop();
    m_runRefreshStarted.start();
    m_runRefreshInFlight = true;
    m_runRefreshAgain = false;
    [](QPointer<MonitorSession> self) -> QCoro::Task<void> {
        const QString runId = self->m_openRunId;
        try {
            // Checkpoints (wait/sleep steps, step data) only come with the timeline (§4).
            co_await self->fetchTimeline(runId);
            if (!self || self->isShuttingDown())
                co_return;
            co_await self->fetchRun(runId);
        } catch (const DispatchError& error) {
            if (self && !self->isShuttingDown())
                //: Status bar warning. %1 is the workflow run id (run_…), %2 why it could not be fetched.
                emit self->warning(tr("Could not refresh run %1: %2").arg(runId, error.message()));
        }
        if (!self || self->isShuttingDown())
            co_return;
        self->m_runRefreshInFlight = false;
        // Events that came while it was under way: once more, at the end of the interval.
        if (self->m_runRefreshAgain && !self->m_openRunId.isEmpty())
            self->refreshOpenRun();
    }(this);
}

void MonitorSession::resyncAfterReconnect()
{
    QStringList jobsOnScreen = m_visibleJobs;
    QStringList runsOnScreen = m_visibleRuns;
    // While rows from the journal wait to be checked, the newest of them are at the top of the newest-first
    // lists even if the views have not said so yet (they publish what is on screen every few seconds).
    const bool checkingHistory = m_history && m_history->stage() == SessionHistory::Stage::Checking;
    if (checkingHistory) {
        jobsOnScreen.append(m_history->uncheckedJobIds().mid(0, kMaxResyncedJobs));
        runsOnScreen.append(m_history->uncheckedRunIds().mid(0, kMaxResyncedJobs));
        jobsOnScreen.removeDuplicates();
        runsOnScreen.removeDuplicates();
    }
    // The first connection checks history only; "resynced" tells of a reconnect (the window says so).
    const bool afterReconnect = !checkingHistory || m_disconnectedAt.isValid();
    const QStringList jobIds = firstOf(jobsOnScreen, m_openJobId, kMaxResyncedJobs);
    const QStringList runIds = firstOf(runsOnScreen, m_openRunId, kMaxResyncedJobs);
    [](QPointer<MonitorSession> self, QStringList jobs, QStringList runs, bool reconnected,
       bool historyChecked) -> QCoro::Task<void> {
        int jobsDone = 0;
        int runsDone = 0;
        try {
            for (const QString& jobId : std::as_const(jobs)) {
                try {
                    co_await self->fetchJob(jobId);
                    ++jobsDone;
                } catch (const NotFoundError&) {
                    // Gone from the server's store (e.g. restarted without persistence): keep what we saw.
                }
                if (!self || self->isShuttingDown())
                    co_return;
            }
            for (const QString& runId : std::as_const(runs)) {
                try {
                    co_await self->fetchRun(runId);
                    if (!self || self->isShuttingDown())
                        co_return;
                    if (runId == self->m_openRunId)
                        co_await self->fetchTimeline(runId);
                    ++runsDone;
                } catch (const NotFoundError&) {
                }
                if (!self || self->isShuttingDown())
                    co_return;
            }
        } catch (const DispatchError& error) {
            // Most likely the connection dropped again; the next session resyncs again.
            if (self && !self->isShuttingDown()) {
                if (historyChecked)
                    self->m_history->checkFailed();
                //: Status bar warning. %1 is why the lists could not be fetched again.
                emit self->warning(tr("Could not refresh after reconnecting: %1").arg(error.message()));
            }
            co_return;
        }
        if (historyChecked)
            self->m_history->checkDone();
        if (reconnected)
            emit self->resynced(jobsDone, runsDone);
    }(this, jobIds, runIds, afterReconnect, checkingHistory);
}

} // namespace dispatch
