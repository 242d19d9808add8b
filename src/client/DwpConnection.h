// SPDX-License-Identifier: MIT
#pragma once

#include "client/CloseFrameWitness.h"
#include "client/ReadSlicer.h"
#include "protocol/CertificateProblem.h"
#include "protocol/ConnectionSettings.h"
#ifndef Q_MOC_RUN // moc cannot parse <coroutine>, and needs nothing from it
#include "coro/CoroutineWakeup.h"
#endif
#include "protocol/FrameCodec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <qcoro/qcorotask.h>

#include <memory>

namespace dispatch {

// One authenticated DWP WebSocket. It knows the wire (auth, codec, text-framed msgpack, heartbeat), not
// calls: every decoded frame other than our own pongs goes out through frameReceived for the client to route,
// except readable event frames, which take the codec's fast path straight to eventReceived (no Frame built).
class DwpConnection : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        Connecting,
        Authenticating,
        Open
    };
    Q_ENUM(State)

    explicit DwpConnection(QObject* parent = nullptr);
    ~DwpConnection() override;

    // Connects and authenticates; resolves with the session id. Throws CertificateError (the server's TLS
    // certificate failed verification and is not trusted), ConnectionError (socket or handshake failure, or
    // the peer vanished), AuthError (401, or 400 on the auth frame), TimeoutError (no auth reply
    // in time) or ProtocolError (an auth reply we cannot read).
    QCoro::Task<QString> open(ConnectionSettings settings);

    // What Qt may hold for a peer that is not reading before send() refuses to add more.
    static constexpr quint64 kMaxOutgoingBacklogBytes = 16 * 1024 * 1024;

    // Sends in the negotiated codec: msgpack as binary messages, JSON as text (dwp-protocol.md §2, §6).
    // Returns false when the connection is not open or its write backlog is over the bound; the frame is
    // then not sent.
    bool send(const dwp::Frame& frame);

    // Drops the connection at once; disconnected() follows with the reason.
    void abort(const QString& reason);

    State state() const { return m_state; }
    QString sessionId() const { return m_sessionId; }
    dwp::WireFormat negotiatedFormat() const { return m_codec ? m_codec->format() : m_settings.format; }
    const ConnectionSettings& settings() const { return m_settings; }
    // Whether the last close was QWebSocket refusing msgpack in a text message (see disconnected()).
    bool lastCloseWasTextFramedMsgpack() const { return m_textFramedMsgpack; }

signals:
    void frameReceived(const dwp::Frame& frame);
    // An event frame's event, decoded on the hot path (FrameCodec::decodeEvent). Event frames that do not
    // decode still come through frameReceived (or undecodableMessage), as before.
    void eventReceived(const dwp::StreamEvent& event);
    // A message that did not decode; the connection stays up (the server does the same for ours).
    void undecodableMessage(const QString& reason);
    void pingRoundTrip(std::chrono::milliseconds roundTrip);
    // textFramedMsgpack: the peer sent msgpack in a WebSocket text message, which QWebSocket refuses with
    // close code 1007 (dwp-protocol.md §2, short list item 8); reconnecting with JSON is the only way to talk
    // to it.
    void disconnected(const QString& reason, bool textFramedMsgpack);
    void stateChanged(dwp::WireFormat format, DwpConnection::State state);

private:
    enum class MessageKind
    {
        Text,
        Binary
    };
    // open()'s steps (DwpConnectionOpen.cpp): forget the last connection, make the socket, open it (TLS
    // included), send the auth frame, wait for its reply, read the reply. Each phase ends through
    // m_handshakeWakeup and throws what open() promises.
    void startOver(ConnectionSettings settings);
    void createSocket();
    QCoro::Task<void> openSocket();
    void sendAuthFrame();
    QCoro::Task<void> awaitAuthReply();
    void acceptAuthReply();
    // Ids of the frames the connection sends itself (auth, ping), unique in the process.
    static QString nextScopedId(const char* prefix);

    void onMessage(QByteArrayView bytes, MessageKind kind); // the first byte tells the codec
    void onUnreadable(const QString& why);
    void onSocketDisconnected();
    void onSslErrors(const QList<QSslError>& errors);
    void onHeartbeatTick();
    void setState(State state);
    void retireSocket();
    void endConnectPhase();
    void endAuthPhase();
    void wakeHandshakeWaiter(const QString& why);

    ConnectionSettings m_settings;
    std::unique_ptr<QWebSocket> m_socket;
    CloseFrameWitness m_closeWitness; // what the server's close frame said, which QWebSocket may not
    ReadSlicer m_readSlicer;          // a slice of the stream per turn of the event loop
    std::unique_ptr<dwp::FrameCodec> m_codec;
    State m_state = State::Closed;
    QString m_sessionId;
    std::optional<dwp::Frame> m_authReply;
    QString m_authFailure; // set when the auth phase ended without a reply
    QString m_abortReason;
    std::optional<CertificateProblem> m_certificateProblem; // why the last TLS handshake was refused
    bool m_msgpackAuthSent = false;
    bool m_textFramedMsgpack = false;
    bool m_destroying = false;
    // Ends open()'s waits, for the socket and then for the auth reply: a connect, a reply, an error, a close,
    // a timeout, a newer open() or our destruction. Every one of them wakes it, so a waiting open() always
    // resumes and never strands its coroutine frames.
    CoroutineWakeup m_handshakeWakeup;
    bool m_connectPhaseOver = false;
    QTimer m_authTimer; // the deadline of each phase: connecting, then authenticating
    bool m_authTimedOut = false;
    QTimer m_heartbeat;
    QString m_outstandingPingId;
    QElapsedTimer m_pingSentAt;
    int m_missedPongs = 0;
};

} // namespace dispatch
