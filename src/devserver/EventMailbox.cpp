// SPDX-License-Identifier: MIT
#include "devserver/EventMailbox.h"

#include "devserver/EngineContext.h"

#include <algorithm>

namespace devserver {
namespace {
constexpr qint64 kPollIntervalNanos = EventMailbox::kPollIntervalMs * SimClock::kNanosPerMilli;
} // namespace

EventMailbox::EventMailbox(EngineContext& context) : m_context(context) {}

void EventMailbox::publish(WorkflowEventRecord record)
{
    const QString name = record.name;
    m_unacked.append(std::move(record));
    schedulePoll(name);
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
    const qint64 phase = m_context.randomBetween(1, kPollIntervalMs) * SimClock::kNanosPerMilli;
    m_waiters.append({id, name, std::move(delivery), m_context.nowNanos() + phase});
    return id;
}

void EventMailbox::cancelWait(quint64 waiterId)
{
    m_waiters.removeIf([waiterId](const Waiter& waiter) { return waiter.id == waiterId; });
}

qint64 EventMailbox::nextPollNanos(const Waiter& waiter, qint64 notBefore) const
{
    if (notBefore <= waiter.firstPollNanos)
        return waiter.firstPollNanos;
    const qint64 periods = (notBefore - waiter.firstPollNanos + kPollIntervalNanos - 1) / kPollIntervalNanos;
    return waiter.firstPollNanos + periods * kPollIntervalNanos;
}

void EventMailbox::schedulePoll(const QString& name)
{
    // Only the earliest poll matters: it takes the event, or finds it gone. A later wait that begins before
    // it takes the event at once (wait()), and the poll then finds nothing.
    const qint64 now = m_context.nowNanos();
    qint64 earliest = -1;
    for (const Waiter& waiter : std::as_const(m_waiters)) {
        if (waiter.name == name) {
            const qint64 at = nextPollNanos(waiter, now + 1); // a poll at this very instant ran before
            earliest = earliest < 0 ? at : std::min(earliest, at);
        }
    }
    if (earliest >= 0)
        m_context.clock().scheduleIn(earliest - now, [this, name] { poll(name); });
}

void EventMailbox::poll(const QString& name)
{
    const auto event =
        std::find_if(m_unacked.begin(), m_unacked.end(),
                     [&name](const WorkflowEventRecord& record) { return record.name == name; });
    if (event == m_unacked.end())
        return;
    const qint64 now = m_context.nowNanos();
    QList<Delivery> takers;
    for (qsizetype i = 0; i < m_waiters.size();) {
        if (m_waiters[i].name == name && nextPollNanos(m_waiters[i], now) == now) {
            takers.append(std::move(m_waiters[i].delivery));
            m_waiters.removeAt(i);
        } else {
            ++i;
        }
    }
    if (takers.isEmpty()) { // the waiter that was due timed out meanwhile: the next one may take it
        schedulePoll(name);
        return;
    }
    WorkflowEventRecord record = *event;
    m_unacked.erase(event);
    record.acked = true;
    for (const Delivery& delivery : std::as_const(takers))
        delivery(record);
    if (storedCount(name) > 0)
        schedulePoll(name);
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
