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
    void sendPing(const QByteArray& payload) { sendFrame(9, payload); } // at most 125 bytes (RFC 6455 §5.5)

    // Stops reading from the socket, so the kernel's buffers fill and the server's writes back up, as with
    // a client too slow to keep up; resume() reads everything again.
    void pause();
    void resume();
    // Sets the kernel's receive buffer of the open connection (SO_RCVBUF; Linux doubles it). Paused on
    // loopback, a connection otherwise lets the kernel take megabytes (tcp_rmem grows to 32 MiB here) before
    // the server's writes back up. Keep it at 64 KiB or more: loopback sends 64 KiB segments, and with 4 KiB
    // the connection stalled for good even after resume().
    void setKernelReceiveBuffer(int bytes);

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
