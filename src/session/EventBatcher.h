// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QtGlobal>
#include <chrono>

namespace dispatch {

// Collects events and hands them on in batches, at most once per interval (50 ms by default): a busy server
// sends thousands of events a second, and one model update per event would repaint views thousands of times.
// The first event after a flush starts the interval, so a lone event waits at most one interval.
//
// When the interval ends with more than kSliceEvents waiting, they are handed on a slice per turn of the
// event loop, the oldest first, and the loop reads the socket between slices. Handing on 6 000–7 500 events
// at once (50 ms at 120 000–150 000 events/s) kept the thread from the socket for 25–50 ms every batch, and
// the server, whose buffer holds 256 events (dwp-protocol.md §5), dropped what the kernel's buffers could not
// hold (bench_client_e2e, JSON).
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

    explicit EventBatcher(QObject* parent = nullptr);

    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    qsizetype pendingCount() const { return m_pending.size(); }

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

    QList<dwp::StreamEvent> m_pending;
    QTimer m_timer;
    QTimer m_nextSlice; // zero interval: the next slice, after the loop has read what arrived
    HandOnCost m_cost;
};

} // namespace dispatch
