// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ConnectionSettings.h"

#include <QString>
#include <QtGlobal>
#include <chrono>

namespace dispatch {

using std::chrono::milliseconds;

// DispatchClient's options; defaults follow the official SDKs where they are sensible (dwp-protocol.md §9).
// A plain value of Qt Core types, kept in the protocol layer beside ConnectionSettings and ClientState: the
// window and the settings compose it and may not include the client (README "Architecture"), and every
// field is a DWP parameter (deadlines, heartbeat §2, credits §5), not client machinery.
struct ClientOptions
{
    // What each of the client's connections opens with: the main one, and workflow.start's own (§3), which
    // takes the main one's format once the server turned out to need JSON (§6). The Connect dialog edits it
    // as a whole, so nothing is copied field by field between the two.
    ConnectionSettings connection;
    bool reconnect = true;
    // Reconnect attempts after the first attempt failed or the connection was lost, before giving up ("Gave
    // up after 10 reconnect attempts"); 0 = unlimited. 10 as the TypeScript SDK (§9); with the cap below that
    // is about 40 s of trying (1 + 2 + 4 + 7 × 5 s, ±20 %).
    int maxRetries = 10;
    milliseconds backoffBase{1000};
    // 5 s, not the SDKs' 30 s: a monitor is watched while the server restarts, and an operator who sees it
    // back should see the monitor back within a few seconds (issue 20 item 12); one refused TCP connection
    // every 5 s costs the server nothing.
    milliseconds backoffCap{5000};
    milliseconds requestDeadline{30000};
    // workflow.start runs the whole workflow before it answers (§3), waits included, so it gets a long
    // deadline.
    milliseconds longCallDeadline{std::chrono::hours(1)};
    // Credits are spent when the server buffers an event, not when we read it, and socket buffers alone held
    // 25 000–50 000 events in flight on a loaded loopback (measured). The server lets credits accumulate
    // without limit (§5) and its 256-event buffer, not credits, bounds what it holds for us; so the client
    // grants the largest int32 at once (golden `credits_large`) and re-grants half of it each time half has
    // been read.
    qint64 creditWindow = 2147483647;
    // Calls waiting for an answer at once; beyond it new calls fail at once (PendingRequestMap).
    qsizetype maxPendingRequests = 10000;
};

// Per-call overrides.
struct CallOptions
{
    milliseconds deadline{0}; // 0: the client's default for that kind of call
};

struct EnqueueOptions
{
    QString queue;       // empty: the server's "default"
    qint64 priority = 0; // applied by the server only when > 0
    milliseconds deadline{0};
};

} // namespace dispatch
