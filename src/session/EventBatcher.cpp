// SPDX-License-Identifier: MIT
#include "session/EventBatcher.h"

#include <QElapsedTimer>
#include <algorithm>
#include <ctime>
#include <iterator>

namespace dispatch {

namespace {

// The calling thread's CPU time: all it did, painting included, not only what batches cost it. Read once a
// second (fitSliceTo's window).
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// A slice a quarter larger, up to kSliceEvents: how slices grow back, cheap or when the thread is too busy.
qsizetype grown(qsizetype sliceEvents)
{
    return std::min(EventBatcher::kSliceEvents, sliceEvents + std::max<qsizetype>(1, sliceEvents / 4));
}

} // namespace

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
    fitSliceTo(batch.size(), took);
}

void EventBatcher::fitSliceTo(qsizetype events, qint64 tookNs)
{
    const qint64 budgetNs = m_sliceBudget.count();
    if (budgetNs == 0 || events == 0)
        return;
    if (!m_busyWindow.isValid()) {
        m_busyWindow.start();
        m_busyWindowCpuNs = threadCpuNs();
    } else if (const qint64 windowNs = m_busyWindow.nsecsElapsed(); windowNs >= 1'000'000'000) {
        const qint64 cpuNs = threadCpuNs();
        m_tooBusy = double(cpuNs - m_busyWindowCpuNs) > kBusyShare * double(windowNs);
        m_busyWindow.restart();
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
