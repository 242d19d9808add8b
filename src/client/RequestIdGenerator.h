// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dispatch {

// Request ids for every frame the client sends. The server correlates replies only by the id we chose and
// its own frame ids are timestamps that may collide (dwp-protocol.md §1, §11 item 16), so ours are a random
// per-process prefix plus an atomic counter: unique within the process by construction, and unlikely to
// meet another process's ids in a server log. Never derived from the clock.
class RequestIdGenerator
{
public:
    // "r<prefix>-<counter>", e.g. "r3f9c1a2b7d04e5aa-42". Thread-safe.
    static QString next();
    static const QString& processPrefix();
};

} // namespace dispatch
