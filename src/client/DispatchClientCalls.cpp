// SPDX-License-Identifier: MIT
// DispatchClient, part two: the typed calls, each a request and its typed reply (dwp-protocol.md §3), and
// the subscription calls handed to the registry. The parts and their wiring are in DispatchClient.cpp.
#include "client/ConnectionSupervisor.h"
#include "client/DedicatedCall.h"
#include "client/DispatchClient.h"
#include "client/ReplyParsing.h"
#include "client/SubscriptionRegistry.h"
#include "protocol/DispatchErrors.h"
#include "protocol/EnqueueRequest.h"
#include "protocol/JobIdRequest.h"
#include "protocol/Methods.h"
#include "protocol/PublishEventRequest.h"
#include "protocol/RunIdRequest.h"
#include "protocol/WorkflowStartRequest.h"

#include <QPointer>
#include <optional>

namespace dispatch {

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
    if (!m_connection->isReady())
        std::rethrow_exception(
            ConnectionError(m_connection->notConnectedReason()).withMethod(dwp::methods::WorkflowStart));
    // Ended with the client: closed, destroyed or given up (see DedicatedCall on why it has no heartbeat).
    auto dedicated = std::make_unique<DedicatedCall>(m_connection->connectionSettings());
    // Undone however this call ends, if the client still exists: what the correlator and the registry hold.
    struct StartCleanup
    {
        QPointer<DispatchClient> client;
        DedicatedCall* dedicated;
        std::optional<quint64> ticket;
        ~StartCleanup()
        {
            if (!client)
                return;
            client->m_starts.untrack(dedicated);
            if (ticket) {
                client->m_starts.forget(*ticket);
                client->m_subscriptions->releaseWorkflowsTopic();
            }
        }
    } cleanup{this, dedicated.get(), std::nullopt};
    m_starts.track(dedicated.get());
    if (onRunIdKnown) {
        // The run id comes early from workflow.started on the main connection; make sure we hear it.
        cleanup.ticket = m_starts.expect(name, std::move(onRunIdKnown));
        co_await m_subscriptions->holdWorkflowsTopic();
    }
    dwp::WorkflowStartRequest request;
    request.name = name;
    request.input = inputJson.isEmpty() ? QByteArray("null") : inputJson;
    const auto deadline = options.deadline.count() > 0 ? options.deadline : m_options.longCallDeadline;
    const QByteArray requestJson = request.toJson();
    QByteArray data;
    try {
        data = co_await dedicated->run(dwp::methods::WorkflowStart, requestJson, deadline);
    } catch (const PermissionError&) {
        if (cleanup.client)
            emit cleanup.client->permissionRefused(dwp::methods::WorkflowStart);
        throw;
    }
    auto result = parsedOrThrow(dwp::WorkflowStartResult::parse(data), "workflow.start");
    // The answer may beat the run's workflow.started on the main connection (two connections, §3).
    if (cleanup.client && cleanup.ticket)
        m_starts.answered(*cleanup.ticket, result.runId);
    co_return result;
}

QCoro::Task<std::unique_ptr<Subscription>> DispatchClient::subscribe(QString channel)
{
    return m_subscriptions->subscribe(std::move(channel));
}

QCoro::Task<std::unique_ptr<Subscription>> DispatchClient::watch(QString runId)
{
    return m_subscriptions->watch(std::move(runId));
}

QCoro::Task<void> DispatchClient::unsubscribe(QString channel)
{
    return m_subscriptions->unsubscribe(std::move(channel));
}

} // namespace dispatch
