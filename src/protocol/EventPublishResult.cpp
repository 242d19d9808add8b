// SPDX-License-Identifier: MIT
#include "protocol/EventPublishResult.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<EventPublishResult> EventPublishResult::parse(QByteArrayView json)
{
    EventPublishResult result;
    QString error;
    if (!PayloadReader::readStringObject(json, QLatin1StringView("EventPublishResult"),
                                         {{"event_id", &result.eventId}, {"name", &result.name}}, error))
        return Parsed<EventPublishResult>::failure(error);
    return result;
}

QByteArray EventPublishResult::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("event_id", eventId).field("name", name).end();
    return out;
}

} // namespace dwp
