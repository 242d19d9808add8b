// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace dispatch {

// One lexical token of JSON text, as JsonTokenizer finds it. Offsets are in UTF-16 code units of the text
// the tokenizer was given, which is what QTextCursor and QSyntaxHighlighter count in.
struct JsonToken
{
    enum class Kind
    {
        ObjectOpen,
        ObjectClose,
        ArrayOpen,
        ArrayClose,
        Colon,
        Comma,
        String,
        Number,
        Literal, // true, false, null
        Invalid, // a character no JSON token starts with, or a misspelt literal
        End
    };

    // What is lexically wrong with the token, if anything. The checker turns it into words.
    enum class Problem
    {
        None,
        UnterminatedString,
        ControlCharacterInString,
        InvalidEscape,
        InvalidUnicodeEscape,
        InvalidNumber,
        DigitExpectedAfterPoint,
        DigitExpectedInExponent,
        InvalidLiteral,
        UnexpectedCharacter
    };

    Kind kind = Kind::End;
    qsizetype offset = 0;
    qsizetype length = 0;
    Problem problem = Problem::None;
    qsizetype problemOffset = 0; // where the problem is, inside or just after the token

    bool startsValue() const
    {
        return kind == Kind::ObjectOpen || kind == Kind::ArrayOpen || kind == Kind::String ||
               kind == Kind::Number || kind == Kind::Literal || kind == Kind::Invalid;
    }
};

} // namespace dispatch
