// SPDX-License-Identifier: MIT
#include "client/CloseFrameWitness.h"

#include <QEvent>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace dispatch {

CloseFrameWitness::~CloseFrameWitness()
{
    stop();
}

void CloseFrameWitness::watch(QWebSocket& socket)
{
    stop();
    m_closeFrame.reset();
    m_connection =
        QObject::connect(&socket, &QWebSocket::connected, this, [this, &socket] { attach(socket); });
}

void CloseFrameWitness::attach(QWebSocket& socket)
{
#ifdef Q_OS_UNIX
    // QWebSocket keeps its TCP (or TLS) socket as a child, and that socket its read notifier. If a later Qt
    // changes either, nothing is found and the client falls back to QWebSocket's own account.
    m_tcp = socket.findChild<QTcpSocket*>();
    if (!m_tcp)
        return;
    for (QSocketNotifier* notifier : m_tcp->findChildren<QSocketNotifier*>()) {
        if (notifier->type() != QSocketNotifier::Read)
            continue;
        notifier->installEventFilter(this);
        m_notifiers.append(notifier);
    }
#else
    Q_UNUSED(socket);
#endif
}

void CloseFrameWitness::stop()
{
    QObject::disconnect(m_connection);
    for (const QPointer<QObject>& notifier : std::as_const(m_notifiers))
        if (notifier)
            notifier->removeEventFilter(this);
    m_notifiers.clear();
    m_tcp.clear();
}

bool CloseFrameWitness::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::SockAct)
        look();
    return QObject::eventFilter(watched, event);
}

void CloseFrameWitness::look()
{
#ifdef Q_OS_UNIX
    if (!m_tcp || m_tcp->bytesAvailable() > 0) // Qt left bytes unread: the kernel's do not start a frame
        return;
    char bytes[kLookBytes];
    const auto peeked = ::recv(int(m_tcp->socketDescriptor()), bytes, sizeof bytes, MSG_PEEK | MSG_DONTWAIT);
    if (peeked <= 0 || peeked >= qint64(sizeof bytes))
        return;
    if (auto frame = closeFrameAtEnd(QByteArray(bytes, qsizetype(peeked))))
        m_closeFrame = std::move(frame);
#endif
}

QString CloseFrameWitness::describe(const QWebSocket& socket, quint64 maxIncomingMessageBytes) const
{
    const int closeCode = int(socket.closeCode());
    if (closeCode == QWebSocketProtocol::CloseCodeTooMuchData)
        //: Why the connection was closed. %1 is the size limit in bytes; maxIncomingMessageBytes is a setting
        //: name (not translated).
        return tr("a message from the server exceeded the limit of %1 bytes (maxIncomingMessageBytes); the "
                  "connection was closed before it was read")
            .arg(maxIncomingMessageBytes);
    if (m_closeFrame) {
        if (!m_closeFrame->code)
            return tr("the server closed the connection with a close frame without a status code");
        if (m_closeFrame->reason.isEmpty())
            //: Why the connection was closed. %1 is the WebSocket close code (a number, e.g. 1011).
            return tr("the server closed the connection with close code %1 and no reason")
                .arg(*m_closeFrame->code);
        //: %1 is a WebSocket close code, %2 the server's reason
        return tr("the server closed the connection with close code %1: %2")
            .arg(QString::number(*m_closeFrame->code), QString::fromUtf8(m_closeFrame->reason));
    }
    // Qt 6.4 reports a TCP close without a close frame as close code 1000 plus RemoteHostClosedError. This is
    // how the real server ends every connection it drops (dwp-protocol.md §2 step 8).
    const QString qtReason = socket.closeReason();
    if (closeCode == QWebSocketProtocol::CloseCodeAbnormalDisconnection ||
        (qtReason.isEmpty() && socket.error() == QAbstractSocket::RemoteHostClosedError))
        return tr("the server closed the connection without a close frame");
    if (closeCode == QWebSocketProtocol::CloseCodeProtocolError &&
        qtReason.startsWith(QLatin1String("Invalid close code")))
        return tr("the server closed the connection with a close code Qt does not accept (Qt reports it as "
                  "1002 and drops the server's reason)");
    if (!qtReason.isEmpty())
        //: %1 is a WebSocket close code, %2 the reason Qt gives
        return tr("the connection was closed with close code %1: %2")
            .arg(QString::number(closeCode), qtReason);
    //: Why the connection was closed. %1 is the WebSocket close code (a number, e.g. 1011).
    return tr("the server closed the connection with close code %1 and no reason").arg(closeCode);
}

std::optional<CloseFrameWitness::CloseFrame> CloseFrameWitness::closeFrameAtEnd(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype offset = 0;
    std::optional<CloseFrame> last;
    while (offset + 2 <= size) {
        const int opcode = data[offset] & 0x0f;
        if (data[offset + 1] & 0x80)
            return std::nullopt; // a server never masks: not a frame boundary after all
        quint64 length = data[offset + 1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (offset + 4 > size)
                return std::nullopt;
            length = qFromBigEndian<quint16>(data + offset + 2);
            header = 4;
        } else if (length == 127) {
            if (offset + 10 > size)
                return std::nullopt;
            length = qFromBigEndian<quint64>(data + offset + 2);
            header = 10;
        }
        if (length > quint64(size - offset - header))
            return std::nullopt;
        const QByteArray payload = bytes.mid(offset + header, qsizetype(length));
        offset += header + qsizetype(length);
        last.reset();
        if (opcode == 0x8 && payload.size() != 1) {
            CloseFrame frame;
            if (payload.size() >= 2) {
                frame.code = qFromBigEndian<quint16>(payload.constData());
                frame.reason = payload.mid(2);
            }
            last = frame;
        }
    }
    return offset == size ? last : std::nullopt;
}

} // namespace dispatch
