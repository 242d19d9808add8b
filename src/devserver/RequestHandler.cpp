// SPDX-License-Identifier: MIT
#include "devserver/RequestHandler.h"

#include "protocol/CancelResult.h"
#include "protocol/ChannelRequest.h"
#include "protocol/EnqueueRequest.h"
#include "protocol/EnqueueResult.h"
#include "protocol/EventPublishResult.h"
#include "protocol/JobIdRequest.h"
#include "protocol/Methods.h"
#include "protocol/PublishEventRequest.h"
#include "protocol/RunIdRequest.h"
#include "protocol/ServerStats.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/Topics.h"
#include "protocol/TypeId.h"
#include "protocol/WorkflowStartRequest.h"
#include "protocol/WorkflowStartResult.h"

namespace devserver {
namespace {

using dwp::ErrorCode::BadRequest;
using dwp::ErrorCode::Internal;
using dwp::ErrorCode::MethodNotFound;
using dwp::ErrorCode::NotFound;

// Every request struct is filled by json.Unmarshal; its failure is a 400 with this prefix (§3).
HandlerReply invalidRequest(const QString& goError)
{
    return HandlerReply::failure(BadRequest, QLatin1String("invalid request: ") + goError);
}

Tenant tenantOf(const Identity& identity)
{
    return {identity.appId, identity.orgId};
}

} // namespace

void RequestHandler::handle(const dwp::Frame& request, const Identity& identity, Subscriber& subscriber,
                            const Done& done)
{
    namespace m = dwp::methods;
    const QString& method = request.method;
    if (method == m::WorkflowStart) {
        startWorkflow(request, identity, done);
        return;
    }
    HandlerReply reply;
    if (method == m::JobEnqueue)
        reply = enqueue(request, identity);
    else if (method == m::JobGet)
        reply = getJob(request);
    else if (method == m::JobCancel)
        reply = cancelJob(request);
    else if (method == m::WorkflowGet)
        reply = getRun(request);
    else if (method == m::WorkflowEvent)
        reply = publishEvent(request, identity);
    else if (method == m::WorkflowTimeline)
        reply = timeline(request);
    else if (method == m::Subscribe)
        reply = subscribe(request, subscriber);
    else if (method == m::Unsubscribe)
        reply = unsubscribe(request, subscriber);
    else if (method == m::Stats)
        reply = stats();
    else if (method.startsWith(QLatin1String("federation.")) && m::isImplemented(method))
        reply = HandlerReply::failure(MethodNotFound, QStringLiteral("federation not enabled"));
    else // declared-but-unimplemented methods (job.list, dlq.*, …), a later `auth` and unknown names alike
        reply = HandlerReply::failure(MethodNotFound, QLatin1String("unknown method: ") + method);
    done(reply);
}

HandlerReply RequestHandler::enqueue(const dwp::Frame& request, const Identity& identity)
{
    const auto parsed = dwp::EnqueueRequest::parse(request.data);
    if (!parsed)
        return invalidRequest(parsed.error());
    WorkerPool::EnqueueOptions options;
    options.name = parsed->name;
    options.payload = parsed->payload;
    options.queue = parsed->queue;
    options.priority = parsed->priority;
    options.tenant = tenantOf(identity);
    const dwp::Job job = m_engine.enqueue(options);
    return HandlerReply::success(dwp::EnqueueResult{job.id, job.queue, job.state}.toJson());
}

HandlerReply RequestHandler::getJob(const dwp::Frame& request)
{
    const auto parsed = dwp::JobIdRequest::parse(request.data, dwp::methods::JobGet);
    if (!parsed)
        return invalidRequest(parsed.error());
    const QString idError = dwp::TypeId::checkPrefix(parsed->jobId, u"job");
    if (!idError.isEmpty())
        return HandlerReply::failure(BadRequest, QLatin1String("invalid job ID: ") + idError);
    const auto job = m_engine.job(parsed->jobId);
    if (!job) // dispatch.ErrJobNotFound, wrapped (§3)
        return HandlerReply::failure(NotFound, QStringLiteral("job not found: dispatch: job not found"));
    return HandlerReply::success(job->toJson());
}

HandlerReply RequestHandler::cancelJob(const dwp::Frame& request)
{
    const auto parsed = dwp::JobIdRequest::parse(request.data, dwp::methods::JobCancel);
    if (!parsed)
        return invalidRequest(parsed.error());
    const QString idError = dwp::TypeId::checkPrefix(parsed->jobId, u"job");
    if (!idError.isEmpty())
        return HandlerReply::failure(BadRequest, QLatin1String("invalid job ID: ") + idError);
    if (!m_engine.cancelJob(parsed->jobId))
        return HandlerReply::failure(NotFound, QStringLiteral("job not found"));
    return HandlerReply::success(dwp::CancelResult::cancelled().toJson());
}

void RequestHandler::startWorkflow(const dwp::Frame& request, const Identity& identity, const Done& done)
{
    const auto parsed = dwp::WorkflowStartRequest::parse(request.data);
    if (!parsed) {
        done(invalidRequest(parsed.error()));
        return;
    }
    const QString name = parsed->name;
    const auto started =
        m_engine.startWorkflow(name, parsed->input, tenantOf(identity), [done](const dwp::WorkflowRun& run) {
            done(HandlerReply::success(dwp::WorkflowStartResult{run.id, run.name, run.state}.toJson()));
        });
    if (!started)
        done(HandlerReply::failure(Internal, QLatin1String("workflow start failed: ") + started.error()));
}

HandlerReply RequestHandler::getRun(const dwp::Frame& request)
{
    const auto parsed = dwp::RunIdRequest::parse(request.data, dwp::methods::WorkflowGet);
    if (!parsed)
        return invalidRequest(parsed.error());
    const QString idError = dwp::TypeId::checkPrefix(parsed->runId, u"wfrun");
    if (!idError.isEmpty())
        return HandlerReply::failure(BadRequest, QLatin1String("invalid run ID: ") + idError);
    const auto run = m_engine.run(parsed->runId);
    if (!run)
        return HandlerReply::failure(NotFound, QStringLiteral("run not found: dispatch: run not found"));
    return HandlerReply::success(run->toJson());
}

HandlerReply RequestHandler::publishEvent(const dwp::Frame& request, const Identity& identity)
{
    const auto parsed = dwp::PublishEventRequest::parse(request.data);
    if (!parsed)
        return invalidRequest(parsed.error());
    const WorkflowEventRecord record =
        m_engine.publishEvent(parsed->name, parsed->payload, tenantOf(identity));
    return HandlerReply::success(dwp::EventPublishResult{record.id, record.name}.toJson());
}

HandlerReply RequestHandler::timeline(const dwp::Frame& request)
{
    const auto parsed = dwp::RunIdRequest::parse(request.data, dwp::methods::WorkflowTimeline);
    if (!parsed)
        return invalidRequest(parsed.error());
    const QString idError = dwp::TypeId::checkPrefix(parsed->runId, u"wfrun");
    if (!idError.isEmpty())
        return HandlerReply::failure(BadRequest, QLatin1String("invalid run ID: ") + idError);
    // An unknown run gives an empty list, not a 404 (§3, the memory store).
    return HandlerReply::success(dwp::TimelineEntry::listToJson(m_engine.timeline(parsed->runId)));
}

HandlerReply RequestHandler::subscribe(const dwp::Frame& request, Subscriber& subscriber)
{
    const auto parsed = dwp::ChannelRequest::parse(request.data, dwp::methods::Subscribe);
    if (!parsed)
        return invalidRequest(parsed.error());
    if (const auto error = dwp::topics::channelError(parsed->channel))
        return HandlerReply::failure(BadRequest, *error);
    // data.credits is ignored (§5); the subscription is live before the reply is written.
    subscriber.subscribe(parsed->channel);
    return HandlerReply::success(dwp::SubscriptionResult::subscribed(parsed->channel).toJson());
}

HandlerReply RequestHandler::unsubscribe(const dwp::Frame& request, Subscriber& subscriber)
{
    const auto parsed = dwp::ChannelRequest::parse(request.data, dwp::methods::Unsubscribe);
    if (!parsed)
        return invalidRequest(parsed.error());
    subscriber.unsubscribe(parsed->channel); // not validated, always "unsubscribed"
    return HandlerReply::success(dwp::SubscriptionResult::unsubscribed(parsed->channel).toJson());
}

HandlerReply RequestHandler::stats()
{
    dwp::ServerStats stats;
    stats.broker = m_broker.stats();
    stats.connections = 0; // hard-coded by the server (§3)
    return HandlerReply::success(stats.toJson());
}

} // namespace devserver
