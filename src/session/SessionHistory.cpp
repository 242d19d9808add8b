// SPDX-License-Identifier: MIT
#include "session/SessionHistory.h"

#include "coro/Detached.h"
#include "models/CronsModel.h"
#include "models/DeadLetteredJobsModel.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/JournalReader.h"
#include "session/OnWorkerThread.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorofuture.h>

namespace dispatch {

namespace {

Q_LOGGING_CATEGORY(lcHistory, "dispatch.history")

QDateTime timeOfMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

SessionHistory::SessionHistory(JobsModel* jobs, WorkflowRunsModel* runs, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_runs(runs)
{
}

void SessionHistory::setRecentTargets(EventLogModel* log, DeadLetteredJobsModel* deadLettered,
                                      CronsModel* crons, int eventLimit)
{
    m_log = log;
    m_deadLettered = deadLettered;
    m_crons = crons;
    m_eventLimit = eventLimit;
}

void SessionHistory::load(QString filePath)
{
    m_filePath = std::move(filePath);
    if (m_log) {
        // Started first: the live events wait for it, and it does not wait for the jobs' and runs' read.
        m_recentReading = true;
        auto readRecent = [](QPointer<SessionHistory> self, QString path, int limit) -> QCoro::Task<> {
            QFuture<JournalRecentState> reading = onWorkerThread<JournalRecentState>(
                [path, limit] { return JournalReader(path).recentState(limit); });
            JournalRecentState state = co_await reading;
            if (self)
                self->restoreRecent(std::move(state));
        };
        detached(readRecent(this, m_filePath, m_eventLimit), this, "reading the journal's newest events");
    }
    setStage(Stage::Reading);
    // Two reads: the newest of each kind (a first page), shown as soon as they are read, then the older rest
    // up to the limit, up to the same records (JournalReader::recentAfter).
    auto read = [](QPointer<SessionHistory> self, QString path, int limit, int pageSize,
                   qint64 sessionStartMs) -> QCoro::Task<> {
        const int firstPage = std::min(limit, pageSize);
        QFuture<JournalSnapshot> reading = onWorkerThread<JournalSnapshot>([path, firstPage, sessionStartMs] {
            JournalReader reader(path);
            JournalSnapshot snapshot = reader.recent(firstPage);
            if (!snapshot.isEmpty() && sessionStartMs > 0)
                snapshot.holesSince = reader.holesSince(snapshot.asOfMs, sessionStartMs);
            return snapshot;
        });
        JournalSnapshot newest = co_await reading;
        if (!self)
            co_return;
        // Fewer than a page of both kinds: the walk saw every job and run the file holds.
        const bool older = newest.error.isEmpty() && limit > firstPage &&
                           (newest.jobIds.size() >= firstPage || newest.runIds.size() >= firstPage);
        JournalSnapshot shown; // what the older read leaves out and where it stops
        shown.jobIds = newest.jobIds;
        shown.runIds = newest.runIds;
        shown.lastEventId = newest.lastEventId;
        shown.lastLookupId = newest.lastLookupId;
        self->m_readingOlder = older;
        self->replay(std::move(newest));
        if (!older)
            co_return;
        QFuture<JournalSnapshot> readingOlder = onWorkerThread<JournalSnapshot>(
            [path, limit, shown] { return JournalReader(path).recentAfter(limit, shown); });
        JournalSnapshot rest = co_await readingOlder;
        if (self)
            self->replayOlder(std::move(rest));
    };
    detached(read(this, m_filePath, m_limit, m_firstPage, m_sessionStartMs), this,
             "reading the journal's history");
}

void SessionHistory::replay(JournalSnapshot snapshot)
{
    m_error = snapshot.error;
    if (snapshot.newerSchema)
        noteNewerSchema(snapshot.error);
    if (snapshot.isEmpty()) {
        m_readingOlder = false;
        setStage(Stage::Empty);
        return;
    }
    m_asOf = timeOfMs(snapshot.asOfMs);
    m_holesSinceAsOf = snapshot.holesSince;
    m_uncheckedJobIds = snapshot.jobIds;
    m_uncheckedRunIds = snapshot.runIds;
    setStage(Stage::Replaying);
    startReplay(std::move(snapshot));
}

void SessionHistory::replayOlder(JournalSnapshot snapshot)
{
    if (!snapshot.error.isEmpty()) {
        // The newest are shown; the older stay one search away.
        qCWarning(lcHistory) << "reading the journal's older jobs and runs failed:" << snapshot.error;
        if (m_error.isEmpty())
            m_error = snapshot.error;
    }
    if (snapshot.isEmpty()) {
        m_readingOlder = false;
        emit changed();
        return;
    }
    if (m_replaying) { // the newest are still going in: these follow them
        m_olderWaiting = std::move(snapshot);
        return;
    }
    startOlderReplay(std::move(snapshot));
}

void SessionHistory::startOlderReplay(JournalSnapshot snapshot)
{
    // The rows before the older ones: the newest page and live rows. Appended after them, the older rows
    // would be the last the live window trims; moved to the end once the older are in, they are in order.
    m_olderFront = {m_jobs->rowCount(), m_jobs->evictedCount(), m_runs->rowCount(), m_runs->evictedCount()};
    startReplay(std::move(snapshot));
}

void SessionHistory::finishOlderReplay()
{
    m_readingOlder = false;
    // Not after a trim meanwhile: it took rows from the front, so the count no longer marks the older ones
    // (the window was full: the rows it kept are the newest whatever their order).
    if (m_jobs->evictedCount() == m_olderFront.jobsEvicted && m_jobs->rowCount() > m_olderFront.jobs)
        m_jobs->moveFrontRowsToEnd(m_olderFront.jobs);
    if (m_runs->evictedCount() == m_olderFront.runsEvicted && m_runs->rowCount() > m_olderFront.runs)
        m_runs->moveFrontRowsToEnd(m_olderFront.runs);
    emit changed();
}

void SessionHistory::startReplay(JournalSnapshot snapshot)
{
    m_jobCount += snapshot.jobIds.size();
    m_runCount += snapshot.runIds.size();
    // The lists now hold what was seen since the oldest event replayed, not only since the session began.
    const QDateTime oldest = timeOfMs(snapshot.oldestMs);
    if (oldest.isValid() && (!m_jobs->trackingSince().isValid() || oldest < m_jobs->trackingSince()))
        m_jobs->setTrackingSince(oldest);
    if (oldest.isValid() && (!m_runs->trackingSince().isValid() || oldest < m_runs->trackingSince()))
        m_runs->setTrackingSince(oldest);
    m_pending = std::move(snapshot);
    m_eventsDone = m_jobsDone = m_runsDone = 0;
    m_replaying = true;
    replayNextSlice();
}

void SessionHistory::replayNextSlice()
{
    // Events first, in the order they arrived, then the last answer of each lookup, which the models merge
    // by its updated_at (JobsModel::upsertJob), so an older answer does not undo a newer event.
    if (m_eventsDone < m_pending.events.size()) {
        const QList<dwp::StreamEvent> slice = m_pending.events.mid(m_eventsDone, kEventsPerSlice);
        m_eventsDone += slice.size();
        m_jobs->applyEvents(slice);
        m_runs->applyEvents(slice);
    } else if (m_jobsDone < m_pending.jobs.size() || m_runsDone < m_pending.runs.size()) {
        const qsizetype jobsEnd = std::min(m_pending.jobs.size(), m_jobsDone + kLookupsPerSlice);
        for (; m_jobsDone < jobsEnd; ++m_jobsDone)
            m_jobs->upsertJob(m_pending.jobs.at(m_jobsDone));
        const qsizetype runsEnd = std::min(m_pending.runs.size(), m_runsDone + kLookupsPerSlice);
        for (; m_runsDone < runsEnd; ++m_runsDone)
            m_runs->upsertRun(m_pending.runs.at(m_runsDone));
    } else {
        m_pending = {};
        m_replaying = false;
        if (m_stage == Stage::Replaying) {
            setStage(Stage::Shown); // the newest: the session may check them now
        } else if (m_readingOlder) {
            finishOlderReplay(); // the older ones are in
        }
        if (m_olderWaiting) {
            JournalSnapshot older = std::move(*m_olderWaiting);
            m_olderWaiting.reset();
            startOlderReplay(std::move(older));
        }
        return;
    }
    QTimer::singleShot(0, this, &SessionHistory::replayNextSlice);
}

void SessionHistory::holdLiveEvents(const QList<dwp::StreamEvent>& batch)
{
    m_heldLive.append(batch);
}

void SessionHistory::restoreRecent(JournalRecentState state)
{
    if (m_error.isEmpty())
        m_error = state.error;
    if (state.newerSchema)
        noteNewerSchema(state.error);
    // Into a log that holds nothing yet (live batches are held until now), so that sequence numbers below
    // firstLiveSequence() are exactly the journal's rows.
    if (!state.events.isEmpty() && m_log->rowCount() == 0 && m_log->evictedCount() == 0) {
        m_log->applyEvents(state.events);
        m_deadLettered->applyEvents(state.events);
        m_crons->applyEvents(state.events);
        m_restoredEvents = m_log->rowCount();
        m_firstLiveSequence = m_log->evictedCount() + quint64(m_log->rowCount());
    }
    state.events = {};
    m_recent = std::move(state);
    m_recentRestored = true;
    releaseHeldEvents();
    emit recentRestored();
}

void SessionHistory::releaseHeldEvents()
{
    m_recentReading = false;
    const QList<QList<dwp::StreamEvent>> held = std::exchange(m_heldLive, {});
    for (const QList<dwp::StreamEvent>& batch : held) {
        m_log->applyEvents(batch);
        m_deadLettered->applyEvents(batch);
        m_crons->applyEvents(batch);
    }
}

QDateTime SessionHistory::eventsAsOf() const
{
    return m_restoredEvents > 0 ? timeOfMs(m_recent.eventsAsOfMs) : QDateTime();
}

bool SessionHistory::beginCheck()
{
    if (m_stage != Stage::Shown)
        return false;
    setStage(Stage::Checking);
    return true;
}

void SessionHistory::checkDone()
{
    if (m_stage != Stage::Checking)
        return;
    m_checkedAt = QDateTime::currentDateTimeUtc();
    m_uncheckedJobIds.clear();
    m_uncheckedRunIds.clear();
    setStage(Stage::Checked);
}

void SessionHistory::checkFailed()
{
    if (m_stage == Stage::Checking)
        setStage(Stage::Shown);
}

void SessionHistory::noteNewerSchema(const QString& message)
{
    if (m_problemSaid || message.isEmpty())
        return;
    m_problemSaid = true;
    emit problem(message);
}

QCoro::Task<JournalRunHistory> SessionHistory::readRun(QString runId)
{
    // Each read opens the file anew: one whose schema was raised meanwhile is refused here (the message:
    // the pair's second, empty otherwise).
    using Read = std::pair<JournalRunHistory, QString>;
    QPointer<SessionHistory> self(this);
    const QString path = m_filePath;
    QFuture<Read> reading = onWorkerThread<Read>([path, runId] {
        JournalReader reader(path);
        JournalRunHistory history = reader.run(runId, kRunEventLimit);
        return Read(std::move(history), reader.isNewerSchema() ? reader.error() : QString());
    });
    Read read = co_await reading;
    if (self)
        self->noteNewerSchema(read.second);
    co_return std::move(read.first);
}

QCoro::Task<JournalSnapshot> SessionHistory::readJob(QString jobId)
{
    const QString path = m_filePath;
    QFuture<JournalSnapshot> reading = onWorkerThread<JournalSnapshot>(
        [path, jobId] { return JournalReader(path).job(jobId, kJobEventLimit); });
    co_return co_await reading;
}

QCoro::Task<SessionHistory::StatsWindow> SessionHistory::readStats(qint64 fromMs, qint64 toMs,
                                                                   qint64 bucketMs)
{
    using Read = std::pair<StatsWindow, QString>;
    QPointer<SessionHistory> self(this);
    const QString path = m_filePath;
    QFuture<Read> reading = onWorkerThread<Read>([path, fromMs, toMs, bucketMs] {
        JournalReader reader(path);
        StatsWindow window{reader.statsWindow(fromMs, toMs, bucketMs), reader.gaps(fromMs, toMs)};
        return Read(std::move(window), reader.isNewerSchema() ? reader.error() : QString());
    });
    Read read = co_await reading;
    if (self)
        self->noteNewerSchema(read.second);
    co_return std::move(read.first);
}

QCoro::Task<QList<JournalGap>> SessionHistory::readHoles(qint64 fromMs, qint64 toMs)
{
    using Read = std::pair<QList<JournalGap>, QString>;
    QPointer<SessionHistory> self(this);
    const QString path = m_filePath;
    QFuture<Read> reading = onWorkerThread<Read>([path, fromMs, toMs] {
        JournalReader reader(path);
        QList<JournalGap> holes = reader.gaps(fromMs, toMs);
        return Read(std::move(holes), reader.isNewerSchema() ? reader.error() : QString());
    });
    Read read = co_await reading;
    if (self)
        self->noteNewerSchema(read.second);
    co_return std::move(read.first);
}

void SessionHistory::setStage(Stage stage)
{
    m_stage = stage;
    emit changed();
}

} // namespace dispatch
