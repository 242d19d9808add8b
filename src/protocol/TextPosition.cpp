// SPDX-License-Identifier: MIT
#include "protocol/TextPosition.h"

#include <algorithm>

namespace dwp {

TextPosition TextPosition::of(std::string_view text, qsizetype byteOffset)
{
    TextPosition position;
    const size_t end = std::min(size_t(std::max<qsizetype>(byteOffset, 0)), text.size());
    for (size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue; // counted at the '\n'
        if (c == '\n' || c == '\r') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            position.column += c >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
        }
    }
    return position;
}

} // namespace dwp
