// SPDX-License-Identifier: MIT
#include "protocol/JsonScalarScanner.h"

#include "protocol/JsonCharacters.h"

namespace dwp {

using Reason = JsonSyntaxError::Reason;
using jsonchars::appendUtf8;

JsonScalarScanner::Result JsonScalarScanner::string(QByteArray* out)
{
    const char* quote = m_pos;
    ++m_pos;
    const char* runStart = m_pos;
    while (true) {
        if (m_pos == m_end)
            return JsonScanFailure{Reason::UnterminatedString, "unterminated string", quote};
        const auto c = static_cast<unsigned char>(*m_pos);
        if (c == '"') {
            if (out)
                out->append(runStart, m_pos - runStart);
            ++m_pos;
            return std::nullopt;
        }
        if (c < 0x20)
            return JsonScanFailure{Reason::ControlCharacterInString, "control character in string"};
        if (c >= 0x80) {
            const int length = jsonchars::utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_pos),
                                                             reinterpret_cast<const unsigned char*>(m_end));
            if (length == 0)
                return JsonScanFailure{Reason::InvalidUtf8, "invalid UTF-8 in string"};
            m_pos += length;
            continue;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        if (out)
            out->append(runStart, m_pos - runStart);
        if (Result failure = escape(out, quote))
            return failure;
        runStart = m_pos;
    }
}

JsonScalarScanner::Result JsonScalarScanner::escape(QByteArray* out, const char* quote)
{
    if (m_end - m_pos < 2)
        return JsonScanFailure{Reason::UnterminatedString, "unterminated escape", quote};
    const char* escapeAt = m_pos;
    const char escaped = m_pos[1];
    m_pos += 2;
    switch (escaped) {
    case '"':
    case '\\':
    case '/':
        if (out)
            out->append(escaped);
        return std::nullopt;
    case 'b':
        appendUtf8(out, '\b');
        return std::nullopt;
    case 'f':
        appendUtf8(out, '\f');
        return std::nullopt;
    case 'n':
        appendUtf8(out, '\n');
        return std::nullopt;
    case 'r':
        appendUtf8(out, '\r');
        return std::nullopt;
    case 't':
        appendUtf8(out, '\t');
        return std::nullopt;
    case 'u':
        return unicodeEscape(out, escapeAt);
    default:
        return JsonScanFailure{Reason::InvalidEscape, "invalid escape in string", escapeAt};
    }
}

JsonScalarScanner::Result JsonScalarScanner::unicodeEscape(QByteArray* out, const char* escapeAt)
{
    char32_t unit = 0;
    if (!readHex4(unit))
        return JsonScanFailure{Reason::InvalidUnicodeEscape, "invalid \\u escape", escapeAt};
    if (unit >= 0xD800 && unit <= 0xDBFF && m_end - m_pos >= 6 && m_pos[0] == '\\' && m_pos[1] == 'u') {
        const char* save = m_pos;
        m_pos += 2;
        char32_t low = 0;
        if (readHex4(low) && low >= 0xDC00 && low <= 0xDFFF) {
            appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
            return std::nullopt;
        }
        m_pos = save;
    }
    // A lone surrogate becomes U+FFFD, as Go's decoder does.
    appendUtf8(out, (unit >= 0xD800 && unit <= 0xDFFF) ? char32_t(0xFFFD) : unit);
    return std::nullopt;
}

bool JsonScalarScanner::readHex4(char32_t& value)
{
    if (m_end - m_pos < 4)
        return false;
    value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = jsonchars::hexValue(m_pos[i]);
        if (digit < 0)
            return false;
        value = value * 16 + char32_t(digit);
    }
    m_pos += 4;
    return true;
}

JsonScalarScanner::Result JsonScalarScanner::number()
{
    if (m_pos < m_end && *m_pos == '-')
        ++m_pos;
    if (!digit())
        return JsonScanFailure{Reason::InvalidNumber, "invalid number"};
    if (*m_pos == '0') {
        ++m_pos;
    } else {
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_end && *m_pos == '.') {
        ++m_pos;
        if (!digit())
            return JsonScanFailure{Reason::DigitExpectedAfterPoint,
                                   "invalid number: digit expected after '.'"};
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        ++m_pos;
        if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
            ++m_pos;
        if (!digit())
            return JsonScanFailure{Reason::DigitExpectedInExponent,
                                   "invalid number: digit expected in exponent"};
        while (digit())
            ++m_pos;
    }
    return std::nullopt;
}

JsonScalarScanner::Result JsonScalarScanner::integer(qint64& out)
{
    const char* start = m_pos;
    if (Result failure = number())
        return failure;
    const std::string_view text(start, size_t(m_pos - start));
    if (text.find_first_of(".eE") != std::string_view::npos)
        return JsonScanFailure{Reason::WrongType, "expected an integer", start};
    const bool negative = text[0] == '-';
    quint64 magnitude = 0;
    for (char c : text.substr(negative ? 1 : 0)) {
        const quint64 next = magnitude * 10 + quint64(c - '0');
        if (magnitude > (~quint64(0)) / 10 || next < magnitude)
            return JsonScanFailure{Reason::IntegerOutOfRange, "integer out of range", start};
        magnitude = next;
    }
    const quint64 limit = negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
    if (magnitude > limit)
        return JsonScanFailure{Reason::IntegerOutOfRange, "integer out of range", start};
    out = negative ? qint64(0 - magnitude) : qint64(magnitude);
    return std::nullopt;
}

JsonScalarScanner::Result JsonScalarScanner::literal(std::string_view literal)
{
    if (std::string_view(m_pos, size_t(m_end - m_pos)).substr(0, literal.size()) != literal)
        return JsonScanFailure{Reason::InvalidLiteral, "invalid literal"};
    m_pos += literal.size();
    return std::nullopt;
}

} // namespace dwp
