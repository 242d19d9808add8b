// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/TextPosition.h"

#include <QString>

namespace dwp {

// Where and why a JSON text is wrong, as JsonReader found it: enough for an editor to point at the line and
// column and say what to fix, in its own words.
struct JsonSyntaxError
{
    enum class Reason : quint8
    {
        UnexpectedEnd,            // the text stops inside a value (unclosedOffset names the open bracket)
        ExpectedValue,            // a character that cannot start a value
        TrailingComma,            // ',' right before '}' or ']'
        ExpectedKey,              // an object member without a double-quoted key
        ExpectedColon,            // a key not followed by ':'
        ExpectedCommaOrObjectEnd, // after a member: neither ',' nor '}'
        ExpectedCommaOrArrayEnd,  // after an element: neither ',' nor ']'
        UnterminatedString,       // offset: the opening quote
        ControlCharacterInString, // a raw tab or line break inside quotes
        InvalidUtf8,              // bytes that are not UTF-8 inside a string
        InvalidEscape,            // offset: the backslash
        InvalidUnicodeEscape,     // \u not followed by four hex digits; offset: the backslash
        InvalidNumber,            // '-' without digits
        DigitExpectedAfterPoint,  // "1."
        DigitExpectedInExponent,  // "1e"
        InvalidLiteral,           // a word other than true, false and null; offset: its first letter
        NestingTooDeep,           // more than JsonReader::kMaxDepth open brackets
        TextAfterValue,           // a second value, or anything but blanks after the first
        WrongType,                // valid JSON, but not the kind of value a typed read asked for
        IntegerOutOfRange,        // an integer literal beyond int64
    };

    Reason reason = Reason::ExpectedValue;
    qsizetype offset = 0;          // in bytes of the UTF-8 text
    qsizetype unclosedOffset = -1; // UnexpectedEnd inside a container: its opening bracket, else -1
    TextPosition position;         // line and column of `offset`
    TextPosition unclosedPosition; // line and column of `unclosedOffset`, when there is one
    QString message;               // English, for logs and protocol errors
};

} // namespace dwp
