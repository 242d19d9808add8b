// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dispatch {

// The journal's tables and how a database written by an older monitor is brought up to date. The version
// lives in SQLite's `PRAGMA user_version`; each step of kSteps takes it from n to n + 1 in one transaction,
// so a crash mid-migration leaves the previous version whole. A version higher than ours means a newer
// monitor wrote the file: we touch nothing (the README's "Journal").
class JournalSchema
{
public:
    enum class Outcome
    {
        Ready,         // at kVersion now
        NewerThanOurs, // left alone
        Failed,        // not readable as SQLite, or a step failed (rolled back)
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        int foundVersion = 0; // before migrating
        QString error;        // SQLite's words, for Failed
    };

    // The SQL of the step from `version` to `version + 1` (0 is an empty file).
    static QStringList stepFrom(int version);
    static int currentVersion();
    // The schema that counts events per minute and type (table event_minutes, minute = received_ms / this).
    static constexpr int kEventMinutesSince = 4;
    static constexpr qint64 kEventMinuteMs = 60'000;
    // The schema that indexes events and lookups for full-text search (events_fts, lookup_text, lookups_fts).
    static constexpr int kSearchSince = 5;
    // The schema that keeps the stats samples per minute (stats_minutes) and the index's words (event_words),
    // and prunes events_fts without a trigger.
    static constexpr int kMinutesAndWordsSince = 6;
    // The schema that says why each connection gap is there (connection_gaps.reason, dropped_events;
    // JournalGap) and when each session journaled (monitor_sessions).
    static constexpr int kGapReasonsSince = 7;
    // SQL of a stats sample's figures (subscribers, topics, published) over its column `data`, as the
    // per-minute rollup sums them.
    static QString sampleFigures();

    // Reads the version without writing anything: -1 with `error` set when the file is no SQLite database.
    static int versionOf(const QSqlDatabase& database, QString* error);
    // Upgrades `database` step by step. Reads before it writes: Failed and NewerThanOurs leave the file as
    // it was.
    static Result migrate(QSqlDatabase& database);
};

} // namespace dispatch
