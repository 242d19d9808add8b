// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPlainTextEdit>

namespace dispatch {

class JsonHighlighter;

// A read-only view of data that is usually JSON: payloads, inputs, step data. Valid JSON is indented and
// coloured; anything else (gob bytes already turned into hex, plain text) is shown as it is.
class JsonViewer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonViewer(QWidget* parent = nullptr);

    void setJson(const QByteArray& json); // indents when valid JSON
    // Shows text as it is, coloured only when it is JSON (hex bytes or an error message are left plain).
    void showText(const QString& text);
    void setPlaceholder(const QString& text) { setPlaceholderText(text); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void setHighlighting(bool on);

    JsonHighlighter* m_highlighter;
};

} // namespace dispatch
