// SPDX-License-Identifier: MIT
// The JSON frame codec and the event fast path (EventFrameDecoder::fromJson) on arbitrary bytes.
#include "FrameCodecProperties.h"
#include "protocol/JsonCodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const dwp::JsonCodec codec;
    checkFrameCodec(codec, QByteArrayView(data, qsizetype(size)));
    return 0;
}
