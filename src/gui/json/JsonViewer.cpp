// SPDX-License-Identifier: MIT
#include "gui/json/JsonViewer.h"

#include "gui/json/HeapRelease.h"
#include "gui/json/JsonDiagnostic.h"
#include "gui/json/JsonHighlighter.h"
#include "protocol/JsonPrettyPrinter.h"
#include "protocol/JsonReader.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStringDecoder>

namespace dispatch {

JsonViewer::JsonViewer(QWidget* parent)
    : QPlainTextEdit(parent), m_highlighter(new JsonHighlighter(document())), m_note(new QLabel(this))
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter->setPalette(palette());
    m_note->setObjectName(QStringLiteral("jsonViewerNote"));
    m_note->setWordWrap(true);
    m_note->setAutoFillBackground(true);
    m_note->setBackgroundRole(QPalette::ToolTipBase);
    m_note->setForegroundRole(QPalette::ToolTipText);
    m_note->setMargin(4);
    m_note->hide();
}

void JsonViewer::setJson(const QByteArray& json)
{
    if (json.size() > kFormattedLimitBytes) {
        showPlainPart(json);
        return;
    }
    setNote({});
    forgetShown();
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

void JsonViewer::showPlainPart(const QByteArray& received)
{
    // Cut at a character boundary: the decoder keeps an incomplete UTF-8 sequence at the end for more input
    // that never comes, so the part never ends in a replacement character.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString part = decoder.decode(QByteArrayView(received).first(kShownLimitBytes));
    forgetShown();
    m_whole = received;
    setHighlighting(false);
    setPlainText(part);
    const QLocale locale;
    //: Above a job's payload or a run's input that is too large to show. %1 is its size ("53.2 MB"), %2 the
    //: size of the part shown ("1 MB"). Copy All is an entry of the viewer's right-click menu.
    setNote(tr("This data is %1, too large to format: the first %2 are shown as received. Right-click and "
               "choose Copy All to copy all of it.")
                .arg(locale.formattedDataSize(received.size()), locale.formattedDataSize(kShownLimitBytes)));
}

void JsonViewer::showText(const QString& text)
{
    if (text.size() > kFormattedLimitBytes) { // as many characters as setJson() takes bytes
        showPlainPart(text.toUtf8());
        return;
    }
    if (text == toPlainText() && m_whole.isEmpty())
        return;
    setNote({});
    forgetShown();
    setHighlighting(!text.isEmpty() && JsonDiagnostic::check(text).valid);
    setPlainText(text);
}

void JsonViewer::showNothing()
{
    setNote({});
    forgetShown();
    setHighlighting(false);
    clear();
}

void JsonViewer::forgetShown()
{
    // What is shown is at most kShownLimitBytes as received, or an indented text of up to
    // kFormattedLimitBytes: only a formatted megabyte or a kept whole are worth a trim of the heap.
    if (!m_whole.isEmpty() || document()->characterCount() > kShownLimitBytes)
        HeapRelease::soon();
    m_whole.clear();
}

QString JsonViewer::note() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

QByteArray JsonViewer::wholeText() const
{
    return m_whole.isEmpty() ? toPlainText().toUtf8() : m_whole;
}

void JsonViewer::setHighlighting(bool on)
{
    m_highlighter->setDocument(on ? document() : nullptr);
}

void JsonViewer::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    placeNote();
}

void JsonViewer::placeNote()
{
    // The note sits in a margin above the text (QAbstractScrollArea's viewport margins), so it never covers
    // the first lines and scrolls with nothing.
    const QRect inside = contentsRect();
    const int height = m_note->isHidden() ? 0 : m_note->heightForWidth(inside.width());
    m_note->setGeometry(inside.x(), inside.y(), inside.width(), height);
    setViewportMargins(0, height, 0, 0);
}

void JsonViewer::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    placeNote();
}

void JsonViewer::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_whole.isEmpty()) {
        menu->addSeparator();
        //: Context menu entry of a payload viewer that shows only the first part of a large payload.
        QAction* copyAll = menu->addAction(tr("Copy All"));
        copyAll->setObjectName(QStringLiteral("copyAllAction"));
        const QByteArray whole = m_whole;
        connect(copyAll, &QAction::triggered, this,
                [whole] { QApplication::clipboard()->setText(QString::fromUtf8(whole)); });
    }
    menu->popup(event->globalPos());
}

void JsonViewer::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

} // namespace dispatch
