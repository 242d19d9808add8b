// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QtGlobal>
#include <chrono>

namespace dispatch {

class ThreadClock;

// Collects events and hands them on in batches, at most once per interval (50 ms by default): a busy server
// sends thousands of events a second, and one model update per event would repaint views thousands of times.
// The first event after a flush starts the interval, so a lone event waits at most one interval.
//
// When the interval ends with more than kSliceEvents waiting, they are handed on a slice per turn of the
// event loop, the oldest first, and the loop reads the socket between slices. Handing on 6 000–7 500 events
// at once (50 ms at 120 000–150 000 events/s) kept the thread from the socket for 25–50 ms every batch, and
// the server, whose buffer holds 256 events (dwp-protocol.md §5), dropped what the kernel's buffers could not
// hold (bench_client_e2e, JSON).
//
// A slice is also bounded in time: when handing one on took longer than the slice budget (8 ms by default),
// the next slices are made smaller in proportion, down to kMinSliceEvents; when one took less than half the
// budget they grow back by a quarter, up to kSliceEvents. What a slice costs depends on what listens: 2 000
// events took 3 ms with the Jobs page showing and 15–35 ms on the Events page with a run of 3 000 steps open
// (bench_gui_stall, 50 000 events/s, load 1.6), and every such slice was a stall an operator's click waited
// through. Smaller slices repeat each batch's fixed cost (proxies, views, the open run's panel, and a repaint
// of the page after each), so when the thread was busy more than kBusyShare of the last second (its CPU time,
// painting included), slices stop shrinking and grow back: a thread with no time to spare keeps up with
// bigger slices rather than falling behind with smaller ones (with the budget alone, the Workflows page with
// a run of 3 000 steps open went from 61 % to 88 % busy).
class EventBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval{50};
    // With this many waiting, a slice is handed on at once, whatever the interval: bounds what the batcher
    // holds when events arrive faster than the models take them. (Handing on all 20 000 at once stalled the
    // thread 300 ms in bench_client_e2e under load, and the server dropped what came meanwhile.)
    static constexpr qsizetype kMaxBatch = 20000;
    // The most events handed on in one turn when the interval ends (see above).
    static constexpr qsizetype kSliceEvents = 2000;
    // The fewest a slice shrinks to: below this the fixed cost of a batch (each proxy rebuilds its map,
    // each view its header) is most of what a slice costs.
    static constexpr qsizetype kMinSliceEvents = 250;
    static constexpr std::chrono::nanoseconds kDefaultSliceBudget = std::chrono::milliseconds(8);
    static constexpr double kBusyShare = 0.7;

    explicit EventBatcher(QObject* parent = nullptr);

    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    qsizetype pendingCount() const { return m_pending.size(); }
    // Zero: every slice is kSliceEvents, whatever it costs (for tests that count slices).
    void setSliceBudget(std::chrono::nanoseconds budget);
    std::chrono::nanoseconds sliceBudget() const { return m_sliceBudget; }
    // How many events the next slice holds at most.
    qsizetype sliceEvents() const { return m_sliceEvents; }
    // The clocks the slice budget and the busy limit read (ThreadClock.h): for tests, which say with their
    // own how long a slice took and how busy the thread was. Not owned; nullptr: the real ones.
    void setClock(const ThreadClock* clock);

    // What handing batches on has cost: every receiver of batchReady, which is where the models apply them.
    // For the benchmarks' "longest batch apply" (issue 21); one clock read per batch.
    struct HandOnCost
    {
        qint64 batches = 0;
        qint64 events = 0;
        qint64 totalNs = 0;
        qint64 longestNs = 0;
        qsizetype longestEvents = 0; // the size of the batch that took longestNs
    };
    HandOnCost handOnCost() const { return m_cost; }
    void resetHandOnCost() { m_cost = {}; }

public slots:
    void addEvent(const dwp::StreamEvent& event);
    // Hands on what is pending now (for tests, and before an action whose effect must follow older events).
    void flush();

signals:
    void batchReady(const QList<dwp::StreamEvent>& batch);

private slots:
    void handOnSlice();

private:
    void handOn(const QList<dwp::StreamEvent>& batch);
    void fitSliceTo(qsizetype events, qint64 tookNs, qint64 nowNs);

    QList<dwp::StreamEvent> m_pending;
    QTimer m_timer;
    QTimer m_nextSlice; // zero interval: the next slice, after the loop has read what arrived
    HandOnCost m_cost;
    std::chrono::nanoseconds m_sliceBudget = kDefaultSliceBudget;
    qsizetype m_sliceEvents = kSliceEvents;
    const ThreadClock* m_clock;
    qint64 m_busyWindowWallNs = -1; // when the last second began: its wall time …
    qint64 m_busyWindowCpuNs = -1;  // … and the thread's CPU time
    bool m_tooBusy = false;         // over kBusyShare in the last full second
};

} // namespace dispatch
