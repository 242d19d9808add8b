// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"
#include "session/JournalRunHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>
#include <qcoro/qcorotask.h>

namespace dispatch {

struct SavedRunLoaded;

// A workflow run saved to a file (issue 19 item 8, README "Journal"): its last workflow.get and
// workflow.timeline answers and its events, as JSON that opens again offline (File → Open Saved Run…).
//
//   {"format": "dispatch-monitor.run", "version": 1, "saved_at": RFC 3339, "server": "ws://…",
//    "run_id": "wfrun_…", "as_of": RFC 3339 or null,
//    "run": workflow.get's result or null, "timeline": workflow.timeline's result or null,
//    "events": [event envelope, …]}
//
// Each part is written as the protocol layer writes it (WorkflowRun, TimelineEntry, StreamEvent::toJson) and
// read back through the same parsers, so a file is exactly as trustworthy as a server's answer: anything
// else — not JSON, another format, a newer version, a part that does not parse, a file over kMaxFileBytes —
// is refused with a sentence saying what and where.
struct SavedRun
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SavedRun)

public:
    static constexpr int kFormatVersion = 1;
    // A file larger than this is refused before it is read: it is read whole into memory, and a run saved
    // from the journal has at most SessionHistory::kRunEventLimit (100 000) events.
    static constexpr qint64 kMaxFileBytes = 128 * 1024 * 1024;
    static const QString kFormatName;

    QString runId;
    JournalRunHistory history; // run, timeline, events (oldest first), asOfMs
    QDateTime savedAt;
    QString server; // the address, without user information

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
