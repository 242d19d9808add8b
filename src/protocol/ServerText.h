// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace dwp {

// Text a server chose — error messages, close reasons, names and errors inside events — made safe to show
// (issue 16 items 4, 10, 11). A server may put ESC sequences, CR, BEL or NUL in it to recolour, overwrite or
// spoof lines in an operator's terminal or CI log, send megabytes of it, or echo the client's own token back.
class ServerText
{
public:
    // The most printable() shows of one text; the rest is cut, and the cut says how much.
    static constexpr qsizetype kMaxPrintedChars = 2000;

    // For a terminal, a log, a message box or the status bar: every secret registered with maskSecret()
    // replaced by "***", control and direction-changing characters written as visible escapes (\n, \r, \t,
    // \x1b, \u{202e}, …) and the text cut to maxChars with "… [N more characters]" at the end.
    static QString printable(QStringView text, qsizetype maxChars = kMaxPrintedChars);

    // For a table cell, a tooltip, a combo box item or a card, once when the text enters a model: the first
    // maxChars characters with "…" when there were more, line breaks and other control characters as
    // spaces, so that one row stays one line and nothing lays out megabytes per paint. The full text stays
    // with whoever keeps it for the detail view.
    static QString forDisplay(QStringView text, qsizetype maxChars);
    // The same; text that needs no change comes back shared, without a copy.
    static QString forDisplay(const QString& text, qsizetype maxChars);
    // The same for UTF-8 text, of which only the first 4 × maxChars bytes are read.
    static QString forDisplayUtf8(QByteArrayView utf8, qsizetype maxChars);

    // Display lengths, in UTF-16 code units: what one line of a table, tooltip, combo box or card shows.
    static constexpr qsizetype kDisplayNameChars = 200;   // job, queue, workflow and step names
    static constexpr qsizetype kDisplayErrorChars = 1000; // a job's last error in a table, tooltip or card
    static constexpr qsizetype kDisplayCellChars = 300;   // anything else, such as an event's data

    // Registers a secret this process holds (a token it sends) to be masked in every printable() text from
    // now on. Secrets shorter than kMinSecretChars are not masked: they would garble ordinary words.
    static constexpr qsizetype kMinSecretChars = 4;
    static void maskSecret(const QString& secret);
};

} // namespace dwp
