// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <optional>
#include <string_view>

namespace dwp {

// simdjson On-Demand over the exact shape servers emit for event frames: the frame's keys and the envelope's
// {type, ts, topic, data}, read in one pass over a SIMD-indexed copy of the text. The envelope's inner `data`
// is walked once to validate every value (On-Demand alone does not check what it skips) and kept as its text,
// copied unchanged unless it holds whitespace to compact.
//
// nullopt means "not the usual shape": any other key, a null, a non-event frame, an escape in a key, a number
// simdjson cannot hold, nesting deeper than it walks, or invalid JSON. The caller then hands the bytes to the
// general decoder, which has the final word; an event this reader returns is one the general decoder accepts
// with the same values (tests/protocol/tst_event_fast_path compares them on valid and corrupted input).
// Thread-safe: each thread parses with its own simdjson parser and buffer.
class SimdJsonEventReader
{
public:
    static std::optional<StreamEvent> eventFrame(std::string_view frameJson);
    static std::optional<StreamEvent> envelope(std::string_view envelopeJson);
};

} // namespace dwp
