// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Frame.h"
#include "protocol/StreamEvent.h"
#include "protocol/WireFormat.h"

#include <QByteArrayView>
#include <memory>

namespace dwp {

// Turns frames into wire bytes and back, byte-exact with the server's own codecs (shared/golden/).
// decode() never throws and never crashes on hostile input; the error names what was wrong.
class FrameCodec
{
public:
    virtual ~FrameCodec() = default;
    virtual WireFormat format() const = 0;
    virtual QByteArray encode(const Frame& frame) const = 0;
    virtual Parsed<Frame> decode(QByteArrayView bytes) const = 0;
    // The hot path for event frames: the StreamEvent inside, without building a Frame. nullopt when the bytes
    // are a well-formed frame of another type (decode() them); otherwise the event or why it is unreadable.
    // Same verdict as decode() + StreamEvent::fromFrame(), at a fraction of the cost.
    virtual std::optional<Parsed<StreamEvent>> decodeEvent(QByteArrayView bytes) const = 0;

    static std::unique_ptr<FrameCodec> create(WireFormat format);
};

} // namespace dwp
