// SPDX-License-Identifier: MIT
// DwpConnection, part two: open(), in its phases — the socket (TLS included), then authentication
// (dwp-protocol.md §2). What happens on an open connection is in DwpConnection.cpp.
#include "client/DwpConnection.h"

#include "protocol/AuthResult.h"
#include "protocol/DispatchErrors.h"
#include "protocol/JsonWriter.h"

#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcConnection)

namespace dispatch {

QCoro::Task<QString> DwpConnection::open(ConnectionSettings settings)
{
    startOver(std::move(settings));
    createSocket();
    co_await openSocket();
    sendAuthFrame();
    co_await awaitAuthReply();
    acceptAuthReply();
    // A copy: QCoro 0.8's return_value(U&&) moves from an lvalue, which would empty the member.
    co_return QString(m_sessionId);
}

void DwpConnection::startOver(ConnectionSettings settings)
{
    retireSocket();
    m_settings = std::move(settings);
    m_codec.reset();
    m_sessionId.clear();
    m_authReply.reset();
    m_authFailure.clear();
    m_abortReason.clear();
    m_certificateProblem.reset();
    m_outstandingPingId.clear();
    m_missedPongs = 0;
    m_textFramedMsgpack = false;
    m_msgpackAuthSent = m_settings.format == dwp::WireFormat::Msgpack;
}

void DwpConnection::createSocket()
{
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(m_settings.maxIncomingMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(m_settings.maxIncomingMessageBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { onMessage(text.toUtf8(), MessageKind::Text); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray& bytes) { onMessage(bytes, MessageKind::Binary); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &DwpConnection::onSocketDisconnected);
    connect(m_socket.get(), &QWebSocket::sslErrors, this, &DwpConnection::onSslErrors);
    // Not QCoro's QWebSocket::open(): it drops its wait when the socket goes away, and the coroutines
    // awaiting it would then never resume (LeakSanitizer found their frames after a profile switch).
    connect(m_socket.get(), &QWebSocket::connected, this, &DwpConnection::endConnectPhase);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket.get(), &QWebSocket::errorOccurred, this, &DwpConnection::endConnectPhase);
#else
    connect(m_socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &DwpConnection::endConnectPhase);
#endif
    connect(m_socket.get(), &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            endConnectPhase();
    });
}

QCoro::Task<void> DwpConnection::openSocket()
{
    setState(State::Connecting);
    QPointer<DwpConnection> self(this);
    QWebSocket* socket = m_socket.get();
    m_connectPhaseOver = false;
    m_authTimedOut = false;
    m_authTimer.start(m_settings.authTimeout);
    socket->open(m_settings.url); // an unusable URL fails right here, before any wait
    m_closeWitness.watch(*socket);
    m_readSlicer.watch(*socket, m_settings.maxIncomingMessageBytes);
    while (!m_connectPhaseOver)
        co_await m_handshakeWakeup.wait();
    if (!self || m_destroying)
        throw ConnectionError(QStringLiteral("connection object destroyed while connecting"));
    m_authTimer.stop();
    // A newer open() may have replaced the socket meanwhile: then nothing of the new one is ours to report.
    const bool current = socket == m_socket.get();
    const bool opened = current && socket->state() == QAbstractSocket::ConnectedState;
    if (current && !opened && m_authTimedOut)
        //: Why connecting failed. %1 is the timeout in milliseconds.
        abort(tr("no connection within %1 ms").arg(m_settings.authTimeout.count()));
    if (m_certificateProblem) {
        setState(State::Closed);
        const CertificateProblem problem = *m_certificateProblem;
        throw CertificateError(problem.summary(), problem);
    }
    if (!opened) {
        QString reason = tr("could not open the WebSocket");
        if (!m_authFailure.isEmpty())
            reason = m_authFailure;
        else if (current && !m_abortReason.isEmpty())
            reason = m_abortReason;
        else if (current && !socket->errorString().isEmpty())
            reason = socket->errorString();
        setState(State::Closed);
        throw ConnectionError(QStringLiteral("%1: %2").arg(m_settings.url.toDisplayString(), reason));
    }
}

void DwpConnection::sendAuthFrame()
{
    // The first message is always parsed as JSON by the server, whatever format is wanted (§2 step 1);
    // the token goes in data.token and in the frame, as the TS SDK does, so either server rule finds it.
    setState(State::Authenticating);
    dwp::Frame auth;
    auth.id = nextScopedId("auth");
    auth.type = dwp::FrameType::Request;
    auth.method = QStringLiteral("auth");
    auth.token = m_settings.token;
    dwp::JsonWriter(auth.data)
        .beginObject()
        .key("format")
        .value(dwp::wireFormatName(m_settings.format))
        .key("token")
        .value(m_settings.token)
        .endObject();
    auth.ts = dwp::Timestamp::now();
    m_socket->sendTextMessage(
        QString::fromUtf8(dwp::FrameCodec::create(dwp::WireFormat::Json)->encode(auth)));
}

QCoro::Task<void> DwpConnection::awaitAuthReply()
{
    QPointer<DwpConnection> self(this);
    m_authTimedOut = false;
    m_authTimer.start(m_settings.authTimeout);
    while (!m_authReply && m_authFailure.isEmpty() && !m_authTimedOut)
        co_await m_handshakeWakeup.wait();
    if (!self || m_destroying)
        throw ConnectionError(QStringLiteral("connection object destroyed while authenticating"));
    if (m_authTimedOut) {
        //: Why connecting failed (the connection is closed). %1 is the timeout in milliseconds.
        abort(tr("no auth reply within %1 ms").arg(m_settings.authTimeout.count()));
        throw TimeoutError(
            //: Why connecting failed. %1 is the timeout in milliseconds.
            tr("the server did not answer the auth frame within %1 ms").arg(m_settings.authTimeout.count()));
    }
    if (!m_authReply) {
        setState(State::Closed);
        throw ConnectionError(m_authFailure);
    }
}

void DwpConnection::acceptAuthReply()
{
    const dwp::Frame reply = *m_authReply;
    if (reply.type == dwp::FrameType::Error || reply.error) {
        const auto code = reply.error ? reply.error->code : 0;
        const QString message = reply.error ? reply.error->message : tr("auth failed");
        //: Why connecting failed. %1 is the server's message from the auth reply.
        abort(tr("authentication failed: %1").arg(message));
        throw AuthError(code, message);
    }
    const auto info = dwp::AuthResult::parse(reply.data);
    if (!info) {
        abort(info.error());
        //: Why connecting failed. %1 is what is wrong with the server's auth reply (decoder message).
        throw ProtocolError(tr("unreadable auth reply: %1").arg(info.error()));
    }
    // The server says which format it speaks from now on (§2, auth step 7); anything unknown is JSON.
    const auto format = dwp::wireFormatFromName(info->format).value_or(dwp::WireFormat::Json);
    m_codec = dwp::FrameCodec::create(format);
    m_sessionId = info->sessionId;
    setState(State::Open);
    if (m_settings.heartbeatInterval.count() > 0)
        m_heartbeat.start(m_settings.heartbeatInterval);
    qCDebug(lcConnection) << "open" << m_settings.url.toDisplayString() << "session" << m_sessionId
                          << "format" << info->format;
}

} // namespace dispatch
