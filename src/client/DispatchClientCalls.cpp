// SPDX-License-Identifier: MIT
// DispatchClient, part two: the typed calls and subscriptions. The connection lifecycle is in
// DispatchClient.cpp; the class is split across two files only to keep each readable in one sitting.
#include "client/DedicatedCall.h"
#include "client/DispatchClient.h"
#include "client/DispatchErrors.h"
#include "protocol/ChannelRequest.h"
#include "protocol/EnqueueRequest.h"
#include "protocol/JobIdRequest.h"
#include "protocol/Methods.h"
#include "protocol/PublishEventRequest.h"
#include "protocol/RunIdRequest.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/Topics.h"
#include "protocol/WorkflowStartRequest.h"

namespace dispatch {
namespace {

template<typename T>
T parsedOrThrow(dwp::Parsed<T> parsed, const char* what)
{
    if (!parsed)
        throw ProtocolError(
            QStringLiteral("unreadable %1 reply: %2").arg(QLatin1String(what), parsed.error()));
    return std::move(parsed).value();
}

} // namespace

QCoro::Task<dwp::EnqueueResult> DispatchClient::enqueue(const QString& name, const QByteArray& payloadJson,
                                                        EnqueueOptions options)
{
    dwp::EnqueueRequest request;
    request.name = name;
    if (!payloadJson.isEmpty())
        request.payload = payloadJson;
    request.queue = options.queue;
    request.priority = options.priority;
    const QByteArray data =
        co_await call(dwp::methods::JobEnqueue, request.toJson(), deadlineFor(CallOptions{options.deadline}));
    co_return parsedOrThrow(dwp::EnqueueResult::parse(data), "job.enqueue");
}

QCoro::Task<dwp::Job> DispatchClient::getJob(const QString& jobId, CallOptions options)
{
    const QByteArray data =
        co_await call(dwp::methods::JobGet, dwp::JobIdRequest{jobId}.toJson(), deadlineFor(options));
    co_return parsedOrThrow(dwp::Job::parse(data), "job.get");
}

QCoro::Task<dwp::CancelResult> DispatchClient::cancelJob(const QString& jobId, CallOptions options)
{
    const QByteArray data =
        co_await call(dwp::methods::JobCancel, dwp::JobIdRequest{jobId}.toJson(), deadlineFor(options));
    co_return parsedOrThrow(dwp::CancelResult::parse(data), "job.cancel");
}

QCoro::Task<dwp::WorkflowRun> DispatchClient::getWorkflow(const QString& runId, CallOptions options)
{
    const QByteArray data =
        co_await call(dwp::methods::WorkflowGet, dwp::RunIdRequest{runId}.toJson(), deadlineFor(options));
    co_return parsedOrThrow(dwp::WorkflowRun::parse(data), "workflow.get");
}

QCoro::Task<QList<dwp::TimelineEntry>> DispatchClient::workflowTimeline(const QString& runId,
                                                                        CallOptions options)
{
    const QByteArray data = co_await call(dwp::methods::WorkflowTimeline, dwp::RunIdRequest{runId}.toJson(),
                                          deadlineFor(options));
    co_return parsedOrThrow(dwp::TimelineEntry::parseList(data), "workflow.timeline");
}

QCoro::Task<dwp::EventPublishResult>
DispatchClient::publishEvent(const QString& name, const QByteArray& payloadJson, CallOptions options)
{
    dwp::PublishEventRequest request;
    request.name = name;
    if (!payloadJson.isEmpty())
        request.payload = payloadJson;
    const QByteArray data =
        co_await call(dwp::methods::WorkflowEvent, request.toJson(), deadlineFor(options));
    co_return parsedOrThrow(dwp::EventPublishResult::parse(data), "workflow.event");
}

QCoro::Task<dwp::ServerStats> DispatchClient::stats(CallOptions options)
{
    // stats is the one method whose handler never reads data, so none is sent (golden stats_request_no_data).
    const QByteArray data = co_await call(dwp::methods::Stats, QByteArray(), deadlineFor(options));
    co_return parsedOrThrow(dwp::ServerStats::parse(data), "stats");
}

QCoro::Task<dwp::WorkflowStartResult>
DispatchClient::startWorkflow(const QString& name, const QByteArray& inputJson,
                              std::function<void(const QString&)> onRunIdKnown, CallOptions options)
{
    if (m_state != ClientState::Ready)
        throw ConnectionError(tr("not connected to %1").arg(m_options.url.toDisplayString()));
    QPointer<DispatchClient> self(this);
    const quint64 ticket = ++m_nextStartTicket;
    const bool wantsRunId = bool(onRunIdKnown);
    if (wantsRunId) {
        // The run id comes early from workflow.started on the main connection; make sure we hear it.
        if (m_internalWorkflowInterest++ == 0 && !isServerSubscribed(dwp::topics::Workflows))
            co_await call(dwp::methods::Subscribe, dwp::ChannelRequest{dwp::topics::Workflows}.toJson(),
                          m_options.requestDeadline);
        m_pendingStarts.append({ticket, name, std::move(onRunIdKnown)});
    }
    struct StartCleanup
    {
        QPointer<DispatchClient> client;
        quint64 ticket;
        bool registered;
        ~StartCleanup()
        {
            if (client && registered)
                client->endStartInterest(ticket);
        }
    } cleanup{self, ticket, wantsRunId};

    dwp::WorkflowStartRequest request;
    request.name = name;
    request.input = inputJson.isEmpty() ? QByteArray("null") : inputJson;
    const auto deadline = options.deadline.count() > 0 ? options.deadline : m_options.longCallDeadline;
    const QByteArray data = co_await DedicatedCall::run(connectionSettings(true), dwp::methods::WorkflowStart,
                                                        request.toJson(), deadline);
    co_return parsedOrThrow(dwp::WorkflowStartResult::parse(data), "workflow.start");
}

void DispatchClient::endStartInterest(quint64 ticket)
{
    for (qsizetype i = 0; i < m_pendingStarts.size(); ++i) {
        if (m_pendingStarts[i].ticket == ticket) {
            m_pendingStarts.removeAt(i);
            break;
        }
    }
    if (--m_internalWorkflowInterest == 0 && !isServerSubscribed(dwp::topics::Workflows))
        sendUnsubscribe(dwp::topics::Workflows);
}

bool DispatchClient::isServerSubscribed(const QString& channel) const
{
    for (const Subscription* subscription : m_subscriptions)
        if (subscription->channel() == channel)
            return true;
    return channel == dwp::topics::Workflows && m_internalWorkflowInterest > 0;
}

void DispatchClient::sendUnsubscribe(const QString& channel)
{
    if (m_state != ClientState::Ready)
        return; // nothing survives a dropped connection; a reconnect will simply not re-subscribe it
    [](QPointer<DispatchClient> self, QString channelName) -> QCoro::Task<void> {
        try {
            co_await self->call(dwp::methods::Unsubscribe, dwp::ChannelRequest{channelName}.toJson(),
                                self->m_options.requestDeadline);
        } catch (const DispatchError& error) {
            if (self)
                emit self->warning(tr("Could not unsubscribe from %1: %2").arg(channelName, error.message()));
        }
    }(this, channel);
}

QCoro::Task<std::unique_ptr<Subscription>> DispatchClient::subscribe(const QString& channel)
{
    if (const auto error = dwp::topics::channelError(channel))
        throw BadRequestError(*error);
    const bool alreadyOnServer = isServerSubscribed(channel);
    QPointer<DispatchClient> self(this);
    auto subscription = std::make_unique<Subscription>(channel, [self](Subscription* ended) {
        if (self)
            self->releaseSubscription(ended);
    });
    // Live locally before the request goes out: the server may send events before its reply (§5).
    m_subscriptions.append(subscription.get());
    if (m_state == ClientState::Ready && !alreadyOnServer) {
        try {
            const QByteArray data = co_await call(
                dwp::methods::Subscribe, dwp::ChannelRequest{channel}.toJson(), m_options.requestDeadline);
            parsedOrThrow(dwp::SubscriptionResult::parse(data), "subscribe");
        } catch (...) {
            if (self)
                m_subscriptions.removeAll(subscription.get());
            throw;
        }
    }
    // Not connected right now: the subscription is kept and sent with the others on the next (re)connect.
    co_return subscription;
}

QCoro::Task<std::unique_ptr<Subscription>> DispatchClient::watch(const QString& runId)
{
    auto subscription = co_await subscribe(dwp::topics::workflowTopic(runId));
    m_watched.insert(subscription.get(), runId);
    co_return subscription;
}

QCoro::Task<void> DispatchClient::unsubscribe(const QString& channel)
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
    if (m_state == ClientState::Ready && !isServerSubscribed(channel))
        co_await call(dwp::methods::Unsubscribe, dwp::ChannelRequest{channel}.toJson(),
                      m_options.requestDeadline);
}

void DispatchClient::releaseSubscription(Subscription* subscription)
{
    if (!m_subscriptions.removeAll(subscription))
        return;
    m_watched.remove(subscription);
    if (!isServerSubscribed(subscription->channel()))
        sendUnsubscribe(subscription->channel());
}

} // namespace dispatch
