// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The reply of subscribe and unsubscribe, dwp-protocol.md §3/§5: {channel, status} with status "subscribed"
// or "unsubscribed" (a Go map: sorted keys, which is also this order). unsubscribe always succeeds, even for
// a channel never subscribed.
struct SubscriptionResult
{
    QString channel;
    QString status;

    static SubscriptionResult subscribed(const QString& channel)
    {
        return {channel, QStringLiteral("subscribed")};
    }
    static SubscriptionResult unsubscribed(const QString& channel)
    {
        return {channel, QStringLiteral("unsubscribed")};
    }

    static Parsed<SubscriptionResult> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const SubscriptionResult&, const SubscriptionResult&) = default;
};

} // namespace dwp
