// SPDX-License-Identifier: MIT
// DispatchClient, part two: the typed calls and subscriptions. The connection lifecycle is in
// DispatchClient.cpp; the class is split across two files only to keep each readable in one sitting.
#include "client/DedicatedCall.h"
#include "client/DispatchClient.h"
#include "protocol/ChannelRequest.h"
#include "protocol/DispatchErrors.h"
#include "protocol/EnqueueRequest.h"
#include "protocol/JobIdRequest.h"
#include "protocol/Methods.h"
#include "protocol/PublishEventRequest.h"
#include "protocol/RunIdRequest.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/Topics.h"
#include "protocol/WorkflowStartRequest.h"

#include <QCoreApplication>

namespace dispatch {
namespace {

template<typename T>
T parsedOrThrow(dwp::Parsed<T> parsed, const char* what)
{
    if (!parsed)
        //: Error of a request whose reply cannot be read. %1 is the DWP method (e.g. job.get, not
        //: translated), %2 what is wrong with the reply.
        throw ProtocolError(QCoreApplication::translate("dispatch::DispatchClient", "unreadable %1 reply: %2")
                                .arg(QLatin1String(what), parsed.error()));
    return std::move(parsed).value();
}

// A reply for another job or run than the one asked for is not an answer to this call, however well-formed.
template<typename T>
T askedFor(T object, const QString& askedId, const char* what)
{
    if (object.id != askedId)
        throw ProtocolError(
            //: Error of a request whose reply names another object. %1 is the DWP method (e.g. job.get, not
            //: translated), %2 the id in the reply, %3 the id asked for.
            QCoreApplication::translate("dispatch::DispatchClient", "the %1 reply is about %2, not %3")
                .arg(QLatin1String(what), object.id, askedId));
    return object;
}

} // namespace

QCoro::Task<dwp::EnqueueResult> DispatchClient::enqueue(QString name, QByteArray payloadJson,
                                                        EnqueueOptions options)
{
    dwp::EnqueueRequest request;
    request.name = name;
    if (!payloadJson.isEmpty())
        request.payload = payloadJson;
    request.queue = options.queue;
    request.priority = options.priority;
    const QByteArray requestJson = request.toJson();
    const auto deadline = deadlineFor(CallOptions{options.deadline});
    const QByteArray data = co_await call(dwp::methods::JobEnqueue, requestJson, deadline);
    co_return parsedOrThrow(dwp::EnqueueResult::parse(data), "job.enqueue");
}

QCoro::Task<dwp::Job> DispatchClient::getJob(QString jobId, CallOptions options)
{
    const QByteArray request = dwp::JobIdRequest{jobId}.toJson();
    const QByteArray data = co_await call(dwp::methods::JobGet, request, deadlineFor(options));
    co_return askedFor(parsedOrThrow(dwp::Job::parse(data), "job.get"), jobId, "job.get");
}

QCoro::Task<dwp::CancelResult> DispatchClient::cancelJob(QString jobId, CallOptions options)
{
    const QByteArray request = dwp::JobIdRequest{jobId}.toJson();
    const QByteArray data = co_await call(dwp::methods::JobCancel, request, deadlineFor(options));
    co_return parsedOrThrow(dwp::CancelResult::parse(data), "job.cancel");
}

QCoro::Task<dwp::WorkflowRun> DispatchClient::getWorkflow(QString runId, CallOptions options)
{
    const QByteArray request = dwp::RunIdRequest{runId}.toJson();
    const QByteArray data = co_await call(dwp::methods::WorkflowGet, request, deadlineFor(options));
    co_return askedFor(parsedOrThrow(dwp::WorkflowRun::parse(data), "workflow.get"), runId, "workflow.get");
}

QCoro::Task<QList<dwp::TimelineEntry>> DispatchClient::workflowTimeline(QString runId, CallOptions options)
{
    const QByteArray request = dwp::RunIdRequest{runId}.toJson();
    const QByteArray data = co_await call(dwp::methods::WorkflowTimeline, request, deadlineFor(options));
    co_return parsedOrThrow(dwp::TimelineEntry::parseList(data), "workflow.timeline");
}

QCoro::Task<dwp::EventPublishResult> DispatchClient::publishEvent(QString name, QByteArray payloadJson,
                                                                  CallOptions options)
{
    dwp::PublishEventRequest request;
    request.name = name;
    if (!payloadJson.isEmpty())
        request.payload = payloadJson;
    const QByteArray requestJson = request.toJson();
    const QByteArray data = co_await call(dwp::methods::WorkflowEvent, requestJson, deadlineFor(options));
    co_return parsedOrThrow(dwp::EventPublishResult::parse(data), "workflow.event");
}

QCoro::Task<dwp::ServerStats> DispatchClient::stats(CallOptions options)
{
    // stats is the one method whose handler never reads data, so none is sent (golden stats_request_no_data).
    const QByteArray noData;
    const QByteArray data = co_await call(dwp::methods::Stats, noData, deadlineFor(options));
    co_return parsedOrThrow(dwp::ServerStats::parse(data), "stats");
}

QCoro::Task<dwp::WorkflowStartResult>
DispatchClient::startWorkflow(QString name, QByteArray inputJson,
                              std::function<void(const QString&)> onRunIdKnown, CallOptions options)
{
    if (m_state != ClientState::Ready)
        //: Error of a request made while not connected. %1 is the server URL.
        throw ConnectionError(tr("not connected to %1").arg(m_options.url.toDisplayString()));
    QPointer<DispatchClient> self(this);
    const quint64 ticket = ++m_nextStartTicket;
    const bool wantsRunId = bool(onRunIdKnown);
    // Undone however this call ends: the pending-start entry and our interest in workflow events.
    auto dedicated = std::make_unique<DedicatedCall>(connectionSettings(true));
    struct StartCleanup
    {
        QPointer<DispatchClient> client;
        quint64 ticket;
        bool registered;
        DedicatedCall* dedicated;
        ~StartCleanup()
        {
            if (client)
                client->m_dedicatedCalls.removeAll(dedicated);
            if (client && registered)
                client->endStartInterest(ticket);
        }
    } cleanup{self, ticket, wantsRunId, dedicated.get()};
    // Ended with the client: closed, destroyed or given up (see DedicatedCall on why it has no heartbeat).
    m_dedicatedCalls.append(dedicated.get());
    if (wantsRunId) {
        // The run id comes early from workflow.started on the main connection; make sure we hear it.
        const bool alreadyHearing = m_internalWorkflowInterest > 0 ||
                                    isServerSubscribed(dwp::topics::Workflows) ||
                                    isServerSubscribed(dwp::topics::Firehose);
        ++m_internalWorkflowInterest;
        m_pendingStarts.append({ticket, name, std::move(onRunIdKnown)});
        if (!alreadyHearing) {
            const QByteArray subscribeRequest = dwp::ChannelRequest{dwp::topics::Workflows}.toJson();
            co_await call(dwp::methods::Subscribe, subscribeRequest, m_options.requestDeadline);
        }
    }

    dwp::WorkflowStartRequest request;
    request.name = name;
    request.input = inputJson.isEmpty() ? QByteArray("null") : inputJson;
    const auto deadline = options.deadline.count() > 0 ? options.deadline : m_options.longCallDeadline;
    const QByteArray requestJson = request.toJson();
    const QByteArray data = co_await dedicated->run(dwp::methods::WorkflowStart, requestJson, deadline);
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

void DispatchClient::sendUnsubscribe(QString channel)
{
    if (m_state != ClientState::Ready)
        return; // nothing survives a dropped connection; a reconnect will simply not re-subscribe it
    [](QPointer<DispatchClient> self, QString channelName) -> QCoro::Task<void> {
        try {
            const QByteArray request = dwp::ChannelRequest{channelName}.toJson();
            co_await self->call(dwp::methods::Unsubscribe, request, self->m_options.requestDeadline);
        } catch (const DispatchError& error) {
            // After close() nothing is subscribed any more anyway; only a live client has something to
            // report.
            if (self && !self->m_closing)
                //: Status bar warning. %1 is the channel (a topic or workflow run id), %2 why the unsubscribe
                //: failed.
                emit self->warning(tr("Could not unsubscribe from %1: %2").arg(channelName, error.message()));
        }
    }(this, channel);
}

QCoro::Task<std::unique_ptr<Subscription>> DispatchClient::subscribe(QString channel)
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
            const QByteArray request = dwp::ChannelRequest{channel}.toJson();
            const QByteArray data =
                co_await call(dwp::methods::Subscribe, request, m_options.requestDeadline);
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

QCoro::Task<std::unique_ptr<Subscription>> DispatchClient::watch(QString runId)
{
    const QString channel = dwp::topics::workflowTopic(runId);
    auto subscription = co_await subscribe(channel);
    m_watched.insert(subscription.get(), runId);
    co_return subscription;
}

QCoro::Task<void> DispatchClient::unsubscribe(QString channel)
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
    if (m_state == ClientState::Ready && !isServerSubscribed(channel)) {
        const QByteArray request = dwp::ChannelRequest{channel}.toJson();
        co_await call(dwp::methods::Unsubscribe, request, m_options.requestDeadline);
    }
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
