// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/WorkflowEventRecord.h"

#include <QList>
#include <QString>
#include <functional>

namespace devserver {

class EngineContext;

// Where workflow.event deliveries meet WaitForEvent steps, emulating the memory store's polling
// (dwp-protocol.md §3): every waiting run looks for an unacked event of its name when it begins to wait and
// then every 10 ms, at a phase of its own drawn from the seeded random source (its goroutine's offset).
// A published event goes to whichever waiter polls next — not the longest-waiting one — and every waiter that
// polls at that same instant takes it too, as the real select and ack are not atomic. With nobody waiting it
// stays unacked for the next wait on that name. Matching is by name only: nothing in the payload routes it.
class EventMailbox
{
public:
    using Delivery = std::function<void(const WorkflowEventRecord&)>;
    static constexpr qint64 kPollIntervalMs = 10; // the memory store's poll interval

    explicit EventMailbox(EngineContext& context);

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
        qint64 firstPollNanos; // then every kPollIntervalMs
    };

    qint64 nextPollNanos(const Waiter& waiter, qint64 notBefore) const;
    void schedulePoll(const QString& name);
    void poll(const QString& name);

    EngineContext& m_context;
    QList<WorkflowEventRecord> m_unacked;
    QList<Waiter> m_waiters;
    quint64 m_nextWaiter = 1;
};

} // namespace devserver
