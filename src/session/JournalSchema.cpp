// SPDX-License-Identifier: MIT
#include "session/JournalSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dispatch {

namespace {

// Each entry takes the schema one version up. Never edit a step that was released: add one.
// Times are milliseconds since the epoch (UTC) except an event's own ts, kept in microseconds because the
// server writes nanoseconds (RFC 3339 Nano, §5) and milliseconds would merge events of one burst.
const QList<QStringList> kSteps = {
    // 0 → 1: every event received, its columns taken from the envelope and the inner data (§5), the inner
    // data itself kept as received.
    {QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, received_ms INTEGER NOT NULL, "
                    "ts_us INTEGER NOT NULL, type TEXT NOT NULL, topic TEXT NOT NULL, subject_id TEXT, "
                    "name TEXT, step TEXT, queue TEXT, error TEXT, data TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX events_by_subject ON events (subject_id)")},
    // 1 → 2: when the monitor could not hear the server, so history says where it has holes; events by
    // time for windows of history.
    {QStringLiteral("CREATE TABLE connection_gaps (id INTEGER PRIMARY KEY, from_ms INTEGER NOT NULL, "
                    "to_ms INTEGER NOT NULL)"),
     QStringLiteral("CREATE INDEX events_by_time ON events (received_ms)")},
    // 2 → 3: what the monitor asked the server (stats samples by source: "dwp.stats", "rest.stats"; jobs,
    // runs
    // and timelines looked up, as the server answered) and what the operator did, with the outcome.
    {QStringLiteral("CREATE TABLE stats_samples (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, "
                    "source TEXT NOT NULL, data TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX stats_by_time ON stats_samples (source, at_ms)"),
     QStringLiteral(
         "CREATE TABLE lookups (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, kind TEXT NOT NULL, "
         "subject_id TEXT NOT NULL, data TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX lookups_by_subject ON lookups (subject_id)"),
     QStringLiteral(
         "CREATE TABLE operator_actions (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, who TEXT, "
         "action TEXT NOT NULL, target TEXT, succeeded INTEGER NOT NULL, detail TEXT)")},
    // 3 → 4: events counted per minute of arrival and type as they are written (JournalWriter), so that the
    // Stats page's 24 h and 7 d windows read a few thousand rows instead of every event (issue 19 item 6);
    // filled from the events already kept. 60000: JournalSchema::kEventMinuteMs.
    {QStringLiteral(
         "CREATE TABLE event_minutes (minute INTEGER NOT NULL, type TEXT NOT NULL, count INTEGER NOT "
         "NULL, PRIMARY KEY (minute, type)) WITHOUT ROWID"),
     QStringLiteral(
         "INSERT INTO event_minutes (minute, type, count) SELECT received_ms / 60000, type, COUNT(*) "
         "FROM events GROUP BY 1, 2")},
};

bool runStep(QSqlDatabase& database, int from, QString* error)
{
    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    QStringList statements = kSteps.at(from);
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(from + 1));
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            query.finish();
            database.rollback();
            return false;
        }
    }
    query.finish();
    if (!database.commit()) {
        *error = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

} // namespace

QStringList JournalSchema::stepFrom(int version)
{
    return version >= 0 && version < kSteps.size() ? kSteps.at(version) : QStringList();
}

int JournalSchema::currentVersion()
{
    return int(kSteps.size());
}

int JournalSchema::versionOf(const QSqlDatabase& database, QString* error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

JournalSchema::Result JournalSchema::migrate(QSqlDatabase& database)
{
    Result result;
    result.foundVersion = versionOf(database, &result.error);
    if (result.foundVersion < 0)
        return result;
    if (result.foundVersion > currentVersion()) {
        result.outcome = Outcome::NewerThanOurs;
        return result;
    }
    for (int version = result.foundVersion; version < currentVersion(); ++version) {
        if (!runStep(database, version, &result.error))
            return result;
    }
    result.outcome = Outcome::Ready;
    return result;
}

} // namespace dispatch
