// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/PublishedEvent.h"
#include "devserver/Subscriber.h"
#include "protocol/ServerStats.h"

#include <map>
#include <memory>

namespace devserver {

// The in-process event broker (stream/broker.go, dwp-protocol.md §5). Every event goes to `firehose` and
// its own topic, job.* also to `jobs`, workflow.* also to `workflows`; a subscriber gets an event once
// however many of its channels match (Broadcast de-duplicates by subscriber). It keeps the figures `stats`
// reports.
class StreamBroker
{
public:
    std::shared_ptr<Subscriber> addSubscriber(int bufferSize = Subscriber::kDefaultBufferSize,
                                              qint64 credits = Subscriber::kDefaultCredits);
    void removeSubscriber(quint64 id);

    // Offers the event to every subscriber that wants it; returns how many accepted it.
    int publish(const dwp::StreamEvent& event);

    // §3 stats: subscriber_count = subscribers (one per authenticated connection), topic_count = distinct
    // channels with at least one subscriber, total_published = sum over events of subscribers that accepted
    // them, total_dropped = 0 because the server never counts a drop.
    dwp::ServerStats::Broker stats() const;
    int subscriberCount() const { return int(m_subscribers.size()); }
    qint64 eventsPublished() const { return m_eventsPublished; }

private:
    std::map<quint64, std::shared_ptr<Subscriber>> m_subscribers; // ordered, so delivery order is stable
    quint64 m_nextId = 1;
    qint64 m_totalPublished = 0;
    qint64 m_eventsPublished = 0;
};

} // namespace devserver
