// SPDX-License-Identifier: MIT
#include "devserver/EngineContext.h"

namespace devserver {

EngineContext::EngineContext(SimClock& clock, quint64 seed)
    : m_clock(clock), m_random(quint32(seed) ^ quint32(seed >> 32)), m_ids(seed)
{
}

QString EngineContext::newId(const QString& prefix)
{
    return m_ids.next(prefix, m_clock.nowNanos() / SimClock::kNanosPerMilli);
}

qint64 EngineContext::randomBetween(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(m_random.bounded(quint64(high - low) + 1));
}

double EngineContext::randomUnit()
{
    return m_random.generateDouble();
}

void EngineContext::emitEvent(const dwp::StreamEvent& event)
{
    ++m_eventsEmitted;
    if (m_sink)
        m_sink(event);
}

} // namespace devserver
