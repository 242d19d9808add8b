// SPDX-License-Identifier: MIT
#include "devserver/CronScheduler.h"

#include "protocol/CronFiredData.h"

namespace devserver {

CronScheduler::CronScheduler(EngineContext& context, Enqueue enqueue)
    : m_context(context), m_enqueue(std::move(enqueue))
{
}

QString CronScheduler::add(const QString& name, const CronSchedule& schedule, const QString& jobName,
                           const QString& queue, const std::optional<QByteArray>& payload)
{
    CronEntry entry;
    entry.id = m_context.newId(QStringLiteral("cron"));
    entry.name = name;
    entry.schedule = schedule;
    entry.jobName = jobName;
    entry.queue = queue;
    entry.payload = payload;
    entry.createdNanos = entry.updatedNanos = m_context.nowNanos();
    m_entries.append(entry);
    m_generations.append(0);
    arm(m_entries.size() - 1);
    return entry.id;
}

void CronScheduler::setEnabled(const QString& name, bool enabled)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name != name)
            continue;
        m_entries[i].enabled = enabled;
        if (enabled)
            arm(i);
        else
            ++m_generations[i];
    }
}

const CronEntry* CronScheduler::find(const QString& id) const
{
    for (const CronEntry& entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const CronEntry* CronScheduler::setEnabledById(const QString& id, bool enabled)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id != id)
            continue;
        m_entries[i].enabled = enabled;
        m_entries[i].updatedNanos = m_context.nowNanos();
        if (enabled)
            arm(i);
        else
            ++m_generations[i]; // the armed timer finds a newer generation and does nothing
        return &m_entries[i];
    }
    return nullptr;
}

bool CronScheduler::remove(const QString& id)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id != id)
            continue;
        // fire() looks entries up by name and generation, so the armed timer of a removed entry finds
        // nothing.
        m_entries.removeAt(i);
        m_generations.removeAt(i);
        return true;
    }
    return false;
}

void CronScheduler::arm(qsizetype index)
{
    CronEntry& entry = m_entries[index];
    const quint64 generation = ++m_generations[index];
    entry.nextRunNanos = entry.schedule.nextAfter(m_context.nowNanos());
    m_context.clock().scheduleAt(*entry.nextRunNanos,
                                 [this, name = entry.name, generation] { fire(name, generation); });
}

void CronScheduler::fire(const QString& name, quint64 generation)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name != name || m_generations[i] != generation || !m_entries[i].enabled)
            continue;
        m_entries[i].lastRunNanos = m_context.nowNanos();
        const QString jobId = m_enqueue(m_entries[i]);
        ++m_fired;
        m_context.emitEvent(dwp::StreamEvent::forCronFired({name, jobId}, m_context.now()));
        arm(i);
        return;
    }
}

} // namespace devserver
