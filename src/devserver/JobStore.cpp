// SPDX-License-Identifier: MIT
#include "devserver/JobStore.h"

#include "protocol/JobState.h"

namespace devserver {

void JobStore::insert(const dwp::Job& job)
{
    m_jobs.insert(job.id, job);
}

dwp::Job* JobStore::find(const QString& id)
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it.value();
}

const dwp::Job* JobStore::find(const QString& id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &it.value();
}

void JobStore::markReady(const dwp::Job& job)
{
    unmarkReady(job.id);
    const ReadyKey key{-job.priority, m_readySerial++, job.id};
    m_ready[job.queue].insert(key);
    m_readyIndex.insert(job.id, {job.queue, key});
}

void JobStore::unmarkReady(const QString& id)
{
    const auto it = m_readyIndex.constFind(id);
    if (it == m_readyIndex.constEnd())
        return;
    m_ready[it->first].erase(it->second);
    m_readyIndex.erase(it);
}

bool JobStore::hasReady(const QString& queue) const
{
    const auto it = m_ready.find(queue);
    return it != m_ready.end() && !it->second.empty();
}

int JobStore::readyCount(const QString& queue) const
{
    const auto it = m_ready.find(queue);
    return it == m_ready.end() ? 0 : int(it->second.size());
}

QString JobStore::takeReady(const QString& queue)
{
    const auto it = m_ready.find(queue);
    if (it == m_ready.end() || it->second.empty())
        return QString();
    const QString id = std::get<2>(*it->second.begin());
    it->second.erase(it->second.begin());
    m_readyIndex.remove(id);
    return id;
}

void JobStore::noteFinished(const QString& id)
{
    if (m_retention <= 0)
        return;
    m_finished.enqueue(id);
    while (m_finished.size() > m_retention) {
        const QString oldest = m_finished.dequeue();
        const dwp::Job* job = find(oldest);
        const auto state = job ? job->knownState() : std::nullopt;
        if (state && (*state == dwp::JobState::Completed || *state == dwp::JobState::Failed))
            m_jobs.remove(oldest);
    }
}

QHash<QString, int> JobStore::countByState() const
{
    QHash<QString, int> counts;
    for (const dwp::Job& job : m_jobs)
        ++counts[job.state];
    return counts;
}

} // namespace devserver
