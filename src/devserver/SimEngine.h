// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/CronScheduler.h"
#include "devserver/DeadLetterQueue.h"
#include "devserver/EngineContext.h"
#include "devserver/EventMailbox.h"
#include "devserver/JobHandlerCatalog.h"
#include "devserver/JobStore.h"
#include "devserver/WorkerPool.h"
#include "devserver/WorkflowCatalog.h"
#include "devserver/WorkflowRunner.h"

#include <optional>

namespace devserver {

// The simulated Dispatch engine: jobs (WorkerPool), workflows (WorkflowRunner), workflow events
// (EventMailbox) and crons (CronScheduler) on one SimClock and one seeded random source, so the same seed
// and the same inputs give the same ids, states and events. It knows nothing about connections: events
// leave through the sink (the devserver's StreamBroker), requests come in through the methods below.
class SimEngine
{
public:
    SimEngine(SimClock& clock, quint64 seed);

    void setEventSink(EngineContext::EventSink sink) { m_context.setEventSink(std::move(sink)); }

    SimClock& clock() { return m_context.clock(); }
    EngineContext& context() { return m_context; }
    JobHandlerCatalog& handlers() { return m_handlers; }
    WorkflowCatalog& workflows() { return m_workflows; }
    WorkerPool& workers() { return m_workers; }
    JobStore& jobs() { return m_jobs; }
    CronScheduler& crons() { return m_crons; }
    DeadLetterQueue& deadLetters() { return m_deadLetters; }
    EventMailbox& mailbox() { return m_mailbox; }
    WorkflowRunner& runner() { return m_runner; }

    dwp::Job enqueue(const WorkerPool::EnqueueOptions& options) { return m_workers.enqueue(options); }
    std::optional<dwp::Job> job(const QString& id) const;
    bool cancelJob(const QString& id) { return m_workers.cancel(id); }

    dwp::Parsed<QString> startWorkflow(const QString& name, const std::optional<QByteArray>& input,
                                       const Tenant& tenant, WorkflowRunner::Finished onFinished = {})
    {
        return m_runner.start(name, input, tenant, std::move(onFinished));
    }
    std::optional<dwp::WorkflowRun> run(const QString& id) const;
    QList<dwp::TimelineEntry> timeline(const QString& id) const { return m_runner.timeline(id); }

    // workflow.event: stores the event (evt_…); the waiting run for that name that polls first takes it
    // (EventMailbox).
    WorkflowEventRecord publishEvent(const QString& name, const std::optional<QByteArray>& payload,
                                     const Tenant& tenant);

private:
    EngineContext m_context;
    JobStore m_jobs;
    JobHandlerCatalog m_handlers;
    WorkerPool m_workers;
    WorkflowCatalog m_workflows;
    EventMailbox m_mailbox;
    WorkflowRunner m_runner;
    CronScheduler m_crons;
    DeadLetterQueue m_deadLetters;
};

} // namespace devserver
