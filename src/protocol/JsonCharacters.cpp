// SPDX-License-Identifier: MIT
#include "protocol/JsonCharacters.h"

namespace dwp::jsonchars {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray* out, char32_t codePoint)
{
    if (!out)
        return;
    if (codePoint < 0x80) {
        out->append(char(codePoint));
    } else if (codePoint < 0x800) {
        out->append(char(0xC0 | (codePoint >> 6)));
        out->append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out->append(char(0xE0 | (codePoint >> 12)));
        out->append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out->append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out->append(char(0xF0 | (codePoint >> 18)));
        out->append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out->append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out->append(char(0x80 | (codePoint & 0x3F)));
    }
}

int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    const unsigned char lead = p[0];
    if (lead >= 0xC2 && lead <= 0xDF)
        return cont(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (lead == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (lead == 0xED && p[1] >= 0xA0)
            return 0; // UTF-16 surrogate encoded in UTF-8
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (lead == 0xF0 && p[1] < 0x90)
            return 0;
        if (lead == 0xF4 && p[1] >= 0x90)
            return 0; // beyond U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace dwp::jsonchars
