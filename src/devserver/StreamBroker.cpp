// SPDX-License-Identifier: MIT
#include "devserver/StreamBroker.h"

#include "protocol/Topics.h"

#include <QSet>
#include <vector>

namespace devserver {

std::shared_ptr<Subscriber> StreamBroker::addSubscriber(int bufferSize, qint64 credits)
{
    auto subscriber = std::make_shared<Subscriber>(m_nextId++, bufferSize, credits);
    m_subscribers.emplace(subscriber->id(), subscriber);
    return subscriber;
}

void StreamBroker::removeSubscriber(quint64 id)
{
    m_subscribers.erase(id);
}

int StreamBroker::publish(const dwp::StreamEvent& event)
{
    ++m_eventsPublished;
    if (m_subscribers.empty())
        return 0;
    auto published = std::make_shared<PublishedEvent>();
    published->event = event;
    published->json = event.toJson();
    published->channels = dwp::topics::channelsReachedBy(event.type, event.topic);
    const PublishedEventPtr shared = std::move(published);

    // A connection may go away while events are written (a fault that drops it after N frames), so walk a
    // snapshot rather than the live map.
    std::vector<std::shared_ptr<Subscriber>> snapshot;
    snapshot.reserve(m_subscribers.size());
    for (const auto& entry : m_subscribers)
        snapshot.push_back(entry.second);
    int accepted = 0;
    for (const auto& subscriber : snapshot) {
        if (subscriber->wants(*shared) && subscriber->offer(shared))
            ++accepted;
    }
    m_totalPublished += accepted;
    return accepted;
}

dwp::ServerStats::Broker StreamBroker::stats() const
{
    QSet<QString> topics;
    for (const auto& entry : m_subscribers)
        topics.unite(entry.second->channels());
    dwp::ServerStats::Broker stats;
    stats.topicCount = topics.size();
    stats.subscriberCount = qint64(m_subscribers.size());
    stats.totalPublished = m_totalPublished;
    stats.totalDropped = 0;
    return stats;
}

} // namespace devserver
