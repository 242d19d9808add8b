// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Methods.h"
#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The data of subscribe and unsubscribe (dwp-protocol.md §3/§5): {channel, credits?}. The server ignores
// `credits` here — credits are topped up only by a frame-level `credits` with no method — but its
// SubscribeRequest still declares the field, so a non-integer value fails a subscribe (not an unsubscribe).
struct ChannelRequest
{
    QString channel;
    qint64 credits = 0; // omitted when 0; pointless to send

    // As the server's json.Unmarshal into SubscribeRequest or UnsubscribeRequest, chosen by `method`.
    static Parsed<ChannelRequest> parse(QByteArrayView data, const QString& method = methods::Subscribe);
    QByteArray toJson() const;

    friend bool operator==(const ChannelRequest&, const ChannelRequest&) = default;
};

} // namespace dwp
