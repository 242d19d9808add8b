// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QString>

namespace devserver {

// Misbehaviour to inject into connections, so clients can be tested against a network and a server that
// fail. Zero / false means off. Counts are per connection; times are real milliseconds (these are network
// faults, not engine time). Set from the command line with `--fault NAME[=VALUE]` (see apply()) or in
// process through FaultInjector::setPlan().
struct FaultPlan
{
    int dropAfterFrames = 0;     // drop-after-frames=N: TCP abort (no close frame) once N frames were sent
    int dropAfterMs = 0;         // drop-after-ms=N: TCP abort N ms after a successful auth
    int responseDelayMs = 0;     // delay-ms=N: every reply (pongs too) waits N ms; the connection is busy
    bool ignorePings = false;    // no-pong: ping frames get no pong
    bool refuseAuth = false;     // refuse-auth: every auth fails with 401 and an abort
    bool dropDuringAuth = false; // drop-during-auth: the auth frame is read, then TCP aborts with no reply
    int garbageEvery = 0;        // garbage-every=N: after every Nth frame, a message that decodes as nothing
    int unknownTypeEvery = 0;    // unknown-type-every=N: after every Nth frame, a frame of type "surprise"
    int oversizedEvery = 0;      // oversized-every=N: after every Nth frame, an event frame of oversizedBytes
    int oversizedBytes = 16 * 1024 * 1024; // oversized-bytes=N
    int restartEveryMs = 0; // restart-every-ms=N: the whole server restarts every N ms (engine kept)
    // events-before-reply: a successful subscribe's reply waits until the next event has been written to
    // that connection (at most kEventsBeforeReplyHoldMs), as the real server's event goroutine may win the
    // race with the reply (§5) — deterministic, for tests of clients that must keep those events.
    bool eventsBeforeReply = false;
    static constexpr int kEventsBeforeReplyHoldMs = 1000;

    // Applies one `NAME[=VALUE]` spec; the error names the fault and what was expected.
    dwp::Parsed<bool> apply(const QString& spec);
    static QString helpText();
};

} // namespace devserver
