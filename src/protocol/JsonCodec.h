// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/FrameCodec.h"

namespace dwp {

// The server's JSON codec: Go encoding/json over dwp.Frame (dwp-protocol.md §1).
// Decoding follows Go's rules: unknown keys ignored, keys matched case-insensitively, null leaves a field
// unset, a wrong type or a non-RFC-3339 ts makes the whole frame undecodable, trailing data is an error.
class JsonCodec final : public FrameCodec
{
public:
    WireFormat format() const override { return WireFormat::Json; }
    QByteArray encode(const Frame& frame) const override;
    Parsed<Frame> decode(QByteArrayView bytes) const override;
    std::optional<Parsed<StreamEvent>> decodeEvent(QByteArrayView bytes) const override;
};

} // namespace dwp
