// SPDX-License-Identifier: MIT
#include "session/JournalSearch.h"

#include "session/JournalEventWords.h"
#include "session/JournalSchema.h"
#include "session/OnWorkerThread.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>
#include <qcoro/qcorofuture.h>

namespace dispatch {

namespace {

using Hit = JournalSearchPage::Hit;

constexpr qint64 kNewest = std::numeric_limits<qint64>::max();
// A keyset position before every row: ids start at 1. A stream whose last rows a page took ends here.
constexpr qint64 kExhausted = 1;

// A whole TypeID of a job or run (dwp-protocol.md §4: <prefix>_<26 Crockford base32>).
bool isSubjectId(const QString& word)
{
    static const QRegularExpression id(QStringLiteral("^(job|wfrun)_[0-9a-z]{26}$"));
    return id.match(word).hasMatch();
}

bool hasLetterOrDigit(const QString& word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quoted(QString word)
{
    return u'"' + word.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// The first id after every id with `prefix`: "job_" → "job`" (as JournalReader).
QString endOfPrefix(const QString& prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

// SQL that keeps rows whose type is one of `types` (families by their prefix), binding :type<n>.
QString typeCondition(const QString& column, const QStringList& types, QVariantMap* binds)
{
    QStringList alternatives;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString name = QStringLiteral(":type%1").arg(i);
        binds->insert(name, types.at(i));
        alternatives.append(
            types.at(i).endsWith(u'.')
                ? QStringLiteral("substr(%1, 1, %2) = %3").arg(column).arg(types.at(i).size()).arg(name)
                : QStringLiteral("%1 = %2").arg(column, name));
    }
    return u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

// Whether the lookup `lookup` goes before the event `event` in a page: it arrived later (at the same
// millisecond, the event first).
bool newerThan(const Hit& lookup, const Hit& event)
{
    return lookup.receivedMs > event.receivedMs;
}

// Prepares `sql` forward-only, binds `binds` by name and runs it; false, with SQLite's words in `error`, when
// it could not.
bool runSelect(QSqlQuery& select, const QString& sql, const QVariantMap& binds, QString* error)
{
    select.setForwardOnly(true);
    if (!select.prepare(sql)) {
        *error = select.lastError().text();
        return false;
    }
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        select.bindValue(it.key(), it.value());
    if (!select.exec()) {
        *error = select.lastError().text();
        return false;
    }
    return true;
}

} // namespace

JournalSearchQuery JournalSearchQuery::fromTyped(const QString& typed)
{
    JournalSearchQuery query;
    QStringList words;
    for (const QString& word : typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (query.subjectId.isEmpty() && isSubjectId(word.toLower()))
            query.subjectId = word.toLower();
        else
            words.append(word);
    }
    query.text = words.join(u' ');
    return query;
}

QString JournalSearch::matchExpression(const QString& text)
{
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (terms.size() == kMaxWords)
            break;
        bool prefix = false;
        while (word.endsWith(u'*')) {
            word.chop(1);
            prefix = true;
        }
        if (hasLetterOrDigit(word))
            terms.append(quoted(word) + (prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(QStringLiteral(" AND "));
}

QString JournalSearch::typeExpression(const QStringList& types)
{
    // ^ anchors a phrase at the column's first word: "job.failed" → ^"job.failed" matches that type only,
    // "job." → ^"job." every job event (the tokenizer reads "job.failed" as the words job, failed).
    QStringList phrases;
    for (const QString& type : types) {
        if (hasLetterOrDigit(type))
            phrases.append(u'^' + quoted(type));
    }
    return phrases.isEmpty() ? QString()
                             : QStringLiteral("type : (%1)").arg(phrases.join(QStringLiteral(" OR ")));
}

JournalSearch::JournalSearch(const QString& filePath)
    : m_connection(filePath, QStringLiteral("search")), m_error(m_connection.error()),
      m_version(m_connection.version()), m_open(m_connection.supports(JournalSchema::kSearchSince))
{
    // A file there but older than the index (read-only: the writer's migration adds it): said as such.
    if (m_connection.isConnected() && m_version >= 0 && m_version < JournalSchema::kSearchSince)
        m_error = QStringLiteral("the journal is at schema %1 and has no search index yet").arg(m_version);
}

JournalSearch::~JournalSearch() = default;

bool JournalSearch::fail(const QString& what)
{
    m_error = what;
    return false;
}

QCoro::Task<JournalSearchPage> JournalSearch::pageOnWorkerThread(QString filePath, JournalSearchQuery query)
{
    QFuture<JournalSearchPage> reading =
        onWorkerThread<JournalSearchPage>([filePath, query] { return JournalSearch(filePath).page(query); });
    co_return co_await reading;
}

JournalSearchPage JournalSearch::page(const JournalSearchQuery& query)
{
    JournalSearchPage page;
    page.next = query;
    if (!m_open) {
        page.error = m_error;
        return page;
    }
    const int limit = std::clamp(query.pageSize, 1, kMaxPageSize);
    const QString words = matchExpression(query.text);
    // Prefixes as the words they begin (schema 6, JournalEventWords): the same events, read newest first.
    QString eventMatch = m_version >= JournalSchema::kMinutesAndWordsSince
                             ? JournalEventWords::matchExpression(readConnection(), query.text)
                             : words;
    if (const QString types = typeExpression(query.types); !types.isEmpty())
        eventMatch = words.isEmpty() ? types : QStringLiteral("(%1) AND %2").arg(words, types);
    if (query.forExport) {
        // One stream, oldest first: the page is what it read, and the next starts after its last event.
        if (!readEvents(query, eventMatch, limit, &page.hits)) {
            page.error = m_error;
            return page;
        }
        if (!page.hits.isEmpty())
            page.next.afterEventId = page.hits.constLast().rowId;
        page.atEnd = page.hits.size() < limit;
        return page;
    }
    // Lookups have no event type; and without words or an id, a search lists events only.
    const bool lookupsToo = query.types.isEmpty() && (!words.isEmpty() || !query.subjectId.isEmpty()) &&
                            query.beforeLookupId != kExhausted;
    QList<Hit> events;
    QList<Hit> lookups;
    QList<Hit> gaps;
    if ((query.beforeEventId != kExhausted && !readEvents(query, eventMatch, limit, &events)) ||
        (lookupsToo && !readLookups(words, query, limit, &lookups)) ||
        (!query.gapsDone && !readGaps(query, limit, &gaps))) {
        page.error = m_error;
        return page;
    }
    // Each stream is newest first by its id (the holes by their end); the page is the newest `limit` of
    // them, merged by arrival, and each stream's keyset moves past what the page took of it (a merge, not a
    // sort: a clock set back while journaling must not reorder a stream against its ids). At the same
    // millisecond an event goes first, then a lookup, then a hole: the first batch after a reconnect arrives
    // when the gap ends, and is newer.
    qsizetype e = 0;
    qsizetype l = 0;
    qsizetype g = 0;
    while (page.hits.size() < limit && (e < events.size() || l < lookups.size() || g < gaps.size())) {
        QList<Hit>* from = e < events.size() ? &events : nullptr;
        qsizetype* at = &e;
        if (l < lookups.size() && (!from || newerThan(lookups.at(l), events.at(e)))) {
            from = &lookups;
            at = &l;
        }
        if (g < gaps.size() && (!from || gaps.at(g).receivedMs > from->at(*at).receivedMs)) {
            from = &gaps;
            at = &g;
        }
        const Hit& hit = from->at((*at)++);
        if (hit.source == Hit::Source::Event) {
            page.next.beforeEventId = hit.rowId;
        } else if (hit.source == Hit::Source::Lookup) {
            page.next.beforeLookupId = hit.rowId;
        } else {
            page.next.beforeGapEndMs = hit.gap.toMs;
            page.next.beforeGapId = hit.rowId;
        }
        page.hits.append(hit);
    }
    // A stream that came back short and was taken whole has nothing left.
    if (e == events.size() && events.size() < limit)
        page.next.beforeEventId = kExhausted;
    if (lookupsToo && l == lookups.size() && lookups.size() < limit)
        page.next.beforeLookupId = kExhausted;
    if (g == gaps.size() && gaps.size() < limit)
        page.next.gapsDone = true;
    page.atEnd = page.next.beforeEventId == kExhausted &&
                 (page.next.beforeLookupId == kExhausted || !lookupsToo) && page.next.gapsDone;
    return page;
}

void JournalSearch::eventIdRange(const JournalSearchQuery& query, qint64* lowest, qint64* highest)
{
    *lowest = 1;
    *highest = kNewest;
    QSqlQuery bound(readConnection());
    // The first event received at or after fromMs and the last before toMs, one step of the index each. A
    // clock set back while journaling breaks "ids grow with arrival" at its edges; the rows are checked by
    // their received_ms as well, so such a range can miss rows at its edges but never shows one outside.
    if (query.fromMs > 0) {
        bound.prepare(
            QStringLiteral("SELECT id FROM events WHERE received_ms >= ? ORDER BY received_ms, id LIMIT 1"));
        bound.addBindValue(query.fromMs);
        *lowest = bound.exec() && bound.next() ? bound.value(0).toLongLong() : kNewest;
    }
    if (query.toMs > 0) {
        bound.prepare(QStringLiteral(
            "SELECT id FROM events WHERE received_ms < ? ORDER BY received_ms DESC, id DESC LIMIT 1"));
        bound.addBindValue(query.toMs);
        *highest = bound.exec() && bound.next() ? bound.value(0).toLongLong() : 0;
    }
}

bool JournalSearch::readEvents(const JournalSearchQuery& query, const QString& match, int limit,
                               QList<Hit>* hits)
{
    qint64 lowest = 0;
    qint64 highest = 0;
    eventIdRange(query, &lowest, &highest);
    QVariantMap binds;
    // Newest first before the keyset; an export oldest first after it (FTS5 walks its lists either way).
    const bool oldestFirst = query.forExport;
    const QString order = oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (oldestFirst)
        binds.insert(QStringLiteral(":after"), query.afterEventId);
    else
        binds.insert(QStringLiteral(":before"), query.beforeEventId > 0 ? query.beforeEventId : kNewest);
    binds.insert(QStringLiteral(":lowest"), lowest);
    binds.insert(QStringLiteral(":highest"), highest);
    binds.insert(QStringLiteral(":limit"), limit);
    QStringList conditions = {oldestFirst ? QStringLiteral("e.id > :after")
                                          : QStringLiteral("e.id < :before"),
                              QStringLiteral("e.id >= :lowest"), QStringLiteral("e.id <= :highest")};
    if (query.fromMs > 0) {
        conditions.append(QStringLiteral("e.received_ms >= :from"));
        binds.insert(QStringLiteral(":from"), query.fromMs);
    }
    if (query.toMs > 0) {
        conditions.append(QStringLiteral("e.received_ms < :to"));
        binds.insert(QStringLiteral(":to"), query.toMs);
    }
    if (!query.types.isEmpty())
        conditions.append(typeCondition(QStringLiteral("e.type"), query.types, &binds));
    if (!query.subjectPrefix.isEmpty()) {
        conditions.append(QStringLiteral("e.subject_id >= :prefix AND e.subject_id < :prefixEnd"));
        binds.insert(QStringLiteral(":prefix"), query.subjectPrefix);
        binds.insert(QStringLiteral(":prefixEnd"), endOfPrefix(query.subjectPrefix));
    }
    if (!match.isEmpty())
        binds.insert(QStringLiteral(":match"), match);
    const QString columns =
        QStringLiteral(
            "e.id, e.received_ms, e.ts_us, e.type, e.subject_id, e.name, e.step, e.queue, e.error") +
        (oldestFirst ? QStringLiteral(", e.topic, e.data") : QString());
    QString sql;
    if (!query.subjectId.isEmpty()) {
        // One job's or run's events through events_by_subject (a few hundred at most); the words checked
        // per row by rowid, which FTS5 answers without walking the match.
        conditions.prepend(QStringLiteral("e.subject_id = :subject"));
        binds.insert(QStringLiteral(":subject"), query.subjectId);
        if (!match.isEmpty())
            conditions.append(QStringLiteral(
                "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :match AND rowid = e.id)"));
        sql = QStringLiteral("SELECT %1 FROM events e WHERE %2 ORDER BY e.id %3 LIMIT :limit")
                  .arg(columns, conditions.join(QStringLiteral(" AND ")), order);
    } else if (!match.isEmpty()) {
        // The index leads, newest first (FTS5 walks its lists by rowid downwards and stops at the limit);
        // CROSS JOIN keeps SQLite from reordering the loops.
        conditions.replaceInStrings(QStringLiteral("e.id "), QStringLiteral("events_fts.rowid "));
        sql = QStringLiteral("SELECT %1 FROM events_fts CROSS JOIN events e ON e.id = events_fts.rowid "
                             "WHERE events_fts MATCH :match AND %2 ORDER BY events_fts.rowid %3 LIMIT :limit")
                  .arg(columns, conditions.join(QStringLiteral(" AND ")), order);
    } else {
        sql = QStringLiteral("SELECT %1 FROM events e WHERE %2 ORDER BY e.id %3 LIMIT :limit")
                  .arg(columns, conditions.join(QStringLiteral(" AND ")), order);
    }
    QSqlQuery select(readConnection());
    if (QString error; !runSelect(select, sql, binds, &error))
        return fail(error);
    while (select.next()) {
        Hit hit;
        hit.source = Hit::Source::Event;
        hit.rowId = select.value(0).toLongLong();
        hit.receivedMs = select.value(1).toLongLong();
        hit.tsUs = select.value(2).toLongLong();
        hit.type = select.value(3).toString();
        hit.subjectId = select.value(4).toString();
        hit.name = select.value(5).toString();
        hit.step = select.value(6).toString();
        hit.queue = select.value(7).toString();
        hit.error = select.value(8).toString();
        if (oldestFirst) {
            hit.topic = select.value(9).toString();
            hit.data = select.value(10).toString().toUtf8();
        }
        hits->append(std::move(hit));
    }
    return true;
}

bool JournalSearch::readGaps(const JournalSearchQuery& query, int limit, QList<Hit>* hits)
{
    // The gaps are few (one per reconnect, restart or episode of a writer behind) and found by their end
    // (gaps_by_end, schema 7). Those that reach into [fromMs, toMs) count: a hole that began before the range
    // still explains why the range's start is empty.
    QVariantMap binds;
    QStringList conditions = {QStringLiteral("(to_ms < :end OR (to_ms = :end AND id < :id))")};
    binds.insert(QStringLiteral(":end"), query.beforeGapId > 0 ? query.beforeGapEndMs : kNewest);
    binds.insert(QStringLiteral(":id"), query.beforeGapId > 0 ? query.beforeGapId : kNewest);
    binds.insert(QStringLiteral(":limit"), limit);
    if (query.fromMs > 0) {
        conditions.append(QStringLiteral("to_ms > :from"));
        binds.insert(QStringLiteral(":from"), query.fromMs);
    }
    if (query.toMs > 0) {
        conditions.append(QStringLiteral("from_ms < :to"));
        binds.insert(QStringLiteral(":to"), query.toMs);
    }
    // Before schema 7 a gap has no reason: it reads as not known.
    const QString why = m_version >= JournalSchema::kGapReasonsSince
                            ? QStringLiteral("reason, dropped_events")
                            : QStringLiteral("NULL, NULL");
    const QString sql = QStringLiteral("SELECT id, from_ms, to_ms, %1 FROM connection_gaps WHERE %2 ORDER BY "
                                       "to_ms DESC, id DESC LIMIT :limit")
                            .arg(why, conditions.join(QStringLiteral(" AND ")));
    QSqlQuery select(readConnection());
    if (QString error; !runSelect(select, sql, binds, &error))
        return fail(error);
    while (select.next()) {
        Hit hit;
        hit.source = Hit::Source::Gap;
        hit.rowId = select.value(0).toLongLong();
        hit.gap.fromMs = select.value(1).toLongLong();
        hit.gap.toMs = select.value(2).toLongLong();
        hit.gap.reason = JournalGap::fromCode(select.value(3).toString());
        hit.gap.droppedEvents = select.isNull(4) ? -1 : select.value(4).toLongLong();
        hit.receivedMs = hit.gap.toMs;
        hit.tsUs = hit.gap.toMs * 1000;
        hits->append(std::move(hit));
    }
    return true;
}

bool JournalSearch::readLookups(const QString& match, const JournalSearchQuery& query, int limit,
                                QList<Hit>* hits)
{
    QVariantMap binds;
    binds.insert(QStringLiteral(":before"), query.beforeLookupId > 0 ? query.beforeLookupId : kNewest);
    binds.insert(QStringLiteral(":limit"), limit);
    QStringList conditions = {QStringLiteral("l.id < :before")};
    if (query.fromMs > 0) {
        conditions.append(QStringLiteral("l.at_ms >= :from"));
        binds.insert(QStringLiteral(":from"), query.fromMs);
    }
    if (query.toMs > 0) {
        conditions.append(QStringLiteral("l.at_ms < :to"));
        binds.insert(QStringLiteral(":to"), query.toMs);
    }
    if (!query.subjectPrefix.isEmpty()) {
        conditions.append(QStringLiteral("l.subject_id >= :prefix AND l.subject_id < :prefixEnd"));
        binds.insert(QStringLiteral(":prefix"), query.subjectPrefix);
        binds.insert(QStringLiteral(":prefixEnd"), endOfPrefix(query.subjectPrefix));
    }
    if (!query.subjectId.isEmpty()) {
        conditions.append(QStringLiteral("l.subject_id = :subject"));
        binds.insert(QStringLiteral(":subject"), query.subjectId);
    }
    const QString columns =
        QStringLiteral("l.id, l.at_ms, l.kind, l.subject_id, t.name, t.queue, t.state, t.error");
    QString sql;
    if (!match.isEmpty()) {
        binds.insert(QStringLiteral(":match"), match);
        conditions.replaceInStrings(QStringLiteral("l.id "), QStringLiteral("lookups_fts.rowid "));
        sql =
            QStringLiteral("SELECT %1 FROM lookups_fts CROSS JOIN lookup_text t ON t.id = lookups_fts.rowid "
                           "CROSS JOIN lookups l ON l.id = t.id WHERE lookups_fts MATCH :match AND %2 "
                           "ORDER BY lookups_fts.rowid DESC LIMIT :limit")
                .arg(columns, conditions.join(QStringLiteral(" AND ")));
    } else {
        sql = QStringLiteral("SELECT %1 FROM lookups l LEFT JOIN lookup_text t ON t.id = l.id WHERE %2 "
                             "ORDER BY l.id DESC LIMIT :limit")
                  .arg(columns, conditions.join(QStringLiteral(" AND ")));
    }
    QSqlQuery select(readConnection());
    if (QString error; !runSelect(select, sql, binds, &error))
        return fail(error);
    while (select.next()) {
        Hit hit;
        hit.source = Hit::Source::Lookup;
        hit.rowId = select.value(0).toLongLong();
        hit.receivedMs = select.value(1).toLongLong();
        hit.tsUs = hit.receivedMs * 1000;
        hit.type = select.value(2).toString();
        hit.subjectId = select.value(3).toString();
        hit.name = select.value(4).toString();
        hit.queue = select.value(5).toString();
        hit.state = select.value(6).toString();
        hit.error = select.value(7).toString();
        hits->append(std::move(hit));
    }
    return true;
}

} // namespace dispatch
