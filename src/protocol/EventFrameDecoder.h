// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QByteArrayView>
#include <optional>

namespace dwp {

// The hot path: an event frame's bytes straight to the StreamEvent inside, in one pass, without building a
// Frame or parsing the envelope twice (issue 8: decode + route ≥ 2 000 000 frames/s). Interns the known event
// types and reads keys and strings as views into the input, so an event costs two allocations (topic and
// data). It accepts and rejects exactly what FrameCodec::decode followed by StreamEvent::fromFrame would; the
// codecs' decodeEvent() use it, and the tests compare the two paths on valid, truncated and corrupted input.
class EventFrameDecoder
{
public:
    // nullopt: not an event frame (decode it as a Frame instead). Otherwise the event, or why it is
    // unreadable.
    static std::optional<Parsed<StreamEvent>> fromJson(QByteArrayView frameBytes);
    static std::optional<Parsed<StreamEvent>> fromMsgpack(QByteArrayView frameBytes);

    // Parses the event envelope {type, ts, topic, data} (the frame's `data`).
    static Parsed<StreamEvent> envelope(std::string_view json);
};

} // namespace dwp
