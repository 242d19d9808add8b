// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/PublishedEvent.h"

#include <QQueue>
#include <QSet>
#include <QString>
#include <functional>

namespace devserver {

// The broker's view of one connection (stream/subscriber.go, dwp-protocol.md §5): one per authenticated
// connection, shared by all its channels, with flow-control credits and a bounded buffer.
// offer() is the server's send(): no credit → silent drop; otherwise a credit is taken and the event is
// buffered, and if the buffer is full the event is dropped and the credit refunded. The connection drains the
// buffer into its socket as fast as the socket accepts (ServerSession); while the socket is backed up the
// buffer fills and events are dropped, like the server's writer goroutine blocked in Write.
class Subscriber
{
public:
    static constexpr qint64 kDefaultCredits = 1000; // DefaultCredits
    static constexpr int kDefaultBufferSize = 256;  // DefaultBufferSize

    explicit Subscriber(quint64 id, int bufferSize = kDefaultBufferSize, qint64 credits = kDefaultCredits);

    quint64 id() const { return m_id; }

    // Subscribing twice is harmless; unsubscribing an unknown channel too (§5).
    void subscribe(const QString& channel) { m_channels.insert(channel); }
    void unsubscribe(const QString& channel) { m_channels.remove(channel); }
    const QSet<QString>& channels() const { return m_channels; }
    bool wants(const PublishedEvent& event) const;

    bool offer(const PublishedEventPtr& event);

    // A `credits` frame. Credits accumulate without limit in an int64, wrapping on overflow as Go's does.
    void addCredits(qint64 credits);
    qint64 credits() const { return m_credits; }

    bool hasBuffered() const { return !m_buffer.isEmpty(); }
    int bufferedCount() const { return int(m_buffer.size()); }
    PublishedEventPtr takeBuffered() { return m_buffer.dequeue(); }

    // Called after an event was buffered, so the connection can write it out.
    void setReadyCallback(std::function<void()> callback) { m_ready = std::move(callback); }

    qint64 acceptedCount() const { return m_accepted; }
    qint64 droppedForCredits() const { return m_droppedForCredits; }
    qint64 droppedForBuffer() const { return m_droppedForBuffer; }

private:
    quint64 m_id;
    int m_bufferSize;
    qint64 m_credits;
    QSet<QString> m_channels;
    QQueue<PublishedEventPtr> m_buffer;
    std::function<void()> m_ready;
    qint64 m_accepted = 0;
    qint64 m_droppedForCredits = 0;
    qint64 m_droppedForBuffer = 0;
};

} // namespace devserver
