// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace dispatch {

// Colours JSON one line at a time: keys, strings, numbers, literals, punctuation, and lexical mistakes with a
// wavy underline. JSON strings cannot span lines, so no state needs to carry from one line to the next. The
// colours are derived from the palette, so they stay readable in a dark theme.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Longer lines are left plain: colouring tokenizes and formats the whole line on every keystroke in it,
    // and a pasted single-line payload of megabytes held the window for seconds per key (issue 20 item 4).
    static constexpr int kMaxColouredLineChars = 10000;

    explicit JsonHighlighter(QTextDocument* document);

    // Recomputes the colours from `palette` and repaints; call it when the widget's palette changes.
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_keyFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_literalFormat;
    QTextCharFormat m_punctuationFormat;
    QTextCharFormat m_errorFormat;
};

} // namespace dispatch
