// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace dwp::jsonchars {

// The four blanks RFC 8259 allows between tokens.
inline bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// 0-15 for a hex digit of either case, -1 for anything else.
int hexValue(char c);

// Appends `codePoint` as UTF-8; nothing when `out` is null (a scan that only validates).
void appendUtf8(QByteArray* out, char32_t codePoint);

// Length of the well-formed UTF-8 sequence starting at p (a lead byte >= 0x80), or 0 if it is not one:
// overlong forms, UTF-16 surrogates and code points beyond U+10FFFF are not well-formed.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end);

} // namespace dwp::jsonchars
