// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/WorkflowEventRecord.h"

#include <QList>
#include <QString>
#include <functional>

namespace devserver {

// Where workflow.event deliveries meet WaitForEvent steps. Events are matched by name only: an event wakes
// the run that has waited longest for that name and is acknowledged; with nobody waiting it is kept,
// unacknowledged, for the next wait on that name. There is no per-run correlation (dwp-protocol.md §3
// workflow.event has only name and payload).
class EventMailbox
{
public:
    using Delivery = std::function<void(const WorkflowEventRecord&)>;

    void publish(WorkflowEventRecord record);
    // Begins a wait: delivers a stored event at once (returns 0), or registers the waiter (returns its id).
    quint64 wait(const QString& name, Delivery delivery);
    void cancelWait(quint64 waiterId);

    int storedCount(const QString& name) const;
    int waiterCount(const QString& name) const;

private:
    struct Waiter
    {
        quint64 id;
        QString name;
        Delivery delivery;
    };
    QList<WorkflowEventRecord> m_unacked;
    QList<Waiter> m_waiters;
    quint64 m_nextWaiter = 1;
};

} // namespace devserver
