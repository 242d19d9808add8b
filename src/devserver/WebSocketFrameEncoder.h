// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace devserver {

// Builds one unfragmented, unmasked server-to-client WebSocket message (RFC 6455 §5.2) as raw bytes.
// QWebSocket::sendTextMessage takes a QString and so can only send valid UTF-8; the real server sends msgpack
// bytes in text messages (dwp-protocol.md §2), so `--msgpack-frames text` writes such messages with this
// straight onto the connection's QTcpSocket, beside QWebSocket's own writes (same thread, whole messages, in
// call order, so they never interleave).
class WebSocketFrameEncoder
{
public:
    static QByteArray textMessage(QByteArrayView payload);
};

} // namespace devserver
