// SPDX-License-Identifier: MIT
#include "support/RawDwpClient.h"

#include "protocol/AuthRequest.h"
#include "protocol/FrameCodec.h"

#include "support/WaitUntil.h"

namespace testsupport {

RawDwpClient::RawDwpClient(QObject* parent) : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(std::numeric_limits<quint64>::max());
    m_socket.setMaxAllowedIncomingFrameSize(std::numeric_limits<quint64>::max());
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        ++m_textMessages;
        onMessage(text.toUtf8());
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray& bytes) {
        ++m_binaryMessages;
        onMessage(bytes);
    });
    connect(&m_socket, &QWebSocket::connected, this, &RawDwpClient::activity);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_disconnected = true;
        emit activity();
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError)
                    m_remoteHostClosed = true;
                emit activity();
            });
}

RawDwpClient::~RawDwpClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

bool RawDwpClient::open(const QUrl& url, int timeoutMs)
{
    m_socket.open(url);
    return waitUntil(
               this, &RawDwpClient::activity, [this] { return isConnected() || m_disconnected; },
               timeoutMs) &&
           isConnected();
}

std::optional<dwp::Frame> RawDwpClient::authenticate(const QString& token, dwp::WireFormat format,
                                                     int timeoutMs)
{
    dwp::Frame frame;
    frame.id = nextId();
    frame.type = dwp::FrameType::Request;
    frame.method = QStringLiteral("auth");
    dwp::AuthRequest request{token,
                             format == dwp::WireFormat::Msgpack ? QStringLiteral("msgpack") : QString()};
    frame.data = request.toJson();
    frame.ts = dwp::Timestamp::now();
    // The auth frame is JSON whatever format is wanted (§2).
    sendText(dwp::FrameCodec::create(dwp::WireFormat::Json)->encode(frame));
    auto reply = waitForReply(frame.id, timeoutMs);
    if (reply && reply->type == dwp::FrameType::Response)
        m_format = format;
    return reply;
}

void RawDwpClient::sendText(const QByteArray& bytes)
{
    m_socket.sendTextMessage(QString::fromUtf8(bytes));
}

void RawDwpClient::sendBinary(const QByteArray& bytes)
{
    m_socket.sendBinaryMessage(bytes);
}

QString RawDwpClient::send(dwp::Frame frame)
{
    if (frame.id.isEmpty())
        frame.id = nextId();
    if (frame.ts.isGoZero())
        frame.ts = dwp::Timestamp::now();
    const QByteArray bytes = dwp::FrameCodec::create(m_format)->encode(frame);
    if (m_format == dwp::WireFormat::Json)
        sendText(bytes);
    else
        sendBinary(bytes);
    return frame.id;
}

QString RawDwpClient::sendRequest(const QString& method, const QByteArray& data)
{
    dwp::Frame frame;
    frame.type = dwp::FrameType::Request;
    frame.method = method;
    frame.data = data;
    return send(frame);
}

void RawDwpClient::sendCredits(qint64 credits)
{
    dwp::Frame frame;
    frame.type = dwp::FrameType::Request;
    frame.credits = credits;
    send(frame);
}

std::optional<dwp::Frame> RawDwpClient::call(const QString& method, const QByteArray& data, int timeoutMs)
{
    return waitForReply(sendRequest(method, data), timeoutMs);
}

std::optional<dwp::Frame> RawDwpClient::waitForReply(const QString& correlId, int timeoutMs)
{
    std::optional<dwp::Frame> found;
    (void)waitUntil(
        this, &RawDwpClient::activity,
        [&] {
            for (qsizetype i = 0; i < m_replies.size(); ++i) {
                if (m_replies[i].correlId == correlId) {
                    found = m_replies.takeAt(i);
                    return true;
                }
            }
            return m_disconnected;
        },
        timeoutMs);
    return found;
}

std::optional<dwp::Frame> RawDwpClient::nextReply(int timeoutMs)
{
    (void)waitUntil(
        this, &RawDwpClient::activity, [this] { return !m_replies.isEmpty() || m_disconnected; }, timeoutMs);
    if (m_replies.isEmpty())
        return std::nullopt;
    return m_replies.takeFirst();
}

bool RawDwpClient::waitForEvents(int count, int timeoutMs)
{
    return waitUntil(
               this, &RawDwpClient::activity, [&] { return m_events.size() >= count || m_disconnected; },
               timeoutMs) &&
           m_events.size() >= count;
}

std::optional<dwp::Frame> RawDwpClient::waitForEvent(const std::function<bool(const dwp::Frame&)>& match,
                                                     int timeoutMs)
{
    std::optional<dwp::Frame> found;
    (void)waitUntil(
        this, &RawDwpClient::activity,
        [&] {
            for (qsizetype i = 0; i < m_events.size(); ++i) {
                if (match(m_events[i])) {
                    found = m_events.takeAt(i);
                    return true;
                }
            }
            return m_disconnected;
        },
        timeoutMs);
    return found;
}

QList<dwp::Frame> RawDwpClient::takeEvents()
{
    return std::exchange(m_events, {});
}

bool RawDwpClient::waitForDisconnected(int timeoutMs)
{
    return waitUntil(
        this, &RawDwpClient::activity, [this] { return m_disconnected; }, timeoutMs);
}

void RawDwpClient::onMessage(const QByteArray& bytes)
{
    // A JSON frame starts with '{', which in msgpack would be a positive fixint, never a map (§6): pre-auth
    // errors are JSON even on a msgpack connection.
    const bool json = bytes.startsWith('{');
    const auto decoded =
        dwp::FrameCodec::create(json ? dwp::WireFormat::Json : dwp::WireFormat::Msgpack)->decode(bytes);
    if (!decoded) {
        m_decodeFailures.append(decoded.error());
        emit activity();
        return;
    }
    m_log.append(*decoded);
    if (decoded->type == dwp::FrameType::Event)
        m_events.append(*decoded);
    else
        m_replies.append(*decoded);
    emit activity();
}

} // namespace testsupport
