// SPDX-License-Identifier: MIT
#pragma once

#include "FuzzCheck.h"
#include "TimestampProperties.h"
#include "protocol/FrameCodec.h"

// What both frame codecs promise for any bytes (protocol/FrameCodec.h):
// - decode() and decodeEvent() return, whatever the input, and give the same verdict: decodeEvent() is
//   nullopt exactly when decode() succeeds on a frame whose type is not "event", fails exactly when decode()
//   or StreamEvent::fromFrame() fails, and otherwise yields the same event;
// - a decoded frame encodes to bytes that decode back to the same frame;
// - its ts passes checkTimestampArithmetic (no overflow, ordered milliseconds).
inline void checkFrameCodec(const dwp::FrameCodec& codec, QByteArrayView input)
{
    const auto frame = codec.decode(input);
    fuzzCheck(frame.ok() || !frame.error().isEmpty(), "a failed decode says why", input);

    if (frame.ok())
        checkTimestampArithmetic(frame->ts, input);
    const auto fast = codec.decodeEvent(input);
    if (!frame.ok()) {
        fuzzCheck(fast.has_value() && !fast->ok(), "decodeEvent fails where decode fails", input,
                  frame.error());
        return;
    }
    if (frame->type != dwp::FrameType::Event) {
        fuzzCheck(!fast.has_value(), "decodeEvent leaves frames of other types to decode", input,
                  frame->type);
    } else {
        const auto slow = dwp::StreamEvent::fromFrame(*frame);
        fuzzCheck(fast.has_value(), "decodeEvent reads every event frame", input);
        fuzzCheck(slow.ok() == fast->ok(), "decodeEvent and decode+fromFrame agree on validity", input,
                  slow.ok() ? fast->error() : slow.error());
        if (slow.ok())
            fuzzCheck(*slow == **fast, "decodeEvent and decode+fromFrame yield the same event", input);
    }

    const QByteArray encoded = codec.encode(*frame);
    const auto again = codec.decode(encoded);
    fuzzCheck(again.ok(), "an encoded frame decodes", input, again.error());
    fuzzCheck(*again == *frame, "encode then decode gives the frame back", input,
              QString::fromUtf8(encoded.toHex()));
}
