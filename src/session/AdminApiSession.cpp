// SPDX-License-Identifier: MIT
#include "session/AdminApiSession.h"

#include "client/AdminApiCapabilities.h"
#include "client/AdminApiClient.h"
#include "coro/Detached.h"
#include "protocol/DispatchErrors.h"
#include "protocol/EventType.h"
#include "settings/ServerProfile.h"

#include <QPointer>

namespace dispatch {

AdminApiSession::AdminApiSession(const AdminApiSettings& settings, QObject* parent)
    : QObject(parent), m_client(std::make_unique<AdminApiClient>(settings)),
      m_capabilities(std::make_unique<AdminApiCapabilities>())
{
    m_capabilities->baseUrl = settings.baseUrl;
    m_pollTimer.setInterval(kDefaultInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &AdminApiSession::poll);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kEventDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &AdminApiSession::poll);
}

AdminApiSession::~AdminApiSession()
{
    // AdminApiClient::detect() uses its client between its two requests: a detection still running owns
    // the client from here on and deletes it when it ends.
    if (m_detecting)
        (void)m_client.release();
}

QUrl AdminApiSession::baseUrl() const
{
    return m_client->settings().baseUrl;
}

bool AdminApiSession::isAvailable() const
{
    return m_detected && m_capabilities->isAvailable();
}

bool AdminApiSession::canList() const
{
    return isAvailable() && m_capabilities->canList;
}

QStringList AdminApiSession::limitations() const
{
    return m_detected ? m_capabilities->limitations() : QStringList();
}

QString AdminApiSession::exposure() const
{
    const AdminApiSettings& settings = m_client->settings();
    if (!isAvailable() || !settings.bearerToken.isEmpty() || isLoopbackHost(settings.baseUrl.host()))
        return {};
    //: On the Overview page. %1 is the admin API's address, e.g. http://dispatch.example.org:8080/dispatch.
    return tr("The admin API at %1 answered without any authentication: anyone who can reach that address "
              "can "
              "retry and cancel jobs, replay and purge dead letters and delete crons.")
        .arg(settings.baseUrl.toDisplayString());
}

void AdminApiSession::setInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
    if (interval.count() <= 0)
        m_pollTimer.stop();
    else if (isAvailable())
        m_pollTimer.start();
}

void AdminApiSession::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    const auto age = std::chrono::milliseconds(
        m_totalsAt.isValid() ? m_totalsAt.msecsTo(QDateTime::currentDateTimeUtc()) : interval().count());
    if (!paused && age >= interval())
        refreshNow();
}

bool AdminApiSession::changesTotals(const QString& eventType)
{
    // Failures, dead letters and finished runs are what an operator watches the totals for; the far more
    // frequent enqueued/started/completed wait for the next tick.
    namespace Type = dwp::EventType;
    return eventType == Type::JobFailed || eventType == Type::JobDlq || eventType == Type::JobRetrying ||
           eventType == Type::WorkflowCompleted || eventType == Type::WorkflowFailed;
}

void AdminApiSession::stop()
{
    m_pollTimer.stop();
    m_debounce.stop();
}

void AdminApiSession::detect()
{
    if (isAvailable()) {
        startPolling(); // after stop(), or a reconnect: REST was found before
        return;
    }
    if (m_detecting || !m_client->isEnabled()) {
        if (!m_client->isEnabled() && !m_detected) {
            m_detected = true; // switched off: nothing to ask, the limitation says so
            emit capabilitiesChanged();
        }
        return;
    }
    m_detecting = true;
    auto detectOnce = [](QPointer<AdminApiSession> self, AdminApiClient* client) -> QCoro::Task<void> {
        AdminApiCapabilities found = co_await client->detect();
        if (!self) {
            delete client; // released by the destructor while detecting
            co_return;
        }
        self->m_detecting = false;
        self->m_detected = true;
        *self->m_capabilities = found;
        if (found.stats) {
            self->m_totals = found.stats;
            self->m_totalsAt = QDateTime::currentDateTimeUtc();
            self->m_totalsError.clear();
        }
        emit self->capabilitiesChanged();
        if (found.isAvailable()) {
            emit self->totalsChanged();
            self->startPolling();
        }
    };
    detached(detectOnce(this, m_client.get()), this, "detecting the REST admin API");
}

void AdminApiSession::startPolling()
{
    if (m_pollTimer.interval() > 0)
        m_pollTimer.start();
}

void AdminApiSession::refreshSoon()
{
    if (isAvailable() && !m_paused && !m_debounce.isActive())
        m_debounce.start();
}

void AdminApiSession::refreshNow()
{
    m_debounce.stop();
    poll();
}

void AdminApiSession::poll()
{
    if (!isAvailable() || m_paused)
        return;
    if (m_inFlight) {
        m_askAgain = true; // one request in flight at most; the latest news is asked for after it
        return;
    }
    m_inFlight = true;
    auto askOnce = [](QPointer<AdminApiSession> self) -> QCoro::Task<void> {
        do {
            self->m_askAgain = false;
            try {
                const dwp::AdminStats stats = co_await self->m_client->stats();
                if (!self)
                    co_return;
                self->m_totals = stats;
                self->m_totalsAt = QDateTime::currentDateTimeUtc();
                self->m_totalsError.clear();
            } catch (const DispatchError& error) {
                // REST failing leaves DWP alone; the last totals stay, with their time and this reason.
                if (!self)
                    co_return;
                self->m_totalsError = error.message();
            }
            emit self->totalsChanged();
        } while (self && self->m_askAgain && !self->m_paused);
        if (self)
            self->m_inFlight = false;
    };
    detached(askOnce(this), this, "polling the server's totals over REST");
}

} // namespace dispatch
