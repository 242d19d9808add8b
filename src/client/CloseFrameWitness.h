// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <optional>

class QTcpSocket;
class QWebSocket;

namespace dispatch {

// What the server's close frame really said. QWebSocket (6.4) rewrites close frames it does not like before
// anyone sees them: the registered codes 1012–1014 and every invalid code become "Invalid close code 1002
// detected" with the server's reason thrown away, and a close frame without a status reads exactly like a
// TCP close without any close frame (issue 16 item 12). QWebSocket reads its socket in the first slot on
// readyRead, so the witness looks earlier: when the socket's read notifier fires it peeks (MSG_PEEK, nothing
// is consumed) at what the kernel holds, and remembers a close frame found at the end of it.
// Best effort by design: a close frame behind more than kLookBytes of other data, or inside TLS, is not
// seen (nor anything on a platform without MSG_PEEK), and the connection then reports what QWebSocket says.
class CloseFrameWitness : public QObject
{
    Q_OBJECT

public:
    struct CloseFrame
    {
        std::optional<quint16> code; // absent: the frame had no status at all
        QByteArray reason;           // raw bytes, as sent (not necessarily UTF-8)
    };

    // A close frame is at most 127 bytes; looking at more costs a copy per read for nothing.
    static constexpr qint64 kLookBytes = 4096;

    explicit CloseFrameWitness(QObject* parent = nullptr) : QObject(parent) {}
    ~CloseFrameWitness() override;

    // Call after QWebSocket::open(); the watch starts once the socket is connected. Forgets any earlier close
    // frame.
    void watch(QWebSocket& socket);
    void stop();
    const std::optional<CloseFrame>& closeFrame() const { return m_closeFrame; }
    // Why `socket` closed, in words: the close frame as the server sent it when it was seen, else
    // QWebSocket's account, with its two misleading cases named for what they are.
    QString describe(const QWebSocket& socket, quint64 maxIncomingMessageBytes) const;

    // The server-to-client frames in `bytes` (unmasked, whole); the close frame if the last one is one.
    static std::optional<CloseFrame> closeFrameAtEnd(const QByteArray& bytes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void attach(QWebSocket& socket);
    void look();

    QMetaObject::Connection m_connection;
    QPointer<QTcpSocket> m_tcp;
    QList<QPointer<QObject>> m_notifiers;
    std::optional<CloseFrame> m_closeFrame;
};

} // namespace dispatch
