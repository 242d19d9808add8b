// SPDX-License-Identifier: MIT
// Journal: events and gaps reach the profile's SQLite file on the writer thread, in WAL mode at the current
// schema; a file written by schema 1 is migrated with its rows kept; a session's batches and gaps go to its
// journal; SessionHost gives each profile its own file.
#include "JournalFileReader.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalLocation.h"
#include "session/JournalSchema.h"
#include "session/MonitorSession.h"
#include "session/SessionHost.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
using journaltest::JournalFileReader;
namespace T = dwp::EventType;

namespace {

constexpr int kWaitMs = 10000;

QDateTime receivedAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void eventsAreKeptWithTheirColumns();
    void gapsAreKept();
    void aVersion1FileIsMigratedWithItsRows();
    void inMemoryWhenAskedTo();
    void aSessionsBatchesAndGapsGoToItsJournal();
    void eachProfileHasItsOwnFile();
    void aReplacedSessionHandsItsFileToTheNext();
    void theEnvironmentChoosesTheFolder();
};

void TestJournal::eventsAreKeptWithTheirColumns()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    const QList<dwp::StreamEvent> batch = {
        jobEvent(T::JobFailed, jobId(1), at(1, 250), QStringLiteral("boom"), 0, 0, QStringLiteral("resize"),
                 QStringLiteral("images")),
        runEvent(T::WorkflowStepFailed, runId(2), at(2), QStringLiteral("charge"),
                 QStringLiteral("declined")),
        dwp::StreamEvent::forCronFired({QStringLiteral("nightly"), jobId(3)}, at(3)),
    };
    {
        Journal journal(path);
        QSignalSpy problems(&journal, &Journal::problem);
        journal.start();
        journal.recordEvents(batch, receivedAt(1'750'000'010'000));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 3, "waiting for the writer to commit 3 events",
                                  kWaitMs);
        QCOMPARE(journal.storage(), Journal::Storage::File);
        QCOMPARE(problems.size(), 0);
    }
    JournalFileReader file(path);
    QVERIFY(file.isOpen());
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), JournalSchema::currentVersion());
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    const QStringList rows = file.rows(QStringLiteral("SELECT received_ms, ts_us, type, topic, subject_id, "
                                                      "name, step, queue, error FROM events ORDER BY id"));
    QCOMPARE(rows,
             QStringList({
                 QStringLiteral("1750000010000|1750000001250000|job.failed|job:%1|%1|resize|∅|images|boom")
                     .arg(jobId(1)),
                 QStringLiteral("1750000010000|1750000002000000|workflow.step_failed|workflow:%1|%1|"
                                "checkout|charge|∅|declined")
                     .arg(runId(2)),
                 QStringLiteral("1750000010000|1750000003000000|cron.fired||%1|nightly|∅|∅|∅").arg(jobId(3)),
             }));
    // The inner data exactly as received.
    const QStringList data = file.rows(QStringLiteral("SELECT data FROM events ORDER BY id"));
    QCOMPARE(data.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(data.at(i), QString::fromUtf8(batch.at(i).data));
}

void TestJournal::gapsAreKept()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.sqlite"));
    {
        Journal journal(path);
        journal.start();
        journal.recordGap(receivedAt(1000), receivedAt(61000));
        journal.recordEvents({jobEvent(T::JobEnqueued, jobId(1), at(0))}, receivedAt(62000));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the event after the gap",
                                  kWaitMs);
    }
    JournalFileReader file(path);
    QCOMPARE(file.rows(QStringLiteral("SELECT from_ms, to_ms FROM connection_gaps")),
             QStringList{QStringLiteral("1000|61000")});
}

// A file as schema 1 wrote it (the SQL is the release's, copied here on purpose: the fixture must not follow
// later edits of JournalSchema).
void TestJournal::aVersion1FileIsMigratedWithItsRows()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    {
        JournalFileReader old(path);
        QVERIFY(old.exec(QStringLiteral(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, received_ms INTEGER NOT NULL, ts_us INTEGER NOT "
            "NULL, "
            "type TEXT NOT NULL, topic TEXT NOT NULL, subject_id TEXT, name TEXT, step TEXT, queue TEXT, "
            "error TEXT, data TEXT NOT NULL)")));
        QVERIFY(old.exec(QStringLiteral("CREATE INDEX events_by_subject ON events (subject_id)")));
        QVERIFY(old.exec(QStringLiteral(
            "INSERT INTO events (received_ms, ts_us, type, topic, subject_id, name, data) VALUES "
            "(5, 4, 'job.enqueued', 'job:a', 'a', 'old-one', '{\"job_id\":\"a\"}'), "
            "(6, 5, 'job.started', 'job:a', 'a', 'old-one', '{\"job_id\":\"a\"}')")));
        QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    {
        Journal journal(path);
        QSignalSpy problems(&journal, &Journal::problem);
        journal.start();
        journal.recordEvents({jobEvent(T::JobCompleted, jobId(9), at(9))}, receivedAt(7));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the event after migrating",
                                  kWaitMs);
        QCOMPARE(journal.storage(), Journal::Storage::File);
        QCOMPARE(problems.size(), 0);
    }
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), JournalSchema::currentVersion());
    QCOMPARE(
        file.rows(QStringLiteral("SELECT id, received_ms, type, subject_id, name FROM events ORDER BY id")),
        QStringList({QStringLiteral("1|5|job.enqueued|a|old-one"),
                     QStringLiteral("2|6|job.started|a|old-one"),
                     QStringLiteral("3|7|job.completed|%1|send-email").arg(jobId(9))}));
    // What versions 2 and 3 added is there; the gaps hold the hole since the file's last event (schema 7:
    // no monitor journaled it since; JournalWriter::noteSessionStart).
    QCOMPARE(file.rows(QStringLiteral("SELECT from_ms, reason FROM connection_gaps")),
             QStringList{QStringLiteral("6|not_running")});
    for (const QString& table :
         {QStringLiteral("stats_samples"), QStringLiteral("lookups"), QStringLiteral("operator_actions")})
        QVERIFY2(file.count(table) == 0 && file.lastError().isEmpty(), qPrintable(table + file.lastError()));
    QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events_by_time'"))
                 .toInt(),
             1);
    // Version 8 indexes events by subject and type in place of by subject alone.
    QCOMPARE(
        file.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'events' AND name LIKE "
                                 "'events_by_subject%' ORDER BY name")),
        QStringList{QStringLiteral("events_by_subject_type")});
    // Version 4 counts events per minute of arrival and type: the old rows, counted by the migration, and the
    // one written after it (all in minute 0: received at 5, 6 and 7 ms).
    QCOMPARE(file.rows(QStringLiteral("SELECT minute, type, count FROM event_minutes ORDER BY type")),
             QStringList({QStringLiteral("0|job.completed|1"), QStringLiteral("0|job.enqueued|1"),
                          QStringLiteral("0|job.started|1")}));
}

void TestJournal::inMemoryWhenAskedTo()
{
    Journal journal{QString()};
    QSignalSpy problems(&journal, &Journal::problem);
    QSignalSpy storage(&journal, &Journal::storageChanged);
    journal.start();
    journal.recordEvents({jobEvent(T::JobEnqueued, jobId(1), at(0))}, receivedAt(1));
    QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the in-memory journal", kWaitMs);
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(storage.size(), 1);
    QCOMPARE(problems.size(), 0);
}

void TestJournal::aSessionsBatchesAndGapsGoToItsJournal()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("s.sqlite"));
    {
        MonitorSession session{ClientOptions{}};
        session.setJournal(std::make_unique<Journal>(path));
        session.batcher().addEvent(jobEvent(T::JobEnqueued, jobId(1), at(0)));
        session.batcher().addEvent(jobEvent(T::JobStarted, jobId(1), at(1)));
        session.batcher().flush();
        emit session.connectionGap(receivedAt(10), receivedAt(20));
        session.batcher().addEvent(jobEvent(T::JobCompleted, jobId(1), at(2)));
        // The models got them as before.
        session.batcher().flush();
        QCOMPARE(session.jobs().rowCount(), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(session.journal()->eventsWritten() == 3,
                                  "waiting for the session's 3 events in its journal", kWaitMs);
        session.stop();
    }
    JournalFileReader file(path);
    QCOMPARE(file.rows(QStringLiteral("SELECT type FROM events ORDER BY id")),
             QStringList({T::JobEnqueued, T::JobStarted, T::JobCompleted}));
    QCOMPARE(file.rows(QStringLiteral("SELECT from_ms, to_ms FROM connection_gaps")),
             QStringList{QStringLiteral("10|20")});
}

void TestJournal::eachProfileHasItsOwnFile()
{
    QTemporaryDir folder;
    SessionHost host;
    // Without a folder, the default, sessions keep no journal (tests and embedders opt in).
    ConnectRequest request;
    request.options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    request.options.reconnect = false;
    request.profile = QStringLiteral("Staging EU");
    host.connectInBackground(QString(), request);
    QTRY_VERIFY2_WITH_TIMEOUT(host.session() != nullptr, "waiting for the session without a journal",
                              kWaitMs);
    QCOMPARE(host.session()->journal(), nullptr);

    host.setJournalFolder(folder.path());
    host.connectInBackground(QStringLiteral("b"), request);
    QTRY_VERIFY2_WITH_TIMEOUT(host.session(QStringLiteral("b")) != nullptr,
                              "waiting for the profile's session", kWaitMs);
    const QString expected =
        JournalLocation::fileFor(folder.path(), request.profile, request.options.connection.url);
    QCOMPARE(host.session(QStringLiteral("b"))->journal()->filePath(), expected);
    QVERIFY2(QFileInfo(expected).fileName().startsWith(u"staging_eu-"), qPrintable(expected));
    QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(expected), "waiting for the profile's journal file", kWaitMs);

    // Same profile whatever its case (names are unique regardless of case); another name, another file;
    // an ad-hoc connection is named after its server.
    QCOMPARE(JournalLocation::fileFor(folder.path(), QStringLiteral("staging eu"), {}), expected);
    QVERIFY(JournalLocation::fileFor(folder.path(), QStringLiteral("Staging/EU"), {}) != expected);
    QVERIFY(JournalLocation::fileFor(folder.path(), QStringLiteral("Staging_EU"), {}) != expected);
    const QString adHoc =
        JournalLocation::fileFor(folder.path(), {}, QUrl(QStringLiteral("wss://q.example:8443/")));
    QVERIFY2(QFileInfo(adHoc).fileName().startsWith(u"q.example-"), qPrintable(adHoc));
    QCOMPARE(JournalLocation::fileFor(folder.path(), {}, QUrl(QStringLiteral("wss://u:pw@q.example:8443"))),
             adHoc);

    // In memory with an empty folder.
    host.setJournalFolder(QString());
    host.connectInBackground(QStringLiteral("c"), request);
    QTRY_VERIFY2_WITH_TIMEOUT(host.session(QStringLiteral("c")) != nullptr,
                              "waiting for the in-memory session", kWaitMs);
    QCOMPARE(host.session(QStringLiteral("c"))->journal()->filePath(), QString());
}

// Switching away from a profile and back, or connecting it again, closes one journal of the profile while the
// next opens: the next waits for the lock instead of falling back to memory.
void TestJournal::aReplacedSessionHandsItsFileToTheNext()
{
    QTemporaryDir folder;
    SessionHost host;
    host.setJournalFolder(folder.path());
    ConnectRequest request;
    request.options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    request.options.reconnect = false;
    request.profile = QStringLiteral("Prod");
    host.connectInBackground(QString(), request);
    QTRY_VERIFY2_WITH_TIMEOUT(host.session() &&
                                  host.session()->journal()->storage() == Journal::Storage::File,
                              "waiting for the first session's journal file", kWaitMs);
    MonitorSession* first = host.session();
    host.connectInBackground(QString(), request);
    QTRY_VERIFY2_WITH_TIMEOUT(host.session() != first, "waiting for the second session", kWaitMs);
    Journal* next = host.session()->journal();
    QSignalSpy problems(next, &Journal::problem);
    QTRY_VERIFY2_WITH_TIMEOUT(next->storage() != Journal::Storage::Opening,
                              "waiting for the next journal to open", kWaitMs);
    QCOMPARE(next->storage(), Journal::Storage::File);
    QCOMPARE(problems.size(), 0);
}

void TestJournal::theEnvironmentChoosesTheFolder()
{
    qputenv(JournalLocation::kEnvironmentVariable, "off");
    QCOMPARE(JournalLocation::folderFromEnvironment(), std::nullopt);
    qputenv(JournalLocation::kEnvironmentVariable, "/somewhere/else");
    QCOMPARE(JournalLocation::folderFromEnvironment(),
             std::optional<QString>(QStringLiteral("/somewhere/else")));
    qunsetenv(JournalLocation::kEnvironmentVariable);
    const auto byDefault = JournalLocation::folderFromEnvironment();
    QVERIFY(byDefault.has_value());
    QVERIFY2(byDefault->endsWith(u"/journal"), qPrintable(*byDefault));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
