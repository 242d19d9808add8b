// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace devserver {

// What one connection may cost the devserver, which runs inside `dispatch-monitor --demo` and on operators'
// machines (issue 16 item 13). A connection over any bound is closed on its own, with a log line; the others
// are served meanwhile. The real server has none of these (dwp-protocol.md §2): it blocks in Write for a
// client that stops reading, reads messages of any size, keeps unauthenticated connections and takes any
// number of topics — the devserver README lists them as differences.
struct ConnectionLimits
{
    // Bytes handed to the socket and not yet taken by the kernel — replies, pongs, events and WebSocket
    // control frames alike. A frame is written while what waits before it is within this, so one large reply
    // always goes out and a connection holds at most this plus one frame. Events pause far below it
    // (SessionEnvironment::writeBacklogLimit); replies and pongs cannot wait, so a client that keeps sending
    // and stops reading gets here (300 unread job.get replies held 1.68 GB, 3 M pongs 708 MB, before the
    // bound). 32 MiB, the incoming message limit: a reader may have two of the largest replies the devserver
    // makes (a job whose payload filled a message) in flight, on top of what the kernel buffers.
    qint64 maxWriteBacklogBytes = 32 * 1024 * 1024;
    // One incoming message (and frame). Larger ones are refused at the header, with close code 1009.
    qint64 maxMessageBytes = 32 * 1024 * 1024;
    // Real milliseconds from the upgrade to a successful auth.
    int authDeadlineMs = 10000;
    // Distinct channels one connection may subscribe to; each `stats` walks them all.
    int maxTopics = 10000;
};

} // namespace devserver
