// SPDX-License-Identifier: MIT
#include "devserver/WebSocketFrameEncoder.h"

namespace devserver {

QByteArray WebSocketFrameEncoder::textMessage(QByteArrayView payload)
{
    const quint64 length = quint64(payload.size());
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame.append(char(0x81)); // FIN + opcode 1 (text)
    if (length < 126) {
        frame.append(char(length));
    } else if (length <= 0xffff) {
        frame.append(char(126));
        frame.append(char(length >> 8)).append(char(length));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char(length >> shift));
    }
    frame.append(payload);
    return frame;
}

} // namespace devserver
