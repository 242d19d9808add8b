// SPDX-License-Identifier: MIT
#include "devserver/Subscriber.h"

namespace devserver {

Subscriber::Subscriber(quint64 id, int bufferSize, qint64 credits)
    : m_id(id), m_bufferSize(bufferSize), m_credits(credits)
{
}

bool Subscriber::wants(const PublishedEvent& event) const
{
    for (const QString& channel : event.channels) {
        if (m_channels.contains(channel))
            return true;
    }
    return false;
}

bool Subscriber::offer(const PublishedEventPtr& event)
{
    if (m_credits <= 0) {
        ++m_droppedForCredits;
        return false;
    }
    --m_credits;
    if (m_buffer.size() >= m_bufferSize) {
        ++m_credits;
        ++m_droppedForBuffer;
        return false;
    }
    m_buffer.enqueue(event);
    ++m_accepted;
    if (m_ready)
        m_ready();
    return true;
}

void Subscriber::addCredits(qint64 credits)
{
    m_credits = qint64(quint64(m_credits) + quint64(credits));
}

} // namespace devserver
