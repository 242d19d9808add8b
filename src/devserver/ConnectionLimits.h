// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace devserver {

// What one connection may cost the devserver, which runs inside `dispatch-monitor --demo` and on operators'
// machines (issue 16 item 13). A connection over any bound is closed on its own, with a log line; the others
// are served meanwhile. The real server has none of these (dwp-protocol.md §2): it reads messages of any
// size, keeps unauthenticated connections and takes any number of topics — the devserver README lists them as
// differences.
struct ConnectionLimits
{
    // One incoming message (and frame). Larger ones are refused at the header, with close code 1009.
    qint64 maxMessageBytes = 32 * 1024 * 1024;
    // Real milliseconds from the upgrade to a successful auth.
    int authDeadlineMs = 10000;
    // Distinct channels one connection may subscribe to; each `stats` walks them all.
    int maxTopics = 10000;
};

} // namespace devserver
