// SPDX-License-Identifier: MIT
#include "session/StatsPoller.h"

#include "client/DispatchClient.h"
#include "coro/Detached.h"
#include "models/StatsHistory.h"
#include "protocol/DispatchErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

namespace dispatch {

StatsPoller::StatsPoller(StatsHistory* history, QObject* parent) : QObject(parent), m_history(history)
{
    connect(&m_timer, &QTimer::timeout, this, &StatsPoller::poll);
}

void StatsPoller::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (interval.count() <= 0)
        m_timer.stop();
    else if (m_started)
        m_timer.start();
}

void StatsPoller::start()
{
    m_started = true;
    if (m_timer.interval() > 0)
        m_timer.start();
}

void StatsPoller::stop()
{
    m_started = false;
    m_timer.stop();
}

void StatsPoller::poll()
{
    if (m_inFlight || !m_client || m_client->state() != ClientState::Ready)
        return;
    m_inFlight = true;
    auto askOnce = [](QPointer<StatsPoller> self) -> QCoro::Task<void> {
        try {
            const dwp::ServerStats stats = co_await self->m_client->stats();
            if (!self)
                co_return;
            const QDateTime at = QDateTime::currentDateTimeUtc();
            self->m_history->addStatsSample(at, stats);
            emit self->sampled(at, stats);
        } catch (const PermissionError& error) {
            // The token lacks stats:read (§1): asking again will not help.
            if (!self)
                co_return;
            self->m_timer.stop();
            // The session's words: the warning is the session's, as it was before the poller was split off.
            //: Status bar warning on the Overview and Stats pages. %1 is why the stats request failed.
            emit self->warning(QCoreApplication::translate("dispatch::MonitorSession",
                                                           "Server statistics are not available: %1")
                                   .arg(error.message()));
        } catch (const DispatchError&) {
            // A dropped connection or a slow reply: the next tick asks again.
        }
        if (self)
            self->m_inFlight = false;
    };
    detached(askOnce(this), this, "polling the server's stats");
}

} // namespace dispatch
