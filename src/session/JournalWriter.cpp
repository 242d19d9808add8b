// SPDX-License-Identifier: MIT
#include "session/JournalWriter.h"

#include "session/JournalEventColumns.h"
#include "session/JournalInbox.h"
#include "session/JournalLookupText.h"
#include "session/JournalPreviousSession.h"
#include "session/JournalSchema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QTimer>
#include <limits>

namespace dispatch {

namespace {

Q_LOGGING_CATEGORY(lcJournal, "dispatch.journal")

const QString kDriver = QStringLiteral("QSQLITE");
constexpr std::chrono::milliseconds kLockWait{3000};
// How often, at most, a write is followed by measuring the database against the size cap (two PRAGMAs).
constexpr qint64 kSizeCheckEveryMs = 1000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> lastNumber;
    return QStringLiteral("dispatch-journal-%1").arg(++lastNumber);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Qt's SQLite driver binds a null QString as NULL; columns that must hold text get "" instead.
QVariant text(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// The minutes wholly before `ms`: a minute that is partly kept keeps its count (event_minutes).
qint64 wholeMinutesBefore(qint64 ms)
{
    return ms / JournalSchema::kEventMinuteMs - (ms < 0 && ms % JournalSchema::kEventMinuteMs != 0 ? 1 : 0);
}

// The inner data as UTF-8 text: as received when it is ASCII (nearly always: JSON escapes the rest, and
// checking is cheaper than converting), else through QString, which replaces what is no UTF-8 as before.
QByteArray utf8Text(const QByteArray& data)
{
    const bool ascii = std::all_of(data.cbegin(), data.cend(), [](char c) { return uchar(c) < 0x80; });
    return ascii ? data : QString::fromUtf8(data).toUtf8();
}

bool failed(const QSqlQuery& query, QString* error)
{
    *error = query.lastError().text();
    return false;
}

bool execute(QSqlDatabase& database, const QString& statement, QString* error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

JournalWriter::JournalWriter(QString filePath, qint64 maxPageCount, std::shared_ptr<JournalInbox> inbox)
    : m_filePath(std::move(filePath)), m_maxPageCount(maxPageCount), m_inbox(std::move(inbox))
{
}

JournalWriter::~JournalWriter()
{
    closeDatabase();
}

void JournalWriter::open()
{
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        //: Status bar warning. The package name is literal.
        emit problem(
            tr("The journal needs Qt's SQLite driver (Debian package libqt6sql6-sqlite), which is not "
               "installed: this session's history is not kept."));
        return;
    }
    if (!m_filePath.isEmpty()) {
        if (const auto problemWithFile = openFile()) {
            closeDatabase();
            emit problem(*problemWithFile);
        }
    }
    if (m_onDisk)
        noteSessionStart();
    else
        openInMemory();
    emit opened(m_onDisk);
    reportSize();
    // Pruning: once now, then every interval (and when a write passes the size cap).
    if (m_pruneIntervalMs > 0) {
        m_pruneTimer = new QTimer(this);
        m_pruneTimer->setInterval(std::chrono::milliseconds(m_pruneIntervalMs));
        connect(m_pruneTimer, &QTimer::timeout, this, &JournalWriter::prune);
        m_pruneTimer->start();
    }
    QTimer::singleShot(0, this, &JournalWriter::prune);
}

std::optional<QString> JournalWriter::openFile()
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder))
        //: Status bar warning. %1 is a folder.
        return tr("The journal's folder %1 could not be made: this session's history is kept in memory only.")
            .arg(folder);
    // One writer per file: a second monitor on the same profile works in memory (README, "Journal").
    // Stale locks of a monitor that crashed are taken over (QLockFile checks the process); never by age. The
    // wait (on this thread, not the GUI's) lets a session of the same profile that is being replaced in this
    // process finish its last transaction and let go.
    m_lock = std::make_unique<QLockFile>(m_filePath + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(std::chrono::milliseconds::zero());
    if (!m_lock->tryLock(kLockWait)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            //: Status bar warning. %1 is the journal's file.
            return tr("Another Dispatch Monitor is keeping the journal %1 of this profile: this window keeps "
                      "its history in memory only.")
                .arg(m_filePath);
        //: Status bar warning. %1 is a folder.
        return tr("The journal cannot be written in the folder %1: this session's history is kept in memory "
                  "only.")
            .arg(folder);
    }
    m_connectionName = nextConnectionName();
    QSqlDatabase database = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    database.setDatabaseName(m_filePath);
    QString error;
    if (!database.open())
        //: Status bar warning. %1 is the journal's file, %2 SQLite's reason.
        return tr("The journal %1 could not be opened (%2): this session's history is kept in memory only.")
            .arg(m_filePath, database.lastError().text());
    // Read before anything is written: a damaged file or a newer schema is left exactly as it is.
    const int version = JournalSchema::versionOf(database, &error);
    if (version < 0)
        //: Status bar warning. %1 is the journal's file, %2 SQLite's reason.
        return tr("The journal %1 could not be read (%2). It was left as it is; this session's history is "
                  "kept "
                  "in memory only.")
            .arg(m_filePath, error);
    if (version > JournalSchema::currentVersion())
        //: Status bar warning. %1 is the journal's file; %2 and %3 are schema version numbers.
        return tr("The journal %1 was written by a newer Dispatch Monitor (schema %2; this one knows up to "
                  "%3). "
                  "It was left as it is; this session's history is kept in memory only.")
            .arg(m_filePath)
            .arg(version)
            .arg(JournalSchema::currentVersion());
    // A new, empty file gives the pages that pruning frees back to the file system (incremental_vacuum).
    // SQLite lets auto_vacuum change only before the first table exists; an existing file would have to be
    // rewritten by VACUUM, which the monitor never does to the user's file: there the freed pages stay in
    // the file and are reused before it grows (README, "Journal").
    if (version == 0 && !execute(database, QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"), &error))
        qCWarning(lcJournal) << "auto_vacuum could not be set:" << error;
    const QString pageCap =
        m_maxPageCount > 0 ? QStringLiteral("PRAGMA max_page_count = %1").arg(m_maxPageCount) : QString();
    if (!execute(database, QStringLiteral("PRAGMA journal_mode = WAL"), &error) ||
        !execute(database, QStringLiteral("PRAGMA synchronous = NORMAL"), &error) ||
        (!pageCap.isEmpty() && !execute(database, pageCap, &error)))
        //: Status bar warning. %1 is the journal's file, %2 SQLite's reason.
        return tr("The journal %1 cannot be written (%2): this session's history is kept in memory only.")
            .arg(m_filePath, error);
    const JournalSchema::Result migrated = JournalSchema::migrate(database);
    if (migrated.outcome != JournalSchema::Outcome::Ready || !prepareStatements())
        //: Status bar warning. %1 is the journal's file, %2 SQLite's reason.
        return tr("The journal %1 could not be brought up to date (%2). It was left as it was; this "
                  "session's "
                  "history is kept in memory only.")
            .arg(m_filePath, migrated.error);
    QSqlQuery autoVacuum(database);
    m_incrementalVacuum = autoVacuum.exec(QStringLiteral("PRAGMA auto_vacuum")) && autoVacuum.next() &&
                          autoVacuum.value(0).toInt() == 2;
    m_onDisk = true;
    return std::nullopt;
}

void JournalWriter::openInMemory()
{
    m_connectionName = nextConnectionName();
    QSqlDatabase database = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    database.setDatabaseName(QStringLiteral(":memory:"));
    if (!database.open() || JournalSchema::migrate(database).outcome != JournalSchema::Outcome::Ready ||
        !prepareStatements())
        qCWarning(lcJournal) << "the in-memory journal could not be made:" << database.lastError().text();
}

bool JournalWriter::prepareStatements()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    // The words of each transaction's events, as FTS5 makes them (the same tokenizer as events_fts), for
    // event_words (JournalSchema, step 5 → 6): a contentless index of this connection's own, in memory,
    // emptied after each transaction, whose vocabulary is as small as one transaction's words.
    QString error;
    if (!execute(database, QStringLiteral("PRAGMA temp_store = MEMORY"), &error) ||
        !execute(database,
                 QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.new_words USING fts5(words, "
                                "content='', detail=none, tokenize='unicode61 remove_diacritics 2')"),
                 &error) ||
        !execute(database,
                 QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.new_words_terms USING "
                                "fts5vocab(temp, new_words, 'row')"),
                 &error)) {
        qCWarning(lcJournal) << "the journal's word list cannot be kept:" << error;
        return m_prepared = false;
    }
    m_insertGap.emplace(database);
    m_insertStats.emplace(database);
    m_insertLookup.emplace(database);
    m_insertLookupText.emplace(database);
    m_insertAction.emplace(database);
    m_indexEvents.emplace(database);
    m_rollUpStats.emplace(database);
    m_prepared =
        m_gatherWords.prepare(database, "INSERT INTO temp.new_words (words) VALUES (?)") &&
        m_keepWords.prepare(
            database, "INSERT OR IGNORE INTO event_words (word) SELECT term FROM temp.new_words_terms") &&
        m_forgetWords.prepare(database, "INSERT INTO temp.new_words (new_words) VALUES ('delete-all')") &&
        m_rollUpStats->prepare(
            QStringLiteral(
                "INSERT INTO stats_minutes (minute, source, samples, subscribers_sum, subscribers_n, "
                "topics_sum, "
                "topics_n, first_ms, last_ms, published_min, published_max) SELECT at_ms / %1, source, 1, "
                "subscribers, subscribers IS NOT NULL, topics, topics IS NOT NULL, at_ms, at_ms, published, "
                "published FROM (SELECT at_ms, source, %2 FROM stats_samples WHERE id = ?) WHERE true ON "
                "CONFLICT (minute, source) DO UPDATE SET samples = samples + 1, subscribers_sum = "
                "coalesce(subscribers_sum + excluded.subscribers_sum, subscribers_sum, "
                "excluded.subscribers_sum), subscribers_n = subscribers_n + excluded.subscribers_n, "
                "topics_sum = "
                "coalesce(topics_sum + excluded.topics_sum, topics_sum, excluded.topics_sum), topics_n = "
                "topics_n + excluded.topics_n, first_ms = min(first_ms, excluded.first_ms), last_ms = "
                "max(last_ms, excluded.last_ms), published_min = coalesce(min(published_min, "
                "excluded.published_min), published_min, excluded.published_min), published_max = "
                "coalesce(max(published_max, excluded.published_max), published_max, excluded.published_max)")
                .arg(JournalSchema::kEventMinuteMs)
                .arg(JournalSchema::sampleFigures())) &&
        m_indexEvents->prepare(QStringLiteral(
            "INSERT INTO events_fts (rowid, type, name, step, queue, error) SELECT id, type, name, step, "
            "queue, error FROM events WHERE id >= ?")) &&
        m_readVersion.prepare(database, "PRAGMA user_version") &&
        m_countEvents.prepare(database,
                              "INSERT INTO event_minutes (minute, type, count) VALUES (?, ?, ?) ON CONFLICT "
                              "(minute, type) DO UPDATE SET count = count + excluded.count") &&
        m_insertStats->prepare(
            QStringLiteral("INSERT INTO stats_samples (at_ms, source, data) VALUES (?, ?, ?)")) &&
        m_insertLookup->prepare(
            QStringLiteral("INSERT INTO lookups (at_ms, kind, subject_id, data) VALUES (?, ?, ?, ?)")) &&
        m_insertLookupText->prepare(QStringLiteral(
            "INSERT INTO lookup_text (id, name, queue, state, error, body) VALUES (?, ?, ?, ?, ?, ?)")) &&
        m_insertAction->prepare(QStringLiteral("INSERT INTO operator_actions (at_ms, who, action, target, "
                                               "succeeded, detail) VALUES (?, ?, ?, ?, ?, ?)")) &&
        m_insertEvent.prepare(database,
                              "INSERT INTO events (received_ms, ts_us, type, topic, subject_id, name, step, "
                              "queue, error, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
        m_insertGap->prepare(QStringLiteral(
            "INSERT INTO connection_gaps (from_ms, to_ms, reason, dropped_events) VALUES (?, ?, ?, ?)"));
    return m_prepared;
}

void JournalWriter::drain()
{
    JournalInbox::Dropped dropped;
    const JournalBatch batch = m_inbox->takeAll(&dropped);
    // Its events count against the inbox's bound until they are written (or not), said before committed()
    // so that whoever hears of the commit sees the room it made.
    if (batch.isEmpty() || !m_prepared) {
        m_inbox->writingDone();
        return;
    }
    QString error;
    if (!write(batch, &error) && m_onDisk) {
        if (m_raisedTo > 0) {
            leaveRaisedFile();
        } else {
            //: Status bar warning. %1 is the journal's file, %2 SQLite's reason (e.g. the disk is full).
            emit problem(tr("Writing the journal %1 failed (%2). What it held stays; the rest of this "
                            "session's history is kept in memory only.")
                             .arg(m_filePath, error));
            closeDatabase();
            openInMemory();
        }
        if (!write(batch, &error))
            qCWarning(lcJournal) << "the in-memory journal failed too:" << error;
    }
    m_inbox->writingDone();
    m_eventsWritten += batch.eventCount;
    emit committed(m_eventsWritten);
    if (dropped.events > 0) {
        // The gap row holds how many went (schema 7); the log says it too.
        qCWarning(lcJournal) << "fell behind: dropped" << dropped.events << "events received from"
                             << dropped.fromMs << "to" << dropped.toMs << "ms; a gap marks them";
        emit fellBehind(dropped.fromMs, dropped.toMs, dropped.events);
    }
    checkSizeAfterWrite();
}

bool JournalWriter::write(const JournalBatch& batch, QString* error)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!m_prepared) {
        *error = database.lastError().text();
        return false;
    }
    if (!begin(database, error))
        return false;
    if (!writeEvents(batch, error) || !writeRecords(batch, error) || !database.commit()) {
        if (error->isEmpty())
            *error = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

bool JournalWriter::begin(QSqlDatabase& database, QString* error)
{
    // IMMEDIATE: the write lock first, so the version read next is the file's latest and nobody can raise it
    // before COMMIT (a deferred BEGIN would read an older snapshot and fail on its first INSERT instead).
    if (!execute(database, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!m_onDisk)
        return true; // nobody else can open an in-memory database
    // Someone else — a newer monitor, a tool — may raise user_version while this session writes (one writer
    // per file holds for monitors of this version only). One prepared PRAGMA reads the database header's
    // cookie from the page cache, under the lock BEGIN IMMEDIATE took: 0.16 µs a transaction (median; p99
    // 0.3–0.5 µs) beside 75–81 µs for a transaction of ten inserts, which the PRAGMA does not change
    // measurably (20 000 transactions each way through libsqlite3 on a WAL file, 2026-12-07 13:21 UTC, load
    // 4.0); a batch of 100 events is about 650 µs of the writer's time (153 178 events per CPU second,
    // bench_journal).
    qint64 version = 0;
    if (!m_readVersion.scalar(&version)) {
        *error = m_readVersion.error();
        database.rollback();
        return false;
    }
    if (version > JournalSchema::currentVersion()) {
        m_raisedTo = int(version);
        *error = raisedMessage();
        database.rollback();
        return false;
    }
    return true;
}

QString JournalWriter::raisedMessage() const
{
    //: Status bar warning. %1 is the journal's file; %2 and %3 are schema version numbers.
    return tr("The journal %1 was raised to the schema of a newer Dispatch Monitor while this session wrote "
              "it "
              "(schema %2; this one knows up to %3). Nothing more is written to it and it is left as it is; "
              "the rest of this session's history is kept in memory only.")
        .arg(m_filePath)
        .arg(m_raisedTo)
        .arg(JournalSchema::currentVersion());
}

void JournalWriter::leaveRaisedFile()
{
    emit problem(raisedMessage());
    closeDatabase();
    openInMemory();
}

bool JournalWriter::writeEvents(const JournalBatch& batch, QString* error)
{
    JournalStatement& insertEvent = m_insertEvent;
    qint64 firstId = 0; // of this transaction's events, which indexEvents() adds to the search index
    // The texts whose words event_words must hold (collectWords): names, steps, queues and types once each
    // (a batch repeats them), errors as they come (they seldom repeat: checking would cost more).
    QSet<QByteArray> texts;
    QByteArray errors;
    for (const JournalBatch::Events& part : batch.events) {
        for (const dwp::StreamEvent& event : part.events) {
            const JournalEventColumns columns = JournalEventColumns::of(event);
            // Bound by reference (JournalStatement): each lives until exec().
            const QByteArray type = event.type.toUtf8();
            const QByteArray topic = event.topic.toUtf8();
            const QByteArray subjectId = columns.subjectId.toUtf8();
            const QByteArray name = columns.name.toUtf8();
            const QByteArray step = columns.step.toUtf8();
            const QByteArray queue = columns.queue.toUtf8();
            const QByteArray eventError = columns.error.toUtf8();
            const QByteArray data = utf8Text(event.data);
            insertEvent.bind(1, part.receivedMs);
            insertEvent.bind(2, columns.tsMicros);
            insertEvent.bindText(3, type);
            insertEvent.bindText(4, topic);
            insertEvent.bindTextOrNull(5, subjectId);
            insertEvent.bindTextOrNull(6, name);
            insertEvent.bindTextOrNull(7, step);
            insertEvent.bindTextOrNull(8, queue);
            insertEvent.bindTextOrNull(9, eventError);
            insertEvent.bindText(10, data);
            if (!insertEvent.exec()) {
                *error = insertEvent.error();
                return false;
            }
            if (firstId == 0)
                firstId = insertEvent.lastInsertId();
            texts.insert(type);
            for (const QByteArray* text : {&name, &step, &queue}) {
                if (!text->isEmpty())
                    texts.insert(*text);
            }
            if (!eventError.isEmpty())
                errors.append(eventError).append('\n');
        }
        if (!countEvents(part, error))
            return false;
    }
    if (firstId == 0)
        return true;
    for (const QByteArray& text : std::as_const(texts))
        errors.append(text).append('\n');
    return indexEvents(firstId, error) && collectWords(errors, error);
}

bool JournalWriter::indexEvents(qint64 firstId, QString* error)
{
    // One statement for the whole transaction (JournalSchema, step 4 → 5: FTS5 writes its pending words out
    // at each statement's end); the rows were just written, so they are read back from the page cache.
    m_indexEvents->bindValue(0, firstId);
    return m_indexEvents->exec() || failed(*m_indexEvents, error);
}

bool JournalWriter::collectWords(const QByteArray& texts, QString* error)
{
    // One document of the transaction's texts through the tokenizer of events_fts (the same words, since
    // a line break separates words as the columns do), then the words event_words lacks.
    m_gatherWords.bindText(1, texts);
    for (JournalStatement* statement : {&m_gatherWords, &m_keepWords, &m_forgetWords}) {
        if (!statement->exec()) {
            *error = statement->error();
            return false;
        }
    }
    return true;
}

bool JournalWriter::countEvents(const JournalBatch::Events& part, QString* error)
{
    // A session batch arrives at one moment: one row per type it holds, in the minute it arrived.
    QHash<QString, qint64> perType;
    for (const dwp::StreamEvent& event : part.events)
        ++perType[event.type];
    for (auto it = perType.cbegin(); it != perType.cend(); ++it) {
        const QByteArray type = it.key().toUtf8();
        m_countEvents.bind(1, part.receivedMs / JournalSchema::kEventMinuteMs);
        m_countEvents.bindText(2, type);
        m_countEvents.bind(3, it.value());
        if (!m_countEvents.exec()) {
            *error = m_countEvents.error();
            return false;
        }
    }
    return true;
}

bool JournalWriter::writeRecords(const JournalBatch& batch, QString* error)
{
    for (const JournalBatch::Gap& gap : batch.gaps) {
        m_insertGap->bindValue(0, gap.fromMs);
        m_insertGap->bindValue(1, gap.toMs);
        // Why (JournalGap, schema 7): NULL only when not known; the count only where events were dropped.
        m_insertGap->bindValue(2, textOrNull(JournalGap::code(gap.reason)));
        m_insertGap->bindValue(3, gap.droppedEvents >= 0 ? QVariant(gap.droppedEvents) : QVariant());
        if (!m_insertGap->exec())
            return failed(*m_insertGap, error);
    }
    for (const JournalBatch::StatsSample& sample : batch.stats) {
        m_insertStats->bindValue(0, sample.atMs);
        m_insertStats->bindValue(1, text(sample.source));
        m_insertStats->bindValue(2, text(QString::fromUtf8(sample.json)));
        if (!m_insertStats->exec())
            return failed(*m_insertStats, error);
        // Its minute's sums for the Stats page's long windows (JournalSchema, step 5 → 6).
        m_rollUpStats->bindValue(0, m_insertStats->lastInsertId());
        if (!m_rollUpStats->exec())
            return failed(*m_rollUpStats, error);
    }
    for (const JournalBatch::Lookup& lookup : batch.lookups) {
        m_insertLookup->bindValue(0, lookup.atMs);
        m_insertLookup->bindValue(1, text(lookup.kind));
        m_insertLookup->bindValue(2, text(lookup.subjectId));
        m_insertLookup->bindValue(3, text(QString::fromUtf8(lookup.json)));
        if (!m_insertLookup->exec())
            return failed(*m_insertLookup, error);
        // Its words for search, under the lookup's id (JournalSchema, step 4 → 5; a trigger indexes them).
        const JournalLookupText words = JournalLookupText::of(lookup.kind, lookup.json);
        m_insertLookupText->bindValue(0, m_insertLookup->lastInsertId());
        m_insertLookupText->bindValue(1, textOrNull(words.name));
        m_insertLookupText->bindValue(2, textOrNull(words.queue));
        m_insertLookupText->bindValue(3, textOrNull(words.state));
        m_insertLookupText->bindValue(4, textOrNull(words.error));
        m_insertLookupText->bindValue(5, textOrNull(words.body));
        if (!m_insertLookupText->exec())
            return failed(*m_insertLookupText, error);
    }
    for (const JournalBatch::Action& action : batch.actions) {
        m_insertAction->bindValue(0, action.atMs);
        m_insertAction->bindValue(1, textOrNull(action.who));
        m_insertAction->bindValue(2, text(action.action));
        m_insertAction->bindValue(3, textOrNull(action.target));
        m_insertAction->bindValue(4, action.succeeded ? 1 : 0);
        m_insertAction->bindValue(5, textOrNull(action.detail));
        if (!m_insertAction->exec())
            return failed(*m_insertAction, error);
    }
    return true;
}

void JournalWriter::close()
{
    drain();
    noteSessionClose();
    // The timer is this thread's: it must go here, not with the writer on the thread that deletes it.
    delete m_pruneTimer;
    m_pruneTimer = nullptr;
    closeDatabase();
    QThread::currentThread()->quit();
}

void JournalWriter::closeDatabase()
{
    m_prepared = false;
    m_insertEvent.finalize();
    m_insertGap.reset();
    m_insertStats.reset();
    m_insertLookup.reset();
    m_insertLookupText.reset();
    m_insertAction.reset();
    m_countEvents.finalize();
    m_readVersion.finalize();
    m_gatherWords.finalize();
    m_keepWords.finalize();
    m_forgetWords.finalize();
    m_rollUpStats.reset();
    m_indexEvents.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_lock.reset();
    m_onDisk = false;
    m_sessionRow = 0;
    m_raisedTo = 0;
    m_incrementalVacuum = false;
}

void JournalWriter::noteSessionStart()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    const qint64 startMs = m_sessionStartMs > 0 ? m_sessionStartMs : QDateTime::currentMSecsSinceEpoch();
    QString error;
    if (!begin(database, &error)) {
        // Raised since openFile() read it: the first write finds it and says so.
        qCWarning(lcJournal) << "the session's start could not be noted:" << error;
        return;
    }
    // Where the previous session stopped (its clean close, else the newest thing journaled); nothing of this
    // session is in the file yet, so every record counts.
    const std::optional<qint64> previousEndMs =
        JournalPreviousSession::endMs(database, std::numeric_limits<qint64>::max());
    bool written = true;
    if (previousEndMs && startMs - *previousEndMs >= JournalGap::kShortestRecordedMs) {
        m_insertGap->bindValue(0, *previousEndMs);
        m_insertGap->bindValue(1, startMs);
        m_insertGap->bindValue(2, JournalGap::code(JournalGap::Reason::NotRunning));
        m_insertGap->bindValue(3, QVariant());
        written = m_insertGap->exec();
    }
    QSqlQuery session(database);
    session.prepare(QStringLiteral("INSERT INTO monitor_sessions (started_ms) VALUES (?)"));
    session.addBindValue(startMs);
    written = written && session.exec();
    if (!written || !database.commit()) {
        qCWarning(lcJournal) << "the session's start could not be noted:" << session.lastError().text()
                             << m_insertGap->lastError().text() << database.lastError().text();
        database.rollback();
        return;
    }
    m_sessionRow = session.lastInsertId().toLongLong();
}

void JournalWriter::noteSessionClose()
{
    if (!m_onDisk || m_sessionRow == 0)
        return;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QString error;
    if (!begin(database, &error))
        return; // a raised file is left as it is; the next session reads the last record instead
    QSqlQuery close(database);
    close.prepare(QStringLiteral("UPDATE monitor_sessions SET closed_ms = ? WHERE id = ?"));
    close.addBindValue(QDateTime::currentMSecsSinceEpoch());
    close.addBindValue(m_sessionRow);
    if (!close.exec() || !database.commit()) {
        qCWarning(lcJournal) << "the session's close could not be noted:" << close.lastError().text();
        database.rollback();
    }
}

void JournalWriter::setRetention(qint64 maxAgeMs, qint64 maxBytes)
{
    m_maxAgeMs = std::max<qint64>(maxAgeMs, 0);
    m_maxBytes = std::max<qint64>(maxBytes, 0);
}

void JournalWriter::prune()
{
    if (m_pruning || m_connectionName.isEmpty())
        return;
    m_pruning = true;
    m_prunedRows = 0;
    schedulePruneStep();
}

void JournalWriter::clear(qint64 beforeMs)
{
    drain(); // what was handed over before the question was answered goes too
    m_clearBeforeMs = std::max(m_clearBeforeMs.value_or(beforeMs), beforeMs);
    if (m_connectionName.isEmpty()) {
        m_clearBeforeMs.reset();
        emit cleared(0, tr("The journal is closed."));
        return;
    }
    prune();
}

void JournalWriter::schedulePruneStep()
{
    // Through the event loop: a drain() posted meanwhile runs before the next chunk.
    QTimer::singleShot(0, this, &JournalWriter::pruneStep);
}

void JournalWriter::pruneStep()
{
    if (m_connectionName.isEmpty()) {
        // Closed meanwhile (the session ended): nothing to report but an unfinished clear.
        m_pruning = false;
        if (m_clearBeforeMs) {
            m_clearBeforeMs.reset();
            emit cleared(std::exchange(m_clearedRows, 0), tr("The journal is closed."));
        }
        return;
    }
    QString error;
    if (m_clearBeforeMs) {
        // The whole minute of the moment asked too: its count would otherwise outlive its events.
        const qint64 deleted =
            deleteBefore(*m_clearBeforeMs, *m_clearBeforeMs / JournalSchema::kEventMinuteMs + 1, &error);
        if (deleted < 0) {
            finishPass(error);
            return;
        }
        m_clearedRows += deleted;
        if (deleted > 0) {
            schedulePruneStep();
            return;
        }
        const qint64 rows = std::exchange(m_clearedRows, 0);
        m_clearBeforeMs.reset();
        emit cleared(rows, {});
    }
    if (m_maxAgeMs > 0) {
        const qint64 cut = QDateTime::currentMSecsSinceEpoch() - m_maxAgeMs;
        const qint64 deleted = deleteBefore(cut, wholeMinutesBefore(cut), &error);
        if (deleted < 0) {
            finishPass(error);
            return;
        }
        m_prunedRows += deleted;
        if (deleted > 0) {
            schedulePruneStep();
            return;
        }
    }
    qint64 sizeBytes = 0;
    qint64 freeBytes = 0;
    if (m_maxBytes > 0 && measure(&sizeBytes, &freeBytes)) {
        const qint64 used = sizeBytes - freeBytes;
        const qint64 target = m_maxBytes / 100 * kSizeTargetPercent;
        if (used > m_maxBytes)
            m_shrinkingToCap = true;
        if (m_shrinkingToCap && used > target) {
            // The oldest events in proportion to the excess (ids grow with arrival, so MAX − MIN estimates
            // the rows without counting them), and everything else kept from before the same moment.
            QSqlQuery ids(QSqlDatabase::database(m_connectionName, false));
            qint64 estimate = 0;
            // Two subqueries: SQLite reads MIN or MAX alone from the index's end, but both in one SELECT
            // scan the table (80 ms a step on a 300 MB file, bench_journal).
            if (ids.exec(
                    QStringLiteral("SELECT (SELECT MIN(id) FROM events), (SELECT MAX(id) FROM events)")) &&
                ids.next() && !ids.isNull(0))
                estimate = ids.value(1).toLongLong() - ids.value(0).toLongLong() + 1;
            ids.finish();
            const qint64 rows = std::clamp<qint64>(
                qint64(double(estimate) * double(used - target) / double(std::max<qint64>(used, 1))) + 1, 1,
                kPruneChunkRows);
            const std::optional<qint64> cut = cutAfterOldest(rows);
            const qint64 deleted = cut ? deleteBefore(*cut, wholeMinutesBefore(*cut), &error) : 0;
            if (deleted < 0) {
                finishPass(error);
                return;
            }
            m_prunedRows += deleted;
            if (deleted > 0) {
                schedulePruneStep();
                return;
            }
        }
        m_shrinkingToCap = false; // under the target, or nothing left to remove
    }
    if (vacuumStep()) {
        schedulePruneStep();
        return;
    }
    finishPass({});
}

void JournalWriter::finishPass(const QString& error)
{
    if (!error.isEmpty()) {
        if (m_raisedTo == 0) // that one is said as a problem, below
            qCWarning(lcJournal) << "pruning the journal stopped:" << error;
        if (m_clearBeforeMs) {
            m_clearBeforeMs.reset();
            emit cleared(std::exchange(m_clearedRows, 0), error);
        }
    }
    m_pruning = false;
    m_shrinkingToCap = false;
    // A pass stopped because the file's schema was raised (begin()): nothing more goes to the file.
    if (m_raisedTo > 0 && m_onDisk)
        leaveRaisedFile();
    reportSize();
    emit pruneFinished(std::exchange(m_prunedRows, 0));
}

qint64 JournalWriter::deleteBefore(qint64 beforeMs, qint64 beforeMinute, QString* error)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!begin(database, error))
        return -1; // a file raised to a newer schema loses nothing to pruning either
    // Each table by its own time, oldest first, at most kPruneChunkRows rows each: events by arrival
    // (events_by_time), gaps by their end, the rest by when they were taken, their ids growing with it so
    // the scan in id order stops after the chunk. The per-minute counts go with their minutes.
    // The events' words leave the search index first, the chunk's in one statement (JournalSchema, step
    // 5 → 6): an external-content index is told each row with the values it indexed. Both statements pick
    // the same rows: the oldest by (received_ms, id), events_by_time's order.
    const QStringList statements = {
        QStringLiteral("INSERT INTO events_fts (events_fts, rowid, type, name, step, queue, error) SELECT "
                       "'delete', id, type, name, step, queue, error FROM events WHERE id IN (SELECT id FROM "
                       "events WHERE received_ms < :before ORDER BY received_ms, id LIMIT :rows)"),
        QStringLiteral("DELETE FROM events WHERE id IN (SELECT id FROM events WHERE received_ms < :before "
                       "ORDER BY received_ms, id LIMIT :rows)"),
        QStringLiteral("DELETE FROM connection_gaps WHERE id IN (SELECT id FROM connection_gaps WHERE to_ms "
                       "< :before ORDER BY id LIMIT :rows)"),
        QStringLiteral("DELETE FROM stats_samples WHERE id IN (SELECT id FROM stats_samples WHERE at_ms < "
                       ":before ORDER BY id LIMIT :rows)"),
        QStringLiteral("DELETE FROM lookups WHERE id IN (SELECT id FROM lookups WHERE at_ms < :before ORDER "
                       "BY id LIMIT :rows)"),
        QStringLiteral("DELETE FROM operator_actions WHERE id IN (SELECT id FROM operator_actions WHERE "
                       "at_ms < :before ORDER BY id LIMIT :rows)"),
        // Sessions by their start; the newest (this one's, whose close is noted on it) stays.
        QStringLiteral("DELETE FROM monitor_sessions WHERE id IN (SELECT id FROM monitor_sessions WHERE "
                       "started_ms < :before AND id < (SELECT MAX(id) FROM monitor_sessions) ORDER BY id "
                       "LIMIT :rows)"),
        QStringLiteral("DELETE FROM event_minutes WHERE (minute, type) IN (SELECT minute, type FROM "
                       "event_minutes WHERE minute < :beforeMinute ORDER BY minute LIMIT :rows)"),
        QStringLiteral("DELETE FROM stats_minutes WHERE (minute, source) IN (SELECT minute, source FROM "
                       "stats_minutes WHERE minute < :beforeMinute ORDER BY minute LIMIT :rows)"),
    };
    qint64 deleted = 0;
    for (const QString& statement : statements) {
        QSqlQuery query(database);
        if (!query.prepare(statement)) {
            *error = query.lastError().text();
            database.rollback();
            return -1;
        }
        if (statement.contains(QStringLiteral(":beforeMinute")))
            query.bindValue(QStringLiteral(":beforeMinute"), beforeMinute);
        else
            query.bindValue(QStringLiteral(":before"), beforeMs);
        query.bindValue(QStringLiteral(":rows"), kPruneChunkRows);
        if (!query.exec()) {
            *error = query.lastError().text();
            query.finish();
            database.rollback();
            return -1;
        }
        if (!statement.startsWith(QStringLiteral("INSERT"))) // the index's rows are no records
            deleted += std::max(query.numRowsAffected(), 0);
    }
    if (!database.commit()) {
        *error = database.lastError().text();
        database.rollback();
        return -1;
    }
    return deleted;
}

std::optional<qint64> JournalWriter::cutAfterOldest(qint64 rows)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT received_ms FROM events ORDER BY received_ms LIMIT 1 OFFSET ?"));
    query.addBindValue(std::max<qint64>(rows - 1, 0));
    if (query.exec() && query.next())
        return query.value(0).toLongLong() + 1;
    query.finish();
    // Fewer events than that: all of them, and the oldest of the other records as well.
    qint64 newest = std::numeric_limits<qint64>::min();
    for (const QString& oldest : {QStringLiteral("SELECT MAX(received_ms) FROM events"),
                                  QStringLiteral("SELECT at_ms FROM lookups ORDER BY id LIMIT 1"),
                                  QStringLiteral("SELECT at_ms FROM stats_samples ORDER BY id LIMIT 1"),
                                  QStringLiteral("SELECT at_ms FROM operator_actions ORDER BY id LIMIT 1"),
                                  QStringLiteral("SELECT to_ms FROM connection_gaps ORDER BY id LIMIT 1")}) {
        if (query.exec(oldest) && query.next() && !query.isNull(0))
            newest = std::max(newest, query.value(0).toLongLong());
        query.finish();
    }
    if (newest == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return newest + 1;
}

bool JournalWriter::measure(qint64* sizeBytes, qint64* freeBytes)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    qint64 values[3] = {};
    const QString pragmas[3] = {QStringLiteral("PRAGMA page_count"), QStringLiteral("PRAGMA page_size"),
                                QStringLiteral("PRAGMA freelist_count")};
    for (int i = 0; i < 3; ++i) {
        if (!query.exec(pragmas[i]) || !query.next())
            return false;
        values[i] = query.value(0).toLongLong();
        query.finish();
    }
    *sizeBytes = values[0] * values[1];
    *freeBytes = values[2] * values[1];
    return true;
}

void JournalWriter::reportSize()
{
    qint64 sizeBytes = 0;
    qint64 freeBytes = 0;
    if (!m_connectionName.isEmpty() && measure(&sizeBytes, &freeBytes))
        emit sizeChanged(sizeBytes, freeBytes);
}

bool JournalWriter::vacuumStep()
{
    if (!m_incrementalVacuum)
        return false;
    qint64 sizeBefore = 0;
    qint64 freeBefore = 0;
    if (!measure(&sizeBefore, &freeBefore) || freeBefore == 0)
        return false;
    // In a transaction of its own that checks the schema first: a raised file is not rewritten.
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QString error;
    if (!begin(database, &error))
        return false;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(kVacuumPagesPerStep))) {
        query.finish();
        database.rollback();
        return false;
    }
    while (query.next()) {
    } // each step of the statement gives back a page: run it to the end
    query.finish();
    if (!database.commit()) {
        database.rollback();
        return false;
    }
    qint64 sizeAfter = 0;
    qint64 freeAfter = 0;
    return measure(&sizeAfter, &freeAfter) && freeAfter > 0 && freeAfter < freeBefore;
}

void JournalWriter::checkSizeAfterWrite()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastSizeCheckMs < kSizeCheckEveryMs)
        return;
    m_lastSizeCheckMs = now;
    qint64 sizeBytes = 0;
    qint64 freeBytes = 0;
    if (!measure(&sizeBytes, &freeBytes))
        return;
    emit sizeChanged(sizeBytes, freeBytes);
    if (m_maxBytes > 0 && sizeBytes - freeBytes > m_maxBytes)
        prune();
}

} // namespace dispatch
