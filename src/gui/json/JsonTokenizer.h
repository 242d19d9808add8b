// SPDX-License-Identifier: MIT
#pragma once

#include "gui/json/JsonToken.h"

#include <QStringView>

namespace dispatch {

// Splits JSON text into tokens with their positions, for the editor's highlighter (one line at a time). It
// follows RFC 8259 as strictly as dwp::JsonReader does, so a
// token it accepts is one the reader accepts; it never stops early, so a highlighter can colour the rest of a
// line after a mistake.
class JsonTokenizer
{
public:
    explicit JsonTokenizer(QStringView text, qsizetype from = 0) : m_text(text), m_pos(from) {}

    JsonToken next();
    qsizetype position() const { return m_pos; }

    // JSON's four whitespace characters only: a no-break space pasted from a web page is an error.
    static bool isWhitespace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }

private:
    JsonToken single(JsonToken::Kind kind);
    JsonToken string();
    JsonToken number();
    JsonToken literal();
    bool isDigitAt(qsizetype pos) const;

    QStringView m_text;
    qsizetype m_pos;
};

} // namespace dispatch
