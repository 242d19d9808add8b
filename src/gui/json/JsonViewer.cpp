// SPDX-License-Identifier: MIT
#include "gui/json/JsonViewer.h"

#include "gui/json/JsonDiagnostic.h"
#include "gui/json/JsonHighlighter.h"
#include "protocol/JsonPrettyPrinter.h"
#include "protocol/JsonReader.h"

#include <QFontDatabase>

namespace dispatch {

JsonViewer::JsonViewer(QWidget* parent)
    : QPlainTextEdit(parent), m_highlighter(new JsonHighlighter(document()))
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter->setPalette(palette());
}

void JsonViewer::setJson(const QByteArray& json)
{
    QByteArray compacted;
    QString error;
    if (!json.isEmpty() && dwp::JsonReader::validateAndCompact(
                               std::string_view(json.constData(), size_t(json.size())), compacted, error)) {
        setHighlighting(true);
        setPlainText(
            dwp::JsonPrettyPrinter::print(std::string_view(compacted.constData(), size_t(compacted.size()))));
    } else {
        setHighlighting(false);
        setPlainText(QString::fromUtf8(json));
    }
}

void JsonViewer::showText(const QString& text)
{
    if (text == toPlainText())
        return;
    setHighlighting(!text.isEmpty() && JsonDiagnostic::check(text).valid);
    setPlainText(text);
}

void JsonViewer::setHighlighting(bool on)
{
    m_highlighter->setDocument(on ? document() : nullptr);
}

void JsonViewer::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

} // namespace dispatch
