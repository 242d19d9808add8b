// SPDX-License-Identifier: MIT
#include "session/JournalInbox.h"

#include <algorithm>

namespace dispatch {

bool JournalInbox::add(JournalBatch part, qint64* droppingSinceMs)
{
    const QMutexLocker lock(&m_mutex);
    const bool wasIdle = m_pending.isEmpty() && m_dropped.events == 0;
    if (part.eventCount > 0 &&
        (m_dropped.events > 0 || m_writing + m_pending.eventCount + part.eventCount > m_maxEvents)) {
        const bool beginsEpisode = m_dropped.events == 0;
        // Only the events go: a batch from Journal::recordEvents holds nothing else, and anything that came
        // with them is small.
        for (const JournalBatch::Events& events : std::as_const(part.events)) {
            if (m_dropped.events == 0)
                m_dropped.fromMs = events.receivedMs;
            m_dropped.fromMs = std::min(m_dropped.fromMs, events.receivedMs);
            m_dropped.toMs = std::max(m_dropped.toMs, events.receivedMs);
            m_dropped.events += events.events.size();
        }
        m_droppedTotal += part.eventCount;
        if (beginsEpisode && droppingSinceMs)
            *droppingSinceMs = m_dropped.fromMs;
        part.events.clear();
        part.eventCount = 0;
    }
    if (!part.isEmpty())
        m_pending.append(std::move(part));
    return wasIdle && (!m_pending.isEmpty() || m_dropped.events > 0);
}

JournalBatch JournalInbox::takeAll(Dropped* dropped)
{
    const QMutexLocker lock(&m_mutex);
    JournalBatch taken = std::exchange(m_pending, {});
    m_writing = taken.eventCount;
    if (m_dropped.events > 0) {
        taken.gaps.append(
            {m_dropped.fromMs, m_dropped.toMs, JournalGap::Reason::FellBehind, m_dropped.events});
        if (dropped)
            *dropped = m_dropped;
        m_dropped = {};
    }
    return taken;
}

void JournalInbox::writingDone()
{
    const QMutexLocker lock(&m_mutex);
    m_writing = 0;
}

qsizetype JournalInbox::pendingEvents() const
{
    const QMutexLocker lock(&m_mutex);
    return m_writing + m_pending.eventCount;
}

qsizetype JournalInbox::droppedEvents() const
{
    const QMutexLocker lock(&m_mutex);
    return m_droppedTotal;
}

qsizetype JournalInbox::maxEvents() const
{
    const QMutexLocker lock(&m_mutex);
    return m_maxEvents;
}

void JournalInbox::setMaxEvents(qsizetype events)
{
    const QMutexLocker lock(&m_mutex);
    m_maxEvents = std::max<qsizetype>(events, 1);
}

} // namespace dispatch
