// SPDX-License-Identifier: MIT
#include "protocol/ChannelRequest.h"

#include "protocol/PayloadWriter.h"
#include "protocol/RequestDataDecoder.h"

namespace dwp {

Parsed<ChannelRequest> ChannelRequest::parse(QByteArrayView data, const QString& method)
{
    const bool subscribe = method != methods::Unsubscribe;
    RequestDataDecoder decoder(data, subscribe ? QLatin1StringView("SubscribeRequest")
                                               : QLatin1StringView("UnsubscribeRequest"));
    ChannelRequest request;
    if (decoder.begin()) {
        // UnsubscribeRequest has no credits field, so there the key is unknown and skipped.
        const auto nextField = [&] {
            return subscribe ? decoder.nextField({"channel", "credits"}) : decoder.nextField({"channel"});
        };
        for (int field; (field = nextField()) >= 0;) {
            if (field == 0)
                decoder.read(request.channel);
            else
                decoder.read(request.credits);
        }
    }
    if (decoder.failed())
        return Parsed<ChannelRequest>::failure(decoder.error());
    return request;
}

QByteArray ChannelRequest::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("channel", channel).omitEmpty("credits", credits).end();
    return out;
}

} // namespace dwp
