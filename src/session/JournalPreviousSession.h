// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>

namespace dispatch {

// Where the previous session of a profile's journal stopped (README "Journal", Holes), by one rule for the
// writer, which records the hole from there to a new session's start as "not running"
// (JournalWriter::noteSessionStart), and for the reader, which tells a session opened with the past what lies
// between the newest record and its start (JournalReader::holesSince) and cannot wait for the writer.
class JournalPreviousSession
{
public:
    // Its clean close, noted in monitor_sessions (schema 7); else — it was killed or crashed, or the file
    // predates schema 7 — the newest record of any kind. Only what began before `beforeMs` counts (the
    // reader's bound: the session being started may have written already); nullopt for an empty journal.
    static std::optional<qint64> endMs(const QSqlDatabase& database, qint64 beforeMs);
    // The time of the newest record of any kind before `beforeMs` — an event's arrival, a stats sample, a
    // lookup, an operator action, a gap's end —, one index step per table however large the file; a table
    // the file does not have yet is skipped.
    static std::optional<qint64> lastRecordMs(const QSqlDatabase& database, qint64 beforeMs);
};

} // namespace dispatch
