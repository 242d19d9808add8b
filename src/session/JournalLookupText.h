// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace dispatch {

// What of a journaled lookup (a job.get, workflow.get or workflow.timeline answer, dwp-protocol.md §4)
// full-text search reads (README, "Journal"): the name, queue, state and error, and as `body` the payload of
// a job, the input of a run or the step names and data of a timeline, as text. Those bytes are base64 on the
// wire, which SQLite cannot decode, so they are decoded here and kept in `lookup_text` (JournalSchema, step 4
// → 5) beside the answer. Bytes that are not UTF-8 (a step's gob result) are left out.
struct JournalLookupText
{
    // The body kept per lookup: enough for any JSON payload an operator would search, while a megabyte-sized
    // one does not grow the index by as much.
    static constexpr qsizetype kMaxBodyChars = 64 * 1024;

    QString name;
    QString queue;
    QString state;
    QString error;
    QString body;

    // `kind` as JournalBatch::Lookup ("job", "run", "timeline"); an answer that does not parse has no text.
    static JournalLookupText of(const QString& kind, const QByteArray& json);
};

} // namespace dispatch
