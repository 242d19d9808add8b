// SPDX-License-Identifier: MIT
#include "protocol/EnqueueRequest.h"

#include "protocol/PayloadWriter.h"
#include "protocol/RequestDataDecoder.h"

namespace dwp {

Parsed<EnqueueRequest> EnqueueRequest::parse(QByteArrayView data)
{
    RequestDataDecoder decoder(data, QLatin1StringView("JobEnqueueRequest"));
    EnqueueRequest request;
    if (decoder.begin()) {
        for (int field; (field = decoder.nextField({"name", "payload", "queue", "priority"})) >= 0;) {
            switch (field) {
            case 0:
                decoder.read(request.name);
                break;
            case 1:
                decoder.readRaw(request.payload);
                break;
            case 2:
                decoder.read(request.queue);
                break;
            default:
                decoder.read(request.priority);
            }
        }
    }
    if (decoder.failed())
        return Parsed<EnqueueRequest>::failure(decoder.error());
    return request;
}

QByteArray EnqueueRequest::toJson() const
{
    QByteArray out;
    PayloadWriter(out)
        .begin()
        .field("name", name)
        .rawJson("payload", payload)
        .omitEmpty("queue", queue)
        .omitEmpty("priority", priority)
        .end();
    return out;
}

} // namespace dwp
