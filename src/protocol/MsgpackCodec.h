// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/FrameCodec.h"

namespace dwp {

// The server's msgpack codec (vmihailenco/msgpack v5 over dwp.Frame, dwp-protocol.md §6): a map with the
// struct's keys in struct order, omit-when-empty fields left out, the smallest integer forms, `data` as a
// bin of compact JSON and `ts` as timestamp extension −1. Encoding is byte-identical to the server's.
// Decoding accepts what the server's decoder accepts, except a nil `ts` (it panics there; here it is an
// error) and `data` that is not valid JSON (the server would fail later, in the handler).
class MsgpackCodec final : public FrameCodec
{
public:
    // Bounds on what decode() builds, checked before msgpack-cxx allocates anything: a frame is a map of
    // about a dozen keys whose payload is one bin, so 4096 values (about 100 KB of msgpack objects) leave
    // room for fields a newer server may add, whatever the size of the frame.
    static constexpr qsizetype kMaxValues = 4096;
    static constexpr int kMaxDepth = 64;

    WireFormat format() const override { return WireFormat::Msgpack; }
    QByteArray encode(const Frame& frame) const override;
    Parsed<Frame> decode(QByteArrayView bytes) const override;
    std::optional<Parsed<StreamEvent>> decodeEvent(QByteArrayView bytes) const override;
};

} // namespace dwp
