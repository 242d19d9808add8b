// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/EngineContext.h"
#include "protocol/DlqEntry.h"
#include "protocol/Job.h"

#include <QList>
#include <QString>

namespace devserver {

// The engine's dead-letter store (dlq/*.go): one entry per job that failed with no retries left, ordered
// by failed_at as the real stores list them. Entries stay after a replay (replayed_at is set), so the
// count includes replayed ones (dwp-protocol.md §8).
class DeadLetterQueue
{
public:
    // The demo and burst workloads bury jobs for as long as they run; past this, the oldest entries go.
    static constexpr qsizetype kMaxEntries = 100000;

    explicit DeadLetterQueue(EngineContext& context) : m_context(context) {}

    const dwp::DlqEntry& push(const dwp::Job& job);
    dwp::DlqEntry* find(const QString& id);
    qint64 count() const { return m_entries.size(); }
    const QList<dwp::DlqEntry>& entries() const { return m_entries; }
    // Deletes entries whose failed_at is before `cutoffNanos`; the number deleted.
    qint64 purgeFailedBefore(qint64 cutoffNanos);

private:
    EngineContext& m_context;
    QList<dwp::DlqEntry> m_entries;
};

} // namespace devserver
