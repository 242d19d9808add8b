// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/CronEntry.h"
#include "devserver/EngineContext.h"

#include <QList>
#include <functional>

namespace devserver {

// Fires cron entries on the simulated clock. A firing enqueues the entry's job — which emits its own
// job.enqueued — and then emits cron.fired {entry_name, job_id}, whose empty topic reaches firehose
// subscribers only (dwp-protocol.md §5). Enabling or disabling emits nothing.
class CronScheduler
{
public:
    using Enqueue = std::function<QString(const CronEntry&)>; // enqueues the job, returns its id

    CronScheduler(EngineContext& context, Enqueue enqueue);

    QString add(const QString& name, const CronSchedule& schedule, const QString& jobName,
                const QString& queue = QString(), const std::optional<QByteArray>& payload = std::nullopt);
    void setEnabled(const QString& name, bool enabled);
    // By id, for the REST admin API (dwp-protocol.md §8); null or false when there is no such entry.
    const CronEntry* find(const QString& id) const;
    const CronEntry* setEnabledById(const QString& id, bool enabled);
    bool remove(const QString& id);
    QList<CronEntry> entries() const { return m_entries; }
    qint64 firedCount() const { return m_fired; }

private:
    void arm(qsizetype index);
    void fire(const QString& name, quint64 generation);

    EngineContext& m_context;
    Enqueue m_enqueue;
    QList<CronEntry> m_entries;
    QList<quint64> m_generations; // bumped on each (re)arm, so a stale timer does nothing
    qint64 m_fired = 0;
};

} // namespace devserver
