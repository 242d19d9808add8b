// SPDX-License-Identifier: MIT
#include "protocol/JsonReader.h"

#include "protocol/JsonCharacters.h"
#include "protocol/JsonScalarScanner.h"

#include <vector>

namespace dwp {

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
            while (m_errorAt > m_begin && jsonchars::isWhitespace(m_errorAt[-1]))
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
    while (m_pos < m_end && jsonchars::isWhitespace(*m_pos))
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
    return succeeded(JsonScalarScanner(m_pos, m_end).string(out));
}

bool JsonReader::scanNumber()
{
    return succeeded(JsonScalarScanner(m_pos, m_end).number());
}

bool JsonReader::expectLiteral(std::string_view literal)
{
    return succeeded(JsonScalarScanner(m_pos, m_end).literal(literal));
}

bool JsonReader::succeeded(const std::optional<JsonScanFailure>& failure)
{
    return !failure || fail(failure->reason, failure->what, failure->at);
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
    return succeeded(JsonScalarScanner(m_pos, m_end).integer(out));
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
    skipWhitespace();
    while (true) {
        if (m_pos == m_end) {
            fail(Reason::UnexpectedEnd, "unexpected end of JSON input");
            return noteUnclosed(open);
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
                    return noteUnclosed(open);
            }
        } else if (!scalar()) {
            return noteUnclosed(open);
        }
        if (!valueDone)
            continue;
        const AfterValue next = afterValue(open);
        if (next != AfterValue::NextElement)
            return next == AfterValue::Complete || noteUnclosed(open);
    }
}

char JsonReader::closerOf(const char* bracket)
{
    return *bracket == '{' ? '}' : ']';
}

JsonReader::AfterValue JsonReader::afterValue(std::vector<const char*>& open)
{
    // After a complete value: close finished containers, or move on to the next element.
    while (true) {
        if (open.empty())
            return AfterValue::Complete;
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
            return AfterValue::Failed;
        }
        ++m_pos;
        skipWhitespace();
        if (closer == '}' && !memberKey())
            return AfterValue::Failed;
        if (closer == ']' && m_pos < m_end && *m_pos == ']') {
            fail(Reason::TrailingComma, "invalid character where a value was expected");
            return AfterValue::Failed;
        }
        return AfterValue::NextElement;
    }
}

bool JsonReader::noteUnclosed(const std::vector<const char*>& open)
{
    if (m_errorReason == Reason::UnexpectedEnd && !open.empty() && !m_unclosedAt)
        m_unclosedAt = open.back();
    return false;
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
        } else if (jsonchars::isWhitespace(c)) {
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
