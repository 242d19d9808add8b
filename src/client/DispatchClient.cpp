// SPDX-License-Identifier: MIT
#include "client/DispatchClient.h"

#include "client/DedicatedCall.h"
#include "client/DwpConnection.h"
#include "client/FrameRouter.h"
#include "client/PendingRequestMap.h"
#include "protocol/ChannelRequest.h"
#include "protocol/DispatchErrors.h"
#include "protocol/EventType.h"
#include "protocol/Methods.h"
#include "protocol/Topics.h"

#include <QLoggingCategory>
#include <atomic>

Q_LOGGING_CATEGORY(lcClient, "dispatch.client")

namespace dispatch {
namespace {

QString nextCreditsFrameId()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("credits-%1").arg(++counter);
}

} // namespace

DispatchClient::DispatchClient(ClientOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_activeFormat(m_options.format),
      m_backoff(m_options.backoffBase, m_options.backoffCap, m_options.maxRetries),
      m_credits(m_options.creditWindow)
{
    m_pending = std::make_unique<PendingRequestMap>(
        [this](const dwp::Frame& frame) { return m_main && m_main->send(frame); });
    m_pending->setMaxPending(m_options.maxPendingRequests);
    m_router = std::make_unique<FrameRouter>(*m_pending, m_subscriptions);
    QObject::connect(m_router.get(), &FrameRouter::eventFrameArrived, this,
                     [this] { sendCredits(m_credits.onEventReceived()); });
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
    m_reconnectTimer.setSingleShot(true);
    QObject::connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { attemptReconnect(); });
}

DispatchClient::~DispatchClient()
{
    // Silent: nobody should hear from an object being destroyed. Every coroutine resumed by shutDown() runs
    // while all members are still alive, and none can start a new call (call() refuses once closing), so no
    // member's destructor resumes anything afterwards.
    shutDown(tr("the client was destroyed"), false);
    m_main.reset();
}

void DispatchClient::setState(ClientState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
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

ConnectionSettings DispatchClient::connectionSettings(bool longCall) const
{
    ConnectionSettings settings;
    settings.url = m_options.url;
    settings.token = m_options.token;
    settings.format = m_activeFormat;
    settings.authTimeout = m_options.authTimeout;
    // The server cannot answer a ping while it runs workflow.start on that connection (§2), so a long-call
    // connection has no heartbeat; its deadline guards it instead.
    settings.heartbeatInterval = longCall ? std::chrono::milliseconds(0) : m_options.heartbeatInterval;
    settings.maxIncomingMessageBytes = m_options.maxIncomingMessageBytes;
    settings.trustedCertificateSha256 = m_options.trustedCertificateSha256;
    return settings;
}

QCoro::Task<QString> DispatchClient::connect()
{
    m_closing = false;
    m_backoff.reset();
    m_reconnectTimer.stop();
    QPointer<DispatchClient> self(this);
    try {
        co_await openMainConnection();
    } catch (const AuthError& error) {
        if (self)
            //: Why the client stopped: the server refused the API token. %1 is the server's message.
            giveUp(tr("Token rejected: %1").arg(error.message()), int(error.code()),
                   std::current_exception());
        throw;
    } catch (const CertificateError& error) {
        if (self)
            rejectCertificate(error);
        throw;
    } catch (const DispatchError& error) {
        if (self && !m_closing) {
            if (m_options.reconnect)
                scheduleReconnect(error.message());
            else
                setState(ClientState::Disconnected);
        }
        throw;
    }
    // A copy: QCoro 0.8's return_value(U&&) moves from an lvalue, which would empty the member.
    co_return QString(m_sessionId);
}

QCoro::Task<void> DispatchClient::openMainConnection()
{
    if (m_main)
        m_main->disconnect(this);
    m_main = std::make_unique<DwpConnection>();
    DwpConnection* connection = m_main.get();
    QObject::connect(connection, &DwpConnection::stateChanged, this,
                     [this](dwp::WireFormat, DwpConnection::State state) {
                         if (state == DwpConnection::State::Connecting)
                             setState(m_state == ClientState::Reconnecting ? ClientState::Reconnecting
                                                                           : ClientState::Connecting);
                         else if (state == DwpConnection::State::Authenticating)
                             setState(ClientState::Authenticating);
                     });
    QPointer<DispatchClient> self(this);
    QString session;
    bool retryWithJson = false;
    try {
        ConnectionSettings settings = connectionSettings(false);
        session = co_await connection->open(std::move(settings));
    } catch (const ConnectionError&) {
        if (!self || m_main.get() != connection || !connection->lastCloseWasTextFramedMsgpack() ||
            m_activeFormat != dwp::WireFormat::Msgpack)
            throw;
        retryWithJson = true;
    }
    if (retryWithJson) {
        fallBackToJson();
        co_await openMainConnection();
        co_return;
    }
    if (!self || m_main.get() != connection)
        throw ConnectionError(tr("the connection attempt was superseded"));

    // Context `this`, not the router: m_main->disconnect(this) must cut every link to a retired connection.
    QObject::connect(connection, &DwpConnection::frameReceived, this,
                     [this](const dwp::Frame& frame) { m_router->route(frame); });
    QObject::connect(connection, &DwpConnection::eventReceived, this,
                     [this](const dwp::StreamEvent& event) { m_router->routeEvent(event); });
    QObject::connect(connection, &DwpConnection::pingRoundTrip, this, &DispatchClient::pingRoundTrip);
    QObject::connect(connection, &DwpConnection::undecodableMessage, this, [this](const QString& reason) {
        ++m_undecodableFrames;
        //: Status bar warning. %1 is what is wrong with the frame (decoder message).
        emit warning(tr("Ignored a frame the client could not decode: %1").arg(reason));
    });
    QObject::connect(connection, &DwpConnection::disconnected, this, &DispatchClient::onMainDisconnected);

    m_sessionId = session;
    m_lastDisconnectReason.clear();
    m_backoff.reset();
    sendCredits(m_credits.initialGrant());
    setState(ClientState::Ready);
    emit sessionStarted(m_sessionId);
    co_await resubscribeAndResync();
}

void DispatchClient::fallBackToJson()
{
    m_activeFormat = dwp::WireFormat::Json;
    if (m_warnedFallback)
        return;
    m_warnedFallback = true;
    emit warning(tr("The server sends msgpack in WebSocket text messages, which Qt cannot read; "
                    "using JSON with this server."));
}

void DispatchClient::sendCredits(qint64 credits)
{
    if (credits <= 0 || !m_main)
        return;
    // A credits frame carries no method and gets no reply; a method on it would be silently skipped (§5).
    dwp::Frame frame;
    frame.id = nextCreditsFrameId();
    frame.type = dwp::FrameType::Request;
    frame.credits = credits;
    frame.ts = dwp::Timestamp::now();
    m_main->send(frame);
}

QCoro::Task<void> DispatchClient::resubscribeAndResync()
{
    QPointer<DispatchClient> self(this);
    QStringList channels;
    for (Subscription* subscription : std::as_const(m_subscriptions)) {
        if (!channels.contains(subscription->channel()))
            channels.append(subscription->channel());
    }
    if (m_internalWorkflowInterest > 0 && !channels.contains(dwp::topics::Workflows))
        channels.append(dwp::topics::Workflows);
    for (const QString& channel : channels) {
        try {
            const QByteArray request = dwp::ChannelRequest{channel}.toJson();
            co_await call(dwp::methods::Subscribe, request, m_options.requestDeadline);
        } catch (const DispatchError& error) {
            if (!self || m_closing)
                co_return;
            //: Status bar warning after a reconnect. %1 is the channel (a topic or workflow run id), %2 why
            //: the subscribe failed.
            emit warning(tr("Could not re-subscribe to %1: %2").arg(channel, error.message()));
        }
        if (!self || m_closing || m_state != ClientState::Ready)
            co_return;
    }
    // What happened to watched runs while we were away is not replayed by the server: ask again (§5, §11).
    const QStringList runs = watchedRunIds();
    for (const QString& runId : runs) {
        try {
            auto run = co_await getWorkflow(runId);
            auto timeline = co_await workflowTimeline(runId);
            if (!self || m_closing)
                co_return;
            emit watchedRunRefreshed(run, timeline);
        } catch (const DispatchError& error) {
            if (!self || m_closing)
                co_return;
            //: Status bar warning after a reconnect. %1 is the workflow run id (run_…), %2 why it could not
            //: be fetched.
            emit warning(tr("Could not refresh watched run %1: %2").arg(runId, error.message()));
        }
    }
}

QStringList DispatchClient::watchedRunIds() const
{
    QStringList runs;
    for (const QString& runId : m_watched)
        if (!runs.contains(runId))
            runs.append(runId);
    return runs;
}

void DispatchClient::onEvent(const dwp::StreamEvent& event)
{
    ++m_eventsReceived;
    emit eventReceived(event);
    if (!m_pendingStarts.isEmpty() && event.type == dwp::EventType::WorkflowStarted)
        claimStartedRun(event);
}

void DispatchClient::claimStartedRun(const dwp::StreamEvent& event)
{
    const auto data = event.workflowData();
    if (!data)
        return;
    for (qsizetype i = 0; i < m_pendingStarts.size(); ++i) {
        if (m_pendingStarts[i].name != data->name)
            continue;
        auto callback = std::move(m_pendingStarts[i].onRunIdKnown);
        m_pendingStarts.removeAt(i);
        if (callback)
            callback(data->runId);
        return;
    }
}

void DispatchClient::onMainDisconnected(const QString& reason, bool textFramedMsgpack)
{
    m_sessionId.clear();
    m_lastDisconnectReason = reason;
    QPointer<DispatchClient> self(this);
    //: Error of every request still waiting when the connection dropped. %1 is why the connection was lost.
    m_pending->failAll(tr("connection lost: %1").arg(reason));
    if (!self || m_closing)
        return;
    emit connectionLost(reason);
    if (!self || m_closing)
        return;
    if (textFramedMsgpack && m_activeFormat == dwp::WireFormat::Msgpack) {
        fallBackToJson();
        setState(ClientState::Reconnecting);
        emit reconnectScheduled(std::chrono::milliseconds(0), m_backoff.attempts());
        m_reconnectTimer.start(0);
        return;
    }
    if (m_options.reconnect)
        scheduleReconnect(reason);
    else
        //: Why the client stopped (connection bar and status bar). %1 is why the connection was closed.
        giveUp(tr("Disconnected: %1").arg(reason), 0);
}

void DispatchClient::scheduleReconnect(const QString& reason)
{
    const auto delay = m_backoff.nextDelay();
    if (!delay) {
        //: Why the client stopped. %1 is the number of attempts, %2 why the last one failed.
        giveUp(tr("Gave up after %1 reconnect attempts: %2").arg(m_backoff.attempts()).arg(reason), 0);
        return;
    }
    qCInfo(lcClient) << "reconnecting in" << delay->count() << "ms:" << reason;
    setState(ClientState::Reconnecting);
    emit reconnectScheduled(*delay, m_backoff.attempts());
    m_reconnectTimer.start(*delay);
}

void DispatchClient::attemptReconnect()
{
    // Fire and forget: a discarded QCoro task runs to completion; every error is handled inside.
    [](QPointer<DispatchClient> self) -> QCoro::Task<void> {
        try {
            co_await self->openMainConnection();
        } catch (const AuthError& error) {
            if (self)
                //: Why the client stopped: the server refused the API token. %1 is the server's message.
                self->giveUp(tr("Token rejected: %1").arg(error.message()), int(error.code()),
                             std::current_exception());
        } catch (const CertificateError& error) {
            if (self)
                self->rejectCertificate(error);
        } catch (const DispatchError& error) {
            if (self && !self->m_closing)
                self->scheduleReconnect(error.message());
        }
    }(this);
}

void DispatchClient::rejectCertificate(const CertificateError& error)
{
    QPointer<DispatchClient> self(this);
    emit certificateRejected(error.problem());
    if (self)
        //: Why the client stopped. %1 is the certificate sentence ("The server's certificate … is self-signed
        //: (SHA-256 …).").
        giveUp(tr("Untrusted certificate: %1").arg(error.message()), 0, error.toExceptionPtr());
}

void DispatchClient::giveUp(const QString& message, int code, std::exception_ptr error)
{
    m_reconnectTimer.stop();
    if (!error)
        error = std::make_exception_ptr(ConnectionError(message));
    // Closed before anyone resumes, as in shutDown(). Subscriptions end too, with the same error: no events
    // will come without a connect() by the owner, and a consumer waiting in events() must hear why
    // (issue 16 item 1: dispatchctl subscribe sat forever once the server was gone).
    setState(ClientState::Closed);
    QPointer<DispatchClient> self(this);
    m_pending->failAll(error);
    if (!self)
        return;
    // Guarded: a consumer resumed by one may delete another.
    const QList<QPointer<Subscription>> subscriptions(m_subscriptions.cbegin(), m_subscriptions.cend());
    m_subscriptions.clear();
    m_watched.clear();
    for (const auto& subscription : subscriptions)
        if (subscription)
            subscription->fail(message, error);
    if (self)
        abortDedicatedCalls(message);
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
    m_closing = true;
    m_reconnectTimer.stop();
    m_sessionId.clear();
    if (m_main) {
        m_main->disconnect(this);
        m_main->abort(tr("closed by the client"));
    }
    if (announce)
        setState(ClientState::Closed);
    else
        m_state = ClientState::Closed;
    // Guarded: a consumer resumed by one may delete another.
    const QList<QPointer<Subscription>> subscriptions(m_subscriptions.cbegin(), m_subscriptions.cend());
    m_subscriptions.clear();
    m_watched.clear();
    QPointer<DispatchClient> self(this); // what resumes may destroy the client (not from the destructor)
    m_pending->failAll(reason);
    for (const auto& subscription : subscriptions)
        if (subscription)
            subscription->finish(reason);
    if (self)
        abortDedicatedCalls(reason);
}

void DispatchClient::abortDedicatedCalls(const QString& reason)
{
    // Each abort resumes (and may end) the coroutine that owns that call, never another one's.
    for (DedicatedCall* call : std::exchange(m_dedicatedCalls, {}))
        call->abort(reason);
}

QCoro::Task<QByteArray> DispatchClient::call(QString method, QByteArray dataJson,
                                             std::chrono::milliseconds deadline)
{
    if (m_closing)
        //: Error of a request made while the client shuts down. %1 is the DWP method (e.g. job.get, not
        //: translated).
        throw ConnectionError(tr("%1 not sent: the client is closing").arg(method));
    if (m_state != ClientState::Ready || !m_main) {
        if (m_lastDisconnectReason.isEmpty())
            //: Error of a request made while not connected. %1 is the server URL.
            throw ConnectionError(tr("not connected to %1").arg(m_options.url.toDisplayString()));
        throw ConnectionError(
            //: Error of a request made while not connected. %1 is the server URL, %2 why the last connection
            //: ended.
            tr("not connected to %1 (%2)").arg(m_options.url.toDisplayString(), m_lastDisconnectReason));
    }
    co_return co_await m_pending->call(method, dataJson, deadline);
}

} // namespace dispatch
