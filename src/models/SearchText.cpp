// SPDX-License-Identifier: MIT
#include "models/SearchText.h"

#include <algorithm>

namespace dispatch {

namespace {

char16_t asciiLower(char16_t code)
{
    return code >= u'A' && code <= u'Z' ? char16_t(code + (u'a' - u'A')) : code;
}

char16_t asciiLower(QChar c)
{
    return asciiLower(c.unicode());
}

char16_t asciiLower(char c)
{
    return asciiLower(char16_t(static_cast<unsigned char>(c)));
}

// Whether `text` contains `lowered` (ASCII, lower-cased, not empty), ignoring the case of ASCII letters.
// UTF-8 needs no decoding for this: every byte of a multi-byte character is above 0x7F and never equals an
// ASCII one.
template<typename Text>
bool containsIgnoringAsciiCase(Text text, QByteArrayView lowered)
{
    const qsizetype last = text.size() - lowered.size();
    const char16_t first = char16_t(lowered.front());
    for (qsizetype at = 0; at <= last; ++at) {
        if (asciiLower(text[at]) != first)
            continue;
        qsizetype matched = 1;
        while (matched < lowered.size() && asciiLower(text[at + matched]) == char16_t(lowered[matched]))
            ++matched;
        if (matched == lowered.size())
            return true;
    }
    return false;
}

} // namespace

SearchText::SearchText(const QString& pattern) : m_pattern(pattern)
{
    const bool ascii =
        std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        m_asciiLower = pattern.toLower().toLatin1();
    else
        m_matcher = QStringMatcher(pattern, Qt::CaseInsensitive);
}

bool SearchText::foundIn(QStringView text) const
{
    if (m_pattern.isEmpty())
        return true;
    if (!m_asciiLower.isEmpty())
        return containsIgnoringAsciiCase(text, m_asciiLower);
    return m_matcher.indexIn(text) >= 0;
}

bool SearchText::foundInUtf8(QByteArrayView utf8) const
{
    if (m_pattern.isEmpty())
        return true;
    if (!m_asciiLower.isEmpty())
        return containsIgnoringAsciiCase(utf8, m_asciiLower);
    return m_matcher.indexIn(QString::fromUtf8(utf8)) >= 0;
}

} // namespace dispatch
