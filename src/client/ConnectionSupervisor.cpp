// SPDX-License-Identifier: MIT
#include "client/ConnectionSupervisor.h"

#include "client/DwpConnection.h"
#include "protocol/DispatchErrors.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSupervisor, "dispatch.client")

namespace dispatch {

ConnectionSupervisor::ConnectionSupervisor(const ClientOptions& options, Hooks hooks, QObject* parent)
    : QObject(parent), m_options(options), m_hooks(std::move(hooks)),
      m_activeFormat(options.connection.format),
      m_backoff(options.backoffBase, options.backoffCap, options.maxRetries)
{
    m_reconnectTimer.setSingleShot(true);
    QObject::connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { attemptReconnect(); });
}

ConnectionSupervisor::~ConnectionSupervisor()
{
    // The connection dies with m_main already empty, so an open() it wakes sees itself superseded and a
    // closing supervisor, and touches nothing else.
    m_closing = true;
    if (m_main)
        m_main->disconnect(this);
    std::unique_ptr<DwpConnection> dying = std::move(m_main);
    dying.reset();
}

void ConnectionSupervisor::setState(ClientState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString ConnectionSupervisor::notConnectedReason() const
{
    const QString server = m_options.connection.url.toDisplayString();
    if (m_lastDisconnectReason.isEmpty())
        //: Error of a request made while not connected. %1 is the server URL.
        return tr("not connected to %1").arg(server);
    //: Error of a request made while not connected. %1 is the server URL, %2 why the last connection
    //: ended.
    return tr("not connected to %1 (%2)").arg(server, m_lastDisconnectReason);
}

ConnectionSettings ConnectionSupervisor::connectionSettings() const
{
    ConnectionSettings settings = m_options.connection;
    settings.format = m_activeFormat; // JSON from now on if the server sent text-framed msgpack (§6)
    return settings;
}

QCoro::Task<QString> ConnectionSupervisor::connect()
{
    m_closing = false;
    m_disconnectedByUser = false;
    m_backoff.reset();
    m_reconnectTimer.stop();
    QPointer<ConnectionSupervisor> self(this);
    std::exception_ptr failure;
    try {
        co_await openMainConnection();
    } catch (const DispatchError&) {
        failure = std::current_exception();
    }
    if (failure) {
        if (self)
            afterFailedAttempt(failure, true);
        std::rethrow_exception(failure);
    }
    // A copy: QCoro 0.8's return_value(U&&) moves from an lvalue, which would empty the member.
    co_return QString(m_sessionId);
}

void ConnectionSupervisor::followConnectionState(DwpConnection* connection)
{
    QObject::connect(connection, &DwpConnection::stateChanged, this,
                     [this](dwp::WireFormat, DwpConnection::State state) {
                         if (state == DwpConnection::State::Connecting)
                             setState(m_state == ClientState::Reconnecting ? ClientState::Reconnecting
                                                                           : ClientState::Connecting);
                         else if (state == DwpConnection::State::Authenticating)
                             setState(ClientState::Authenticating);
                     });
}

QCoro::Task<void> ConnectionSupervisor::openMainConnection()
{
    // Counted while the socket and the handshake are under way, so reconnectNow() does not start a second.
    struct UnderWay
    {
        QPointer<ConnectionSupervisor> supervisor;
        explicit UnderWay(ConnectionSupervisor* s) : supervisor(s) { ++s->m_attemptsUnderWay; }
        ~UnderWay()
        {
            if (supervisor)
                --supervisor->m_attemptsUnderWay;
        }
        UnderWay(const UnderWay&) = delete;
        UnderWay& operator=(const UnderWay&) = delete;
    };
    UnderWay underWay(this);
    if (m_main)
        m_main->disconnect(this);
    m_main = std::make_unique<DwpConnection>();
    DwpConnection* connection = m_main.get();
    followConnectionState(connection);
    QPointer<ConnectionSupervisor> self(this);
    QString session;
    bool retryWithJson = false;
    try {
        ConnectionSettings settings = connectionSettings();
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
    if (m_disconnectedByUser) { // authenticated just after the operator disconnected
        connection->abort(m_lastDisconnectReason);
        throw ConnectionError(m_lastDisconnectReason);
    }
    attachConnection(connection);
    co_await startSession(session);
}

void ConnectionSupervisor::attachConnection(DwpConnection* connection)
{
    // Context `this`: m_main->disconnect(this) must cut every link to a retired connection.
    QObject::connect(connection, &DwpConnection::frameReceived, this, &ConnectionSupervisor::frameReceived);
    QObject::connect(connection, &DwpConnection::eventReceived, this, &ConnectionSupervisor::eventReceived);
    QObject::connect(connection, &DwpConnection::pingRoundTrip, this, &ConnectionSupervisor::pingRoundTrip);
    QObject::connect(connection, &DwpConnection::undecodableMessage, this,
                     &ConnectionSupervisor::undecodableMessage);
    QObject::connect(connection, &DwpConnection::disconnected, this,
                     &ConnectionSupervisor::onMainDisconnected);
}

QCoro::Task<void> ConnectionSupervisor::startSession(QString sessionId)
{
    m_sessionId = sessionId;
    m_sessionLive = true;
    m_lastDisconnectReason.clear();
    m_backoff.reset();
    if (m_hooks.authenticated)
        m_hooks.authenticated();
    setState(ClientState::Ready);
    emit sessionStarted(m_sessionId);
    if (m_hooks.sessionStarted)
        co_await m_hooks.sessionStarted();
}

bool ConnectionSupervisor::send(const dwp::Frame& frame)
{
    return m_main && !m_closing && m_main->send(frame);
}

void ConnectionSupervisor::fallBackToJson()
{
    m_activeFormat = dwp::WireFormat::Json;
    if (std::exchange(m_warnedFallback, true))
        return;
    emit warning(tr("The server sends msgpack in WebSocket text messages, which Qt cannot read; "
                    "using JSON with this server."));
}

void ConnectionSupervisor::onMainDisconnected(const QString& reason, bool textFramedMsgpack)
{
    // Not ready before anyone hears of it: a coroutine the owner resumes must not send on this connection.
    m_sessionId.clear();
    m_sessionLive = false;
    m_lastDisconnectReason = reason;
    QPointer<ConnectionSupervisor> self(this);
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
        giveUp(tr("Disconnected: %1").arg(reason), 0, {});
}

void ConnectionSupervisor::afterFailedAttempt(std::exception_ptr error, bool firstAttempt)
{
    try {
        std::rethrow_exception(error);
    } catch (const AuthError& failure) {
        //: Why the client stopped: the server refused the API token. %1 is the server's message.
        giveUp(tr("Token rejected: %1").arg(failure.message()), int(failure.code()), error);
    } catch (const CertificateError& failure) {
        // Not retried: trusting the certificate and connecting again is the operator's decision.
        QPointer<ConnectionSupervisor> self(this);
        emit certificateRejected(failure.problem());
        if (self)
            //: Why the client stopped. %1 is the certificate sentence ("The server's certificate … is
            //: self-signed (SHA-256 …).").
            giveUp(tr("Untrusted certificate: %1").arg(failure.message()), 0, error);
    } catch (const DispatchError& failure) {
        if (m_closing || m_disconnectedByUser)
            return;
        if (m_options.reconnect || !firstAttempt)
            scheduleReconnect(failure.message());
        else
            setState(ClientState::Disconnected);
    }
}

void ConnectionSupervisor::scheduleReconnect(const QString& reason)
{
    const auto delay = m_backoff.nextDelay();
    if (!delay) {
        // maxRetries reconnect attempts were made, each after one delay, besides the attempt that failed
        // first (ClientOptions::maxRetries); the count says exactly that many.
        //: Why the client stopped. %n is the number of reconnect attempts made after the first attempt
        //: failed, %1 why the last one failed.
        giveUp(tr("Gave up after %n reconnect attempt(s): %1", nullptr, m_backoff.attempts()).arg(reason), 0,
               {});
        return;
    }
    qCInfo(lcSupervisor) << "reconnecting in" << delay->count() << "ms:" << reason;
    setState(ClientState::Reconnecting);
    emit reconnectScheduled(*delay, m_backoff.attempts());
    m_reconnectTimer.start(*delay);
}

void ConnectionSupervisor::attemptReconnect()
{
    // Fire and forget: a discarded QCoro task runs to completion; every error is handled inside.
    [](QPointer<ConnectionSupervisor> self) -> QCoro::Task<void> {
        std::exception_ptr failure;
        try {
            co_await self->openMainConnection();
        } catch (const DispatchError&) {
            failure = std::current_exception();
        }
        if (failure && self)
            self->afterFailedAttempt(failure, false);
    }(this);
}

void ConnectionSupervisor::giveUp(const QString& message, int code, std::exception_ptr error)
{
    m_reconnectTimer.stop();
    m_sessionLive = false;
    // Closed before anyone hears of it, so nothing the owner resumes tries the connection again.
    setState(ClientState::Closed);
    emit gaveUp(message, code, error ? error : std::make_exception_ptr(ConnectionError(message)));
}

void ConnectionSupervisor::disconnectFromServer()
{
    if (m_closing || m_disconnectedByUser)
        return;
    m_disconnectedByUser = true;
    m_reconnectTimer.stop();
    m_sessionId.clear();
    m_sessionLive = false;
    //: Why the connection ended, said by calls made afterwards ("not connected to … (disconnected by you)").
    m_lastDisconnectReason = tr("disconnected by you");
    if (m_main) {
        m_main->disconnect(this);
        m_main->abort(m_lastDisconnectReason);
    }
    QPointer<ConnectionSupervisor> self(this);
    setState(ClientState::Disconnected);
    if (self)
        emit connectionLost(m_lastDisconnectReason); // the owner fails the calls that wait for an answer
}

void ConnectionSupervisor::reconnectNow()
{
    if (m_closing || isReady() || m_attemptsUnderWay > 0)
        return;
    // The operator asked: whatever was given up or waited for, this is a fresh start with a fresh budget.
    m_disconnectedByUser = false;
    m_reconnectTimer.stop();
    m_backoff.reset();
    setState(ClientState::Reconnecting);
    attemptReconnect();
}

void ConnectionSupervisor::close(bool announce)
{
    m_closing = true;
    m_reconnectTimer.stop();
    m_sessionId.clear();
    m_sessionLive = false;
    if (m_main) {
        m_main->disconnect(this);
        m_main->abort(tr("closed by the client"));
    }
    if (announce)
        setState(ClientState::Closed);
    else
        m_state = ClientState::Closed;
}

} // namespace dispatch
