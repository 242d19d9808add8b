// SPDX-License-Identifier: MIT
#pragma once

#ifndef Q_MOC_RUN // moc cannot parse <coroutine>, and needs nothing from it
#include "coro/CoroutineWakeup.h"
#endif
#include "protocol/StreamEvent.h"

#include <QObject>
#include <QQueue>
#include <exception>
#include <functional>
#include <qcoro/qcoroasyncgenerator.h>

namespace dispatch {

// One live subscription to a DWP channel. Events arrive through the `event` signal and, for coroutine code,
// through events(). Destroying the object, or the generator returned by events(), unsubscribes. The client
// re-subscribes it after every reconnect, so it outlives connections (dwp-protocol.md §5: nothing survives
// one).
#ifdef __clang__
// The `event` signal hides QObject::event(QEvent*), which clang reports and GCC 12 does not. Nobody calls
// event() on a Subscription, and a `using QObject::event` would make &Subscription::event ambiguous in every
// connect, so only this warning is off, for this class only.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Woverloaded-virtual"
#endif
class Subscription : public QObject
{
    Q_OBJECT

public:
    // How many events events() buffers for a slow consumer before dropping the oldest (counted).
    static constexpr qsizetype kDefaultQueueLimit = 100000;

    using Release = std::function<void(Subscription*)>;
    Subscription(QString channel, Release release, QObject* parent = nullptr);
    ~Subscription() override;

    const QString& channel() const { return m_channel; }
    bool isActive() const { return !m_ended; }
    QString endReason() const { return m_endReason; }
    qint64 eventsDelivered() const { return m_delivered; }
    qint64 droppedForSlowConsumer() const { return m_dropped; }
    void setQueueLimit(qsizetype limit) { m_queueLimit = limit; }

    // The error the subscription ended with (see fail()); null while active or after a clean end.
    std::exception_ptr endError() const { return m_endError; }

    // Yields the events that arrived before the subscribe reply (the server may send them first, §5), then
    // every event from the first call on, until the subscription ends; if it ended with an error, throws that
    // error after the last event. One consumer at a time.
    QCoro::AsyncGenerator<dwp::StreamEvent> events();

    // Ends the subscription and tells the client to unsubscribe; idempotent.
    void cancel();

    // Client side: route an event here / end it with a reason (e.g. the client was closed).
    void deliver(const dwp::StreamEvent& event);
    void finish(const QString& reason);
    // Ends it because its connection is gone for good (the client gave up): `error`, a DispatchError, is
    // what events() throws and `message` the end reason.
    void fail(const QString& message, std::exception_ptr error);
    // The subscribe reply has come (or the subscription waits for a connection): events that arrive from
    // now on are queued only for a running events().
    void markAnswered();

signals:
    void event(const dwp::StreamEvent& event);
    void ended(const QString& reason);

private:
    QString m_channel;
    CoroutineWakeup m_wakeup; // wakes events() when an event arrives or the subscription ends
    Release m_release;
    QQueue<dwp::StreamEvent> m_queue;
    qsizetype m_queueLimit = kDefaultQueueLimit;
    bool m_queueing = true; // until markAnswered(): nobody can have called events() before the reply
    bool m_consuming = false;
    bool m_ended = false;
    QString m_endReason;
    std::exception_ptr m_endError;
    qint64 m_delivered = 0;
    qint64 m_dropped = 0;
};
#ifdef __clang__
#pragma clang diagnostic pop
#endif

} // namespace dispatch
