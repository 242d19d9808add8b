// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Job.h"

#include <QHash>
#include <QQueue>
#include <QString>
#include <map>
#include <set>
#include <tuple>

namespace devserver {

// The engine's job table plus, per queue, the jobs a worker may pick next. A job is "ready" when its state is
// pending, or retrying with run_at reached — the only states dequeue takes (dwp-protocol.md §3 job.cancel);
// among ready jobs the highest priority goes first, then the one ready longest.
class JobStore
{
public:
    void insert(const dwp::Job& job);
    dwp::Job* find(const QString& id);
    const dwp::Job* find(const QString& id) const;
    int size() const { return int(m_jobs.size()); }

    void markReady(const dwp::Job& job);
    void unmarkReady(const QString& id);
    bool hasReady(const QString& queue) const;
    int readyCount(const QString& queue) const;
    QString takeReady(const QString& queue); // empty when none

    // Keeps at most `maxFinished` completed or failed jobs, forgetting the oldest; 0 keeps all (the real
    // stores never forget; the burst workload needs a bound).
    void setRetention(int maxFinished) { m_retention = maxFinished; }
    void noteFinished(const QString& id);

    QHash<QString, int> countByState() const;
    QList<dwp::Job> jobs() const { return m_jobs.values(); }

private:
    using ReadyKey = std::tuple<qint64, quint64, QString>; // -priority, readiness order, id
    QHash<QString, dwp::Job> m_jobs;
    std::map<QString, std::set<ReadyKey>> m_ready;
    QHash<QString, std::pair<QString, ReadyKey>> m_readyIndex; // id -> queue, key
    quint64 m_readySerial = 0;
    int m_retention = 0;
    QQueue<QString> m_finished;
};

} // namespace devserver
