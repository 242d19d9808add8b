// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QWebSocket;

namespace dispatch {

// Keeps one turn of the event loop from reading more than a slice of the stream. Unbounded, QWebSocket (6.4)
// takes what the kernel holds and parses all of it in one go: a client that fell behind read 10 000–108 000
// events in one turn and stalled its thread 0.24–2.8 s, which let it fall further behind, and lost 7–60 % of
// a 100 000 events/s offer. Bounded to a slice, the longest stall was 41–44 ms and nothing was lost up to 125
// 000 events/s (bench_client_e2e, 2026-12-07, load 2–4).
//
// QWebSocket 6.4 only parses a frame whose payload is wholly in its socket's buffer, so a bounded buffer
// alone would never deliver a message larger than the slice. After QWebSocket has read, a buffer still full
// means such a frame is waiting: the slice doubles (up to the largest message allowed plus a frame header)
// until the frame fits, and goes back to kSliceBytes once a message has arrived.
//
// The TCP (or TLS) socket is QWebSocket's child, found once connected (as CloseFrameWitness finds it). If a
// later Qt changes that, nothing is found and reading stays unbounded, as before.
class ReadSlicer : public QObject
{
    Q_OBJECT

public:
    // About 800 event frames.
    static constexpr qint64 kSliceBytes = 256 * 1024;
    // The longest WebSocket frame header: 2 bytes, 8 of length, 4 of mask.
    static constexpr qint64 kMaxFrameHeaderBytes = 14;

    explicit ReadSlicer(QObject* parent = nullptr) : QObject(parent) {}

    // Call after QWebSocket::open(); slicing starts once the socket is connected.
    void watch(QWebSocket& socket, quint64 maxIncomingMessageBytes);
    void stop();
    // A message arrived: a slice grown for it goes back to kSliceBytes.
    void messageArrived();

private:
    void attach(QWebSocket& socket);
    void checkStuck();

    QMetaObject::Connection m_connected;
    QPointer<QTcpSocket> m_tcp;
    qint64 m_largest = 0;
    bool m_checkQueued = false;
};

} // namespace dispatch
