// SPDX-License-Identifier: MIT
#include "devserver/SimClock.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace devserver {
namespace {

// Callbacks run per timer shot before control returns to the event loop, so sockets keep flowing even when
// a high speed factor makes thousands of callbacks due at once.
constexpr int kBatchBudget = 20000;

} // namespace

SimClock::SimClock(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimClock::onTimer);
    m_real.start();
    m_realNanos = [this] { return m_real.nsecsElapsed(); };
    setStart(QDateTime::currentMSecsSinceEpoch() * kNanosPerMilli);
}

void SimClock::setStart(qint64 epochNanos)
{
    m_baseVirtual = epochNanos;
    m_baseReal = m_realNanos();
    m_floor = epochNanos;
    rearm();
}

qint64 SimClock::mappedRealNanos() const
{
    if (isManual())
        return m_floor;
    const double elapsed = double(m_realNanos() - m_baseReal) * m_speed;
    return m_baseVirtual + qint64(elapsed);
}

qint64 SimClock::nowNanos() const
{
    if (m_inCallback)
        return m_floor;
    return std::max(m_floor, mappedRealNanos());
}

void SimClock::setSpeed(double factor)
{
    const qint64 current = nowNanos();
    m_speed = std::max(0.0, factor);
    m_floor = current;
    rebaseAtNow();
}

void SimClock::setRealTimeSource(std::function<qint64()> realNanos)
{
    m_floor = nowNanos();
    m_realNanos = std::move(realNanos);
    rebaseAtNow();
}

// Virtual time goes on from m_floor, following real time from this instant.
void SimClock::rebaseAtNow()
{
    m_baseVirtual = m_floor;
    m_baseReal = m_realNanos();
    rearm();
}

void SimClock::advance(qint64 nanos)
{
    const qint64 target = nowNanos() + std::max<qint64>(0, nanos);
    runDueUpTo(target, -1);
    m_floor = std::max(m_floor, target);
    rebaseAtNow(); // in automatic mode, real time is followed from the new instant
}

SimClock::TimerId SimClock::scheduleIn(qint64 delayNanos, Callback callback)
{
    return scheduleAt(nowNanos() + std::max<qint64>(0, delayNanos), std::move(callback));
}

SimClock::TimerId SimClock::scheduleAt(qint64 dueNanos, Callback callback)
{
    const TimerId id = m_nextId++;
    // Nothing may be scheduled in the past: it would run "before" what already happened.
    const qint64 due = std::max(dueNanos, m_floor);
    m_queue.emplace(Key{due, id}, std::move(callback));
    m_dueById.insert(id, due);
    rearm();
    return id;
}

void SimClock::cancel(TimerId id)
{
    const auto it = m_dueById.constFind(id);
    if (it == m_dueById.constEnd())
        return;
    m_queue.erase(Key{it.value(), id});
    m_dueById.erase(it);
}

void SimClock::runDueUpTo(qint64 limitNanos, int budget)
{
    // A callback may advance() or schedule; the outer loop stays in charge so order is kept.
    if (m_running)
        return;
    m_running = true;
    while (!m_queue.empty() && budget != 0) {
        auto first = m_queue.begin();
        if (first->first.first > limitNanos)
            break;
        const qint64 due = first->first.first;
        Callback callback = std::move(first->second);
        m_dueById.remove(first->first.second);
        m_queue.erase(first);
        m_floor = std::max(m_floor, due);
        m_inCallback = true;
        callback();
        m_inCallback = false;
        if (budget > 0)
            --budget;
    }
    m_running = false;
}

void SimClock::onTimer()
{
    runDueUpTo(mappedRealNanos(), kBatchBudget);
    rearm();
}

void SimClock::rearm()
{
    if (m_running)
        return;
    if (m_queue.empty() || isManual()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_queue.begin()->first.first - mappedRealNanos();
    const double realNanos = wait <= 0 ? 0.0 : double(wait) / m_speed;
    const qint64 millis =
        std::min<qint64>(qint64(std::ceil(realNanos / double(kNanosPerMilli))), 3600 * 1000);
    m_timer.start(int(millis));
}

} // namespace devserver
