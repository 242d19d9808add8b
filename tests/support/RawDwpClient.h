// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Frame.h"
#include "protocol/WireFormat.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <optional>

namespace testsupport {

// A DWP client at the level of frames, for conformance tests: QWebSocket plus the protocol codecs, no
// client library, no hidden behaviour (no credits top-up, no retries, no keepalive). It records every
// frame in arrival order, keeps replies and events apart for convenience and tells how the connection
// ended. Request ids are "c-1", "c-2", …
class RawDwpClient : public QObject
{
    Q_OBJECT

public:
    explicit RawDwpClient(QObject* parent = nullptr);
    ~RawDwpClient() override;

    bool open(const QUrl& url, int timeoutMs = 5000);
    void close() { m_socket.close(); }
    QWebSocket& socket() { return m_socket; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // Sends the auth frame as JSON text ({token} in data, plus format when msgpack is wanted) and waits
    // for the reply; a response switches this client to the negotiated format.
    std::optional<dwp::Frame> authenticate(const QString& token = QStringLiteral("demo-token"),
                                           dwp::WireFormat format = dwp::WireFormat::Json,
                                           int timeoutMs = 5000);

    void sendText(const QByteArray& bytes);
    void sendBinary(const QByteArray& bytes);
    // Encodes in the negotiated format: JSON as a text message, msgpack as a binary message. An empty id
    // gets the next "c-N"; a zero ts becomes now. Returns the id used.
    QString send(dwp::Frame frame);
    QString sendRequest(const QString& method, const QByteArray& data = QByteArray());
    void sendCredits(qint64 credits);

    // Sends a request and waits for the frame whose correl_id is its id.
    std::optional<dwp::Frame> call(const QString& method, const QByteArray& data = QByteArray(),
                                   int timeoutMs = 5000);
    std::optional<dwp::Frame> waitForReply(const QString& correlId, int timeoutMs = 5000);
    // The oldest reply (non-event frame) not yet taken, whatever its correl_id.
    std::optional<dwp::Frame> nextReply(int timeoutMs = 5000);
    bool hasReply() const { return !m_replies.isEmpty(); }

    int eventCount() const { return int(m_events.size()); }
    bool waitForEvents(int count, int timeoutMs = 5000);
    // Waits for an event frame whose envelope matches; earlier events stay queued.
    std::optional<dwp::Frame> waitForEvent(const std::function<bool(const dwp::Frame&)>& match,
                                           int timeoutMs = 5000);
    QList<dwp::Frame> takeEvents();

    bool waitForDisconnected(int timeoutMs = 5000);
    bool wasDisconnected() const { return m_disconnected; }
    // Qt 6.4 leaves closeCode() at 1000 when the peer closes TCP without a close frame; what tells an
    // abnormal closure apart is the RemoteHostClosedError reported before disconnected().
    bool sawRemoteHostClosed() const { return m_remoteHostClosed; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

    const QList<dwp::Frame>& log() const { return m_log; } // every decoded frame, in arrival order
    const QStringList& decodeFailures() const { return m_decodeFailures; }
    int textMessageCount() const { return m_textMessages; }
    int binaryMessageCount() const { return m_binaryMessages; }
    dwp::WireFormat format() const { return m_format; }
    QString nextId() { return QStringLiteral("c-%1").arg(++m_lastId); }

signals:
    void activity(); // anything arrived or the connection changed state

private:
    void onMessage(const QByteArray& bytes);

    QWebSocket m_socket;
    dwp::WireFormat m_format = dwp::WireFormat::Json;
    QList<dwp::Frame> m_log;
    QList<dwp::Frame> m_replies;
    QList<dwp::Frame> m_events;
    QStringList m_decodeFailures;
    int m_textMessages = 0;
    int m_binaryMessages = 0;
    int m_lastId = 0;
    bool m_disconnected = false;
    bool m_remoteHostClosed = false;
};

} // namespace testsupport
