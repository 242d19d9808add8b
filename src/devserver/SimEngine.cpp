// SPDX-License-Identifier: MIT
#include "devserver/SimEngine.h"

namespace devserver {

SimEngine::SimEngine(SimClock& clock, quint64 seed)
    : m_context(clock, seed), m_workers(m_context, m_jobs, m_handlers), m_mailbox(m_context),
      m_runner(m_context, m_workflows, m_mailbox), m_crons(m_context,
                                                           [this](const CronEntry& entry) {
                                                               WorkerPool::EnqueueOptions options;
                                                               options.name = entry.jobName;
                                                               options.queue = entry.queue;
                                                               options.payload = entry.payload;
                                                               return m_workers.enqueue(options).id;
                                                           }),
      m_deadLetters(m_context)
{
    m_workers.setDeadLetterSink([this](const dwp::Job& job) { m_deadLetters.push(job); });
}

std::optional<dwp::Job> SimEngine::job(const QString& id) const
{
    const dwp::Job* job = m_jobs.find(id);
    return job ? std::optional<dwp::Job>(*job) : std::nullopt;
}

std::optional<dwp::WorkflowRun> SimEngine::run(const QString& id) const
{
    const dwp::WorkflowRun* run = m_runner.run(id);
    return run ? std::optional<dwp::WorkflowRun>(*run) : std::nullopt;
}

WorkflowEventRecord SimEngine::publishEvent(const QString& name, const std::optional<QByteArray>& payload,
                                            const Tenant& tenant)
{
    WorkflowEventRecord record;
    record.id = m_context.newId(QStringLiteral("evt"));
    record.name = name;
    record.payload = payload;
    record.tenant = tenant;
    record.createdAt = m_context.now();
    m_mailbox.publish(record);
    return record;
}

} // namespace devserver
