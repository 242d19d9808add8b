// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringMatcher>
#include <QStringView>

namespace dispatch {

// What a person typed into a search field, prepared once per change and then looked for in every row,
// ignoring case: in text, and in UTF-8 as received (event data) without decoding it. A pattern of ASCII
// characters only (ids, names, steps, error words: the usual) is looked for by a plain loop that folds ASCII
// letters. QStringMatcher folds every character through Unicode's tables: the slowest keystroke on 100 000
// events took 48 ms of CPU time with it, 13 ms with this loop (bench_models typing), of a 50 ms budget. So
// with an ASCII pattern, the few characters that Unicode folds onto an ASCII letter (ſ, K) do not match it.
// Other patterns use QStringMatcher, and decode the UTF-8 first.
class SearchText
{
public:
    SearchText() = default;
    explicit SearchText(const QString& pattern);

    const QString& pattern() const { return m_pattern; }
    bool isEmpty() const { return m_pattern.isEmpty(); }
    // Whether the text contains the pattern; the empty pattern is in every text.
    bool foundIn(QStringView text) const;
    bool foundInUtf8(QByteArrayView utf8) const;

private:
    QString m_pattern;
    QByteArray m_asciiLower;  // the pattern lower-cased when it is all ASCII; else empty
    QStringMatcher m_matcher; // for the other patterns
};

} // namespace dispatch
