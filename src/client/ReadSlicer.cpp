// SPDX-License-Identifier: MIT
#include "client/ReadSlicer.h"

#include <QTcpSocket>
#include <QWebSocket>
#include <algorithm>

namespace dispatch {

void ReadSlicer::watch(QWebSocket& socket, quint64 maxIncomingMessageBytes)
{
    stop();
    m_largest = qint64(std::min<quint64>(maxIncomingMessageBytes, quint64(1) << 40)) + kMaxFrameHeaderBytes;
    m_connected =
        QObject::connect(&socket, &QWebSocket::connected, this, [this, &socket] { attach(socket); });
}

void ReadSlicer::stop()
{
    QObject::disconnect(m_connected);
    if (m_tcp)
        m_tcp->disconnect(this);
    m_tcp.clear();
}

void ReadSlicer::attach(QWebSocket& socket)
{
    m_tcp = socket.findChild<QTcpSocket*>();
    if (!m_tcp)
        return;
    m_tcp->setReadBufferSize(kSliceBytes);
    // QWebSocket connected to readyRead when it made the socket, so its reading is queued or done before this
    // check runs: a buffer still full afterwards holds the start of a frame larger than the slice.
    QObject::connect(m_tcp, &QTcpSocket::readyRead, this, [this] {
        if (m_checkQueued)
            return;
        m_checkQueued = true;
        QMetaObject::invokeMethod(this, &ReadSlicer::checkStuck, Qt::QueuedConnection);
    });
}

void ReadSlicer::checkStuck()
{
    m_checkQueued = false;
    if (!m_tcp || m_tcp->readBufferSize() == 0 || m_tcp->bytesAvailable() < m_tcp->readBufferSize())
        return;
    // Setting a larger size lets Qt read from the kernel again, and readyRead follows.
    m_tcp->setReadBufferSize(std::min(m_largest, 2 * m_tcp->readBufferSize()));
}

void ReadSlicer::messageArrived()
{
    // Not while the buffer holds more than a slice: Qt would stop reading from the kernel and, in 6.4, not
    // start again while a partial frame stays in the buffer (the client went deaf in testing). One of the
    // messages behind finds the buffer drained.
    if (m_tcp && m_tcp->readBufferSize() != kSliceBytes && m_tcp->bytesAvailable() < kSliceBytes)
        m_tcp->setReadBufferSize(kSliceBytes);
}

} // namespace dispatch
