// SPDX-License-Identifier: MIT
#include "session/EventBatcher.h"

#include "session/ThreadClock.h"

#include <algorithm>
#include <iterator>

namespace dispatch {

namespace {

// A slice a quarter larger, up to kSliceEvents: how slices grow back, cheap or when the thread is too busy.
qsizetype grown(qsizetype sliceEvents)
{
    return std::min(EventBatcher::kSliceEvents, sliceEvents + std::max<qsizetype>(1, sliceEvents / 4));
}

} // namespace

EventBatcher::EventBatcher(QObject* parent) : QObject(parent), m_clock(&ThreadClock::system())
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

void EventBatcher::setClock(const ThreadClock* clock)
{
    m_clock = clock ? clock : &ThreadClock::system();
    m_busyWindowWallNs = -1; // a window measured on the other clocks says nothing of these
    m_tooBusy = false;
}

void EventBatcher::setSliceBudget(std::chrono::nanoseconds budget)
{
    m_sliceBudget = std::max(budget, std::chrono::nanoseconds(0));
    if (m_sliceBudget.count() == 0)
        m_sliceEvents = kSliceEvents;
}

void EventBatcher::handOnSlice()
{
    if (m_pending.size() <= m_sliceEvents) {
        flush();
        return;
    }
    m_timer.stop();
    const qsizetype size = m_sliceEvents;
    QList<dwp::StreamEvent> slice(std::make_move_iterator(m_pending.begin()),
                                  std::make_move_iterator(m_pending.begin() + size));
    m_pending.remove(0, size);
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
    const qint64 startNs = m_clock->wallNs();
    emit batchReady(batch);
    const qint64 endNs = m_clock->wallNs();
    const qint64 took = endNs - startNs;
    ++m_cost.batches;
    m_cost.events += batch.size();
    m_cost.totalNs += took;
    if (took > m_cost.longestNs) {
        m_cost.longestNs = took;
        m_cost.longestEvents = batch.size();
    }
    fitSliceTo(batch.size(), took, endNs);
}

void EventBatcher::fitSliceTo(qsizetype events, qint64 tookNs, qint64 nowNs)
{
    const qint64 budgetNs = m_sliceBudget.count();
    if (budgetNs == 0 || events == 0)
        return;
    // The thread's CPU time (all it did, painting included, not only what batches cost it) is read once a
    // second: the window's start and end.
    if (m_busyWindowWallNs < 0) {
        m_busyWindowWallNs = nowNs;
        m_busyWindowCpuNs = m_clock->threadCpuNs();
    } else if (const qint64 windowNs = nowNs - m_busyWindowWallNs; windowNs >= 1'000'000'000) {
        const qint64 cpuNs = m_clock->threadCpuNs();
        m_tooBusy = double(cpuNs - m_busyWindowCpuNs) > kBusyShare * double(windowNs);
        m_busyWindowWallNs = nowNs;
        m_busyWindowCpuNs = cpuNs;
    }
    if (m_tooBusy) {
        m_sliceEvents = grown(m_sliceEvents);
        return;
    }
    if (tookNs > budgetNs) {
        // To what would have fitted, with a tenth to spare; one slow batch costs at most a few smaller ones.
        const auto fitted = qsizetype(double(events) * 0.9 * double(budgetNs) / double(tookNs));
        m_sliceEvents = std::clamp(std::min(fitted, m_sliceEvents), kMinSliceEvents, kSliceEvents);
    } else if (tookNs < budgetNs / 2 && events >= m_sliceEvents) {
        // Only a full slice says a full slice is cheap: a small batch at the end of a burst says nothing.
        m_sliceEvents = grown(m_sliceEvents);
    }
}

} // namespace dispatch
