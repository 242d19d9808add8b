// SPDX-License-Identifier: MIT
#include "client/Subscription.h"

#include <QPointer>

namespace dispatch {

Subscription::Subscription(QString channel, Release release, QObject* parent)
    : QObject(parent), m_channel(std::move(channel)), m_release(std::move(release))
{
}

Subscription::~Subscription()
{
    // Wake a suspended events() now, with nothing left to yield: QCoro never resumes a wait whose sender is
    // gone.
    m_queue.clear();
    cancel();
}

void Subscription::deliver(const dwp::StreamEvent& streamEvent)
{
    if (m_ended)
        return;
    ++m_delivered;
    QPointer<Subscription> self(this);
    emit event(streamEvent);
    if (self && !m_ended && m_queueing) {
        if (m_queue.size() >= m_queueLimit) {
            m_queue.dequeue();
            ++m_dropped;
        }
        m_queue.enqueue(streamEvent);
        // Last: the consumer runs inside wake() and may destroy this subscription.
        m_wakeup.wake();
    }
}

void Subscription::markAnswered()
{
    m_queueing = m_consuming;
}

void Subscription::finish(const QString& reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_endReason = reason;
    QPointer<Subscription> self(this);
    emit ended(reason);
    if (self)
        m_wakeup.wake();
}

void Subscription::fail(const QString& message, std::exception_ptr error)
{
    if (m_ended)
        return;
    m_endError = std::move(error);
    finish(message);
}

void Subscription::cancel()
{
    if (m_ended)
        return;
    finish(tr("unsubscribed"));
    if (m_release)
        std::exchange(m_release, {})(this);
}

QCoro::AsyncGenerator<dwp::StreamEvent> Subscription::events()
{
    // Runs inside the generator's frame: when the consumer drops the generator, this guard's destructor
    // unsubscribes, as the issue asks ("unsubscribes when the generator goes away").
    struct CancelOnDestroy
    {
        QPointer<Subscription> subscription;
        ~CancelOnDestroy()
        {
            if (subscription) {
                subscription->m_wakeup.forget(); // this frame is going away: never resume it
                subscription->cancel();
            }
        }
    } guard{this};

    m_queueing = true;
    m_consuming = true;
    while (guard.subscription) {
        if (!m_queue.isEmpty()) {
            co_yield m_queue.dequeue();
            continue;
        }
        if (m_ended)
            break;
        co_await m_wakeup.wait();
    }
    if (guard.subscription && m_endError)
        std::rethrow_exception(m_endError);
}

} // namespace dispatch
