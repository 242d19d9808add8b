// SPDX-License-Identifier: MIT
#include "client/FrameRouter.h"

#include "client/PendingRequestMap.h"
#include "client/Subscription.h"
#include "protocol/Topics.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcRouter, "dispatch.client.router")

namespace dispatch {

FrameRouter::FrameRouter(PendingRequestMap& pending, const QList<Subscription*>& subscriptions,
                         QObject* parent)
    : QObject(parent), m_pending(pending), m_subscriptions(subscriptions)
{
}

void FrameRouter::route(const dwp::Frame& frame)
{
    if (frame.type == dwp::FrameType::Event) {
        routeEvent(frame);
        return;
    }
    if (frame.type == dwp::FrameType::Response || frame.type == dwp::FrameType::Error) {
        if (!frame.correlId.isEmpty()) {
            m_pending.respond(frame);
            return;
        }
        if (frame.type == dwp::FrameType::Error || frame.error) {
            if (frame.error)
                emit requestUnreadable(frame.error->message);
            m_pending.respondToOldest(frame);
            return;
        }
        // We send an id with every request, so the server names it in every success (§1); only an error
        // about a frame it could not decode goes without (§11 item 12). A success without correl_id answers
        // nothing we asked: taking it for the oldest call would hand a forged result to whoever waits longest
        // (issue 16 item 8).
        ++m_strayResponses;
        qCWarning(lcRouter) << "dropped a response without correl_id";
        return;
    }
    qCDebug(lcRouter) << "ignored unsolicited frame of type" << frame.type;
}

void FrameRouter::routeEvent(const dwp::Frame& frame)
{
    auto parsed = dwp::StreamEvent::fromFrame(frame);
    if (!parsed) {
        emit eventFrameArrived();
        emit unreadableEvent(parsed.error());
        return;
    }
    routeEvent(*parsed);
}

void FrameRouter::routeEvent(const dwp::StreamEvent& event)
{
    emit eventFrameArrived();
    emit eventReceived(event);
    // A slot may delete subscriptions, so deliver to a snapshot and skip any that left meanwhile.
    const QList<QPointer<Subscription>> targets(m_subscriptions.cbegin(), m_subscriptions.cend());
    for (const auto& subscription : targets) {
        if (subscription && subscription->isActive() &&
            dwp::topics::reaches(event.type, event.topic, subscription->channel()))
            subscription->deliver(event);
    }
}

} // namespace dispatch
