// SPDX-License-Identifier: MIT
#include "session/JournalReader.h"

#include "models/StatsHistory.h"
#include "protocol/EventType.h"
#include "session/JournalEventColumns.h"
#include "session/JournalListSample.h"
#include "session/JournalPreviousSession.h"
#include "session/JournalSchema.h"
#include "session/JournalStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace dispatch {

namespace {

// Job and run ids carry their kind as a prefix (dwp-protocol.md §4: job_<26 base32>, wfrun_<26 base32>), so
// a range of the events_by_subject index holds one kind's events and the newest of them are found without
// reading every row.
const QString kJobPrefix = QStringLiteral("job_");
const QString kRunPrefix = QStringLiteral("wfrun_");
// The schema that added lookups (JournalSchema, step 2 → 3); older files have events only.
constexpr int kLookupsSince = 3;

// The first id after every id with `prefix`: "job_" → "job`" (the next character in ASCII).
QString endOfPrefix(const QString& prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

// Columns: received_ms, ts_us, type, topic, data.
dwp::StreamEvent eventOfRow(const QSqlQuery& query)
{
    dwp::StreamEvent event;
    event.ts = JournalEventColumns::timestampOf(query.value(1).toLongLong());
    event.type = query.value(2).toString();
    event.topic = query.value(3).toString();
    event.data = query.value(4).toString().toUtf8();
    return event;
}

// The same columns through SQLite's own API (JournalStatement): the reads of thousands of rows at start.
dwp::StreamEvent eventOfRow(const JournalStatement& row)
{
    dwp::StreamEvent event;
    event.ts = JournalEventColumns::timestampOf(row.integerAt(1));
    event.type = row.textAt(2);
    event.topic = row.textAt(3);
    event.data = row.bytesAt(4);
    return event;
}

} // namespace

JournalReader::JournalReader(const QString& filePath)
    : m_connection(filePath, QStringLiteral("reader")), m_error(m_connection.error()),
      m_version(m_connection.version()), m_open(m_connection.supports(1))
{
}

JournalReader::~JournalReader() = default;

bool JournalReader::fail(const QString& what)
{
    m_error = what;
    return false;
}

JournalSnapshot JournalReader::recent(int limit)
{
    return readRecent(limit, Bounds());
}

JournalSnapshot JournalReader::recentAfter(int limit, const JournalSnapshot& newer)
{
    Bounds bounds;
    bounds.lastEventId = newer.lastEventId;
    bounds.lastLookupId = newer.lastLookupId;
    for (const QStringList* ids : {&newer.jobIds, &newer.runIds})
        for (const QString& id : *ids)
            bounds.skip.insert(id);
    return readRecent(limit, bounds);
}

JournalSnapshot JournalReader::readRecent(int limit, const Bounds& bounds)
{
    JournalSnapshot snapshot;
    snapshot.newerSchema = isNewerSchema();
    if (!m_open || limit <= 0) {
        snapshot.error = m_error;
        return snapshot;
    }
    QSqlQuery table(readConnection());
    // A temporary table lives in the connection's own temp database, which a read-only connection may write.
    if (!readLastIds(&snapshot) ||
        !table.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS chosen (subject_id TEXT PRIMARY KEY)")) ||
        !table.exec(QStringLiteral("DELETE FROM temp.chosen")) ||
        !chooseNewest(kJobPrefix, QStringLiteral("job"), limit, bounds, &snapshot.jobIds) ||
        !chooseNewest(kRunPrefix, QStringLiteral("run"), limit, bounds, &snapshot.runIds) ||
        !readEvents(&snapshot) || !readLookups(QStringLiteral("job"), &snapshot) ||
        !readLookups(QStringLiteral("run"), &snapshot)) {
        if (m_error.isEmpty())
            m_error = table.lastError().text();
        snapshot.error = m_error;
        return snapshot;
    }
    snapshot.lastEventId = std::min(snapshot.lastEventId, bounds.lastEventId);
    snapshot.lastLookupId = std::min(snapshot.lastLookupId, bounds.lastLookupId);
    snapshot.asOfMs = newestRecordMs();
    return snapshot;
}

bool JournalReader::readLastIds(JournalSnapshot* snapshot)
{
    // The primary keys' last entries: one step each, however large the file.
    QSqlQuery query(readConnection());
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM events")))
        return fail(query.lastError().text());
    if (query.next())
        snapshot->lastEventId = query.value(0).toLongLong();
    if (m_version >= kLookupsSince) {
        if (!query.exec(QStringLiteral("SELECT MAX(id) FROM lookups")))
            return fail(query.lastError().text());
        if (query.next())
            snapshot->lastLookupId = query.value(0).toLongLong();
    }
    return true;
}

bool JournalReader::chooseNewest(const QString& idPrefix, const QString& lookupKind, int limit,
                                 const Bounds& bounds, QStringList* newestFirst)
{
    const QSqlDatabase database = readConnection();
    // The events newest first in the table's own order (by id: by arrival), the first sighting of each job
    // (or run) being its last event, until `limit` distinct ones are found: a walk that stops, however large
    // the file. NOT INDEXED keeps SQLite off events_by_subject for the range. Grouping every event of the
    // kind by subject and sorting the groups, as this did, read all of them: 15 s for 8 000 000 job events
    // (bench_startup's 10 000 000-event journal).
    struct Seen
    {
        qint64 lastMs = 0;
        qint64 lastId = 0; // 0: seen in a lookup only
    };
    // Keyed by the id's UTF-8 bytes as stored: no UTF-16 copy of each of the million rows a walk can read.
    QHash<QByteArray, Seen> seen;
    QList<QByteArray> order; // by the walk: newest first
    JournalStatement walk;
    if (!walk.prepare(database, "SELECT subject_id, received_ms, id FROM events NOT INDEXED WHERE "
                                "id <= ?1 AND subject_id >= ?2 AND subject_id < ?3 ORDER BY id DESC"))
        return fail(walk.error());
    const QByteArray from = idPrefix.toUtf8();
    const QByteArray to = endOfPrefix(idPrefix).toUtf8();
    walk.bind(1, bounds.lastEventId);
    walk.bindText(2, from);
    walk.bindText(3, to);
    while (seen.size() < limit && walk.next()) {
        QByteArray id = walk.bytesAt(0);
        if (seen.contains(id))
            continue;
        seen.insert(id, Seen{walk.integerAt(1), walk.integerAt(2)});
        order.append(std::move(id));
    }
    if (!walk.error().isEmpty())
        return fail(walk.error());
    walk.finalize();
    // Lookups count as being seen (a job opened by id): those since the last time of the oldest one kept (all
    // of them when fewer than `limit` were found), newest first by id, which grows with time.
    if (m_version >= kLookupsSince) {
        const qint64 since =
            seen.size() < limit ? std::numeric_limits<qint64>::min() : seen.value(order.last()).lastMs;
        QSqlQuery lookups(database);
        lookups.setForwardOnly(true);
        if (!lookups.prepare(QStringLiteral(
                "SELECT subject_id, at_ms FROM lookups WHERE id <= ? AND kind = ? ORDER BY id DESC")))
            return fail(lookups.lastError().text());
        lookups.addBindValue(bounds.lastLookupId);
        lookups.addBindValue(lookupKind);
        if (!lookups.exec())
            return fail(lookups.lastError().text());
        while (lookups.next()) {
            const qint64 atMs = lookups.value(1).toLongLong();
            if (atMs < since)
                break;
            const QByteArray id = lookups.value(0).toString().toUtf8();
            auto it = seen.find(id);
            if (it == seen.end()) {
                seen.insert(id, Seen{atMs, 0});
                order.append(id);
            } else if (atMs > it->lastMs) {
                it->lastMs = atMs;
            }
        }
    }
    // By the last time anything of them was journaled; the walk's order among equals.
    std::stable_sort(order.begin(), order.end(), [&seen](const QByteArray& a, const QByteArray& b) {
        const Seen& first = seen[a];
        const Seen& second = seen[b];
        return first.lastMs != second.lastMs ? first.lastMs > second.lastMs : first.lastId > second.lastId;
    });
    if (order.size() > limit)
        order.resize(limit);
    // Those an earlier read had count among the newest, but are not read again.
    QStringList chosen;
    chosen.reserve(order.size());
    for (const QByteArray& id : std::as_const(order)) {
        QString text = QString::fromUtf8(id);
        if (!bounds.skip.contains(text))
            chosen.append(std::move(text));
    }
    newestFirst->append(chosen);
    // One statement over a JSON array of the ids: QSqlQuery::execBatch, which this used, is emulated by Qt's
    // SQLite driver and copies the whole list of values for every row it binds — quadratic: choosing the
    // newest 200 000 jobs of a 10 000 000-event journal took minutes (bench_startup's journal variant).
    QJsonArray ids;
    for (const QString& id : std::as_const(chosen))
        ids.append(id);
    QSqlQuery insert(database);
    if (!insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO temp.chosen (subject_id) SELECT value FROM json_each(?)")))
        return fail(insert.lastError().text());
    insert.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    return insert.exec() || fail(insert.lastError().text());
}

bool JournalReader::readEvents(JournalSnapshot* snapshot)
{
    JournalStatement query;
    // Not every event of each job and run, only those its row is made of (JobTable::applySignal,
    // WorkflowRunsModel::applyEvent): the latest of each type — the state, the last start, the highest
    // attempt, the outcome with its time and error, the current step, the failed step — and the earliest
    // job.enqueued and workflow.started (the row keeps the first enqueue and start). Replayed in the order
    // they arrived they make the same row as all of them (a test compares both), in fewer turns of the GUI
    // thread: a job retried or a run of many steps comes back as a handful of events. The inner selects are
    // answered from events_by_subject_type alone (schema 8).
    if (!query.prepare(readConnection(),
                       "SELECT received_ms, ts_us, type, topic, data FROM events WHERE id IN ("
                       "SELECT MAX(id) FROM events WHERE subject_id IN (SELECT subject_id FROM temp.chosen) "
                       "GROUP BY subject_id, type UNION ALL "
                       "SELECT MIN(id) FROM events WHERE subject_id IN (SELECT subject_id FROM temp.chosen) "
                       "AND type IN (?1, ?2) GROUP BY subject_id, type) ORDER BY id"))
        return fail(query.error());
    const QByteArray enqueued = dwp::EventType::JobEnqueued.toUtf8();
    const QByteArray started = dwp::EventType::WorkflowStarted.toUtf8();
    query.bindText(1, enqueued);
    query.bindText(2, started);
    while (query.next()) {
        const qint64 receivedMs = query.integerAt(0);
        if (snapshot->oldestMs == 0 || receivedMs < snapshot->oldestMs)
            snapshot->oldestMs = receivedMs;
        snapshot->events.append(eventOfRow(query));
    }
    return query.error().isEmpty() || fail(query.error());
}

bool JournalReader::readLookups(const QString& lookupKind, JournalSnapshot* snapshot)
{
    if (m_version < kLookupsSince)
        return true;
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    // The last answer per job or run: it is the newest the monitor knew, and the models merge it by its
    // updated_at against the events (JobsModel::upsertJob).
    if (!query.prepare(QStringLiteral("SELECT data FROM lookups WHERE id IN (SELECT MAX(id) FROM lookups "
                                      "WHERE kind = ? AND subject_id IN (SELECT subject_id FROM temp.chosen) "
                                      "GROUP BY subject_id) ORDER BY id")))
        return fail(query.lastError().text());
    query.addBindValue(lookupKind);
    if (!query.exec())
        return fail(query.lastError().text());
    const bool jobs = lookupKind == u"job";
    while (query.next()) {
        const QByteArray json = query.value(0).toString().toUtf8();
        if (jobs) {
            if (auto job = dwp::Job::parse(json))
                snapshot->jobs.append(std::move(job).value());
        } else if (auto run = dwp::WorkflowRun::parse(json)) {
            snapshot->runs.append(std::move(run).value());
        }
    }
    return true;
}

qint64 JournalReader::newestRecordMs()
{
    QSqlQuery query(readConnection());
    qint64 newest = 0;
    // MAX over the events_by_time index; lookups by their id, which grows with time.
    if (query.exec(QStringLiteral("SELECT MAX(received_ms) FROM events")) && query.next())
        newest = query.value(0).toLongLong();
    if (m_version >= kLookupsSince &&
        query.exec(QStringLiteral("SELECT at_ms FROM lookups ORDER BY id DESC LIMIT 1")) && query.next())
        newest = std::max(newest, query.value(0).toLongLong());
    return newest;
}

JournalRecentState JournalReader::recentState(int eventLimit)
{
    JournalRecentState state;
    state.newerSchema = isNewerSchema();
    if (!m_open) {
        state.error = m_error;
        return state;
    }
    if (eventLimit > 0 && !readNewestEvents(eventLimit, &state)) {
        state.error = m_error;
        return state;
    }
    if (m_version < kLookupsSince) // no stats_samples before schema 3
        return state;
    // Each answer parsed as the server's would be; one that does not parse is left out, as if not kept.
    qint64 at = 0;
    QByteArray json;
    if (newestSample(JournalRecentState::kDwpStats, &at, &json)) {
        if (auto stats = dwp::ServerStats::parse(json)) {
            state.stats = std::move(stats).value();
            state.statsAtMs = at;
        }
    }
    if (newestSample(JournalRecentState::kRestTotals, &at, &json)) {
        if (auto totals = dwp::AdminStats::parse(json)) {
            state.totals = std::move(totals).value();
            state.totalsAtMs = at;
        }
    }
    if (newestSample(JournalRecentState::kDlqCount, &at, &json)) {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (document.isObject() && document.object().value(QStringLiteral("count")).isDouble()) {
            state.dlqCount = document.object().value(QStringLiteral("count")).toInteger();
            state.dlqCountAtMs = at;
        }
    }
    if (newestSample(JournalRecentState::kDlqList, &at, &json)) {
        state.dlqList = JournalListSample::parseDeadLetters(json);
        state.dlqListAtMs = state.dlqList ? at : 0;
    }
    if (newestSample(JournalRecentState::kCronList, &at, &json)) {
        state.cronList = JournalListSample::parseCrons(json);
        state.cronListAtMs = state.cronList ? at : 0;
    }
    return state;
}

bool JournalReader::readNewestEvents(int limit, JournalRecentState* state)
{
    JournalStatement query;
    if (!query.prepare(readConnection(),
                       "SELECT received_ms, ts_us, type, topic, data FROM events ORDER BY id DESC LIMIT ?1"))
        return fail(query.error());
    query.bind(1, limit);
    state->events.reserve(limit);
    while (query.next()) {
        state->eventsAsOfMs = std::max(state->eventsAsOfMs, query.integerAt(0));
        state->events.append(eventOfRow(query));
    }
    if (!query.error().isEmpty())
        return fail(query.error());
    std::reverse(state->events.begin(), state->events.end()); // oldest first, as they arrived
    return true;
}

bool JournalReader::newestSample(const char* source, qint64* atMs, QByteArray* json)
{
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT at_ms, data FROM stats_samples WHERE source = ? "
                                      "ORDER BY at_ms DESC, id DESC LIMIT 1")))
        return fail(query.lastError().text());
    query.addBindValue(QString::fromLatin1(source));
    if (!query.exec() || !query.next())
        return false;
    *atMs = query.value(0).toLongLong();
    *json = query.value(1).toString().toUtf8();
    return true;
}

JournalRunHistory JournalReader::run(const QString& runId, int eventLimit)
{
    JournalRunHistory history;
    if (!m_open || !readSubjectEvents(runId, eventLimit, &history.events, &history.asOfMs) ||
        m_version < kLookupsSince)
        return history;
    QSqlQuery lookups(readConnection());
    lookups.setForwardOnly(true);
    lookups.prepare(
        QStringLiteral("SELECT kind, at_ms, data FROM lookups WHERE id IN (SELECT MAX(id) FROM "
                       "lookups WHERE subject_id = ? AND kind IN ('run', 'timeline') GROUP BY kind)"));
    lookups.addBindValue(runId);
    if (!lookups.exec()) {
        m_error = lookups.lastError().text();
        return history;
    }
    while (lookups.next()) {
        const QByteArray json = lookups.value(2).toString().toUtf8();
        if (lookups.value(0).toString() == u"run") {
            if (auto run = dwp::WorkflowRun::parse(json))
                history.run = std::move(run).value();
        } else if (auto entries = dwp::TimelineEntry::parseList(json)) {
            history.timeline = std::move(entries).value();
        }
        history.asOfMs = std::max(history.asOfMs, lookups.value(1).toLongLong());
    }
    return history;
}

bool JournalReader::readSubjectEvents(const QString& subjectId, int limit, QList<dwp::StreamEvent>* events,
                                      qint64* asOfMs)
{
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    // events_by_subject, newest first up to the limit, then put back in the order they arrived.
    query.prepare(QStringLiteral("SELECT received_ms, ts_us, type, topic, data FROM (SELECT id, received_ms, "
                                 "ts_us, type, topic, data FROM events WHERE subject_id = ? ORDER BY id DESC "
                                 "LIMIT ?) ORDER BY id"));
    query.addBindValue(subjectId);
    query.addBindValue(limit);
    if (!query.exec())
        return fail(query.lastError().text());
    while (query.next()) {
        *asOfMs = std::max(*asOfMs, query.value(0).toLongLong());
        events->append(eventOfRow(query));
    }
    return true;
}

JournalSnapshot JournalReader::job(const QString& jobId, int eventLimit)
{
    JournalSnapshot snapshot;
    if (!m_open || !readSubjectEvents(jobId, eventLimit, &snapshot.events, &snapshot.asOfMs)) {
        snapshot.error = m_error;
        return snapshot;
    }
    if (m_version >= kLookupsSince) {
        QSqlQuery lookup(readConnection());
        lookup.setForwardOnly(true);
        lookup.prepare(QStringLiteral("SELECT at_ms, data FROM lookups WHERE subject_id = ? AND kind = 'job' "
                                      "ORDER BY id DESC LIMIT 1"));
        lookup.addBindValue(jobId);
        if (!lookup.exec()) {
            snapshot.error = lookup.lastError().text();
            return snapshot;
        }
        if (lookup.next()) {
            snapshot.asOfMs = std::max(snapshot.asOfMs, lookup.value(0).toLongLong());
            if (auto job = dwp::Job::parse(lookup.value(1).toString().toUtf8()))
                snapshot.jobs.append(std::move(job).value());
        }
    }
    if (!snapshot.events.isEmpty() || !snapshot.jobs.isEmpty())
        snapshot.jobIds = QStringList{jobId};
    return snapshot;
}

QHash<QString, QList<QPointF>> JournalReader::statsWindow(qint64 fromMs, qint64 toMs, qint64 bucketMs)
{
    QHash<QString, QList<QPointF>> series;
    if (!m_open || bucketMs <= 0 || toMs <= fromMs)
        return series;
    readEventBuckets(fromMs, toMs, bucketMs, gaps(fromMs, toMs), &series);
    if (m_version >= kLookupsSince) // stats samples came with the lookups (schema 3)
        readSampleBuckets(fromMs, toMs, bucketMs, &series);
    return series;
}

QList<JournalGap> JournalReader::gaps(qint64 fromMs, qint64 toMs)
{
    QList<JournalGap> holes;
    if (!m_open || m_version < 2) // connection_gaps came with schema 2
        return holes;
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    const QString why = m_version >= JournalSchema::kGapReasonsSince
                            ? QStringLiteral("reason, dropped_events")
                            : QStringLiteral("NULL, NULL");
    // Few rows (a reconnect, a restart, an episode of a writer behind each); by their end through
    // gaps_by_end.
    query.prepare(
        QStringLiteral("SELECT from_ms, to_ms, %1 FROM connection_gaps WHERE to_ms > ? AND from_ms < "
                       "? ORDER BY from_ms, id")
            .arg(why));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return holes;
    }
    while (query.next()) {
        JournalGap gap;
        gap.fromMs = query.value(0).toLongLong();
        gap.toMs = query.value(1).toLongLong();
        gap.reason = JournalGap::fromCode(query.value(2).toString());
        gap.droppedEvents = query.isNull(3) ? -1 : query.value(3).toLongLong();
        holes.append(gap);
    }
    return holes;
}

QList<JournalGap> JournalReader::holesSince(qint64 afterMs, qint64 sessionStartMs)
{
    QList<JournalGap> holes;
    if (!m_open || afterMs <= 0 || sessionStartMs <= afterMs)
        return holes;
    // Those recorded before this session began; the hole its writer records as it opens ends at its start
    // exactly, and is worked out below whether or not it is written yet.
    const QList<JournalGap> recorded = gaps(afterMs, sessionStartMs);
    for (const JournalGap& gap : recorded) {
        if (gap.toMs < sessionStartMs)
            holes.append(gap);
    }
    const std::optional<qint64> previousEndMs =
        JournalPreviousSession::endMs(readConnection(), sessionStartMs);
    if (previousEndMs && sessionStartMs - *previousEndMs >= JournalGap::kShortestRecordedMs)
        holes.append({*previousEndMs, sessionStartMs, JournalGap::Reason::NotRunning});
    return holes;
}

void JournalReader::readEventBuckets(qint64 fromMs, qint64 toMs, qint64 bucketMs,
                                     const QList<JournalGap>& holes, QHash<QString, QList<QPointF>>* series)
{
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    // By arrival time, as StatsHistory counts live events (a skewed server clock cannot misplace them).
    // Buckets of whole minutes come from the per-minute counts (a week: about 10 000 minutes × types);
    // shorter ones count the events themselves through the events_by_time index.
    constexpr qint64 kMinute = JournalSchema::kEventMinuteMs;
    if (m_version >= JournalSchema::kEventMinutesSince && bucketMs % kMinute == 0 && fromMs % kMinute == 0) {
        query.prepare(
            QStringLiteral("SELECT (minute * %1 - :from) / :bucket AS b, type, SUM(count) FROM "
                           "event_minutes WHERE minute >= :first AND minute < :end GROUP BY b, type")
                .arg(kMinute));
        query.bindValue(QStringLiteral(":first"), fromMs / kMinute);
        query.bindValue(QStringLiteral(":end"), (toMs + kMinute - 1) / kMinute);
    } else {
        query.prepare(
            QStringLiteral("SELECT (received_ms - :from) / :bucket AS b, type, COUNT(*) FROM events "
                           "WHERE received_ms >= :from AND received_ms < :to GROUP BY b, type"));
        query.bindValue(QStringLiteral(":to"), toMs);
    }
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":bucket"), bucketMs);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return;
    }
    QHash<QString, QHash<qint64, qint64>> countsByKey; // series key → bucket → events
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = -1;
    while (query.next()) {
        const qint64 bucket = query.value(0).toLongLong();
        const QString type = query.value(1).toString();
        const qint64 count = query.value(2).toLongLong();
        first = std::min(first, bucket);
        last = std::max(last, bucket);
        countsByKey[StatsHistory::eventRateKey(type)][bucket] += count;
        if (const QString outcome = StatsHistory::outcomeSeriesFor(type); !outcome.isEmpty())
            countsByKey[outcome][bucket] += count;
    }
    // A bucket without events of a kind is a zero, between the first and the last bucket that had any —
    // unless the whole bucket lies in a hole in the history: nobody counted there, so it has no point.
    const auto inHole = [&holes, fromMs, bucketMs](qint64 bucket) {
        const qint64 start = fromMs + bucket * bucketMs;
        return std::any_of(holes.cbegin(), holes.cend(), [start, bucketMs](const JournalGap& gap) {
            return gap.fromMs <= start && gap.toMs >= start + bucketMs;
        });
    };
    const double perSecond = 1000.0 / double(bucketMs);
    for (auto it = countsByKey.cbegin(); it != countsByKey.cend(); ++it) {
        const bool isRate = it.key().startsWith(StatsHistory::eventRateKey({}));
        QList<QPointF>& points = (*series)[it.key()];
        for (qint64 bucket = first; bucket <= last; ++bucket) {
            if (!it.value().contains(bucket) && inHole(bucket))
                continue;
            const double count = double(it.value().value(bucket));
            points.append(QPointF(double(fromMs + bucket * bucketMs), isRate ? count * perSecond : count));
        }
    }
}

void JournalReader::readSampleBuckets(qint64 fromMs, qint64 toMs, qint64 bucketMs,
                                      QHash<QString, QList<QPointF>>* series)
{
    constexpr qint64 kMinute = JournalSchema::kEventMinuteMs;
    if (m_version >= JournalSchema::kMinutesAndWordsSince && bucketMs % kMinute == 0 &&
        fromMs % kMinute == 0) {
        readSampleMinutes(fromMs, toMs, bucketMs, series);
        return;
    }
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    // Each sample is the stats reply as JSON (dwp-protocol.md §3, ServerStats::toJson); json_extract is in
    // every SQLite since 3.38. Deliveries per second: the growth of total_published over the bucket's first
    // and last sample; a bucket in which the server restarted (the total fell) has none.
    query.prepare(QStringLiteral(
        "SELECT (at_ms - :from) / :bucket AS b, AVG(json_extract(data, '$.broker.subscriber_count')), "
        "AVG(json_extract(data, '$.broker.topic_count')), MIN(at_ms), MAX(at_ms), "
        "MIN(json_extract(data, '$.broker.total_published')), MAX(json_extract(data, "
        "'$.broker.total_published')) FROM stats_samples WHERE source = 'dwp.stats' AND at_ms >= :from AND "
        "at_ms < :to GROUP BY b ORDER BY b"));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    query.bindValue(QStringLiteral(":bucket"), bucketMs);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return;
    }
    while (query.next()) {
        const double x = double(fromMs + query.value(0).toLongLong() * bucketMs);
        (*series)[StatsHistory::SubscriberCount].append(QPointF(x, query.value(1).toDouble()));
        (*series)[StatsHistory::TopicCount].append(QPointF(x, query.value(2).toDouble()));
        const qint64 spanMs = query.value(4).toLongLong() - query.value(3).toLongLong();
        const qint64 published = query.value(6).toLongLong() - query.value(5).toLongLong();
        if (spanMs > 0 && published >= 0)
            (*series)[StatsHistory::PublishedPerSecond].append(
                QPointF(x, double(published) * 1000.0 / double(spanMs)));
    }
}

void JournalReader::readSampleMinutes(qint64 fromMs, qint64 toMs, qint64 bucketMs,
                                      QHash<QString, QList<QPointF>>* series)
{
    // readSampleBuckets' figures from the per-minute sums (stats_minutes, schema 6): a week is 10 080 rows
    // instead of 120 960 samples' JSON to parse. Whole minutes before toMs come from their sums, the samples
    // of a last minute that toMs cuts from themselves. Per bucket: the sums and counts of connections and
    // topics (an average as SQLite's AVG takes it: the sum over the count of values), the first and last
    // sample's time, the lowest and highest total published — the same figures as from the samples.
    constexpr qint64 kMinute = JournalSchema::kEventMinuteMs;
    const qint64 wholeEnd = std::max(toMs / kMinute, fromMs / kMinute);
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT b, SUM(ss), SUM(sn), SUM(ts), SUM(tn), MIN(f), MAX(l), MIN(pl), MAX(ph) FROM (SELECT "
            "(minute * %1 - :from) / :bucket AS b, subscribers_sum AS ss, subscribers_n AS sn, topics_sum AS "
            "ts, topics_n AS tn, first_ms AS f, last_ms AS l, published_min AS pl, published_max AS ph FROM "
            "stats_minutes WHERE source = 'dwp.stats' AND minute >= :first AND minute < :wholeEnd UNION ALL "
            "SELECT (at_ms - :from) / :bucket, subscribers, subscribers IS NOT NULL, topics, topics IS NOT "
            "NULL, at_ms, at_ms, published, published FROM (SELECT at_ms, %2 FROM stats_samples WHERE source "
            "= 'dwp.stats' AND at_ms >= :tailFrom AND at_ms < :to)) GROUP BY b ORDER BY b")
            .arg(kMinute)
            .arg(JournalSchema::sampleFigures()));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":bucket"), bucketMs);
    query.bindValue(QStringLiteral(":first"), fromMs / kMinute);
    query.bindValue(QStringLiteral(":wholeEnd"), wholeEnd);
    query.bindValue(QStringLiteral(":tailFrom"), std::max(fromMs, wholeEnd * kMinute));
    query.bindValue(QStringLiteral(":to"), toMs);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return;
    }
    const auto average = [&query](int sum, int count) {
        const qint64 values = query.value(count).toLongLong();
        return values > 0 ? query.value(sum).toDouble() / double(values) : 0.0;
    };
    while (query.next()) {
        const double x = double(fromMs + query.value(0).toLongLong() * bucketMs);
        (*series)[StatsHistory::SubscriberCount].append(QPointF(x, average(1, 2)));
        (*series)[StatsHistory::TopicCount].append(QPointF(x, average(3, 4)));
        const qint64 spanMs = query.value(6).toLongLong() - query.value(5).toLongLong();
        const qint64 published = query.value(8).toLongLong() - query.value(7).toLongLong();
        if (spanMs > 0 && published >= 0)
            (*series)[StatsHistory::PublishedPerSecond].append(
                QPointF(x, double(published) * 1000.0 / double(spanMs)));
    }
}

} // namespace dispatch
