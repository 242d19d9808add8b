// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JsonSyntaxError.h"

#include <QByteArray>
#include <optional>
#include <string_view>

namespace dwp {

// What a scan found wrong: the reason, JsonReader's English text, and where (null: where the scan stopped).
struct JsonScanFailure
{
    JsonSyntaxError::Reason reason;
    const char* what;
    const char* at = nullptr;
};

// The lexical half of JsonReader: one scalar token (a string with its escapes and UTF-8, a number, a
// literal) scanned strictly by RFC 8259, moving the reader's position past it. JsonReader keeps the
// structure (objects, arrays, nesting) and the first failure.
class JsonScalarScanner
{
public:
    using Result = std::optional<JsonScanFailure>; // nullopt: the token was well-formed

    // `pos` is the reader's position, advanced as the token is read; `end` the end of the text.
    JsonScalarScanner(const char*& pos, const char* end) : m_pos(pos), m_end(end) {}

    // The string whose opening quote is at the position; its unescaped bytes go to `out` unless null.
    Result string(QByteArray* out);
    Result number();
    // A number that is an integer literal within int64 (Go rejects 1e3 and 1.0 for an int64 too).
    Result integer(qint64& out);
    Result literal(std::string_view literal); // exactly `literal` (true, false, null)

private:
    // After the backslash of an escape: the escaped character(s) to `out`.
    Result escape(QByteArray* out, const char* quote);
    Result unicodeEscape(QByteArray* out, const char* escapeAt); // after "\u"
    bool readHex4(char32_t& value);
    bool digit() const { return m_pos < m_end && *m_pos >= '0' && *m_pos <= '9'; }

    const char*& m_pos;
    const char* m_end;
};

} // namespace dwp
