// SPDX-License-Identifier: MIT
#include "protocol/EnqueueRequest.h"

#include "protocol/JsonReader.h"
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
    PayloadWriter writer(out);
    writer.begin().field("name", name);
    writer.raw("payload", payload ? JsonReader::compact({payload->constData(), size_t(payload->size())})
                                  : QByteArrayLiteral("null"));
    writer.omitEmpty("queue", queue).omitEmpty("priority", priority).end();
    return out;
}

} // namespace dwp
