// SPDX-License-Identifier: MIT
#include "session/JournalSchema.h"

#include "session/JournalLookupText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dispatch {

namespace {

// A stats sample's figures that the Stats page draws (dwp-protocol.md §3, ServerStats::toJson), as SQL over
// its `data`; a sample that is no JSON has none (json_extract would fail the statement).
constexpr char kSampleFigures[] =
    "CASE WHEN json_valid(data) THEN json_extract(data, '$.broker.subscriber_count') END AS subscribers, "
    "CASE WHEN json_valid(data) THEN json_extract(data, '$.broker.topic_count') END AS topics, "
    "CASE WHEN json_valid(data) THEN json_extract(data, '$.broker.total_published') END AS published";

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
    // 4 → 5: full-text search (issue 19 item 4, README "Journal"; JournalSearch reads it). events_fts indexes
    // the events' type, name, step, queue and error as external content (FTS5 keeps no copy: results are read
    // from the events rows), so it costs the index only; ids are not in it (a ULID is a word of its own per
    // job, which would make the index's word list as long as the table) and are searched through
    // events_by_subject. New events are indexed by the writer, one INSERT … SELECT per transaction
    // (JournalWriter::indexEvents), not by a trigger: SQLite 3.40's FTS5 writes its pending words out at
    // every
    // statement's savepoint, so a trigger per row made a segment per event and cost six times the insert
    // itself (bench_journal: 23 000 against 150 000 events per CPU second). Removing rows is a trigger, so
    // that any DELETE that prunes history (retention) prunes the index in its own transaction: an
    // external-content index must be told each removed row with the values it indexed, which a trigger has
    // as `old`. lookup_text holds what a lookup's answer says in words, base64 payloads decoded
    // (JournalLookupText; filled for the lookups already kept by fillLookupText below), indexed by
    // lookups_fts through triggers (a lookup is an operator's click, not a stream); deleting a lookup deletes
    // its text and so its index entries. columnsize=0: no table of words per row, which only ranking reads
    // (results come newest first, never by rank): 14 MB less per million events. unicode61 with
    // remove_diacritics 2: words regardless of case and
    // accents. The 'rebuild' indexes the events already kept, once, on the writer's thread.
    {QStringLiteral(
         "CREATE VIRTUAL TABLE events_fts USING fts5(type, name, step, queue, error, "
         "content='events', content_rowid='id', columnsize=0, tokenize='unicode61 remove_diacritics 2')"),
     QStringLiteral("CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
                    "INSERT INTO events_fts (events_fts, rowid, type, name, step, queue, error) "
                    "VALUES ('delete', old.id, old.type, old.name, old.step, old.queue, old.error); END"),
     QStringLiteral("INSERT INTO events_fts (events_fts) VALUES ('rebuild')"),
     QStringLiteral("CREATE TABLE lookup_text (id INTEGER PRIMARY KEY, name TEXT, queue TEXT, state TEXT, "
                    "error TEXT, body TEXT)"),
     QStringLiteral("CREATE VIRTUAL TABLE lookups_fts USING fts5(name, queue, state, error, body, "
                    "content='lookup_text', content_rowid='id', columnsize=0, tokenize='unicode61 "
                    "remove_diacritics 2')"),
     QStringLiteral("CREATE TRIGGER lookups_fts_insert AFTER INSERT ON lookup_text BEGIN "
                    "INSERT INTO lookups_fts (rowid, name, queue, state, error, body) "
                    "VALUES (new.id, new.name, new.queue, new.state, new.error, new.body); END"),
     QStringLiteral("CREATE TRIGGER lookups_fts_delete AFTER DELETE ON lookup_text BEGIN "
                    "INSERT INTO lookups_fts (lookups_fts, rowid, name, queue, state, error, body) "
                    "VALUES ('delete', old.id, old.name, old.queue, old.state, old.error, old.body); END"),
     QStringLiteral("CREATE TRIGGER lookup_text_prune AFTER DELETE ON lookups BEGIN "
                    "DELETE FROM lookup_text WHERE id = old.id; END")},
    // 5 → 6 (README "Journal"). Pruning tells events_fts the rows it removes itself, a chunk in one
    // statement (JournalWriter::deleteBefore): the delete trigger ran once per row, and SQLite 3.40's FTS5
    // wrote a segment per run, so retention fell from 38 600 to 10 000 rows/s and a batch waited up to
    // 690 ms behind a chunk. (contentless_delete, which would let FTS5 delete without the values, came
    // with SQLite 3.43; Debian 12 has 3.40.1.) Lookups keep their triggers: a lookup is an operator's click.
    // stats_minutes: the DWP and REST stats samples per minute of their time and source, the figures the
    // Stats page draws summed so that any bucket of whole minutes gives the same averages, spans and
    // growth as its samples (JournalReader::readSampleBuckets); written with each sample
    // (JournalWriter::writeRecords), filled here from the samples kept. The figures: kSampleFigures.
    // event_words: every word events_fts has indexed, once, so that a prefix typed in a search (queue*)
    // becomes the words it begins (JournalEventWords): FTS5 3.40 merges the lists of all those words
    // before its first result, 0.9 s for queue* over 10 000 000 events. Filled here from the index's own
    // vocabulary; the writer adds each transaction's new words (JournalWriter::collectWords).
    {QStringLiteral("DROP TRIGGER events_fts_delete"),
     QStringLiteral("CREATE TABLE stats_minutes (minute INTEGER NOT NULL, source TEXT NOT NULL, samples "
                    "INTEGER NOT NULL, subscribers_sum, subscribers_n INTEGER NOT NULL, topics_sum, topics_n "
                    "INTEGER NOT NULL, first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, published_min, "
                    "published_max, PRIMARY KEY (minute, source)) WITHOUT ROWID"),
     QStringLiteral("INSERT INTO stats_minutes (minute, source, samples, subscribers_sum, subscribers_n, "
                    "topics_sum, topics_n, first_ms, last_ms, published_min, published_max) SELECT at_ms / "
                    "60000, source, COUNT(*), SUM(subscribers), COUNT(subscribers), SUM(topics), "
                    "COUNT(topics), MIN(at_ms), MAX(at_ms), MIN(published), MAX(published) FROM (SELECT "
                    "at_ms, source, %1 FROM stats_samples) GROUP BY 1, 2")
         .arg(QLatin1String(kSampleFigures)),
     QStringLiteral("CREATE TABLE event_words (word TEXT PRIMARY KEY) WITHOUT ROWID"),
     QStringLiteral("CREATE VIRTUAL TABLE temp.events_fts_terms USING fts5vocab(main, events_fts, 'row')"),
     QStringLiteral("INSERT INTO event_words (word) SELECT term FROM temp.events_fts_terms"),
     QStringLiteral("DROP TABLE temp.events_fts_terms")},
    // 6 → 7 (README "Journal"): why history has each hole, so that the searches and the Stats page can say
    // it (JournalGap). reason: 'connection_lost', 'fell_behind' (the writer's inbox dropped the newest
    // batches), 'not_running' (no monitor journaled the profile); NULL in the rows of earlier versions,
    // which read as "not known". dropped_events: how many events a 'fell_behind' gap lost, else NULL.
    // gaps_by_end: the readers find the gaps that reach into a window (to_ms after its start), pruning
    // removes them by their end. monitor_sessions: when each session began journaling and, if it closed
    // cleanly, when it stopped, so that the next one knows since when no monitor was running
    // (JournalWriter::open).
    {QStringLiteral("ALTER TABLE connection_gaps ADD COLUMN reason TEXT"),
     QStringLiteral("ALTER TABLE connection_gaps ADD COLUMN dropped_events INTEGER"),
     QStringLiteral("CREATE INDEX gaps_by_end ON connection_gaps (to_ms)"),
     QStringLiteral("CREATE TABLE monitor_sessions (id INTEGER PRIMARY KEY, started_ms INTEGER NOT NULL, "
                    "closed_ms INTEGER)")},
    // 7 → 8 (README "Journal"): events by subject and type in place of by subject alone. The start's history
    // read (JournalReader::readEvents) takes the newest event of each type of each chosen job and run; with
    // the type in the index that is found in the index alone, where before every event of the 400 000
    // chosen was read from the table to see its type: 4.5 s of 7 s of SQL over bench_startup's
    // 10 000 000-event journal, 2.3 s after (sqlite3 shell, warm cache). It still finds a subject's events
    // (its first column); those come sorted by type, so a run's timeline read sorts its events by id, a
    // few thousand. Cost: the type in each entry, about 14 MB per million events; building it over
    // 10 000 000 events took 17 s, once, on the writer's thread.
    {QStringLiteral("CREATE INDEX events_by_subject_type ON events (subject_id, type)"),
     QStringLiteral("DROP INDEX events_by_subject")},
};

// The lookups kept before schema 5 get their text (JournalLookupText) in the step's transaction: decoding
// base64 takes C++, which SQLite's triggers cannot call.
bool fillLookupText(QSqlDatabase& database, QString* error)
{
    QSqlQuery read(database);
    read.setForwardOnly(true);
    QSqlQuery insert(database);
    if (!read.exec(QStringLiteral("SELECT id, kind, data FROM lookups ORDER BY id")) ||
        !insert.prepare(QStringLiteral(
            "INSERT INTO lookup_text (id, name, queue, state, error, body) VALUES (?, ?, ?, ?, ?, ?)"))) {
        *error = read.lastError().isValid() ? read.lastError().text() : insert.lastError().text();
        return false;
    }
    while (read.next()) {
        const JournalLookupText text =
            JournalLookupText::of(read.value(1).toString(), read.value(2).toString().toUtf8());
        insert.bindValue(0, read.value(0));
        insert.bindValue(1, text.name);
        insert.bindValue(2, text.queue);
        insert.bindValue(3, text.state);
        insert.bindValue(4, text.error);
        insert.bindValue(5, text.body);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

// What a step does beyond its SQL, in its transaction.
bool runFill(QSqlDatabase& database, int from, QString* error)
{
    return from != JournalSchema::kSearchSince - 1 || fillLookupText(database, error);
}

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
    if (!runFill(database, from, error)) {
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        *error = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

} // namespace

QString JournalSchema::sampleFigures()
{
    return QString::fromLatin1(kSampleFigures);
}

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
