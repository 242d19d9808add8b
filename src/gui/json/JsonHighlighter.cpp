// SPDX-License-Identifier: MIT
#include "gui/json/JsonHighlighter.h"

#include "gui/json/JsonTokenizer.h"
#include "gui/views/StateStyle.h"

#include <QGuiApplication>

namespace dispatch {

namespace {

QTextCharFormat foreground(const QColor& colour, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold)
        format.setFontWeight(QFont::DemiBold);
    return format;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette& palette)
{
    // Hues chosen to be told apart by most colour-blind readers too (blue/orange rather than red/green); the
    // lightness flips with the theme so the contrast against the base colour stays high.
    const bool dark = StateStyle::isDark(palette);
    m_keyFormat = foreground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x9c), true);
    m_stringFormat = foreground(dark ? QColor(0xe8, 0xb8, 0x7a) : QColor(0x9a, 0x4a, 0x00));
    m_numberFormat = foreground(dark ? QColor(0xb5, 0xe0, 0x9a) : QColor(0x1d, 0x6b, 0x2c));
    m_literalFormat = foreground(dark ? QColor(0xd6, 0x9c, 0xf0) : QColor(0x7a, 0x2a, 0x9a), true);
    QColor punctuation = palette.color(QPalette::Text);
    punctuation.setAlphaF(0.65f);
    m_punctuationFormat = foreground(punctuation);
    m_errorFormat = QTextCharFormat();
    m_errorFormat.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_errorFormat.setUnderlineColor(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x00, 0x00));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    if (text.size() > kMaxColouredLineChars)
        return;
    JsonTokenizer tokenizer(text);
    JsonToken token = tokenizer.next();
    while (token.kind != JsonToken::Kind::End) {
        const JsonToken following = tokenizer.next();
        const int start = int(token.offset);
        const int length = int(qMax<qsizetype>(token.length, 1));
        switch (token.kind) {
        case JsonToken::Kind::String:
            // A string followed by ':' on the same line is a key; a key whose ':' is on the next line is rare
            // enough to be coloured as a plain string.
            setFormat(start, length, following.kind == JsonToken::Kind::Colon ? m_keyFormat : m_stringFormat);
            break;
        case JsonToken::Kind::Number:
            setFormat(start, length, m_numberFormat);
            break;
        case JsonToken::Kind::Literal:
            setFormat(start, length, m_literalFormat);
            break;
        case JsonToken::Kind::Invalid:
            break;
        default:
            setFormat(start, length, m_punctuationFormat);
            break;
        }
        if (token.problem != JsonToken::Problem::None) {
            const int from = int(token.problemOffset);
            const int to = int(qMax(token.offset + token.length, token.problemOffset + 1));
            for (int i = from; i < to && i < text.size(); ++i) {
                QTextCharFormat marked = format(i);
                marked.setUnderlineStyle(m_errorFormat.underlineStyle());
                marked.setUnderlineColor(m_errorFormat.underlineColor());
                setFormat(i, 1, marked);
            }
        }
        token = following;
    }
}

} // namespace dispatch
