// SPDX-License-Identifier: MIT
#include "protocol/JsonReader.h"

#include <vector>

namespace dwp {
namespace {

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

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

// Length of the well-formed UTF-8 sequence starting at p (a lead byte >= 0x80), or 0 if it is not one.
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

} // namespace

bool JsonReader::fail(Reason reason, const char* what, const char* at)
{
    if (m_error.isEmpty()) {
        m_error = QLatin1String(what);
        m_errorAt = at ? at : m_pos;
        m_errorReason = reason;
        const bool structural = reason == Reason::ExpectedValue || reason == Reason::ExpectedKey ||
                                reason == Reason::ExpectedColon || reason == Reason::TrailingComma ||
                                reason == Reason::ExpectedCommaOrObjectEnd ||
                                reason == Reason::ExpectedCommaOrArrayEnd;
        if (structural && m_errorAt == m_end)
            m_errorReason = Reason::UnexpectedEnd;
        if (m_errorReason == Reason::UnexpectedEnd) {
            // The text stops where more was needed: point just after its last token, where the person
            // typing would continue, not at the blanks after it.
            while (m_errorAt > m_begin && isJsonWhitespace(m_errorAt[-1]))
                --m_errorAt;
        }
    }
    m_pos = m_end;
    return false;
}

JsonSyntaxError JsonReader::syntaxError() const
{
    JsonSyntaxError error;
    error.reason = m_errorReason;
    error.offset = m_errorAt ? m_errorAt - m_begin : 0;
    error.unclosedOffset = m_unclosedAt ? m_unclosedAt - m_begin : -1;
    error.message = m_error;
    const std::string_view text(m_begin, size_t(m_end - m_begin));
    error.position = TextPosition::of(text, error.offset);
    if (error.unclosedOffset >= 0)
        error.unclosedPosition = TextPosition::of(text, error.unclosedOffset);
    return error;
}

std::optional<JsonSyntaxError> JsonReader::findSyntaxError(std::string_view text)
{
    JsonReader reader(text);
    if (reader.skipValue() && reader.atEnd())
        return std::nullopt;
    if (!reader.failed())
        reader.fail(Reason::TextAfterValue, "unexpected data after the JSON value");
    return reader.syntaxError();
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_end && isJsonWhitespace(*m_pos))
        ++m_pos;
}

JsonReader::Kind JsonReader::peek()
{
    if (failed())
        return Kind::Invalid;
    skipWhitespace();
    if (m_pos == m_end)
        return Kind::End;
    switch (*m_pos) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        return (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9')) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonReader::beginObject()
{
    if (peek() != Kind::Object)
        return fail(Reason::WrongType, "expected an object");
    ++m_pos;
    m_expectComma = false;
    return true;
}

bool JsonReader::keyPrologue()
{
    if (failed())
        return false;
    skipWhitespace();
    if (m_pos < m_end && *m_pos == '}') {
        ++m_pos;
        m_expectComma = true; // back in the enclosing object (if any), whose member this object was
        return false;
    }
    if (m_expectComma) {
        if (m_pos == m_end || *m_pos != ',')
            return fail(Reason::ExpectedCommaOrObjectEnd, "expected ',' or '}' in object");
        ++m_pos;
        skipWhitespace();
    }
    return keyQuote();
    return true;
}

bool JsonReader::keyEpilogue()
{
    skipWhitespace();
    if (m_pos == m_end || *m_pos != ':')
        return fail(Reason::ExpectedColon, "expected ':' after object key");
    ++m_pos;
    m_expectComma = true;
    return true;
}

bool JsonReader::nextKey(QByteArray& key)
{
    if (!keyPrologue())
        return false;
    key.resize(0); // keeps the buffer: keys are read in loops
    return scanString(&key) && keyEpilogue();
}

bool JsonReader::nextKeyView(std::string_view& key)
{
    return keyPrologue() && scanStringView(key) && keyEpilogue();
}

bool JsonReader::readStringView(std::string_view& out)
{
    if (peek() != Kind::String)
        return fail(Reason::WrongType, "expected a string");
    return scanStringView(out);
}

bool JsonReader::scanStringView(std::string_view& out)
{
    const char* start = m_pos;
    if (!scanString(nullptr))
        return false;
    const std::string_view raw(start + 1, size_t(m_pos - start - 2));
    if (raw.find('\\') == std::string_view::npos) {
        out = raw;
        return true;
    }
    m_pos = start;
    m_scratch.resize(0);
    if (!scanString(&m_scratch))
        return false;
    out = std::string_view(m_scratch.constData(), size_t(m_scratch.size()));
    return true;
}

bool JsonReader::scanString(QByteArray* out)
{
    const char* quote = m_pos;
    ++m_pos;
    const char* runStart = m_pos;
    while (true) {
        if (m_pos == m_end)
            return fail(Reason::UnterminatedString, "unterminated string", quote);
        const auto c = static_cast<unsigned char>(*m_pos);
        if (c == '"') {
            if (out)
                out->append(runStart, m_pos - runStart);
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail(Reason::ControlCharacterInString, "control character in string");
        if (c >= 0x80) {
            const int length = utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_pos),
                                                  reinterpret_cast<const unsigned char*>(m_end));
            if (length == 0)
                return fail(Reason::InvalidUtf8, "invalid UTF-8 in string");
            m_pos += length;
            continue;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        if (out)
            out->append(runStart, m_pos - runStart);
        if (m_end - m_pos < 2)
            return fail(Reason::UnterminatedString, "unterminated escape", quote);
        const char* escapeAt = m_pos;
        const char escape = m_pos[1];
        m_pos += 2;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            if (out)
                out->append(escape);
            break;
        case 'b':
            appendUtf8(out, '\b');
            break;
        case 'f':
            appendUtf8(out, '\f');
            break;
        case 'n':
            appendUtf8(out, '\n');
            break;
        case 'r':
            appendUtf8(out, '\r');
            break;
        case 't':
            appendUtf8(out, '\t');
            break;
        case 'u': {
            const auto readHex4 = [this](char32_t& value) {
                if (m_end - m_pos < 4)
                    return false;
                value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_pos[i]);
                    if (digit < 0)
                        return false;
                    value = value * 16 + char32_t(digit);
                }
                m_pos += 4;
                return true;
            };
            char32_t unit = 0;
            if (!readHex4(unit))
                return fail(Reason::InvalidUnicodeEscape, "invalid \\u escape", escapeAt);
            if (unit >= 0xD800 && unit <= 0xDBFF && m_end - m_pos >= 6 && m_pos[0] == '\\' &&
                m_pos[1] == 'u') {
                const char* save = m_pos;
                m_pos += 2;
                char32_t low = 0;
                if (readHex4(low) && low >= 0xDC00 && low <= 0xDFFF) {
                    appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                    break;
                }
                m_pos = save;
            }
            // A lone surrogate becomes U+FFFD, as Go's decoder does.
            appendUtf8(out, (unit >= 0xD800 && unit <= 0xDFFF) ? char32_t(0xFFFD) : unit);
            break;
        }
        default:
            return fail(Reason::InvalidEscape, "invalid escape in string", escapeAt);
        }
        runStart = m_pos;
    }
}

bool JsonReader::scanNumber()
{
    const auto digit = [this] { return m_pos < m_end && *m_pos >= '0' && *m_pos <= '9'; };
    if (m_pos < m_end && *m_pos == '-')
        ++m_pos;
    if (!digit())
        return fail(Reason::InvalidNumber, "invalid number");
    if (*m_pos == '0') {
        ++m_pos;
    } else {
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_end && *m_pos == '.') {
        ++m_pos;
        if (!digit())
            return fail(Reason::DigitExpectedAfterPoint, "invalid number: digit expected after '.'");
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        ++m_pos;
        if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
            ++m_pos;
        if (!digit())
            return fail(Reason::DigitExpectedInExponent, "invalid number: digit expected in exponent");
        while (digit())
            ++m_pos;
    }
    return true;
}

bool JsonReader::expectLiteral(std::string_view literal)
{
    if (std::string_view(m_pos, size_t(m_end - m_pos)).substr(0, literal.size()) != literal)
        return fail(Reason::InvalidLiteral, "invalid literal");
    m_pos += literal.size();
    return true;
}

bool JsonReader::readString(QByteArray& out)
{
    if (peek() != Kind::String)
        return fail(Reason::WrongType, "expected a string");
    out.resize(0);
    return scanString(&out);
}

bool JsonReader::readString(QString& out)
{
    std::string_view view;
    if (!readStringView(view))
        return false;
    out = QString::fromUtf8(view.data(), qsizetype(view.size()));
    return true;
}

bool JsonReader::readInt64(qint64& out)
{
    if (peek() != Kind::Number)
        return fail(Reason::WrongType, "expected a number");
    const char* start = m_pos;
    if (!scanNumber())
        return false;
    const std::string_view text(start, size_t(m_pos - start));
    if (text.find_first_of(".eE") != std::string_view::npos)
        return fail(Reason::WrongType, "expected an integer", start);
    const bool negative = text[0] == '-';
    quint64 magnitude = 0;
    for (char c : text.substr(negative ? 1 : 0)) {
        const quint64 next = magnitude * 10 + quint64(c - '0');
        if (magnitude > (~quint64(0)) / 10 || next < magnitude)
            return fail(Reason::IntegerOutOfRange, "integer out of range", start);
        magnitude = next;
    }
    const quint64 limit = negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
    if (magnitude > limit)
        return fail(Reason::IntegerOutOfRange, "integer out of range", start);
    out = negative ? qint64(0 - magnitude) : qint64(magnitude);
    return true;
}

bool JsonReader::readBool(bool& out)
{
    if (peek() != Kind::Bool)
        return fail(Reason::WrongType, "expected true or false");
    out = *m_pos == 't';
    return expectLiteral(out ? "true" : "false");
}

bool JsonReader::readNull()
{
    if (peek() != Kind::Null)
        return fail(Reason::WrongType, "expected null");
    return expectLiteral("null");
}

bool JsonReader::readRawValue(std::string_view& raw)
{
    skipWhitespace();
    const char* start = m_pos;
    if (!skipValue())
        return false;
    raw = std::string_view(start, size_t(m_pos - start));
    return true;
}

bool JsonReader::skipValue()
{
    // Iterative, so hostile nesting costs a pointer of heap per level instead of a native stack frame. Each
    // entry is the open bracket, which an unexpected end names.
    std::vector<const char*> open;
    const auto closerOf = [](const char* bracket) { return *bracket == '{' ? '}' : ']'; };
    const auto failed = [&] {
        if (m_errorReason == Reason::UnexpectedEnd && !open.empty() && !m_unclosedAt)
            m_unclosedAt = open.back();
        return false;
    };
    skipWhitespace();
    while (true) {
        if (m_pos == m_end) {
            fail(Reason::UnexpectedEnd, "unexpected end of JSON input");
            return failed();
        }
        bool valueDone = true;
        if (*m_pos == '{' || *m_pos == '[') {
            if (open.size() >= size_t(kMaxDepth))
                return fail(Reason::NestingTooDeep, "nesting too deep");
            const bool isObject = *m_pos == '{';
            open.push_back(m_pos);
            ++m_pos;
            skipWhitespace();
            if (m_pos < m_end && *m_pos == closerOf(open.back())) {
                ++m_pos;
                open.pop_back();
            } else {
                valueDone = false;
                if (isObject && !memberKey())
                    return failed();
            }
        } else if (!scalar()) {
            return failed();
        }
        if (!valueDone)
            continue;
        // After a complete value: close finished containers, or move on to the next element.
        while (true) {
            if (open.empty())
                return true;
            skipWhitespace();
            const char closer = closerOf(open.back());
            if (m_pos < m_end && *m_pos == closer) {
                ++m_pos;
                open.pop_back();
                continue;
            }
            if (m_pos == m_end || *m_pos != ',') {
                if (closer == '}')
                    fail(Reason::ExpectedCommaOrObjectEnd, "expected ',' or a closing bracket");
                else
                    fail(Reason::ExpectedCommaOrArrayEnd, "expected ',' or a closing bracket");
                return failed();
            }
            ++m_pos;
            skipWhitespace();
            if (closer == '}' && !memberKey())
                return failed();
            if (closer == ']' && m_pos < m_end && *m_pos == ']')
                return fail(Reason::TrailingComma, "invalid character where a value was expected");
            break;
        }
    }
}

bool JsonReader::keyQuote()
{
    if (m_pos < m_end && *m_pos == '"')
        return true;
    if (m_pos < m_end && *m_pos == '}')
        return fail(Reason::TrailingComma, "expected a string key in object");
    return fail(Reason::ExpectedKey, "expected a string key in object");
}

bool JsonReader::memberKey()
{
    if (!keyQuote() || !scanString(nullptr))
        return false;
    skipWhitespace();
    if (m_pos == m_end || *m_pos != ':')
        return fail(Reason::ExpectedColon, "expected ':' after object key");
    ++m_pos;
    skipWhitespace();
    return true;
}

bool JsonReader::scalar()
{
    switch (*m_pos) {
    case '"':
        return scanString(nullptr);
    case 't':
        return expectLiteral("true");
    case 'f':
        return expectLiteral("false");
    case 'n':
        return expectLiteral("null");
    default:
        if (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9'))
            return scanNumber();
        // A letter starts a word that is not true, false or null (a string without quotes, say).
        if ((*m_pos >= 'a' && *m_pos <= 'z') || (*m_pos >= 'A' && *m_pos <= 'Z'))
            return fail(Reason::InvalidLiteral, "invalid character where a value was expected");
        return fail(Reason::ExpectedValue, "invalid character where a value was expected");
    }
}

bool JsonReader::atEnd()
{
    skipWhitespace();
    return !failed() && m_pos == m_end;
}

QByteArray JsonReader::compact(std::string_view validJson)
{
    QByteArray out;
    out.reserve(qsizetype(validJson.size()));
    bool inString = false;
    const char* runStart = validJson.data();
    const char* end = validJson.data() + validJson.size();
    for (const char* p = runStart; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\')
                ++p;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (isJsonWhitespace(c)) {
            out.append(runStart, p - runStart);
            runStart = p + 1;
        }
    }
    out.append(runStart, end - runStart);
    return out;
}

bool JsonReader::validateAndCompact(std::string_view text, QByteArray& compacted, QString& error)
{
    JsonReader reader(text);
    std::string_view raw;
    if (!reader.readRawValue(raw) || !reader.atEnd()) {
        if (!reader.failed())
            reader.fail(Reason::TextAfterValue, "unexpected data after the JSON value");
        error = reader.error();
        return false;
    }
    compacted = compact(raw);
    return true;
}

} // namespace dwp
