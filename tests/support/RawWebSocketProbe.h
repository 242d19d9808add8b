// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QUrl>

namespace testsupport {

// A WebSocket client written at the TCP level, to see what QWebSocket hides: whether the server sent a
// close frame before closing TCP, which message type (text or binary) a frame came in, HTTP answers to a
// failed upgrade. It handles unfragmented messages, which is all the server sends.
class RawWebSocketProbe : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        int opcode = 0; // 1 text, 2 binary, 8 close, 9 ping, 10 pong
        QByteArray payload;
    };

    explicit RawWebSocketProbe(QObject* parent = nullptr);
    ~RawWebSocketProbe() override;

    // Connects and sends the upgrade request for url's path; true once the answer's head has arrived
    // (see statusCode() — 101 for an accepted upgrade).
    bool open(const QUrl& url, int timeoutMs = 5000);
    int statusCode() const { return m_status; }
    const QByteArray& responseHead() const { return m_head; }

    void sendText(const QByteArray& payload) { sendFrame(1, payload); }
    void sendBinary(const QByteArray& payload) { sendFrame(2, payload); }

    // Stops reading from the socket, so the kernel's buffers fill and the server's writes back up, as with
    // a client too slow to keep up; resume() reads everything again.
    void pause();
    void resume();

    bool waitForMessages(int count, int timeoutMs = 5000);
    // True when the server closed the TCP connection within the time.
    bool waitForPeerClose(int timeoutMs = 5000);
    const QList<Message>& messages() const { return m_messages; }
    bool sawCloseFrame() const;

signals:
    void activity(); // anything arrived or the connection changed state

private:
    void sendFrame(int opcode, const QByteArray& payload);
    void onReadyRead();
    void parseFrames();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_head;
    int m_status = 0;
    bool m_peerClosed = false;
    bool m_paused = false;
    QList<Message> m_messages;
};

} // namespace testsupport
