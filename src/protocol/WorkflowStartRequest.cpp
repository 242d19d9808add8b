// SPDX-License-Identifier: MIT
#include "protocol/WorkflowStartRequest.h"

#include "protocol/PayloadWriter.h"
#include "protocol/RequestDataDecoder.h"

namespace dwp {

Parsed<WorkflowStartRequest> WorkflowStartRequest::parse(QByteArrayView data)
{
    RequestDataDecoder decoder(data, QLatin1StringView("WorkflowStartRequest"));
    WorkflowStartRequest request;
    if (decoder.begin()) {
        for (int field; (field = decoder.nextField({"name", "input"})) >= 0;) {
            if (field == 0)
                decoder.read(request.name);
            else
                decoder.readRaw(request.input);
        }
    }
    if (decoder.failed())
        return Parsed<WorkflowStartRequest>::failure(decoder.error());
    return request;
}

QByteArray WorkflowStartRequest::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("name", name).rawJson("input", input).end();
    return out;
}

} // namespace dwp
