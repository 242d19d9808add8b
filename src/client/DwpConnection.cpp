// SPDX-License-Identifier: MIT
#include "client/DwpConnection.h"

#include "client/NotJsonMessage.h"
#include "client/SslCertificateProblem.h"
#include "protocol/DispatchErrors.h"

#include <QLoggingCategory>
#include <QPointer>
#include <atomic>

Q_LOGGING_CATEGORY(lcConnection, "dispatch.connection")

namespace dispatch {
namespace {

constexpr int kCloseInvalidUtf8 = 1007; // QWebSocket's answer to msgpack in a text message

// A msgpack map never starts with '{' (0x7b is a positive fixint), so the first byte tells the codecs apart;
// this is how pre-auth JSON errors are told from a msgpack auth reply (dwp-protocol.md §6).
const dwp::FrameCodec& codecFor(QByteArrayView bytes)
{
    static const auto json = dwp::FrameCodec::create(dwp::WireFormat::Json);
    static const auto msgpack = dwp::FrameCodec::create(dwp::WireFormat::Msgpack);
    return (!bytes.isEmpty() && bytes.front() == '{') ? *json : *msgpack;
}

} // namespace

QString DwpConnection::nextScopedId(const char* prefix)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++counter);
}

DwpConnection::DwpConnection(QObject* parent) : QObject(parent)
{
    connect(&m_heartbeat, &QTimer::timeout, this, &DwpConnection::onHeartbeatTick);
    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        m_authTimedOut = true;
        m_connectPhaseOver = true;
        endAuthPhase();
    });
}

void DwpConnection::endConnectPhase()
{
    m_connectPhaseOver = true;
    m_handshakeWakeup.wake();
}

void DwpConnection::endAuthPhase()
{
    m_authTimer.stop();
    m_handshakeWakeup.wake();
}

void DwpConnection::wakeHandshakeWaiter(const QString& why)
{
    if (!m_handshakeWakeup.hasWaiter())
        return;
    m_connectPhaseOver = true;
    if (!m_authReply && m_authFailure.isEmpty())
        m_authFailure = why;
    endAuthPhase();
}

DwpConnection::~DwpConnection()
{
    // A coroutine waiting in open() would otherwise never resume, and its frames (and those of every caller
    // awaiting it) would leak: retireSocket() wakes it while the members it reads are still alive; it sees
    // m_destroying and throws.
    m_destroying = true;
    retireSocket();
}

void DwpConnection::retireSocket()
{
    if (m_socket) {
        // Never delete the socket here: this may run inside one of its own signals (a reply resumes a
        // coroutine that ends by destroying this connection), and Qt would return into a deleted object.
        m_closeWitness.stop();
        m_readSlicer.stop();
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.release()->deleteLater();
    }
    wakeHandshakeWaiter(m_destroying ? tr("the connection was closed while it was being opened")
                                     : tr("a newer connection attempt replaced this one"));
}

void DwpConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(negotiatedFormat(), state);
}

bool DwpConnection::send(const dwp::Frame& frame)
{
    if (m_state != State::Open || !m_socket || !m_codec)
        return false;
    // A peer that stopped reading would let Qt's write buffer grow with every frame we send; refuse to queue
    // more past the bound (the call then fails at once with ConnectionError).
    if (quint64(m_socket->bytesToWrite()) > kMaxOutgoingBacklogBytes) {
        qCWarning(lcConnection) << "not sending" << frame.type << frame.method << ":"
                                << m_socket->bytesToWrite() << "bytes are still waiting to be written";
        return false;
    }
    const QByteArray bytes = m_codec->encode(frame);
    if (m_codec->format() == dwp::WireFormat::Msgpack)
        m_socket->sendBinaryMessage(bytes);
    else
        m_socket->sendTextMessage(QString::fromUtf8(bytes));
    return true;
}

void DwpConnection::abort(const QString& reason)
{
    if (!m_socket)
        return;
    if (m_abortReason.isEmpty())
        m_abortReason = reason;
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        onSocketDisconnected();
        return;
    }
    m_socket->abort();
}

void DwpConnection::onMessage(QByteArrayView bytes, MessageKind kind)
{
    m_readSlicer.messageArrived();
    // On a JSON session only a JSON object is a frame; anything else is reported as what it is, never
    // handed to the msgpack decoder ("invalid msgpack frame" named a format nobody chose; issue 16 item 12).
    const bool startsAsJson = !bytes.isEmpty() && bytes.front() == '{';
    if (!startsAsJson && negotiatedFormat() == dwp::WireFormat::Json) {
        onUnreadable(NotJsonMessage::describe(bytes, kind == MessageKind::Text));
        return;
    }
    const dwp::FrameCodec& codec = codecFor(bytes);
    if (m_state == State::Open) {
        // Most traffic is events; a failure falls through to decode(), whose verdict (and error text) is
        // the same, so unreadable events are reported exactly as before.
        if (auto event = codec.decodeEvent(bytes); event && *event) {
            emit eventReceived(**event);
            return;
        }
    }
    auto frame = codec.decode(bytes);
    if (!frame) {
        onUnreadable(frame.error());
        return;
    }
    if (m_state == State::Authenticating) {
        if (m_authReply || !m_authFailure.isEmpty())
            return;
        m_authReply = std::move(*frame);
        endAuthPhase();
        return;
    }
    if (m_state != State::Open)
        return;
    if (frame->type == dwp::FrameType::Pong && !m_outstandingPingId.isEmpty() &&
        frame->correlId == m_outstandingPingId) {
        m_outstandingPingId.clear();
        m_missedPongs = 0;
        emit pingRoundTrip(std::chrono::milliseconds(m_pingSentAt.elapsed()));
        return;
    }
    emit frameReceived(*frame);
}

void DwpConnection::onUnreadable(const QString& why)
{
    if (m_state == State::Authenticating) {
        if (m_authReply || !m_authFailure.isEmpty())
            return;
        //: Why connecting failed. %1 is what is wrong with the server's auth reply (decoder message).
        m_authFailure = tr("unreadable auth reply: %1").arg(why);
        endAuthPhase();
        return;
    }
    if (m_state != State::Open)
        return;
    qCWarning(lcConnection) << "undecodable message:" << why;
    emit undecodableMessage(why);
}

void DwpConnection::onSocketDisconnected()
{
    if (m_state == State::Closed)
        return;
    m_heartbeat.stop();
    const State previous = m_state;
    const int closeCode = m_socket ? int(m_socket->closeCode()) : 0;
    m_textFramedMsgpack = closeCode == kCloseInvalidUtf8 && m_msgpackAuthSent;
    QString reason = m_abortReason;
    if (reason.isEmpty() && m_textFramedMsgpack)
        reason = tr("the server sends msgpack in WebSocket text messages, which Qt rejects (close 1007)");
    if (reason.isEmpty() && m_socket)
        reason = m_closeWitness.describe(*m_socket, m_settings.maxIncomingMessageBytes);
    setState(State::Closed);
    if (previous == State::Authenticating || previous == State::Connecting) {
        m_connectPhaseOver = true;
        if (!m_authReply && m_authFailure.isEmpty()) {
            m_authFailure = reason;
            endAuthPhase();
        }
        return;
    }
    qCInfo(lcConnection) << "disconnected:" << reason;
    emit disconnected(reason, m_textFramedMsgpack);
}

void DwpConnection::onSslErrors(const QList<QSslError>& errors)
{
    // Only errors about exactly the certificates the operator trusted are ignored; anything else fails the
    // handshake, and QWebSocket then closes the socket.
    const bool allTrusted = allSslErrorsTrusted(errors, m_settings.trustedCertificateSha256);
    if (allTrusted && m_socket) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_certificateProblem = certificateProblemFromSslErrors(errors, m_settings.url.host());
    qCWarning(lcConnection).noquote() << "certificate rejected:" << m_certificateProblem->summary();
}

void DwpConnection::onHeartbeatTick()
{
    if (m_state != State::Open)
        return;
    // One ping in flight at a time: a pong still missing at a tick counts as missed, and two missed mean the
    // peer (or the path to it) is dead even if TCP has not noticed (dwp-protocol.md: the server never pings).
    if (!m_outstandingPingId.isEmpty()) {
        if (++m_missedPongs >= 2)
            //: Why the connection was closed. %1 is how long the client waited for the ping's answer, in
            //: milliseconds.
            abort(tr("no pong for %1 ms: the server is not answering").arg(m_pingSentAt.elapsed()));
        return;
    }
    dwp::Frame ping;
    ping.id = nextScopedId("ping");
    ping.type = dwp::FrameType::Ping;
    ping.ts = dwp::Timestamp::now();
    m_outstandingPingId = ping.id;
    m_pingSentAt.start();
    send(ping);
}

} // namespace dispatch
