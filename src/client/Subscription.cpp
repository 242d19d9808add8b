// SPDX-License-Identifier: MIT
#include "client/Subscription.h"

#include <QPointer>
#include <qcoro/qcorosignal.h>

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
    if (m_queueing) {
        if (m_queue.size() >= m_queueLimit) {
            m_queue.dequeue();
            ++m_dropped;
        }
        m_queue.enqueue(streamEvent);
        emit queueChanged();
    }
    emit event(streamEvent);
}

void Subscription::finish(const QString& reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_endReason = reason;
    emit queueChanged();
    emit ended(reason);
}

void Subscription::cancel()
{
    if (m_ended)
        return;
    finish(QStringLiteral("unsubscribed"));
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
            if (subscription)
                subscription->cancel();
        }
    } guard{this};

    m_queueing = true;
    while (guard.subscription) {
        if (!m_queue.isEmpty()) {
            co_yield m_queue.dequeue();
            continue;
        }
        if (m_ended)
            break;
        co_await qCoro(this, &Subscription::queueChanged);
    }
}

} // namespace dispatch
