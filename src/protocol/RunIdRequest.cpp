// SPDX-License-Identifier: MIT
#include "protocol/RunIdRequest.h"

#include "protocol/PayloadWriter.h"
#include "protocol/RequestDataDecoder.h"

namespace dwp {
namespace {

QLatin1StringView goStructFor(const QString& method)
{
    if (method == methods::WorkflowTimeline)
        return QLatin1StringView("WorkflowTimelineRequest");
    if (method == methods::WorkflowCancel)
        return QLatin1StringView("WorkflowCancelRequest");
    return QLatin1StringView("WorkflowGetRequest");
}

} // namespace

Parsed<RunIdRequest> RunIdRequest::parse(QByteArrayView data, const QString& method)
{
    RequestDataDecoder decoder(data, goStructFor(method));
    RunIdRequest request;
    if (decoder.begin()) {
        while (decoder.nextField({"run_id"}) >= 0)
            decoder.read(request.runId);
    }
    if (decoder.failed())
        return Parsed<RunIdRequest>::failure(decoder.error());
    return request;
}

QByteArray RunIdRequest::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("run_id", runId).end();
    return out;
}

} // namespace dwp
