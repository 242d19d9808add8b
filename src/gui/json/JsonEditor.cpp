// SPDX-License-Identifier: MIT
#include "gui/json/JsonEditor.h"

#include "gui/json/HeapRelease.h"
#include "gui/json/JsonDiagnostic.h"
#include "gui/json/JsonHighlighter.h"
#include "protocol/JsonPrettyPrinter.h"
#include "protocol/JsonReader.h"

#include <QFontDatabase>
#include <QMimeData>
#include <QStringTokenizer>
#include <QTextBlock>
#include <QTimer>
#include <algorithm>

namespace dispatch {

JsonEditor::JsonEditor(QWidget* parent)
    : QPlainTextEdit(parent), m_highlighter(new JsonHighlighter(document())), m_checkTimer(new QTimer(this))
{
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &JsonEditor::validate);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // In a dialog, Tab should move to the next field; two spaces of indentation are typed by hand.
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(tr("JSON, for example {\"to\": \"ops@example.com\"}"));
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::textChanged, this, &JsonEditor::textChanged);
    validate();
}

JsonEditor::~JsonEditor()
{
    // A pasted payload of megabytes leaves its text blocks and layouts spread over the heap.
    if (m_heldLargeText)
        HeapRelease::soon();
}

void JsonEditor::setAcceptsEmpty(bool accepts)
{
    if (m_acceptsEmpty == accepts)
        return;
    m_acceptsEmpty = accepts;
    validate();
}

bool JsonEditor::isBlank() const
{
    const QString text = toPlainText();
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

void JsonEditor::setJson(const QByteArray& json)
{
    QByteArray compacted;
    QString error;
    if (dwp::JsonReader::validateAndCompact(std::string_view(json.constData(), size_t(json.size())),
                                            compacted, error)) {
        setPlainText(
            dwp::JsonPrettyPrinter::print(std::string_view(compacted.constData(), size_t(compacted.size()))));
    } else {
        setPlainText(QString::fromUtf8(json));
    }
}

void JsonEditor::colourIfSmall(qsizetype characters)
{
    QTextDocument* wanted = characters <= kCheckAtOnceChars ? document() : nullptr;
    if (m_highlighter->document() == wanted || m_switchingColours)
        return;
    // Detaching clears the colours, which changes the text's formats and so calls textChanged() again.
    m_switchingColours = true;
    m_highlighter->setDocument(wanted);
    m_switchingColours = false;
}

void JsonEditor::textChanged()
{
    const bool large = document()->characterCount() > kCheckAtOnceChars;
    if (m_heldLargeText && !large)
        HeapRelease::soon(); // the large text was replaced or deleted
    m_heldLargeText = large;
    colourIfSmall(document()->characterCount());
    // Validation is linear (well under a millisecond for a payload someone types), so short texts are
    // checked on every change; the highlighter is limited by Qt to the changed lines.
    if (document()->characterCount() <= kCheckAtOnceChars) {
        m_checkTimer->stop();
        validate();
        return;
    }
    // The compact form of the previous text must not be sent for this one.
    m_compactJson.clear();
    JsonDiagnostic checking;
    checking.valid = false;
    checking.pending = true;
    setDiagnostic(checking);
    m_checkTimer->start();
}

void JsonEditor::validate()
{
    const QString text = toPlainText();
    m_compactJson.clear();
    JsonDiagnostic diagnostic;
    if (isBlank() && m_acceptsEmpty) {
        diagnostic = JsonDiagnostic{};
    } else if (isBlank()) {
        diagnostic.valid = false;
        diagnostic.message = tr("empty: enter a JSON value such as {}");
    } else {
        // dwp::JsonReader judges, so what the editor accepts is what the protocol layer sends.
        diagnostic = JsonDiagnostic::check(text, &m_compactJson);
    }
    setDiagnostic(diagnostic);
}

void JsonEditor::setDiagnostic(const JsonDiagnostic& diagnostic)
{
    const bool wasValid = m_diagnostic.valid;
    const QString previousText = m_diagnostic.toText();
    m_diagnostic = diagnostic;
    markMistake();
    if (wasValid != m_diagnostic.valid)
        emit validityChanged(m_diagnostic.valid);
    if (previousText != m_diagnostic.toText())
        emit diagnosticChanged(m_diagnostic.toText());
}

void JsonEditor::markMistake()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_diagnostic.valid && !m_diagnostic.pending && !isBlank()) {
        // Mark the character at the mistake, or the last one when the text simply stops too early.
        QTextCursor cursor(document());
        const int length = document()->characterCount() - 1;
        const int at = int(qMin<qsizetype>(m_diagnostic.offset, qMax(0, length - 1)));
        cursor.setPosition(at);
        cursor.setPosition(qMin(at + 1, length), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
        QColor background = dark ? QColor(0x8b, 0x1e, 0x1e) : QColor(0xff, 0xd6, 0xd6);
        selection.format.setBackground(background);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x00, 0x00));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void JsonEditor::insertFromMimeData(const QMimeData* source)
{
    const QString text = source->hasText() ? source->text() : QString();
    colourIfSmall(document()->characterCount() + text.size()); // before the insert colours it
    if (text.size() > JsonHighlighter::kMaxColouredLineChars) {
        bool longLine = false;
        for (const QStringView line : qTokenize(text, u'\n')) {
            if (line.size() > JsonHighlighter::kMaxColouredLineChars) {
                longLine = true;
                break;
            }
        }
        QByteArray compacted;
        if (longLine && JsonDiagnostic::check(text, &compacted).valid) {
            // One element of the top level per line: fully indented, 5 MB became 700 000 lines, and inserting
            // them took seconds.
            insertPlainText(dwp::JsonPrettyPrinter::print(
                std::string_view(compacted.constData(), size_t(compacted.size())), 2, 1));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void JsonEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        markMistake();
    }
}

} // namespace dispatch
