// SPDX-License-Identifier: MIT
#include "client/DispatchClient.h"

#include "client/ConnectionSupervisor.h"
#include "client/FrameRouter.h"
#include "client/PendingRequestMap.h"
#include "client/SubscriptionRegistry.h"
#include "protocol/DispatchErrors.h"
#include "protocol/ServerText.h"

#include <QPointer>

namespace dispatch {

DispatchClient::DispatchClient(ClientOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    // The token is masked wherever server text is printed from now on: a server that echoes it into an error
    // or close reason must not get it onto the operator's screen or log (issue 16 item 11).
    dwp::ServerText::maskSecret(m_options.connection.token);
    ConnectionSupervisor::Hooks hooks;
    hooks.authenticated = [this] { m_subscriptions->grantInitialCredits(); };
    hooks.sessionStarted = [this] { return afterSessionStarted(); };
    m_connection = std::make_unique<ConnectionSupervisor>(m_options, std::move(hooks));
    m_pending = std::make_unique<PendingRequestMap>(
        [this](const dwp::Frame& frame) { return m_connection->send(frame); });
    m_pending->setMaxPending(m_options.maxPendingRequests);
    SubscriptionRegistry::Link link;
    link.call = [this](QString method, QByteArray dataJson) {
        return call(std::move(method), std::move(dataJson), m_options.requestDeadline);
    };
    link.send = [this](const dwp::Frame& frame) { return m_connection->send(frame); };
    link.isReady = [this] { return m_connection->isReady(); };
    link.isClosing = [this] { return m_connection->isClosing(); };
    m_subscriptions = std::make_unique<SubscriptionRegistry>(std::move(link), m_options.creditWindow);
    QObject::connect(m_subscriptions.get(), &SubscriptionRegistry::warning, this, &DispatchClient::warning);
    m_router = std::make_unique<FrameRouter>(*m_pending, m_subscriptions->subscriptions());
    forwardSupervisorSignals();
    routeFrames();
}

DispatchClient::~DispatchClient()
{
    // Silent: nobody should hear from an object being destroyed. Every coroutine resumed by shutDown() runs
    // while all members are still alive, and none can start a new call (call() refuses once closing), so no
    // member's destructor resumes anything afterwards.
    shutDown(tr("the client was destroyed"), false);
}

void DispatchClient::forwardSupervisorSignals()
{
    ConnectionSupervisor* connection = m_connection.get();
    QObject::connect(connection, &ConnectionSupervisor::stateChanged, this, &DispatchClient::stateChanged);
    QObject::connect(connection, &ConnectionSupervisor::reconnectScheduled, this,
                     &DispatchClient::reconnectScheduled);
    QObject::connect(connection, &ConnectionSupervisor::sessionStarted, this,
                     &DispatchClient::sessionStarted);
    QObject::connect(connection, &ConnectionSupervisor::connectionLost, this,
                     &DispatchClient::onConnectionLost);
    QObject::connect(connection, &ConnectionSupervisor::gaveUp, this, &DispatchClient::onGaveUp);
    QObject::connect(connection, &ConnectionSupervisor::certificateRejected, this,
                     &DispatchClient::certificateRejected);
    QObject::connect(connection, &ConnectionSupervisor::pingRoundTrip, this, &DispatchClient::pingRoundTrip);
    QObject::connect(connection, &ConnectionSupervisor::warning, this, &DispatchClient::warning);
    QObject::connect(connection, &ConnectionSupervisor::undecodableMessage, this,
                     [this](const QString& reason) {
                         ++m_undecodableFrames;
                         //: Status bar warning. %1 is what is wrong with the frame (decoder message).
                         emit warning(tr("Ignored a frame the client could not decode: %1").arg(reason));
                     });
}

void DispatchClient::routeFrames()
{
    QObject::connect(m_connection.get(), &ConnectionSupervisor::frameReceived, this,
                     [this](const dwp::Frame& frame) { m_router->route(frame); });
    QObject::connect(m_connection.get(), &ConnectionSupervisor::eventReceived, this,
                     [this](const dwp::StreamEvent& event) { m_router->routeEvent(event); });
    QObject::connect(m_router.get(), &FrameRouter::eventFrameArrived, this,
                     [this] { m_subscriptions->onEventFrame(); });
    QObject::connect(m_router.get(), &FrameRouter::unreadableEvent, this, [this](const QString& reason) {
        ++m_undecodableFrames;
        //: Status bar warning. %1 is what is wrong with the event frame (decoder message).
        emit warning(tr("Ignored an event the client could not read: %1").arg(reason));
    });
    QObject::connect(m_router.get(), &FrameRouter::eventReceived, this, &DispatchClient::onEvent);
    QObject::connect(m_router.get(), &FrameRouter::requestUnreadable, this, [this](const QString& message) {
        //: Status bar warning. %1 is the server's message from an error frame without a request id.
        emit warning(tr("The server could not read a request: %1").arg(message));
    });
}

ClientState DispatchClient::state() const
{
    return m_connection->state();
}

QString DispatchClient::sessionId() const
{
    return m_connection->sessionId();
}

dwp::WireFormat DispatchClient::activeFormat() const
{
    return m_connection->activeFormat();
}

qsizetype DispatchClient::pendingCalls() const
{
    return m_pending->pendingCount();
}

qint64 DispatchClient::droppedResponses() const
{
    return m_pending->droppedResponses();
}

qint64 DispatchClient::strayResponses() const
{
    return m_router->strayResponses();
}

std::chrono::milliseconds DispatchClient::deadlineFor(CallOptions options) const
{
    return options.deadline.count() > 0 ? options.deadline : m_options.requestDeadline;
}

QCoro::Task<QString> DispatchClient::connect()
{
    return m_connection->connect();
}

void DispatchClient::disconnectFromServer()
{
    m_connection->disconnectFromServer();
}

void DispatchClient::reconnectNow()
{
    m_connection->reconnectNow();
}

bool DispatchClient::isDisconnectedByUser() const
{
    return m_connection->isDisconnectedByUser();
}

QCoro::Task<void> DispatchClient::afterSessionStarted()
{
    QPointer<DispatchClient> self(this);
    co_await m_subscriptions->resubscribeAll();
    if (self && m_connection->isReady())
        co_await refreshWatchedRuns();
}

QCoro::Task<void> DispatchClient::refreshWatchedRuns()
{
    // What happened to watched runs while we were away is not replayed by the server: ask again (§5, §11).
    QPointer<DispatchClient> self(this);
    const QStringList runs = m_subscriptions->watchedRunIds();
    for (const QString& runId : runs) {
        try {
            auto run = co_await getWorkflow(runId);
            auto timeline = co_await workflowTimeline(runId);
            if (!self || m_connection->isClosing())
                co_return;
            emit watchedRunRefreshed(run, timeline);
        } catch (const DispatchError& error) {
            if (!self || m_connection->isClosing())
                co_return;
            //: Status bar warning after a reconnect. %1 is the workflow run id (run_…), %2 why it could not
            //: be fetched.
            emit warning(tr("Could not refresh watched run %1: %2").arg(runId, error.message()));
        }
    }
}

void DispatchClient::onEvent(const dwp::StreamEvent& event)
{
    ++m_eventsReceived;
    QPointer<DispatchClient> self(this);
    emit eventReceived(event);
    if (self)
        m_starts.onEvent(event);
}

void DispatchClient::onConnectionLost(const QString& reason)
{
    QPointer<DispatchClient> self(this);
    //: Error of every request still waiting when the connection dropped. %1 is why the connection was lost.
    m_pending->failAll(tr("connection lost: %1").arg(reason));
    if (self && !m_connection->isClosing())
        emit connectionLost(reason);
}

void DispatchClient::onGaveUp(const QString& message, int code, std::exception_ptr error)
{
    // Subscriptions end too, with the same error: no events will come without a connect() by the owner, and
    // a consumer waiting in events() must hear why (issue 16 item 1: dispatchctl subscribe sat forever once
    // the server was gone). So does a workflow.start on its own connection. Guarded after each step: a
    // consumer resumed by one may destroy the client.
    QPointer<DispatchClient> self(this);
    m_pending->failAll(error);
    if (self)
        m_subscriptions->failAll(message, error);
    if (self)
        m_starts.abortAll(message);
    if (self)
        emit fatalError(message, code);
}

void DispatchClient::close()
{
    shutDown(tr("the client was closed"), true);
}

void DispatchClient::shutDown(const QString& reason, bool announce)
{
    // Closing first, settling second (issue 15 item 9): a coroutine resumed below by a failed call or an
    // ended subscription must already see a closed client, or a re-subscribe loop would send its next
    // request on the connection being dropped.
    m_connection->close(announce);
    QPointer<DispatchClient> self(this); // what resumes may destroy the client (not from the destructor)
    m_pending->failAll(reason);
    if (self)
        m_subscriptions->finishAll(reason);
    if (self)
        m_starts.abortAll(reason);
}

QCoro::Task<QByteArray> DispatchClient::call(QString method, QByteArray dataJson,
                                             std::chrono::milliseconds deadline)
{
    if (m_connection->isClosing())
        //: Error of a request made while the client shuts down. %1 is the DWP method (e.g. job.get, not
        //: translated).
        std::rethrow_exception(
            ConnectionError(tr("%1 not sent: the client is closing").arg(method)).withMethod(method));
    if (!m_connection->isReady())
        std::rethrow_exception(ConnectionError(m_connection->notConnectedReason()).withMethod(method));
    QPointer<DispatchClient> self(this);
    try {
        co_return co_await m_pending->call(method, dataJson, deadline);
    } catch (const PermissionError&) {
        if (self)
            emit self->permissionRefused(method);
        throw;
    }
}

} // namespace dispatch
