// SPDX-License-Identifier: MIT
#include "protocol/ServerStats.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {
namespace {

Parsed<ServerStats::Broker> parseBroker(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("ServerStats.broker"));
    ServerStats::Broker broker;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "topic_count")
                reader.read(broker.topicCount);
            else if (key == "subscriber_count")
                reader.read(broker.subscriberCount);
            else if (key == "total_published")
                reader.read(broker.totalPublished);
            else if (key == "total_dropped")
                reader.read(broker.totalDropped);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"topic_count", "subscriber_count", "total_published", "total_dropped"}))
        return Parsed<ServerStats::Broker>::failure(reader.error());
    return broker;
}

Parsed<ServerStats::Federation> parseFederation(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("ServerStats.federation"));
    ServerStats::Federation federation;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "total_peers")
                reader.read(federation.totalPeers);
            else if (key == "connected_peers")
                reader.read(federation.connectedPeers);
            else if (key == "jobs_forwarded")
                reader.read(federation.jobsForwarded);
            else if (key == "events_forwarded")
                reader.read(federation.eventsForwarded);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"total_peers", "connected_peers", "jobs_forwarded", "events_forwarded"}))
        return Parsed<ServerStats::Federation>::failure(reader.error());
    return federation;
}

} // namespace

Parsed<ServerStats> ServerStats::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("ServerStats"));
    ServerStats stats;
    QByteArray brokerJson;
    QByteArray federationJson;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "broker")
                reader.readObject(brokerJson);
            else if (key == "connections")
                reader.read(stats.connections);
            else if (key == "federation")
                reader.readObject(federationJson);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"broker", "connections"}))
        return Parsed<ServerStats>::failure(reader.error());
    auto broker = parseBroker(brokerJson);
    if (!broker)
        return Parsed<ServerStats>::failure(broker.error());
    stats.broker = *broker;
    if (!federationJson.isEmpty()) {
        auto federation = parseFederation(federationJson);
        if (!federation)
            return Parsed<ServerStats>::failure(federation.error());
        stats.federation = *federation;
    }
    return stats;
}

QByteArray ServerStats::toJson() const
{
    QByteArray out;
    PayloadWriter writer(out);
    writer.begin()
        .begin("broker")
        .field("subscriber_count", broker.subscriberCount)
        .field("topic_count", broker.topicCount)
        .field("total_dropped", broker.totalDropped)
        .field("total_published", broker.totalPublished)
        .end()
        .field("connections", connections);
    if (federation) {
        writer.begin("federation")
            .field("connected_peers", federation->connectedPeers)
            .field("events_forwarded", federation->eventsForwarded)
            .field("jobs_forwarded", federation->jobsForwarded)
            .field("total_peers", federation->totalPeers)
            .end();
    }
    writer.end();
    return out;
}

} // namespace dwp
