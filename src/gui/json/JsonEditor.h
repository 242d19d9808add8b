// SPDX-License-Identifier: MIT
#pragma once

#include "gui/json/JsonDiagnostic.h"

#include <QByteArray>
#include <QPlainTextEdit>

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
    explicit JsonEditor(QWidget* parent = nullptr);

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

private:
    void validate();
    void markMistake();

    JsonHighlighter* m_highlighter;
    JsonDiagnostic m_diagnostic;
    QByteArray m_compactJson;
    bool m_acceptsEmpty = false;
};

} // namespace dispatch
