// SPDX-License-Identifier: MIT
#include "models/IntervalCounter.h"

#include <algorithm>

namespace dispatch {

IntervalCounter::IntervalCounter(qint64 intervalMs) : m_intervalMs(std::max<qint64>(1, intervalMs)) {}

void IntervalCounter::setIntervalMs(qint64 intervalMs)
{
    m_intervalMs = std::max<qint64>(1, intervalMs);
    m_open = false;
    m_openCounts.clear();
}

qint64 IntervalCounter::alignedStart(qint64 atMs) const
{
    qint64 start = atMs - atMs % m_intervalMs;
    if (atMs < 0 && atMs % m_intervalMs != 0)
        start -= m_intervalMs;
    return start;
}

QList<IntervalCounter::Interval> IntervalCounter::add(const QString& key, qint64 atMs, qint64 count)
{
    QList<Interval> closed = advanceTo(atMs);
    if (!m_open) {
        m_open = true;
        m_openStartMs = alignedStart(atMs);
    }
    if (!m_keys.contains(key))
        m_keys.append(key);
    m_openCounts[key] += count;
    return closed;
}

QList<IntervalCounter::Interval> IntervalCounter::advanceTo(qint64 nowMs)
{
    QList<Interval> closed;
    if (!m_open)
        return closed;
    const qint64 nowStart = alignedStart(nowMs);
    if (nowStart <= m_openStartMs)
        return closed;
    emitOpen(closed, m_openStartMs, true);
    const qint64 firstQuiet = m_openStartMs + m_intervalMs;
    const qint64 lastQuiet = nowStart - m_intervalMs;
    if (lastQuiet >= firstQuiet)
        emitOpen(closed, firstQuiet, false);
    if (lastQuiet > firstQuiet)
        emitOpen(closed, lastQuiet, false);
    m_openStartMs = nowStart;
    m_openCounts.clear();
    return closed;
}

void IntervalCounter::emitOpen(QList<Interval>& closed, qint64 startMs, bool withCounts)
{
    Interval interval;
    interval.startMs = startMs;
    for (const QString& key : std::as_const(m_keys))
        interval.counts.insert(key, withCounts ? m_openCounts.value(key) : 0);
    closed.append(interval);
}

} // namespace dispatch
