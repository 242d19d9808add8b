// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/SimClock.h"
#include "devserver/TypeIdGenerator.h"
#include "protocol/StreamEvent.h"

#include <QRandomGenerator>
#include <functional>

namespace devserver {

// What every part of the simulated engine shares: the clock, one seeded random source, the id generator and
// the event sink. One random source drawn in clock order is what makes a run reproducible for a seed.
class EngineContext
{
public:
    using EventSink = std::function<void(const dwp::StreamEvent&)>;

    EngineContext(SimClock& clock, quint64 seed);

    SimClock& clock() { return m_clock; }
    dwp::Timestamp now() const { return m_clock.now(); }
    qint64 nowNanos() const { return m_clock.nowNanos(); }

    QString newId(const QString& prefix);

    qint64 randomBetween(qint64 low, qint64 high); // inclusive; low when high <= low
    double randomUnit();                           // [0, 1)
    bool chance(double probability) { return probability > 0 && randomUnit() < probability; }
    template<typename List>
    const auto& pick(const List& items)
    {
        return items[qsizetype(randomBetween(0, qint64(items.size()) - 1))];
    }

    void setEventSink(EventSink sink) { m_sink = std::move(sink); }
    void emitEvent(const dwp::StreamEvent& event);
    qint64 eventsEmitted() const { return m_eventsEmitted; }

private:
    SimClock& m_clock;
    QRandomGenerator m_random;
    TypeIdGenerator m_ids;
    EventSink m_sink;
    qint64 m_eventsEmitted = 0;
};

} // namespace devserver
