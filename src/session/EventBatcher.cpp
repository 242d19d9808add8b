// SPDX-License-Identifier: MIT
#include "session/EventBatcher.h"

namespace dispatch {

EventBatcher::EventBatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &EventBatcher::flush);
}

void EventBatcher::addEvent(const dwp::StreamEvent& event)
{
    m_pending.append(event);
    if (m_pending.size() >= kMaxBatch) {
        flush();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void EventBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    // Swap first: a receiver may add events (or flush) while handling the batch.
    QList<dwp::StreamEvent> batch;
    batch.swap(m_pending);
    emit batchReady(batch);
}

} // namespace dispatch
