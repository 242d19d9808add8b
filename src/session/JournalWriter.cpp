// SPDX-License-Identifier: MIT
#include "session/JournalWriter.h"

#include "session/JournalEventColumns.h"
#include "session/JournalInbox.h"
#include "session/JournalLookupText.h"
#include "session/JournalSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>

namespace dispatch {

namespace {

Q_LOGGING_CATEGORY(lcJournal, "dispatch.journal")

const QString kDriver = QStringLiteral("QSQLITE");
constexpr std::chrono::milliseconds kLockWait{3000};

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
    if (!m_onDisk)
        openInMemory();
    emit opened(m_onDisk);
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
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    m_insertEvent.emplace(database);
    m_insertGap.emplace(database);
    m_insertStats.emplace(database);
    m_insertLookup.emplace(database);
    m_insertLookupText.emplace(database);
    m_insertAction.emplace(database);
    m_countEvents.emplace(database);
    m_indexEvents.emplace(database);
    return m_indexEvents->prepare(QStringLiteral(
               "INSERT INTO events_fts (rowid, type, name, step, queue, error) SELECT id, type, name, step, "
               "queue, error FROM events WHERE id >= ?")) &&
           m_countEvents->prepare(QStringLiteral(
               "INSERT INTO event_minutes (minute, type, count) VALUES (?, ?, ?) ON CONFLICT (minute, type) "
               "DO UPDATE SET count = count + excluded.count")) &&
           m_insertStats->prepare(
               QStringLiteral("INSERT INTO stats_samples (at_ms, source, data) VALUES (?, ?, ?)")) &&
           m_insertLookup->prepare(
               QStringLiteral("INSERT INTO lookups (at_ms, kind, subject_id, data) VALUES (?, ?, ?, ?)")) &&
           m_insertLookupText->prepare(QStringLiteral(
               "INSERT INTO lookup_text (id, name, queue, state, error, body) VALUES (?, ?, ?, ?, ?, ?)")) &&
           m_insertAction->prepare(QStringLiteral("INSERT INTO operator_actions (at_ms, who, action, target, "
                                                  "succeeded, detail) VALUES (?, ?, ?, ?, ?, ?)")) &&
           m_insertEvent->prepare(QStringLiteral(
               "INSERT INTO events (received_ms, ts_us, type, topic, subject_id, name, step, queue, error, "
               "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
           m_insertGap->prepare(QStringLiteral("INSERT INTO connection_gaps (from_ms, to_ms) VALUES (?, ?)"));
}

void JournalWriter::drain()
{
    const JournalBatch batch = m_inbox->takeAll();
    if (batch.isEmpty() || !m_insertEvent)
        return;
    QString error;
    if (!write(batch, &error) && m_onDisk) {
        //: Status bar warning. %1 is the journal's file, %2 SQLite's reason (e.g. the disk is full).
        emit problem(tr("Writing the journal %1 failed (%2). What it held stays; the rest of this session's "
                        "history is kept in memory only.")
                         .arg(m_filePath, error));
        closeDatabase();
        openInMemory();
        if (!write(batch, &error))
            qCWarning(lcJournal) << "the in-memory journal failed too:" << error;
    }
    m_eventsWritten += batch.eventCount;
    emit committed(m_eventsWritten);
}

bool JournalWriter::write(const JournalBatch& batch, QString* error)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!m_insertEvent || !database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    if (!writeEvents(batch, error) || !writeRecords(batch, error) || !database.commit()) {
        if (error->isEmpty())
            *error = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

bool JournalWriter::writeEvents(const JournalBatch& batch, QString* error)
{
    QSqlQuery& insertEvent = *m_insertEvent;
    QVariant firstId; // of this transaction's events, which indexEvents() adds to the search index
    for (const JournalBatch::Events& part : batch.events) {
        for (const dwp::StreamEvent& event : part.events) {
            const JournalEventColumns columns = JournalEventColumns::of(event);
            insertEvent.bindValue(0, part.receivedMs);
            insertEvent.bindValue(1, columns.tsMicros);
            insertEvent.bindValue(2, text(event.type));
            insertEvent.bindValue(3, text(event.topic));
            insertEvent.bindValue(4, textOrNull(columns.subjectId));
            insertEvent.bindValue(5, textOrNull(columns.name));
            insertEvent.bindValue(6, textOrNull(columns.step));
            insertEvent.bindValue(7, textOrNull(columns.queue));
            insertEvent.bindValue(8, textOrNull(columns.error));
            insertEvent.bindValue(9, text(QString::fromUtf8(event.data)));
            if (!insertEvent.exec())
                return failed(insertEvent, error);
            if (!firstId.isValid())
                firstId = insertEvent.lastInsertId();
        }
        if (!countEvents(part, error))
            return false;
    }
    return !firstId.isValid() || indexEvents(firstId, error);
}

bool JournalWriter::indexEvents(const QVariant& firstId, QString* error)
{
    // One statement for the whole transaction (JournalSchema, step 4 → 5: FTS5 writes its pending words out
    // at each statement's end); the rows were just written, so they are read back from the page cache.
    m_indexEvents->bindValue(0, firstId);
    return m_indexEvents->exec() || failed(*m_indexEvents, error);
}

bool JournalWriter::countEvents(const JournalBatch::Events& part, QString* error)
{
    // A session batch arrives at one moment: one row per type it holds, in the minute it arrived.
    QHash<QString, qint64> perType;
    for (const dwp::StreamEvent& event : part.events)
        ++perType[event.type];
    for (auto it = perType.cbegin(); it != perType.cend(); ++it) {
        m_countEvents->bindValue(0, part.receivedMs / JournalSchema::kEventMinuteMs);
        m_countEvents->bindValue(1, text(it.key()));
        m_countEvents->bindValue(2, it.value());
        if (!m_countEvents->exec())
            return failed(*m_countEvents, error);
    }
    return true;
}

bool JournalWriter::writeRecords(const JournalBatch& batch, QString* error)
{
    for (const JournalBatch::Gap& gap : batch.gaps) {
        m_insertGap->bindValue(0, gap.fromMs);
        m_insertGap->bindValue(1, gap.toMs);
        if (!m_insertGap->exec())
            return failed(*m_insertGap, error);
    }
    for (const JournalBatch::StatsSample& sample : batch.stats) {
        m_insertStats->bindValue(0, sample.atMs);
        m_insertStats->bindValue(1, text(sample.source));
        m_insertStats->bindValue(2, text(QString::fromUtf8(sample.json)));
        if (!m_insertStats->exec())
            return failed(*m_insertStats, error);
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
    closeDatabase();
    QThread::currentThread()->quit();
}

void JournalWriter::closeDatabase()
{
    m_insertEvent.reset();
    m_insertGap.reset();
    m_insertStats.reset();
    m_insertLookup.reset();
    m_insertLookupText.reset();
    m_insertAction.reset();
    m_countEvents.reset();
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
}

} // namespace dispatch
