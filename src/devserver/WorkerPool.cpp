// SPDX-License-Identifier: MIT
#include "devserver/WorkerPool.h"

#include "protocol/EventType.h"
#include "protocol/JobState.h"

#include <algorithm>

namespace devserver {
namespace {

const QString kDefaultQueue = QStringLiteral("default");

dwp::JobEventData eventDataOf(const dwp::Job& job)
{
    dwp::JobEventData data;
    data.jobId = job.id;
    data.jobName = job.name;
    data.queue = job.queue;
    data.scopeAppId = job.scopeAppId;
    data.scopeOrgId = job.scopeOrgId;
    return data;
}

QString stateName(dwp::JobState state)
{
    return dwp::jobStateName(state);
}

} // namespace

WorkerPool::WorkerPool(EngineContext& context, JobStore& store, const JobHandlerCatalog& handlers)
    : m_context(context), m_store(store), m_handlers(handlers),
      m_workerId(context.newId(QStringLiteral("wkr")))
{
}

void WorkerPool::addQueue(const QueueConfig& queue)
{
    QueueState& state = m_queues[queue.name];
    state.config = queue;
    state.config.concurrency = std::max(1, queue.concurrency);
    schedulePickup(queue.name);
}

QList<QueueConfig> WorkerPool::queues() const
{
    QList<QueueConfig> result;
    for (const QueueState& state : m_queues)
        result.append(state.config);
    std::sort(result.begin(), result.end(),
              [](const QueueConfig& a, const QueueConfig& b) { return a.name < b.name; });
    return result;
}

int WorkerPool::activeCount(const QString& queue) const
{
    const auto it = m_queues.constFind(queue);
    return it == m_queues.constEnd() ? 0 : it->active;
}

dwp::Job WorkerPool::enqueue(const EnqueueOptions& options)
{
    // engine.EnqueueRaw defaults (§3): queue "default", priority only when > 0, 3 retries, 5 min timeout.
    dwp::Job job;
    job.createdAt = job.updatedAt = job.runAt = m_context.now();
    job.id = m_context.newId(QStringLiteral("job"));
    job.name = options.name;
    job.queue = options.queue.isEmpty() ? kDefaultQueue : options.queue;
    job.payload = options.payload;
    job.state = stateName(dwp::JobState::Pending);
    job.priority = std::max<qint64>(0, options.priority);
    job.maxRetries = kDefaultMaxRetries;
    job.scopeAppId = options.tenant.appId;
    job.scopeOrgId = options.tenant.orgId;
    job.timeoutNanos = kDefaultTimeoutNanos;
    m_store.insert(job);
    m_store.markReady(job);
    emitJobEvent(dwp::EventType::JobEnqueued, eventDataOf(job));
    schedulePickup(job.queue);
    return job;
}

bool WorkerPool::cancel(const QString& id)
{
    dwp::Job* job = m_store.find(id);
    if (!job)
        return false;
    // A blind overwrite: no completed_at, no event, a running handler keeps running (§3, §11 item 9). It
    // only matters for pending and retrying jobs, which dequeue then skips.
    job->state = stateName(dwp::JobState::Cancelled);
    job->updatedAt = m_context.now();
    m_store.unmarkReady(id);
    return true;
}

void WorkerPool::admit(const dwp::Job& job)
{
    m_store.insert(job);
    requeue(job.id);
}

void WorkerPool::requeue(const QString& id)
{
    if (const dwp::Job* job = m_store.find(id)) {
        m_store.markReady(*job);
        schedulePickup(job->queue);
    }
}

void WorkerPool::schedulePickup(const QString& queue)
{
    const auto it = m_queues.find(queue);
    if (it == m_queues.end() || it->pickupScheduled || !m_store.hasReady(queue))
        return;
    it->pickupScheduled = true;
    m_context.clock().scheduleIn(m_timing.pickupNanos, [this, queue] { pickup(queue); });
}

void WorkerPool::pickup(const QString& queue)
{
    QueueState& state = m_queues[queue];
    state.pickupScheduled = false;
    while (state.active < state.config.concurrency) {
        const QString id = m_store.takeReady(queue);
        if (id.isEmpty())
            break;
        if (dwp::Job* job = m_store.find(id))
            start(*job, state);
    }
}

void WorkerPool::start(dwp::Job& job, QueueState& queue)
{
    const quint64 serial = m_nextSerial++;
    m_attemptSerial.insert(job.id, serial);
    job.state = stateName(dwp::JobState::Running);
    job.startedAt = job.updatedAt = m_context.now();
    job.workerId = m_workerId;
    // heartbeat_at stays unset until the first heartbeat, 10 s in: a short job never gets one (§3).
    const JobHandlerSpec* handler = m_handlers.find(job.name);
    emitJobEvent(dwp::EventType::JobStarted, eventDataOf(job));

    if (!handler) {
        // Execute fails with "no handler registered" without touching the job: it stays running, the slot
        // is free again, and only the reaper moves it on.
        m_context.clock().scheduleIn(m_timing.staleAfterNanos,
                                     [this, id = job.id, serial] { reapIfStale(id, serial); });
        return;
    }

    JobAttempt attempt = handler->attempt(job, m_context);
    qint64 elapsed = attempt.durationNanos;
    if (job.timeoutNanos > 0 && elapsed > job.timeoutNanos) {
        elapsed = job.timeoutNanos;
        attempt.failed = true;
        attempt.error = QStringLiteral("context deadline exceeded");
    }
    ++queue.active;
    m_context.clock().scheduleIn(
        elapsed, [this, id = job.id, serial, attempt, elapsed] { finish(id, serial, attempt, elapsed); });
    if (elapsed > m_timing.heartbeatNanos)
        m_context.clock().scheduleIn(m_timing.heartbeatNanos,
                                     [this, id = job.id, serial] { heartbeat(id, serial); });
}

void WorkerPool::finish(const QString& id, quint64 serial, const JobAttempt& attempt, qint64 elapsedNanos)
{
    dwp::Job* job = m_store.find(id);
    const QString queue = job ? job->queue : QString();
    if (job && m_attemptSerial.value(id) == serial) {
        m_attemptSerial.remove(id);
        // The executor writes the outcome whatever the state is now: a job cancelled while running comes
        // back completed, retrying or failed (§3).
        job->updatedAt = m_context.now();
        if (attempt.failed) {
            retryOrBury(*job, attempt.error);
        } else {
            job->state = stateName(dwp::JobState::Completed);
            job->completedAt = m_context.now();
            job->lastError.clear();
            dwp::JobEventData data = eventDataOf(*job);
            data.elapsedMs = elapsedNanos / SimClock::kNanosPerMilli;
            emitJobEvent(dwp::EventType::JobCompleted, data);
            m_store.noteFinished(id);
        }
    }
    const auto it = m_queues.find(queue);
    if (it != m_queues.end()) {
        it->active = std::max(0, it->active - 1);
        schedulePickup(queue);
    }
}

void WorkerPool::retryOrBury(dwp::Job& job, const QString& error)
{
    job.lastError = error;
    dwp::JobEventData data = eventDataOf(job);
    data.error = error;
    // The count goes up before the decision, so max_retries 3 reaches the DLQ with retry_count 4 (§3).
    ++job.retryCount;
    if (job.retryCount <= job.maxRetries) {
        const qint64 base = m_timing.backoffBaseNanos << std::min<qint64>(job.retryCount - 1, 30);
        const qint64 delay = std::min(m_timing.backoffMaxNanos, base + m_context.randomBetween(0, base / 4));
        job.state = stateName(dwp::JobState::Retrying);
        job.runAt = dwp::Timestamp::fromNanosSinceEpoch(m_context.nowNanos() + delay);
        // job.retrying carries attempt and next_run_at but no error (stream.JobEventData for this type).
        dwp::JobEventData retrying = eventDataOf(job);
        retrying.attempt = job.retryCount;
        retrying.nextRunAt = job.runAt;
        emitJobEvent(dwp::EventType::JobRetrying, retrying);
        m_context.clock().scheduleIn(delay, [this, id = job.id] {
            dwp::Job* due = m_store.find(id);
            if (!due || due->state != stateName(dwp::JobState::Retrying))
                return; // cancelled meanwhile: dequeue would skip it
            m_store.markReady(*due);
            schedulePickup(due->queue);
        });
        return;
    }
    job.state = stateName(dwp::JobState::Failed);
    job.completedAt = m_context.now();
    ++m_deadLetters;
    if (m_deadLetterSink)
        m_deadLetterSink(job);
    emitJobEvent(dwp::EventType::JobFailed, data);
    emitJobEvent(dwp::EventType::JobDlq, data);
    m_store.noteFinished(job.id);
}

void WorkerPool::heartbeat(const QString& id, quint64 serial)
{
    dwp::Job* job = m_store.find(id);
    if (!job || m_attemptSerial.value(id) != serial || job->state != stateName(dwp::JobState::Running))
        return;
    job->heartbeatAt = m_context.now();
    m_context.clock().scheduleIn(m_timing.heartbeatNanos, [this, id, serial] { heartbeat(id, serial); });
}

void WorkerPool::reapIfStale(const QString& id, quint64 serial)
{
    dwp::Job* job = m_store.find(id);
    if (!job || m_attemptSerial.value(id) != serial || job->state != stateName(dwp::JobState::Running))
        return;
    m_attemptSerial.remove(id);
    // The reaper resets a stale job to pending without an event; the next pick-up starts it again.
    job->state = stateName(dwp::JobState::Pending);
    job->workerId.clear();
    job->updatedAt = m_context.now();
    m_store.markReady(*job);
    schedulePickup(job->queue);
}

void WorkerPool::emitJobEvent(const QString& type, const dwp::JobEventData& data)
{
    m_context.emitEvent(dwp::StreamEvent::forJob(type, data, m_context.now()));
}

} // namespace devserver
