// SPDX-License-Identifier: MIT
// The msgpack frame codec and the event fast path (EventFrameDecoder::fromMsgpack) on arbitrary bytes.
#include "FrameCodecProperties.h"
#include "protocol/MsgpackCodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const dwp::MsgpackCodec codec;
    checkFrameCodec(codec, QByteArrayView(data, qsizetype(size)));
    return 0;
}
