// SPDX-License-Identifier: MIT
#pragma once

#include "gui/json/JsonDiagnostic.h"

#include <QByteArray>
#include <QPlainTextEdit>

class QTimer;

namespace dispatch {

class JsonHighlighter;

// A plain-text editor for JSON payloads with syntax colours and validation as you type. It says whether
// the text is valid JSON and, if not, where the first mistake is ("line 3, column 12: expected ',' or '}'"),
// and marks that spot. What it calls valid is exactly what dwp::JsonReader (the protocol layer's strict
// validator) accepts, so a payload it lets through is one the server will take.
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT
    Q_PROPERTY(bool valid READ isValid NOTIFY validityChanged)
    Q_PROPERTY(bool acceptsEmpty READ acceptsEmpty WRITE setAcceptsEmpty)

public:
    // Texts up to this many characters are checked on every change; longer ones once typing has paused for
    // kCheckDelayMs, and until then the editor says it is checking and offers nothing to send: a full check
    // of a pasted payload of megabytes on every keystroke held the window (issue 20 item 4).
    static constexpr int kCheckAtOnceChars = 256 * 1024;
    static constexpr int kCheckDelayMs = 300;

    explicit JsonEditor(QWidget* parent = nullptr);
    ~JsonEditor() override;

    bool isValid() const { return m_diagnostic.valid; }
    const JsonDiagnostic& diagnostic() const { return m_diagnostic; }
    QString errorText() const { return m_diagnostic.toText(); } // empty when valid

    // Whether an empty (or all-whitespace) text counts as valid, meaning "no value" — for optional payloads.
    bool acceptsEmpty() const { return m_acceptsEmpty; }
    void setAcceptsEmpty(bool accepts);
    bool isBlank() const; // only whitespace

    // The text as compact JSON, ready to send; empty when invalid or blank.
    QByteArray compactJson() const { return m_compactJson; }
    // Shows `json` indented for reading (when it is valid JSON; other text is shown as it is).
    void setJson(const QByteArray& json);

signals:
    void validityChanged(bool valid);
    void diagnosticChanged(const QString& errorText); // empty when the text became valid

protected:
    void changeEvent(QEvent* event) override;
    // A pasted valid JSON text with a line longer than JsonHighlighter::kMaxColouredLineChars goes in
    // indented: the same value (what is sent is compacted anyway), but a line of megabytes cost seconds of
    // layout on every keystroke (issue 20 item 4: 5 MB on one line held the window about 7 s per key).
    void insertFromMimeData(const QMimeData* source) override;

private:
    void textChanged();
    void validate();
    void setDiagnostic(const JsonDiagnostic& diagnostic);
    // Colours only texts of up to kCheckAtOnceChars: QSyntaxHighlighter colours every inserted line at once.
    void colourIfSmall(qsizetype characters);
    void markMistake();

    JsonHighlighter* m_highlighter;
    QTimer* m_checkTimer;
    JsonDiagnostic m_diagnostic;
    QByteArray m_compactJson;
    bool m_acceptsEmpty = false;
    bool m_switchingColours = false;
    bool m_heldLargeText = false; // over kCheckAtOnceChars at the last change: worth a heap trim when it goes
};

} // namespace dispatch
