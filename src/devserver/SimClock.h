// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Timestamp.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <map>
#include <utility>

namespace devserver {

// The simulated engine's time. Everything the engine does is a callback scheduled on this clock, so a run is
// a pure function of the seed and the inputs: while a callback runs, now() is exactly its due time, whatever
// the real scheduler did. Two modes:
// - automatic: virtual time follows real time times speed() (1.0 = real time, 1000 = a virtual second per
//   real millisecond), and a timer fires the callbacks as they fall due;
// - manual (speed 0): time stands still until advance() moves it, which tests use to run hours of
//   simulation without waiting.
class SimClock : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void()>;
    using TimerId = quint64;

    static constexpr qint64 kNanosPerMilli = 1000000;
    static constexpr qint64 kNanosPerSecond = 1000000000;

    // Starts at the current wall-clock time, in automatic mode at real speed.
    explicit SimClock(QObject* parent = nullptr);

    // Restarts virtual time at `epochNanos` (Unix nanoseconds); scheduled callbacks are kept.
    void setStart(qint64 epochNanos);
    // 0 switches to manual mode; a positive factor to automatic mode. Virtual time is continuous across it.
    void setSpeed(double factor);
    double speed() const { return m_speed; }
    // Where real time comes from, in nanoseconds from any fixed origin (a QElapsedTimer by default). Tests
    // substitute a hand-moved source to check the automatic mode exactly, without measuring wall-clock time.
    // Virtual time is continuous across the switch.
    void setRealTimeSource(std::function<qint64()> realNanos);
    bool isManual() const { return m_speed <= 0; }

    qint64 nowNanos() const;
    dwp::Timestamp now() const { return dwp::Timestamp::fromNanosSinceEpoch(nowNanos()); }

    // Jumps `nanos` ahead and runs every callback that falls due on the way, in due order. Works in both
    // modes; in automatic mode it adds to the offset from real time.
    void advance(qint64 nanos);
    void advanceMs(qint64 millis) { advance(millis * kNanosPerMilli); }

    TimerId scheduleIn(qint64 delayNanos, Callback callback);
    TimerId scheduleAt(qint64 dueNanos, Callback callback);
    void cancel(TimerId id);
    bool isScheduled(TimerId id) const { return m_dueById.contains(id); }
    int pendingCount() const { return int(m_queue.size()); }

private:
    using Key = std::pair<qint64, TimerId>; // due time, then scheduling order: ties run first-come first
    qint64 mappedRealNanos() const;
    void rebaseAtNow();
    void runDueUpTo(qint64 limitNanos, int budget);
    void onTimer();
    void rearm();

    std::map<Key, Callback> m_queue;
    QHash<TimerId, qint64> m_dueById;
    TimerId m_nextId = 1;
    double m_speed = 1.0;
    QElapsedTimer m_real;
    std::function<qint64()> m_realNanos;
    qint64 m_baseVirtual = 0; // virtual time at m_baseReal
    qint64 m_baseReal = 0;    // m_real nanoseconds when the mapping was last rebased
    qint64 m_floor = 0;       // virtual time never goes below the last instant handed out
    bool m_inCallback = false;
    bool m_running = false;
    QTimer m_timer;
};

} // namespace devserver
