// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/PublishedEvent.h"
#include "devserver/SimClock.h"
#include "protocol/Frame.h"

namespace devserver {

// Builds the frames the server writes, stamped with the simulated clock: `id` in GenerateFrameID's format
// `YYYYMMDDhhmmss.nnnnnnnnn` (UTC; not unique, dwp-protocol.md §1) and `ts` = now. An empty correl id is
// left out on the wire, as the server's omitempty does for a request whose id was "".
class ServerFrames
{
public:
    explicit ServerFrames(const SimClock& clock) : m_clock(clock) {}

    dwp::Frame response(const QString& correlId, const QByteArray& data) const;
    dwp::Frame error(const QString& correlId, qint64 code, const QString& message) const;
    // The pong echoes the ping's own ts, Go's zero time when the ping had none (§2 step 3).
    dwp::Frame pong(const QString& correlId, const dwp::Timestamp& echoed) const;
    // forwardEvents: channel = the event's own topic (absent for cron.fired), data = the envelope (§5).
    dwp::Frame event(const PublishedEvent& event) const;

    static QString frameId(const dwp::Timestamp& ts);

private:
    dwp::Frame base(const QString& type) const;

    const SimClock& m_clock;
};

} // namespace devserver
