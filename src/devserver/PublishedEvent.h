// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QByteArray>
#include <QStringList>
#include <memory>

namespace devserver {

// An event as the broker hands it to subscribers: the envelope, its JSON (encoded once, however many
// connections it reaches) and the channels it reaches (dwp-protocol.md §5 resolveTopics).
struct PublishedEvent
{
    dwp::StreamEvent event;
    QByteArray json;
    QStringList channels;
};

using PublishedEventPtr = std::shared_ptr<const PublishedEvent>;

} // namespace devserver
