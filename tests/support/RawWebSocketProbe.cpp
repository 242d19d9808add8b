// SPDX-License-Identifier: MIT
#include "support/RawWebSocketProbe.h"

#include "support/WaitUntil.h"

namespace testsupport {

RawWebSocketProbe::RawWebSocketProbe(QObject* parent) : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawWebSocketProbe::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_peerClosed = true;
        onReadyRead();
    });
}

RawWebSocketProbe::~RawWebSocketProbe()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

bool RawWebSocketProbe::open(const QUrl& url, int timeoutMs)
{
    m_socket.connectToHost(url.host(), quint16(url.port()));
    if (!m_socket.waitForConnected(timeoutMs))
        return false;
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray request = "GET " + target +
                               " HTTP/1.1\r\n"
                               "Host: " +
                               url.host().toUtf8() + ':' + QByteArray::number(url.port()) +
                               "\r\n"
                               "Upgrade: websocket\r\n"
                               "Connection: Upgrade\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                               "Sec-WebSocket-Version: 13\r\n\r\n";
    m_socket.write(request);
    return waitUntil(
               this, &RawWebSocketProbe::activity, [this] { return m_status != 0 || m_peerClosed; },
               timeoutMs) &&
           m_status != 0;
}

void RawWebSocketProbe::sendFrame(int opcode, const QByteArray& payload)
{
    // Client frames must be masked (RFC 6455 §5.3).
    const quint8 mask[4] = {0x12, 0x34, 0x56, 0x78};
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    const quint64 length = quint64(payload.size());
    if (length < 126) {
        frame.append(char(0x80 | length));
    } else if (length <= 0xffff) {
        frame.append(char(0x80 | 126)).append(char(length >> 8)).append(char(length));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char(length >> shift));
    }
    frame.append(reinterpret_cast<const char*>(mask), 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(quint8(payload[i]) ^ mask[i % 4]));
    m_socket.write(frame);
}

void RawWebSocketProbe::pause()
{
    m_paused = true;
    m_socket.setReadBufferSize(4096);
}

void RawWebSocketProbe::setKernelReceiveBuffer(int bytes)
{
    m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, bytes);
}

void RawWebSocketProbe::resume()
{
    m_paused = false;
    m_socket.setReadBufferSize(0);
    onReadyRead();
}

void RawWebSocketProbe::onReadyRead()
{
    if (m_paused)
        return;
    m_buffer.append(m_socket.readAll());
    if (m_status == 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            emit activity();
            return;
        }
        m_head = m_buffer.left(end + 4);
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> statusLine = m_head.left(m_head.indexOf("\r\n")).split(' ');
        m_status = statusLine.size() >= 2 ? statusLine[1].toInt() : -1;
    }
    if (m_status == 101)
        parseFrames();
    emit activity();
}

void RawWebSocketProbe::parseFrames()
{
    while (m_buffer.size() >= 2) {
        const auto byte = [this](qsizetype i) { return quint8(m_buffer[i]); };
        quint64 length = byte(1) & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = (quint64(byte(2)) << 8) | byte(3);
            offset = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | byte(2 + i);
            offset = 10;
        }
        if (quint64(m_buffer.size() - offset) < length)
            return;
        m_messages.append({byte(0) & 0x0f, m_buffer.mid(offset, qsizetype(length))});
        m_buffer.remove(0, offset + qsizetype(length));
    }
}

bool RawWebSocketProbe::waitForMessages(int count, int timeoutMs)
{
    return waitUntil(
               this, &RawWebSocketProbe::activity, [&] { return m_messages.size() >= count || m_peerClosed; },
               timeoutMs) &&
           m_messages.size() >= count;
}

bool RawWebSocketProbe::waitForPeerClose(int timeoutMs)
{
    return waitUntil(
        this, &RawWebSocketProbe::activity, [this] { return m_peerClosed; }, timeoutMs);
}

bool RawWebSocketProbe::sawCloseFrame() const
{
    for (const Message& message : m_messages) {
        if (message.opcode == 8)
            return true;
    }
    return false;
}

} // namespace testsupport
