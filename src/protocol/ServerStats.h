// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace dwp {

// The reply of `stats` (dwp-protocol.md §3): broker metrics, a connection count and, only when federation
// is enabled, federation metrics. The reply is a Go map, so its keys are written sorted, and the golden
// stats_response shows the broker's keys sorted too; toJson() writes every level sorted to match.
struct ServerStats
{
    struct Broker
    {
        qint64 topicCount = 0; // topics with at least one subscriber
        qint64 subscriberCount =
            0; // authenticated WebSocket sessions + open SSE streams: the real "connections"
        qint64 totalPublished = 0; // sum over events of subscribers that accepted them, not an event count
        qint64 totalDropped = 0;   // never incremented by the server: always 0

        friend bool operator==(const Broker&, const Broker&) = default;
    };
    struct Federation
    {
        qint64 totalPeers = 0;
        qint64 connectedPeers = 0;
        qint64 jobsForwarded = 0;
        qint64 eventsForwarded = 0;

        friend bool operator==(const Federation&, const Federation&) = default;
    };

    Broker broker;
    qint64 connections = 0; // hard-coded to 0 by the server; use broker.subscriberCount
    std::optional<Federation> federation;

    static Parsed<ServerStats> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const ServerStats&, const ServerStats&) = default;
};

} // namespace dwp
