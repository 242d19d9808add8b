// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace dispatch {

// Collects events and hands them on in batches, at most once per interval (50 ms by default): a busy server
// sends thousands of events a second, and one model update per event would repaint views thousands of times.
// The first event after a flush starts the interval, so a lone event waits at most one interval.
class EventBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultInterval{50};
    // A batch is handed on at once when it reaches this size, whatever the interval: bounds what the batcher
    // holds when events arrive faster than one interval's worth.
    static constexpr qsizetype kMaxBatch = 20000;

    explicit EventBatcher(QObject* parent = nullptr);

    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    qsizetype pendingCount() const { return m_pending.size(); }

public slots:
    void addEvent(const dwp::StreamEvent& event);
    // Hands on what is pending now (for tests, and before an action whose effect must follow older events).
    void flush();

signals:
    void batchReady(const QList<dwp::StreamEvent>& batch);

private:
    QList<dwp::StreamEvent> m_pending;
    QTimer m_timer;
};

} // namespace dispatch
