// SPDX-License-Identifier: MIT
#include "session/EventBatcher.h"

#include <QElapsedTimer>
#include <iterator>

namespace dispatch {

EventBatcher::EventBatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &EventBatcher::handOnSlice);
    m_nextSlice.setSingleShot(true);
    m_nextSlice.setInterval(0);
    connect(&m_nextSlice, &QTimer::timeout, this, &EventBatcher::handOnSlice);
}

void EventBatcher::addEvent(const dwp::StreamEvent& event)
{
    m_pending.append(event);
    if (m_pending.size() >= kMaxBatch) {
        handOnSlice();
        return;
    }
    if (!m_timer.isActive() && !m_nextSlice.isActive())
        m_timer.start();
}

void EventBatcher::handOnSlice()
{
    if (m_pending.size() <= kSliceEvents) {
        flush();
        return;
    }
    m_timer.stop();
    QList<dwp::StreamEvent> slice(std::make_move_iterator(m_pending.begin()),
                                  std::make_move_iterator(m_pending.begin() + kSliceEvents));
    m_pending.remove(0, kSliceEvents);
    m_nextSlice.start();
    handOn(slice);
}

void EventBatcher::flush()
{
    m_timer.stop();
    m_nextSlice.stop();
    if (m_pending.isEmpty())
        return;
    // Swap first: a receiver may add events (or flush) while handling the batch.
    QList<dwp::StreamEvent> batch;
    batch.swap(m_pending);
    handOn(batch);
}

void EventBatcher::handOn(const QList<dwp::StreamEvent>& batch)
{
    QElapsedTimer clock;
    clock.start();
    emit batchReady(batch);
    const qint64 took = clock.nsecsElapsed();
    ++m_cost.batches;
    m_cost.events += batch.size();
    m_cost.totalNs += took;
    if (took > m_cost.longestNs) {
        m_cost.longestNs = took;
        m_cost.longestEvents = batch.size();
    }
}

} // namespace dispatch
