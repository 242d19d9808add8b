// SPDX-License-Identifier: MIT
#include "protocol/PublishEventRequest.h"

#include "protocol/PayloadWriter.h"
#include "protocol/RequestDataDecoder.h"

namespace dwp {

Parsed<PublishEventRequest> PublishEventRequest::parse(QByteArrayView data)
{
    RequestDataDecoder decoder(data, QLatin1StringView("WorkflowEventRequest"));
    PublishEventRequest request;
    if (decoder.begin()) {
        for (int field; (field = decoder.nextField({"name", "payload"})) >= 0;) {
            if (field == 0)
                decoder.read(request.name);
            else
                decoder.readRaw(request.payload);
        }
    }
    if (decoder.failed())
        return Parsed<PublishEventRequest>::failure(decoder.error());
    return request;
}

QByteArray PublishEventRequest::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("name", name).omitEmptyRawJson("payload", payload).end();
    return out;
}

} // namespace dwp
