// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The reply of workflow.event, dwp-protocol.md §3: {event_id, name} (a Go map, so sorted keys, which is also
// this order).
struct EventPublishResult
{
    QString eventId; // evt_<26 base32>
    QString name;

    static Parsed<EventPublishResult> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const EventPublishResult&, const EventPublishResult&) = default;
};

} // namespace dwp
