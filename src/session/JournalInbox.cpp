// SPDX-License-Identifier: MIT
#include "session/JournalInbox.h"

namespace dispatch {

bool JournalInbox::add(JournalBatch part)
{
    const QMutexLocker lock(&m_mutex);
    const bool wasEmpty = m_pending.isEmpty();
    m_pending.append(std::move(part));
    return wasEmpty;
}

JournalBatch JournalInbox::takeAll()
{
    const QMutexLocker lock(&m_mutex);
    return std::exchange(m_pending, {});
}

qsizetype JournalInbox::pendingEvents() const
{
    const QMutexLocker lock(&m_mutex);
    return m_pending.eventCount;
}

} // namespace dispatch
