// SPDX-License-Identifier: MIT
#include "protocol/SubscriptionResult.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<SubscriptionResult> SubscriptionResult::parse(QByteArrayView json)
{
    SubscriptionResult result;
    QString error;
    if (!PayloadReader::readStringObject(json, QLatin1StringView("SubscriptionResult"),
                                         {{"channel", &result.channel}, {"status", &result.status}}, error))
        return Parsed<SubscriptionResult>::failure(error);
    return result;
}

QByteArray SubscriptionResult::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("channel", channel).field("status", status).end();
    return out;
}

} // namespace dwp
