// SPDX-License-Identifier: MIT
#include "support/ScriptedDwpPeer.h"

#include "protocol/EventType.h"
#include "protocol/FrameCodec.h"
#include "protocol/Methods.h"
#include "protocol/StreamEvent.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimer>
#include <QtEndian>

namespace testsupport {
namespace {

const dwp::FrameCodec& jsonCodec()
{
    static const auto codec = dwp::FrameCodec::create(dwp::WireFormat::Json);
    return *codec;
}

} // namespace

ScriptedDwpPeer::ScriptedDwpPeer(QObject* parent) : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedDwpPeer::onNewConnection);
}

ScriptedDwpPeer::~ScriptedDwpPeer()
{
    for (const Peer& peer : std::as_const(m_peers))
        if (peer.socket)
            peer.socket->disconnect(this);
}

dwp::StreamEvent ScriptedDwpPeer::aJobEvent()
{
    dwp::JobEventData data;
    data.jobId = QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr");
    data.jobName = QStringLiteral("send-mail");
    data.queue = QStringLiteral("default");
    return dwp::StreamEvent::forJob(dwp::EventType::JobEnqueued, data);
}

QUrl ScriptedDwpPeer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(m_server.serverPort()));
}

bool ScriptedDwpPeer::hasOpenConnection() const
{
    for (const Peer& peer : m_peers)
        if (peer.socket && peer.socket->state() == QAbstractSocket::ConnectedState)
            return true;
    return false;
}

int ScriptedDwpPeer::receivedCount(const QString& method) const
{
    return int(std::count_if(m_received.cbegin(), m_received.cend(),
                             [&](const dwp::Frame& frame) { return frame.method == method; }));
}

QString ScriptedDwpPeer::lastRequestId(const QString& method) const
{
    for (auto it = m_received.crbegin(); it != m_received.crend(); ++it)
        if (it->method == method)
            return it->id;
    return {};
}

void ScriptedDwpPeer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        socket->setParent(this);
        m_peers.append(Peer{socket, {}, false, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, &ScriptedDwpPeer::activity);
    }
    emit activity();
}

ScriptedDwpPeer::Peer* ScriptedDwpPeer::find(QTcpSocket* socket)
{
    for (Peer& peer : m_peers)
        if (peer.socket == socket)
            return &peer;
    return nullptr;
}

void ScriptedDwpPeer::onReadyRead(QTcpSocket* socket)
{
    Peer* peer = find(socket);
    if (!peer)
        return;
    peer->buffer += socket->readAll();
    if (!peer->upgraded && upgradeDelayMs > 0 && !peer->upgradeScheduled) {
        peer->upgradeScheduled = true;
        QTimer::singleShot(upgradeDelayMs, socket, [this, socket] {
            if (Peer* late = find(socket)) {
                upgrade(*late);
                readFrames(*late);
            }
        });
        return;
    }
    if (!peer->upgraded && upgradeDelayMs == 0)
        upgrade(*peer);
    if (peer->upgraded)
        readFrames(*peer);
    emit activity();
}

void ScriptedDwpPeer::upgrade(Peer& peer)
{
    const qsizetype end = peer.buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    static const QRegularExpression keyLine(QStringLiteral("Sec-WebSocket-Key: *([^\\r\\n]+)"));
    const QByteArray head = peer.buffer.left(end + 4);
    peer.buffer.remove(0, end + 4);
    const QByteArray key = keyLine.match(QString::fromLatin1(head)).captured(1).toLatin1();
    const QByteArray accept =
        QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1)
            .toBase64();
    peer.socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Accept: " +
                       accept + "\r\n\r\n");
    peer.upgraded = true;
}

void ScriptedDwpPeer::readFrames(Peer& peer)
{
    // Client frames are always masked (RFC 6455 §5.3).
    while (peer.buffer.size() >= 2) {
        const auto* bytes = reinterpret_cast<const uchar*>(peer.buffer.constData());
        const int opcode = bytes[0] & 0x0f;
        quint64 length = bytes[1] & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (peer.buffer.size() < 4)
                return;
            length = qFromBigEndian<quint16>(bytes + 2);
            offset = 4;
        } else if (length == 127) {
            if (peer.buffer.size() < 10)
                return;
            length = qFromBigEndian<quint64>(bytes + 2);
            offset = 10;
        }
        const bool masked = bytes[1] & 0x80;
        const qsizetype maskOffset = offset;
        if (masked)
            offset += 4;
        if (quint64(peer.buffer.size()) < offset + length)
            return;
        QByteArray payload = peer.buffer.mid(offset, qsizetype(length));
        if (masked)
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ bytes[maskOffset + (i % 4)]);
        peer.buffer.remove(0, offset + qsizetype(length));
        onMessage(peer, opcode, payload);
        if (!peer.socket)
            return;
    }
}

void ScriptedDwpPeer::onMessage(Peer& peer, int opcode, const QByteArray& payload)
{
    if (opcode == 0x8) { // the client closes: echo, as RFC 6455 §5.5.1 asks, and end TCP
        writeFrame(peer.socket, 0x8, payload.left(2));
        peer.socket->disconnectFromHost();
        return;
    }
    if (opcode == 0x9) {
        writeFrame(peer.socket, 0xA, payload);
        return;
    }
    if (opcode != 0x1 && opcode != 0x2)
        return;
    auto frame = jsonCodec().decode(payload);
    if (!frame)
        return;
    if (!peer.authenticated) {
        peer.authenticated = true;
        QTcpSocket* socket = peer.socket;
        const QString authId = frame->id;
        if (authDelayMs > 0)
            QTimer::singleShot(authDelayMs, socket, [this, socket, authId] { answerAuth(socket, authId); });
        else
            answerAuth(socket, authId);
        return;
    }
    m_received.append(*frame);
    if (onRequest)
        onRequest(*frame);
    else
        answerLikeTheServer(*frame);
}

void ScriptedDwpPeer::answerAuth(QTcpSocket* socket, const QString& authId)
{
    ++m_authenticated;
    writeFrame(socket, 0x1,
               QByteArrayLiteral("{\"id\":\"s-auth\",\"type\":\"response\",\"correl_id\":\"") +
                   authId.toUtf8() +
                   "\",\"data\":{\"format\":\"json\",\"session_id\":\"ws_scripted\"},"
                   "\"ts\":\"2026-11-22T10:30:00Z\"}");
    emit activity();
}

void ScriptedDwpPeer::answerLikeTheServer(const dwp::Frame& request)
{
    if (request.type == dwp::FrameType::Ping) {
        if (!answerPings)
            return;
        dwp::Frame pong;
        pong.id = QStringLiteral("s-%1").arg(++m_nextId);
        pong.type = dwp::FrameType::Pong;
        pong.correlId = request.id;
        pong.ts = request.ts;
        sendText(jsonCodec().encode(pong));
        return;
    }
    if (request.method == dwp::methods::Subscribe || request.method == dwp::methods::Unsubscribe) {
        const bool subscribing = request.method == dwp::methods::Subscribe;
        QByteArray data = request.data;
        data.chop(1); // {"channel":"x"} → {"channel":"x","status":"…"}
        sendResponse(request.id,
                     data + (subscribing ? ",\"status\":\"subscribed\"}" : ",\"status\":\"unsubscribed\"}"));
    }
}

void ScriptedDwpPeer::sendResponse(const QString& correlId, const QByteArray& dataJson)
{
    dwp::Frame response;
    response.id = QStringLiteral("s-%1").arg(++m_nextId);
    response.type = dwp::FrameType::Response;
    response.correlId = correlId;
    response.data = dataJson;
    response.ts = dwp::Timestamp::now();
    sendText(jsonCodec().encode(response));
}

void ScriptedDwpPeer::sendEvent(const dwp::StreamEvent& event)
{
    sendText(jsonCodec().encode(event.toFrame(QStringLiteral("s-%1").arg(++m_nextId))));
}

void ScriptedDwpPeer::sendClose(std::optional<quint16> code, const QByteArray& reason, bool thenCloseTcp)
{
    QByteArray payload;
    if (code) {
        payload.resize(2);
        qToBigEndian<quint16>(*code, payload.data());
        payload += reason;
    }
    sendFrame(0x8, payload);
    if (thenCloseTcp)
        if (Peer* peer = newest())
            peer->socket->disconnectFromHost();
}

void ScriptedDwpPeer::closeTcp(int connection)
{
    Peer* peer = connection < 0 ? newest() : (connection < m_peers.size() ? &m_peers[connection] : nullptr);
    if (peer && peer->socket)
        peer->socket->abort();
}

void ScriptedDwpPeer::sendFrame(int opcode, const QByteArray& payload)
{
    if (Peer* peer = newest())
        writeFrame(peer->socket, opcode, payload);
}

void ScriptedDwpPeer::writeFrame(QTcpSocket* socket, int opcode, const QByteArray& payload)
{
    QByteArray frame(1, char(0x80 | opcode)); // FIN; server frames are unmasked
    if (payload.size() < 126) {
        frame += char(payload.size());
    } else if (payload.size() <= 0xffff) {
        frame += char(126);
        frame.resize(4);
        qToBigEndian<quint16>(quint16(payload.size()), frame.data() + 2);
    } else {
        frame += char(127);
        frame.resize(10);
        qToBigEndian<quint64>(quint64(payload.size()), frame.data() + 2);
    }
    socket->write(frame + payload);
}

ScriptedDwpPeer::Peer* ScriptedDwpPeer::newest()
{
    for (auto it = m_peers.rbegin(); it != m_peers.rend(); ++it)
        if (it->socket && it->socket->state() == QAbstractSocket::ConnectedState)
            return &*it;
    return nullptr;
}

} // namespace testsupport
