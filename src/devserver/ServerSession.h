// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/Identity.h"
#include "devserver/ServerFrames.h"
#include "devserver/SessionEnvironment.h"
#include "devserver/Subscriber.h"
#include "protocol/FrameCodec.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>
#include <QWebSocket>
#include <memory>
#include <optional>

namespace devserver {

// One WebSocket connection, as the server's handleWebSocket runs it (dwp-protocol.md §2):
// - the first message is parsed as JSON whatever is negotiated; a bad frame, a non-auth frame, bad auth data
//   or a rejected token get their JSON error frame and then a TCP close with no WebSocket close frame;
// - after auth, frames are taken strictly one at a time in the server's order: undecodable → 400 without
//   correl_id; ping → pong echoing ts; scope check → 403; credits > 0 → added, nothing else; the handler;
// - a slow request (workflow.start) holds back every later frame of this connection, pings included,
//   while events keep flowing (§2, §3);
// - its Subscriber's buffered events are written as the socket accepts them (§5).
class ServerSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket`. `tcp` is the connection under it, used only to write msgpack in text
    // messages (WebSocketFrameEncoder); it may be null.
    ServerSession(QWebSocket* socket, QTcpSocket* tcp, const SessionEnvironment& environment,
                  const QString& sessionId, QObject* parent = nullptr);
    ~ServerSession() override;

    const QString& sessionId() const { return m_sessionId; }
    bool isAuthenticated() const { return m_subscriber != nullptr; }
    bool isOpen() const { return !m_closed; }
    dwp::WireFormat format() const { return m_format; }
    const Identity& identity() const { return m_identity; }
    std::shared_ptr<Subscriber> subscriber() const { return m_subscriber; }
    qint64 framesSent() const { return m_framesSent; }
    int queuedRequests() const { return int(m_inbox.size()); }
    // Requests read but not yet handled (a slow handler, delay-ms) beyond which the connection is dropped.
    static constexpr int kMaxQueuedRequests = 10000;

    // Fault injection (FaultInjector): messages no client can make sense of, and a TCP abort.
    void sendGarbage();
    void sendUnknownTypeFrame();
    void sendOversizedFrame(int bytes);
    void dropConnection();
    void sendUncorrelatedError();
    void sendStrayResponse();

signals:
    void authenticated(const QString& sessionId);
    void closed();

private:
    enum class MessageKind
    {
        Text,
        Binary
    };

    void onMessage(const QByteArray& bytes);
    void authenticate(const QByteArray& bytes);
    void rejectAuth(const QString& correlId, qint64 code, const QString& message);
    void processInbox();
    void processFrame(const QByteArray& bytes);
    void runRequest(const dwp::Frame& frame);
    void holdReply(const dwp::Frame& reply);
    void enforceAuthDeadline();
    void releaseHeldReply();
    // False once the connection is closed, or when it just was for ConnectionLimits::maxWriteBacklogBytes.
    bool withinWriteBacklog();
    void flushWithoutEvents();
    void sendFrame(const dwp::Frame& frame);
    void writeMessage(const QByteArray& bytes, MessageKind kind);
    void writeEncoded(const QByteArray& bytes);
    void afterFrameSent();
    void drainEvents();
    void onDisconnected();
    QString label() const;

    QWebSocket* m_socket;
    QPointer<QTcpSocket> m_tcp;
    const SessionEnvironment& m_env;
    ServerFrames m_frames;
    QString m_sessionId;
    QString m_peer;
    std::unique_ptr<dwp::FrameCodec> m_codec;
    dwp::WireFormat m_format = dwp::WireFormat::Json;
    Identity m_identity;
    std::shared_ptr<Subscriber> m_subscriber;
    QQueue<QByteArray> m_inbox;
    std::optional<dwp::Frame> m_heldReply; // FaultPlan::eventsBeforeReply
    quint64 m_holdSerial = 0;
    bool m_authAttempted = false;
    bool m_busy = false;
    bool m_draining = false;
    bool m_closed = false;
    qint64 m_framesSent = 0;
};

} // namespace devserver
