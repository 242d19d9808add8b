// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// A hole in a profile's history (README, "Journal"): a span of arrival time in which the journal holds no
// events, and why — a row of `connection_gaps`, whose reason and count of dropped events came with schema 7
// (JournalSchema::kGapReasonsSince; older rows read as Unknown). History is read with its holes so that a
// search or a chart never shows a span the monitor did not hear as a quiet one.
struct JournalGap
{
    Q_DECLARE_TR_FUNCTIONS(JournalGap)

public:
    enum class Reason
    {
        Unknown,        // written before schema 7: a lost connection or, since 6aa830d, a writer behind
        ConnectionLost, // the monitor ran but was not connected to the server (MonitorSession)
        FellBehind,     // the writer fell behind and the newest batches were dropped (JournalInbox)
        NotRunning,     // no monitor was journaling this profile (JournalWriter::open)
    };

    // The shortest span recorded as a hole between two sessions ("not running", JournalWriter) or before a
    // session's first connection (MonitorSession): a profile switched away and back, or a session replaced
    // within this process, hands the file over in milliseconds, and connecting takes a moment; a row for
    // each would bury the holes that matter. A restart of the monitor takes longer (its start alone is
    // about half a second, bench_startup) and is recorded. A lost connection is recorded however short.
    static constexpr qint64 kShortestRecordedMs = 1000;

    qint64 fromMs = 0; // ms since the epoch, UTC
    qint64 toMs = 0;
    Reason reason = Reason::Unknown;
    qint64 droppedEvents = -1; // FellBehind: how many events were not written; -1: not known

    // What `connection_gaps.reason` holds for `reason` (NULL for Unknown: an empty string here), and back.
    static QString code(Reason reason);
    static Reason fromCode(const QString& code);

    // Why, as the end of a sentence ("the monitor was not connected to the server").
    QString why() const;
    // A whole sentence for a list of history: "No events recorded 14:02–14:09: <why>." Times in the local
    // zone, with the date when the span is not today (or reaches over midnight).
    QString sentence() const;
    // The span as words, "14:02:05–14:09:31" (with dates where `sentence` has them).
    QString span() const;

    friend bool operator==(const JournalGap&, const JournalGap&) = default;
};

} // namespace dispatch
