// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPlainTextEdit>

class QLabel;

namespace dispatch {

class JsonHighlighter;

// A read-only view of data that is usually JSON: payloads, inputs, step data. Valid JSON is indented and
// coloured; anything else (gob bytes already turned into hex, plain text) is shown as it is.
//
// Past kFormattedLimitBytes the data is neither indented nor coloured: the first kShownLimitBytes are shown
// as received, a note above the text says so, and the context menu's Copy All copies the whole of it.
// Formatting is linear (JsonPrettyPrinter bounds its indentation), but colouring runs over every line at once
// and a payload of tens of megabytes is not something anyone reads on screen (issue 16 item 5: 800 kB nested
// 2 000 deep froze the window for 20.9 s and peaked at 6.6 GB).
class JsonViewer : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr qsizetype kFormattedLimitBytes = 1024 * 1024;
    // One line of 1 MiB took 1.1 s to lay out and paint (bench_hostile_gui); 256 KiB is a quarter of that.
    static constexpr qsizetype kShownLimitBytes = 256 * 1024;

    explicit JsonViewer(QWidget* parent = nullptr);

    void setJson(const QByteArray& json); // indents when valid JSON and not too large
    // Shows text as it is, coloured only when it is JSON (hex bytes or an error message are left plain);
    // past kFormattedLimitBytes characters, its start under a note, as setJson() does.
    void showText(const QString& text);
    void setPlaceholder(const QString& text) { setPlaceholderText(text); }
    // Shows the placeholder and lets go of what was shown, the whole data behind a part included
    // (QPlainTextEdit::clear() would keep that).
    void showNothing();
    // What is said above the text when it is not all shown formatted; empty otherwise.
    QString note() const;
    // The whole data, also where only a part is shown.
    QByteArray wholeText() const;

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setHighlighting(bool on);
    void showPlainPart(const QByteArray& received);
    void setNote(const QString& text);
    void placeNote();
    // Drops the whole data kept behind a part; a large text leaving hands its memory back (HeapRelease).
    void forgetShown();

    JsonHighlighter* m_highlighter;
    QLabel* m_note;
    QByteArray m_whole; // only while a part is shown
};

} // namespace dispatch
