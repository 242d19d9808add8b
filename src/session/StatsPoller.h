// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ServerStats.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace dispatch {

class DispatchClient;
class StatsHistory;

// Asks the server for its `stats` every interval while connected and adds each answer to a StatsHistory:
// one request in flight at most, a slow or lost answer simply waits for the next tick, and a token without
// stats:read (dwp-protocol.md §1) stops the polling with a warning, since asking again will not help.
class StatsPoller : public QObject
{
    Q_OBJECT

public:
    explicit StatsPoller(StatsHistory* history, QObject* parent = nullptr);

    void setClient(DispatchClient* client) { m_client = client; }
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void setInterval(std::chrono::milliseconds interval); // 0: no polling
    void start();                                         // from the first connection on
    void stop();

signals:
    void warning(const QString& message);
    // Each answer, as it went into the history (the journal keeps them too).
    void sampled(const QDateTime& at, const dwp::ServerStats& stats);

private:
    void poll();

    StatsHistory* m_history;
    DispatchClient* m_client = nullptr;
    QTimer m_timer;
    bool m_started = false;
    bool m_inFlight = false;
};

} // namespace dispatch
