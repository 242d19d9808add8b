// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <string_view>

namespace dwp {

// A place in a text as a person finds it: 1-based line and column. "\r\n", "\n" and "\r" each end a line.
// The column counts UTF-16 code units, as QString and QTextCursor do, so an editor can show it as it is and
// a character outside the BMP (an emoji) counts two.
struct TextPosition
{
    int line = 1;
    int column = 1;

    // The position of byte `byteOffset` of the UTF-8 `text` (clamped to its end). A byte that cannot start a
    // UTF-8 sequence (a stray continuation byte) takes no column of its own.
    static TextPosition of(std::string_view text, qsizetype byteOffset);

    friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

} // namespace dwp
