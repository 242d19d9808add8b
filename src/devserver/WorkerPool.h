// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/EngineContext.h"
#include "devserver/JobHandlerCatalog.h"
#include "devserver/JobStore.h"
#include "devserver/QueueConfig.h"
#include "devserver/Tenant.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace devserver {

// The jobs half of the engine: enqueue, the workers that pick jobs per queue, handler runs, retries with
// backoff, the DLQ and the stale-job reaper — with the events the real engine emits (dwp-protocol.md §3, §5):
//   enqueue → pending, job.enqueued
//   pick-up → running, job.started
//   success → completed, job.completed {elapsed_ms}
//   failure, retries left → retrying, job.retrying {attempt, next_run_at (whole seconds)}; picked up again
//   failure, none left → failed, job.failed {error} then job.dlq {error}
//   no handler for the name → running, job.started, and nothing else: the reaper finds it stale (no
//   heartbeat) and makes it pending again, so it loops with a job.started each time (§11 item 10).
class WorkerPool
{
public:
    struct Timing
    {
        qint64 pickupNanos = 20 * SimClock::kNanosPerMilli;      // a worker's poll latency
        qint64 staleAfterNanos = 30 * SimClock::kNanosPerSecond; // reaper: a running job without heartbeat
        qint64 heartbeatNanos = 10 * SimClock::kNanosPerSecond;
        qint64 backoffBaseNanos = SimClock::kNanosPerSecond; // doubled per attempt, plus up to 25 % jitter
        qint64 backoffMaxNanos = 10 * 60 * SimClock::kNanosPerSecond;
    };

    struct EnqueueOptions
    {
        QString name;
        std::optional<QByteArray> payload; // nullopt: stored as nil, read back as payload:null
        QString queue;                     // empty: "default"
        qint64 priority = 0;               // applied only when > 0
        Tenant tenant;
    };

    static constexpr qint64 kDefaultMaxRetries = 3;
    static constexpr qint64 kDefaultTimeoutNanos = 300 * SimClock::kNanosPerSecond;

    WorkerPool(EngineContext& context, JobStore& store, const JobHandlerCatalog& handlers);

    void addQueue(const QueueConfig& queue);
    bool pollsQueue(const QString& name) const { return m_queues.contains(name); }
    QList<QueueConfig> queues() const;
    int activeCount(const QString& queue) const;
    void setTiming(const Timing& timing) { m_timing = timing; }
    const Timing& timing() const { return m_timing; }
    const QString& workerId() const { return m_workerId; }
    qint64 deadLetterCount() const { return m_deadLetters; }

    // Called for each job that failed with no retries left, before job.failed and job.dlq are emitted.
    using DeadLetterSink = std::function<void(const dwp::Job&)>;
    void setDeadLetterSink(DeadLetterSink sink) { m_deadLetterSink = std::move(sink); }

    dwp::Job enqueue(const EnqueueOptions& options);
    // For the REST admin actions, which emit no event (dwp-protocol.md §8): `admit` stores a job made
    // elsewhere (a DLQ replay) and lets workers take it; `requeue` makes a stored pending job takeable again
    // (a retry). Either way the job's run then shows in the stream (job.started, …).
    void admit(const dwp::Job& job);
    void requeue(const QString& id);
    // DWP job.cancel: relabels any job, emits nothing, stops nothing (§3). False if the id is unknown.
    bool cancel(const QString& id);

private:
    struct QueueState
    {
        QueueConfig config;
        int active = 0;
        bool pickupScheduled = false;
    };

    void schedulePickup(const QString& queue);
    void pickup(const QString& queue);
    void start(dwp::Job& job, QueueState& queue);
    void finish(const QString& id, quint64 serial, const JobAttempt& attempt, qint64 elapsedNanos);
    void retryOrBury(dwp::Job& job, const QString& error);
    void heartbeat(const QString& id, quint64 serial);
    void reapIfStale(const QString& id, quint64 serial);
    void emitJobEvent(const QString& type, const dwp::JobEventData& data);

    EngineContext& m_context;
    JobStore& m_store;
    const JobHandlerCatalog& m_handlers;
    Timing m_timing;
    QString m_workerId;
    QHash<QString, QueueState> m_queues;
    QHash<QString, quint64> m_attemptSerial; // which run of a job a scheduled callback belongs to
    quint64 m_nextSerial = 1;
    qint64 m_deadLetters = 0;
    DeadLetterSink m_deadLetterSink;
};

} // namespace devserver
