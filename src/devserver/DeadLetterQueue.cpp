// SPDX-License-Identifier: MIT
#include "devserver/DeadLetterQueue.h"

namespace devserver {

const dwp::DlqEntry& DeadLetterQueue::push(const dwp::Job& job)
{
    if (m_entries.size() >= kMaxEntries)
        m_entries.removeFirst();
    dwp::DlqEntry entry;
    entry.id = m_context.newId(QStringLiteral("dlq"));
    entry.jobId = job.id;
    entry.jobName = job.name;
    entry.queue = job.queue;
    entry.payload = job.payload;
    entry.error = job.lastError;
    entry.retryCount = job.retryCount;
    entry.maxRetries = job.maxRetries;
    entry.scopeAppId = job.scopeAppId;
    entry.scopeOrgId = job.scopeOrgId;
    entry.failedAt = entry.createdAt = m_context.now();
    m_entries.append(entry);
    return m_entries.last();
}

dwp::DlqEntry* DeadLetterQueue::find(const QString& id)
{
    for (dwp::DlqEntry& entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

qint64 DeadLetterQueue::purgeFailedBefore(qint64 cutoffNanos)
{
    const dwp::Timestamp cutoff = dwp::Timestamp::fromNanosSinceEpoch(cutoffNanos);
    return m_entries.removeIf([&cutoff](const dwp::DlqEntry& entry) { return entry.failedAt < cutoff; });
}

} // namespace devserver
