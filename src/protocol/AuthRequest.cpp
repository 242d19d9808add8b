// SPDX-License-Identifier: MIT
#include "protocol/AuthRequest.h"

#include "protocol/PayloadWriter.h"
#include "protocol/RequestDataDecoder.h"

namespace dwp {

Parsed<AuthRequest> AuthRequest::parse(QByteArrayView data)
{
    RequestDataDecoder decoder(data, QLatin1StringView("AuthRequest"));
    AuthRequest request;
    if (decoder.begin()) {
        for (int field; (field = decoder.nextField({"token", "format"})) >= 0;)
            decoder.read(field == 0 ? request.token : request.format);
    }
    if (decoder.failed())
        return Parsed<AuthRequest>::failure(decoder.error());
    return request;
}

QByteArray AuthRequest::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("token", token).omitEmpty("format", format).end();
    return out;
}

} // namespace dwp
