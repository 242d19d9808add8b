// SPDX-License-Identifier: MIT
#include "devserver/EventMailbox.h"

#include <algorithm>

namespace devserver {

void EventMailbox::publish(WorkflowEventRecord record)
{
    for (qsizetype i = 0; i < m_waiters.size(); ++i) {
        if (m_waiters[i].name != record.name)
            continue;
        const Delivery delivery = std::move(m_waiters[i].delivery);
        m_waiters.removeAt(i);
        record.acked = true;
        delivery(record);
        return;
    }
    m_unacked.append(std::move(record));
}

quint64 EventMailbox::wait(const QString& name, Delivery delivery)
{
    for (qsizetype i = 0; i < m_unacked.size(); ++i) {
        if (m_unacked[i].name != name)
            continue;
        WorkflowEventRecord record = m_unacked.takeAt(i);
        record.acked = true;
        delivery(record);
        return 0;
    }
    const quint64 id = m_nextWaiter++;
    m_waiters.append({id, name, std::move(delivery)});
    return id;
}

void EventMailbox::cancelWait(quint64 waiterId)
{
    m_waiters.removeIf([waiterId](const Waiter& waiter) { return waiter.id == waiterId; });
}

int EventMailbox::storedCount(const QString& name) const
{
    return int(std::count_if(m_unacked.cbegin(), m_unacked.cend(),
                             [&name](const WorkflowEventRecord& record) { return record.name == name; }));
}

int EventMailbox::waiterCount(const QString& name) const
{
    return int(std::count_if(m_waiters.cbegin(), m_waiters.cend(),
                             [&name](const Waiter& waiter) { return waiter.name == name; }));
}

} // namespace devserver
