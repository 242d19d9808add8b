// SPDX-License-Identifier: MIT
#include "client/SubscriptionRegistry.h"

#include "client/ReplyParsing.h"
#include "protocol/ChannelRequest.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/Topics.h"

#include <atomic>

namespace dispatch {
namespace {

QString nextCreditsFrameId()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("credits-%1").arg(++counter);
}

} // namespace

SubscriptionRegistry::SubscriptionRegistry(Link link, qint64 creditWindow, QObject* parent)
    : QObject(parent), m_link(std::move(link)), m_credits(creditWindow)
{
}

QCoro::Task<std::unique_ptr<Subscription>> SubscriptionRegistry::subscribe(QString channel)
{
    if (const auto error = dwp::topics::channelError(channel))
        std::rethrow_exception(BadRequestError(*error).withMethod(dwp::methods::Subscribe));
    const bool alreadyOnServer = isServerSubscribed(channel);
    QPointer<SubscriptionRegistry> self(this);
    auto subscription = std::make_unique<Subscription>(channel, [self](Subscription* ended) {
        if (self)
            self->release(ended);
    });
    // Live locally before the request goes out: the server may send events before its reply (§5).
    m_subscriptions.append(subscription.get());
    if (m_link.isReady() && !alreadyOnServer) {
        try {
            const QByteArray request = dwp::ChannelRequest{channel}.toJson();
            const QByteArray data = co_await m_link.call(dwp::methods::Subscribe, request);
            parsedOrThrow(dwp::SubscriptionResult::parse(data), "subscribe");
        } catch (...) {
            if (self)
                m_subscriptions.removeAll(subscription.get());
            throw;
        }
    }
    // Not connected right now: the subscription is kept and sent with the others on the next (re)connect.
    subscription->markAnswered();
    co_return subscription;
}

QCoro::Task<std::unique_ptr<Subscription>> SubscriptionRegistry::watch(QString runId)
{
    const QString channel = dwp::topics::workflowTopic(runId);
    QPointer<SubscriptionRegistry> self(this);
    auto subscription = co_await subscribe(channel);
    if (self && subscription->isActive())
        m_watched.insert(subscription.get(), runId);
    co_return subscription;
}

QCoro::Task<void> SubscriptionRegistry::unsubscribe(QString channel)
{
    QList<Subscription*> ending;
    for (Subscription* subscription : std::as_const(m_subscriptions))
        if (subscription->channel() == channel)
            ending.append(subscription);
    for (Subscription* subscription : ending) {
        m_subscriptions.removeAll(subscription);
        m_watched.remove(subscription);
        subscription->finish(tr("unsubscribed"));
    }
    if (m_link.isReady() && !isServerSubscribed(channel)) {
        const QByteArray request = dwp::ChannelRequest{channel}.toJson();
        co_await m_link.call(dwp::methods::Unsubscribe, request);
    }
}

QStringList SubscriptionRegistry::watchedRunIds() const
{
    QStringList runs;
    for (const QString& runId : m_watched)
        if (!runs.contains(runId))
            runs.append(runId);
    return runs;
}

QCoro::Task<void> SubscriptionRegistry::holdWorkflowsTopic()
{
    const bool alreadyHearing =
        isServerSubscribed(dwp::topics::Workflows) || isServerSubscribed(dwp::topics::Firehose);
    ++m_workflowsHolds;
    if (!alreadyHearing) {
        const QByteArray request = dwp::ChannelRequest{dwp::topics::Workflows}.toJson();
        co_await m_link.call(dwp::methods::Subscribe, request);
    }
}

void SubscriptionRegistry::releaseWorkflowsTopic()
{
    if (--m_workflowsHolds == 0 && !isServerSubscribed(dwp::topics::Workflows))
        sendUnsubscribe(dwp::topics::Workflows);
}

void SubscriptionRegistry::grantInitialCredits()
{
    sendCredits(m_credits.initialGrant());
}

QStringList SubscriptionRegistry::channelsToRestore() const
{
    QStringList channels;
    for (const Subscription* subscription : m_subscriptions)
        if (!channels.contains(subscription->channel()))
            channels.append(subscription->channel());
    if (m_workflowsHolds > 0 && !channels.contains(dwp::topics::Workflows))
        channels.append(dwp::topics::Workflows);
    return channels;
}

QCoro::Task<void> SubscriptionRegistry::resubscribeAll()
{
    QPointer<SubscriptionRegistry> self(this);
    const QStringList channels = channelsToRestore();
    for (const QString& channel : channels) {
        try {
            const QByteArray request = dwp::ChannelRequest{channel}.toJson();
            co_await m_link.call(dwp::methods::Subscribe, request);
        } catch (const DispatchError& error) {
            // Closing or closed: nothing to report, and nothing more to send (issue 15 item 9).
            if (!self || m_link.isClosing())
                co_return;
            //: Status bar warning after a reconnect. %1 is the channel (a topic or workflow run id), %2 why
            //: the subscribe failed.
            emit warning(tr("Could not re-subscribe to %1: %2").arg(channel, error.message()));
        }
        // The connection was lost again meanwhile: the next session starts over.
        if (!self || !m_link.isReady())
            co_return;
    }
}

void SubscriptionRegistry::onEventFrame()
{
    sendCredits(m_credits.onEventReceived());
}

void SubscriptionRegistry::sendCredits(qint64 credits)
{
    if (credits <= 0)
        return;
    // A credits frame carries no method and gets no reply; a method on it would be silently skipped (§5).
    dwp::Frame frame;
    frame.id = nextCreditsFrameId();
    frame.type = dwp::FrameType::Request;
    frame.credits = credits;
    frame.ts = dwp::Timestamp::now();
    m_link.send(frame);
}

QList<QPointer<Subscription>> SubscriptionRegistry::takeAll()
{
    // Guarded: a consumer resumed by one subscription's end may delete another.
    const QList<QPointer<Subscription>> all(m_subscriptions.cbegin(), m_subscriptions.cend());
    m_subscriptions.clear();
    m_watched.clear();
    return all;
}

void SubscriptionRegistry::finishAll(const QString& reason)
{
    for (const auto& subscription : takeAll())
        if (subscription)
            subscription->finish(reason);
}

void SubscriptionRegistry::failAll(const QString& message, std::exception_ptr error)
{
    for (const auto& subscription : takeAll())
        if (subscription)
            subscription->fail(message, error);
}

bool SubscriptionRegistry::isServerSubscribed(const QString& channel) const
{
    for (const Subscription* subscription : m_subscriptions)
        if (subscription->channel() == channel)
            return true;
    return channel == dwp::topics::Workflows && m_workflowsHolds > 0;
}

void SubscriptionRegistry::release(Subscription* subscription)
{
    if (!m_subscriptions.removeAll(subscription))
        return;
    m_watched.remove(subscription);
    if (!isServerSubscribed(subscription->channel()))
        sendUnsubscribe(subscription->channel());
}

void SubscriptionRegistry::sendUnsubscribe(QString channel)
{
    if (!m_link.isReady())
        return; // nothing survives a dropped connection; a reconnect will simply not re-subscribe it
    [](QPointer<SubscriptionRegistry> self, QString channelName) -> QCoro::Task<void> {
        try {
            const QByteArray request = dwp::ChannelRequest{channelName}.toJson();
            co_await self->m_link.call(dwp::methods::Unsubscribe, request);
        } catch (const DispatchError& error) {
            // After close() nothing is subscribed any more anyway; only a live client has something to
            // report.
            if (self && !self->m_link.isClosing())
                //: Status bar warning. %1 is the channel (a topic or workflow run id), %2 why the unsubscribe
                //: failed.
                emit self->warning(tr("Could not unsubscribe from %1: %2").arg(channelName, error.message()));
        }
    }(this, channel);
}

} // namespace dispatch
