// SPDX-License-Identifier: MIT
#include "session/VisibleJobDetails.h"

#include "coro/Detached.h"
#include "models/JobsModel.h"
#include "protocol/DispatchErrors.h"

#include <QPointer>

namespace dispatch {

VisibleJobDetails::VisibleJobDetails(JobsModel* jobs, Fetch fetch, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_fetch(std::move(fetch))
{
}

bool VisibleJobDetails::isFetched(const QString& jobId) const
{
    const int row = m_jobs->rowOf(jobId);
    return row < 0 || m_jobs->index(row, 0).data(JobsModel::FetchedRole).toBool();
}

void VisibleJobDetails::setVisible(const QStringList& jobIds)
{
    m_queue.clear();
    for (const QString& jobId : jobIds) {
        if (m_queue.size() >= kMaxPerRound)
            break;
        if (!m_failed.contains(jobId) && !isFetched(jobId))
            m_queue.append(jobId);
    }
    if (!m_draining && !m_queue.isEmpty())
        detached(drain(), this, "looking up the jobs on screen");
}

void VisibleJobDetails::stop()
{
    m_queue.clear();
}

QCoro::Task<> VisibleJobDetails::drain()
{
    QPointer<VisibleJobDetails> self(this);
    m_draining = true;
    while (self && !m_queue.isEmpty()) {
        const QString jobId = m_queue.takeFirst();
        if (isFetched(jobId))
            continue; // opened by the operator, or looked up after a reconnect, meanwhile
        try {
            co_await m_fetch(jobId);
        } catch (const NotFoundError&) {
            if (self)
                m_failed.insert(jobId); // forgotten by the server: keep what was seen
        } catch (const DispatchError&) {
            if (self)
                m_queue.clear(); // not connected, or refused: the next round tries again
        }
    }
    if (self)
        m_draining = false;
}

} // namespace dispatch
