// SPDX-License-Identifier: MIT
// ServerSession's one-shot fault injections (FaultInjector): messages no client can make sense of. Apart
// from the frame loop in ServerSession.cpp, which they bypass on purpose.
#include "devserver/ServerSession.h"

#include <QRandomGenerator>

namespace devserver {

void ServerSession::sendGarbage()
{
    if (m_closed)
        return;
    QByteArray garbage;
    if (m_format == dwp::WireFormat::Json) {
        // Valid UTF-8 (a text message must be) that is not JSON.
        garbage = "<<garbage " + QByteArray::number(QRandomGenerator::global()->generate(), 16) + " {]";
        writeMessage(garbage, MessageKind::Text);
    } else {
        // 0xc1 is the one byte msgpack never uses.
        garbage =
            QByteArray(1, char(0xc1)) + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        writeMessage(garbage, MessageKind::Binary);
    }
}

void ServerSession::sendUnknownTypeFrame()
{
    if (m_closed || !m_codec)
        return;
    dwp::Frame frame = m_frames.response(QString(), QByteArrayLiteral("{\"hello\":\"from the future\"}"));
    frame.type = QStringLiteral("surprise");
    writeEncoded(m_codec->encode(frame));
}

void ServerSession::sendOversizedFrame(int bytes)
{
    if (m_closed || !m_codec)
        return;
    PublishedEvent event;
    event.event.type = QStringLiteral("devserver.oversized");
    event.event.ts = m_env.clock.now();
    event.event.data = "{\"padding\":\"" + QByteArray(std::max(0, bytes), 'x') + "\"}";
    event.json = event.event.toJson();
    writeEncoded(m_codec->encode(m_frames.event(event)));
}

void ServerSession::sendUncorrelatedError()
{
    if (m_closed || !m_codec)
        return;
    writeEncoded(m_codec->encode(m_frames.error(QString(), dwp::ErrorCode::BadRequest,
                                                QStringLiteral("invalid frame: injected fault"))));
}

void ServerSession::sendStrayResponse()
{
    if (m_closed || !m_codec)
        return;
    writeEncoded(m_codec->encode(m_frames.response(QStringLiteral("never-sent-1"), QByteArrayLiteral("{}"))));
}

} // namespace devserver
