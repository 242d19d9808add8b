// SPDX-License-Identifier: MIT
#include "gui/json/JsonTokenizer.h"

namespace dispatch {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

JsonToken JsonTokenizer::next()
{
    while (m_pos < m_text.size() && isWhitespace(m_text[m_pos]))
        ++m_pos;
    if (m_pos >= m_text.size())
        return JsonToken{JsonToken::Kind::End, m_pos, 0, JsonToken::Problem::None, m_pos};
    const QChar c = m_text[m_pos];
    switch (c.unicode()) {
    case u'{':
        return single(JsonToken::Kind::ObjectOpen);
    case u'}':
        return single(JsonToken::Kind::ObjectClose);
    case u'[':
        return single(JsonToken::Kind::ArrayOpen);
    case u']':
        return single(JsonToken::Kind::ArrayClose);
    case u':':
        return single(JsonToken::Kind::Colon);
    case u',':
        return single(JsonToken::Kind::Comma);
    case u'"':
        return string();
    default:
        break;
    }
    if (c == u'-' || (c >= u'0' && c <= u'9'))
        return number();
    if (isLetter(c))
        return literal();
    JsonToken token = single(JsonToken::Kind::Invalid);
    token.problem = JsonToken::Problem::UnexpectedCharacter;
    return token;
}

JsonToken JsonTokenizer::single(JsonToken::Kind kind)
{
    JsonToken token{kind, m_pos, 1, JsonToken::Problem::None, m_pos};
    ++m_pos;
    return token;
}

JsonToken JsonTokenizer::string()
{
    JsonToken token{JsonToken::Kind::String, m_pos, 0, JsonToken::Problem::None, m_pos};
    const auto failAt = [&](JsonToken::Problem problem, qsizetype at) {
        token.problem = problem;
        token.problemOffset = at;
        token.length = m_pos - token.offset;
        return token;
    };
    ++m_pos; // opening quote
    while (true) {
        // A raw line break ends the string too: JSON strings cannot span lines, and stopping there keeps the
        // highlighter's damage to one line.
        if (m_pos >= m_text.size() || m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r')
            return failAt(JsonToken::Problem::UnterminatedString, token.offset);
        const QChar c = m_text[m_pos];
        if (c == u'"') {
            ++m_pos;
            token.length = m_pos - token.offset;
            return token;
        }
        if (c.unicode() < 0x20)
            return failAt(JsonToken::Problem::ControlCharacterInString, m_pos);
        if (c != u'\\') {
            ++m_pos;
            continue;
        }
        const qsizetype escapeAt = m_pos;
        if (m_pos + 1 >= m_text.size())
            return failAt(JsonToken::Problem::UnterminatedString, token.offset);
        const QChar escape = m_text[m_pos + 1];
        m_pos += 2;
        switch (escape.unicode()) {
        case u'"':
        case u'\\':
        case u'/':
        case u'b':
        case u'f':
        case u'n':
        case u'r':
        case u't':
            break;
        case u'u':
            for (int i = 0; i < 4; ++i) {
                if (m_pos >= m_text.size() || !isHexDigit(m_text[m_pos]))
                    return failAt(JsonToken::Problem::InvalidUnicodeEscape, escapeAt);
                ++m_pos;
            }
            break; // lone surrogates are accepted, as Go (and JsonReader) turn them into U+FFFD
        default:
            return failAt(JsonToken::Problem::InvalidEscape, escapeAt);
        }
    }
}

bool JsonTokenizer::isDigitAt(qsizetype pos) const
{
    return pos < m_text.size() && m_text[pos] >= u'0' && m_text[pos] <= u'9';
}

JsonToken JsonTokenizer::number()
{
    JsonToken token{JsonToken::Kind::Number, m_pos, 0, JsonToken::Problem::None, m_pos};
    const auto failAt = [&](JsonToken::Problem problem) {
        token.problem = problem;
        token.problemOffset = m_pos;
        token.length = m_pos - token.offset;
        return token;
    };
    if (m_text[m_pos] == u'-')
        ++m_pos;
    if (!isDigitAt(m_pos))
        return failAt(JsonToken::Problem::InvalidNumber);
    if (m_text[m_pos] == u'0') {
        ++m_pos; // no leading zeros: "01" is the number 0 followed by a stray 1, as in every JSON parser
    } else {
        while (isDigitAt(m_pos))
            ++m_pos;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == u'.') {
        ++m_pos;
        if (!isDigitAt(m_pos))
            return failAt(JsonToken::Problem::DigitExpectedAfterPoint);
        while (isDigitAt(m_pos))
            ++m_pos;
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == u'+' || m_text[m_pos] == u'-'))
            ++m_pos;
        if (!isDigitAt(m_pos))
            return failAt(JsonToken::Problem::DigitExpectedInExponent);
        while (isDigitAt(m_pos))
            ++m_pos;
    }
    token.length = m_pos - token.offset;
    return token;
}

JsonToken JsonTokenizer::literal()
{
    JsonToken token{JsonToken::Kind::Literal, m_pos, 0, JsonToken::Problem::None, m_pos};
    // Take the whole word, so "nul" or "True" is reported as one misspelt literal rather than letter by
    // letter.
    qsizetype end = m_pos;
    while (end < m_text.size() && isLetter(m_text[end]))
        ++end;
    const QStringView word = m_text.sliced(m_pos, end - m_pos);
    for (const QStringView known : {QStringView(u"true"), QStringView(u"false"), QStringView(u"null")}) {
        // "nullx" reads as null followed by a stray x, which is what a strict parser reports too.
        if (word.startsWith(known)) {
            m_pos += known.size();
            token.length = known.size();
            return token;
        }
    }
    m_pos = end;
    token.kind = JsonToken::Kind::Invalid;
    token.length = end - token.offset;
    token.problem = JsonToken::Problem::InvalidLiteral;
    return token;
}

} // namespace dispatch
