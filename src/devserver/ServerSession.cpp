// SPDX-License-Identifier: MIT
#include "devserver/ServerSession.h"

#include "devserver/FaultInjector.h"
#include "devserver/Logging.h"
#include "devserver/RequestHandler.h"
#include "devserver/StreamBroker.h"
#include "devserver/TokenStore.h"
#include "devserver/WebSocketFrameEncoder.h"
#include "protocol/AuthRequest.h"
#include "protocol/AuthResult.h"
#include "protocol/JsonCodec.h"
#include "protocol/Methods.h"

#include <QScopedValueRollback>
#include <QTimer>

namespace devserver {

ServerSession::ServerSession(QWebSocket* socket, QTcpSocket* tcp, const SessionEnvironment& environment,
                             const QString& sessionId, QObject* parent)
    : QObject(parent), m_socket(socket), m_tcp(tcp), m_env(environment), m_frames(environment.clock),
      m_sessionId(sessionId), m_peer(QStringLiteral("%1:%2").arg(socket->peerAddress().toString(),
                                                                 QString::number(socket->peerPort())))
{
    m_socket->setParent(this);
    // The server has no message-size limit (§2); the devserver refuses a larger message at its header, with
    // close code 1009, rather than hold it (a 512 MiB message cost 1.5 GB).
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_env.limits.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_env.limits.maxMessageBytes));
    // Each server frame is one unfragmented message (§2); Qt would split messages above 512 KiB.
    m_socket->setOutgoingFrameSize(QWebSocket::maxOutgoingFrameSize());
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { onMessage(text.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ServerSession::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &ServerSession::onDisconnected);
    connect(m_socket, &QWebSocket::bytesWritten, this, &ServerSession::drainEvents);
    // QWebSocket answers WebSocket pings itself, straight into the socket; connected after its own slot,
    // this sees those pongs once a batch of incoming data has been handled.
    if (m_tcp)
        connect(m_tcp, &QTcpSocket::readyRead, this, &ServerSession::withinWriteBacklog);
    qCDebug(lcSession).noquote() << label() << "connected, path" << m_socket->requestUrl().path();
    QTimer::singleShot(m_env.limits.authDeadlineMs, this, &ServerSession::enforceAuthDeadline);
}

void ServerSession::enforceAuthDeadline()
{
    if (m_closed || isAuthenticated())
        return;
    qCWarning(lcSession).noquote() << label() << "no successful auth within" << m_env.limits.authDeadlineMs
                                   << "ms; dropping the connection";
    dropConnection();
}

ServerSession::~ServerSession()
{
    if (m_subscriber) {
        m_env.broker.removeSubscriber(m_subscriber->id());
        m_subscriber->setReadyCallback({}); // someone may still hold the subscriber; it must not call us
    }
}

QString ServerSession::label() const
{
    return QStringLiteral("[%1 %2]").arg(m_sessionId, m_peer);
}

void ServerSession::onMessage(const QByteArray& bytes)
{
    if (m_closed)
        return;
    if (!m_authAttempted) {
        m_authAttempted = true;
        if (m_env.faults.plan().dropDuringAuth) {
            dropConnection();
            return;
        }
        authenticate(bytes);
        return;
    }
    if (m_inbox.size() >= kMaxQueuedRequests) {
        // The real server reads one frame at a time, so TCP holds back a client that outruns it; Qt reads
        // everything at once, so without a bound a client could grow this queue without end.
        qCWarning(lcSession).noquote()
            << label() << kMaxQueuedRequests << "requests already queued; dropping the connection";
        dropConnection();
        return;
    }
    m_inbox.enqueue(bytes);
    processInbox();
}

void ServerSession::authenticate(const QByteArray& bytes)
{
    // §2: always JSON, whatever the message type and whatever format the client wants.
    const auto frame = dwp::JsonCodec().decode(bytes);
    if (!frame) {
        rejectAuth(QString(), dwp::ErrorCode::BadRequest, QStringLiteral("invalid auth frame"));
        return;
    }
    if (frame->method != dwp::methods::Auth) { // `type` is not checked
        rejectAuth(frame->id, dwp::ErrorCode::BadRequest, QStringLiteral("first frame must be auth"));
        return;
    }
    dwp::AuthRequest request;
    if (frame->hasData()) {
        const auto parsed = dwp::AuthRequest::parse(frame->data);
        if (!parsed) {
            rejectAuth(frame->id, dwp::ErrorCode::BadRequest, QStringLiteral("invalid auth data"));
            return;
        }
        request = *parsed;
    }
    const QString token = request.token.isEmpty() ? frame->token : request.token;
    const auto identity = m_env.faults.plan().refuseAuth ? std::nullopt : m_env.tokens.authenticate(token);
    if (!identity) {
        rejectAuth(frame->id, dwp::ErrorCode::Unauthorized, QStringLiteral("authentication failed"));
        return;
    }
    m_identity = *identity;
    // "msgpack" selects msgpack; anything else, "" included, the default codec, JSON (step 6).
    m_format = request.format == QLatin1String("msgpack") ? dwp::WireFormat::Msgpack : dwp::WireFormat::Json;
    m_codec = dwp::FrameCodec::create(m_format);
    m_subscriber = m_env.broker.addSubscriber(m_env.subscriberBuffer, m_env.initialCredits);
    m_subscriber->setReadyCallback([this] { drainEvents(); });
    qCDebug(lcSession).noquote() << label() << "authenticated as" << m_identity.subject << "scopes"
                                 << m_identity.scopes.join(QLatin1Char(',')) << "format"
                                 << dwp::wireFormatName(m_format);
    // The reply is already in the negotiated codec (step 7).
    sendFrame(
        m_frames.response(frame->id, dwp::AuthResult{dwp::wireFormatName(m_format), m_sessionId}.toJson()));
    if (const int dropAfter = m_env.faults.plan().dropAfterMs; dropAfter > 0 && !m_closed)
        QTimer::singleShot(dropAfter, this, &ServerSession::dropConnection);
    emit authenticated(m_sessionId);
}

void ServerSession::rejectAuth(const QString& correlId, qint64 code, const QString& message)
{
    qCDebug(lcSession).noquote() << label() << "auth rejected:" << code << message;
    // Pre-auth errors are always JSON; then the handler returns and the TCP connection is closed without a
    // WebSocket close frame, so the client sees an abnormal closure (§2 step 8).
    writeMessage(dwp::JsonCodec().encode(m_frames.error(correlId, code, message)), MessageKind::Text);
    dropConnection();
}

void ServerSession::processInbox()
{
    while (!m_busy && !m_closed && !m_inbox.isEmpty()) {
        const QByteArray bytes = m_inbox.dequeue();
        if (const int delay = m_env.faults.plan().responseDelayMs; delay > 0) {
            m_busy = true;
            QTimer::singleShot(delay, this, [this, bytes] {
                m_busy = false;
                processFrame(bytes);
                processInbox();
            });
            return;
        }
        processFrame(bytes);
    }
}

void ServerSession::processFrame(const QByteArray& bytes)
{
    if (m_closed)
        return;
    // Step 2: an undecodable frame is answered without correl_id, and the loop goes on.
    auto decoded = m_codec->decode(bytes);
    if (!decoded) {
        qCDebug(lcSession).noquote() << label() << "undecodable frame:" << decoded.error();
        sendFrame(m_frames.error(QString(), dwp::ErrorCode::BadRequest,
                                 QLatin1String("invalid frame: ") + decoded.error()));
        return;
    }
    const dwp::Frame& frame = *decoded;
    // Step 3: ping → pong with the ping's own ts; method and credits on a ping are ignored.
    if (frame.type == dwp::FrameType::Ping) {
        if (!m_env.faults.plan().ignorePings)
            sendFrame(m_frames.pong(frame.id, frame.ts));
        return;
    }
    // Step 4: the scope check, before anything else looks at the method — hence 403 before 405.
    if (!frame.method.isEmpty() && !m_identity.hasScope(dwp::methods::requiredScope(frame.method))) {
        sendFrame(
            m_frames.error(frame.id, dwp::ErrorCode::Forbidden, QStringLiteral("insufficient permissions")));
        return;
    }
    // Step 5: credits are added and the frame ends there: no reply, and a method on it is not run.
    if (frame.credits > 0) {
        m_subscriber->addCredits(frame.credits);
        return;
    }
    runRequest(frame);
}

void ServerSession::runRequest(const dwp::Frame& frame)
{
    // Step 6: any non-ping frame is a request, whatever its type.
    m_busy = true;
    const QPointer<ServerSession> self(this);
    const QString correlId = frame.id;
    // Most methods answer inside handle(), and processInbox's loop then simply goes on; workflow.start
    // answers later, from the clock, and must restart the loop itself.
    const auto insideHandle = std::make_shared<bool>(true);
    const bool holdForEvents =
        m_env.faults.plan().eventsBeforeReply && frame.method == dwp::methods::Subscribe;
    m_env.handler.handle(frame, m_identity, *m_subscriber,
                         [this, self, correlId, insideHandle, holdForEvents](const HandlerReply& reply) {
                             if (!self)
                                 return; // the connection went away while a workflow ran; the server's
                                         // write would fail too
                             if (m_subscriber->channels().size() > m_env.limits.maxTopics) {
                                 qCWarning(lcSession).noquote()
                                     << label() << "subscribed to more than" << m_env.limits.maxTopics
                                     << "channels; dropping the connection";
                                 dropConnection(); // its subscriber, and every topic with it, goes too
                                 return;
                             }
                             if (reply.isError()) {
                                 sendFrame(m_frames.error(correlId, reply.error->code, reply.error->message));
                             } else if (holdForEvents) {
                                 holdReply(m_frames.response(correlId, reply.data));
                                 return; // still busy: releaseHeldReply() goes on with the inbox
                             } else {
                                 sendFrame(m_frames.response(correlId, reply.data));
                             }
                             m_busy = false;
                             if (!*insideHandle)
                                 QMetaObject::invokeMethod(this, &ServerSession::processInbox,
                                                           Qt::QueuedConnection);
                         });
    *insideHandle = false;
}

void ServerSession::holdReply(const dwp::Frame& reply)
{
    // The fault events-before-reply: the subscription is live, and its next event is written before this
    // reply, as the real server's event goroutine may do (§5). Bounded, so a quiet channel still gets it.
    m_heldReply = reply;
    const quint64 hold = ++m_holdSerial; // an earlier hold's timer must not release this one
    QTimer::singleShot(FaultPlan::kEventsBeforeReplyHoldMs, this, [this, hold] {
        if (hold == m_holdSerial)
            releaseHeldReply();
    });
    drainEvents(); // what is already buffered goes first
}

void ServerSession::releaseHeldReply()
{
    if (!m_heldReply)
        return;
    const dwp::Frame reply = *std::exchange(m_heldReply, std::nullopt);
    sendFrame(reply);
    m_busy = false;
    QMetaObject::invokeMethod(this, &ServerSession::processInbox, Qt::QueuedConnection);
}

void ServerSession::sendFrame(const dwp::Frame& frame)
{
    if (m_closed)
        return;
    // Before auth there is no codec yet: only JSON error frames are written then, by rejectAuth.
    writeEncoded(m_codec->encode(frame));
    afterFrameSent();
}

void ServerSession::writeEncoded(const QByteArray& bytes)
{
    if (m_format == dwp::WireFormat::Json)
        writeMessage(bytes, MessageKind::Text);
    else
        writeMessage(bytes, MessageKind::Binary);
}

bool ServerSession::withinWriteBacklog()
{
    const qint64 bound = m_env.limits.maxWriteBacklogBytes;
    if (m_closed || m_socket->bytesToWrite() <= bound)
        return !m_closed;
    flushWithoutEvents(); // Qt keeps writes until the event loop runs: hand the kernel what it takes now
    const qint64 waiting = m_socket->bytesToWrite();
    if (waiting <= bound) {
        if (m_subscriber && m_subscriber->hasBuffered())
            QMetaObject::invokeMethod(this, &ServerSession::drainEvents, Qt::QueuedConnection);
        return true;
    }
    qCWarning(lcSession).noquote() << label() << waiting << "bytes waiting to be written, over the bound of"
                                   << bound << "bytes: the client stopped reading; dropping the connection";
    dropConnection();
    return false;
}

void ServerSession::writeMessage(const QByteArray& bytes, MessageKind kind)
{
    if (!withinWriteBacklog())
        return;
    if (kind == MessageKind::Text) {
        m_socket->sendTextMessage(QString::fromUtf8(bytes));
    } else if (m_env.msgpackFraming == MsgpackFraming::Binary) {
        m_socket->sendBinaryMessage(bytes);
    } else if (m_tcp) {
        // Like the real server: msgpack bytes in a TEXT message (§2), which QWebSocket cannot send.
        m_tcp->write(WebSocketFrameEncoder::textMessage(bytes));
    } else {
        qCWarning(lcSession).noquote()
            << label() << "no TCP socket for a text-framed msgpack message; dropped";
    }
}

void ServerSession::afterFrameSent()
{
    ++m_framesSent;
    const FaultPlan& plan = m_env.faults.plan();
    if (plan.garbageEvery > 0 && m_framesSent % plan.garbageEvery == 0)
        sendGarbage();
    if (plan.unknownTypeEvery > 0 && m_framesSent % plan.unknownTypeEvery == 0)
        sendUnknownTypeFrame();
    if (plan.oversizedEvery > 0 && m_framesSent % plan.oversizedEvery == 0)
        sendOversizedFrame(plan.oversizedBytes);
    if (plan.dropAfterFrames > 0 && m_framesSent >= plan.dropAfterFrames)
        dropConnection();
}

void ServerSession::drainEvents()
{
    if (m_draining || m_closed || !m_subscriber)
        return;
    m_draining = true;
    while (!m_closed && m_subscriber->hasBuffered()) {
        if (m_socket->bytesToWrite() > m_env.writeBacklogLimit) {
            // Qt queues writes until the event loop runs; the server's Write blocks only when the kernel
            // will take no more. Hand the kernel what it takes now, and stop only if it is really full.
            m_socket->flush();
            if (m_socket->bytesToWrite() > m_env.writeBacklogLimit)
                break; // resumed by bytesWritten
        }
        sendFrame(m_frames.event(*m_subscriber->takeBuffered()));
        releaseHeldReply(); // events-before-reply: one event went first
    }
    m_draining = false;
}

void ServerSession::flushWithoutEvents()
{
    // flush() emits bytesWritten at once, whose drainEvents would write events ahead of the frame being
    // written, or into a connection being dropped.
    const QScopedValueRollback noEventsNow(m_draining, true);
    m_socket->flush();
}

void ServerSession::dropConnection()
{
    if (m_closed)
        return;
    qCDebug(lcSession).noquote() << label() << "dropping the TCP connection (no close frame)";
    // What was written must still go out — the error frame before an auth abort above all — so flush
    // what the kernel accepts now, then close the socket without a WebSocket close frame.
    flushWithoutEvents();
    m_closed = true;
    m_socket->abort();
}

void ServerSession::onDisconnected()
{
    if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
        qCWarning(lcSession).noquote() << label() << "a message over the limit of"
                                       << m_env.limits.maxMessageBytes << "bytes; closed with 1009";
    qCDebug(lcSession).noquote() << label() << "disconnected, close code" << m_socket->closeCode()
                                 << "frames sent" << m_framesSent;
    m_closed = true;
    // The ready callback stays until the destructor: this may run from inside it (a drop while writing).
    if (m_subscriber)
        m_env.broker.removeSubscriber(m_subscriber->id());
    emit closed();
}

} // namespace devserver
