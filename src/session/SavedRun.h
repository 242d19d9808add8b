// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"
#include "protocol/Parsed.h"
#include "session/JournalRunHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <qcoro/qcorotask.h>

namespace dispatch {

class TimelineModel;
struct SavedRunLoaded;

// A workflow run saved to a file (issue 19 item 8, README "Journal"): its last workflow.get and
// workflow.timeline answers and its events, as JSON that opens again offline (File → Open Saved Run…).
//
//   {"format": "dispatch-monitor.run", "version": 1 or 2, "saved_at": RFC 3339, "server": "ws://…",
//    "run_id": "wfrun_…", "as_of": RFC 3339 or null,
//    "run": workflow.get's result or null, "timeline": workflow.timeline's result or null,
//    "holes": [{"from": RFC 3339, "to": RFC 3339, "reason": "connection_lost" | "fell_behind" |
//               "not_running" | null, "dropped_events": n or null}, …],
//    "events": [event envelope, …]}
//
// Each part is written as the protocol layer writes it (WorkflowRun, TimelineEntry, StreamEvent::toJson) and
// read back through the same parsers, so a file is exactly as trustworthy as a server's answer: anything
// else — not JSON, another format, a newer version, a part that does not parse, a file over kMaxFileBytes —
// is refused with a sentence saying what and where.
//
// "holes" (README "Journal", Holes) are the spans of the run's time in which the monitor that saved it heard
// nothing, so that the file never shows them as quiet. Their reasons are JournalGap::code's words, null for
// Unknown; "dropped_events" is null when not known. A hole that is not an object with both times, ends
// before it begins, or has a reason outside that vocabulary refuses the file like any other bad part: a
// reason is what the band says, and a word this monitor does not know could only be shown as a guess.
//
// Versions: a reader skips keys it does not know, so a monitor that reads only version 1 would show a file's
// holes as a complete run. A file with holes is therefore version 2 (kHolesSinceVersion), which such a
// monitor refuses as "saved by a newer Dispatch Monitor"; a file without holes stays version 1, which every
// monitor shows correctly. A version-1 file written by any monitor has none: it opens without holes.
struct SavedRun
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SavedRun)

public:
    static constexpr int kFormatVersion = 2; // the newest read and written
    static constexpr int kHolesSinceVersion = 2;
    // A file larger than this is refused before it is read: it is read whole into memory, and a run saved
    // from the journal has at most SessionHistory::kRunEventLimit (100 000) events.
    static constexpr qint64 kMaxFileBytes = 128 * 1024 * 1024;
    static const QString kFormatName;

    QString runId;
    JournalRunHistory history; // run, timeline, events (oldest first), asOfMs
    QDateTime savedAt;
    QString server; // the address, without user information
    // The holes that overlap the run's span, as recorded (not cut to the span); oldest first when saved.
    QList<JournalGap> holes;

    // The run as the window shows it: its id, run, timeline, events and holes into `timeline`, in the order
    // MonitorSession shows a run read from the journal.
    void showIn(TimelineModel& timeline) const;

    QByteArray encode() const;
    static dwp::Parsed<SavedRun> decode(QByteArrayView json);

    // For a worker thread: writes through QSaveFile (the file appears whole, or not at all) and returns
    // what went wrong, or an empty string; reads a file no larger than kMaxFileBytes.
    QString writeTo(const QString& path) const;
    static dwp::Parsed<SavedRun> readFrom(const QString& path);

    // The same on a thread of the global pool, so that the window stays live while tens of MB are written
    // or parsed.
    static QCoro::Task<SavedRunLoaded> load(QString path);
    static QCoro::Task<QString> save(SavedRun run, QString path);
};

// What SavedRun::load() read: the run, or why not.
struct SavedRunLoaded
{
    std::optional<SavedRun> saved;
    QString error; // why not, when saved is empty
};

} // namespace dispatch
