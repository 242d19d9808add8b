// SPDX-License-Identifier: MIT
// The rest of issue 19 item 3: besides jobs and runs, a session journals what its pages show — the events,
// the DWP stats reply, the REST totals, the dead-letter count and the first pages of the server's dead-letter
// and cron lists — and the next session of the profile has them at once, before it connects, each as of when;
// the journal's events are in the log before any live one, which follow. A file without such rows (an older
// version's) restores nothing of them and reports nothing wrong.
#include "JournalFileReader.h"
#include "client/ClientTestSupport.h"
#include "devserver/CronSchedule.h"
#include "devserver/DevServer.h"
#include "devserver/JobHandlerCatalog.h"
#include "models/EventLogModel.h"
#include "models/StatsHistory.h"
#include "session/CronActions.h"
#include "session/DeadLetterActions.h"
#include "session/Journal.h"
#include "session/JournalReader.h"
#include "session/JournalSchema.h"
#include "session/MonitorSession.h"
#include "session/SessionHistory.h"
#include "support/StartedSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using journaltest::JournalFileReader;
using testsupport::advanceUntil;
using testsupport::awaitTask;
using testsupport::startedSession;

namespace {

constexpr int kWaitMs = 10000;
constexpr int kDeadLetters = 3;

// What the first session was told, to be found again in the second.
struct Told
{
    qsizetype events = 0;
    qint64 subscribers = -1;
    std::optional<dwp::AdminStats> totals;
    QStringList deadLetterIds;
    QStringList cronIds;
};

void pushDeadLetters(devserver::DevServer& server)
{
    for (int n = 0; n < kDeadLetters; ++n) {
        dwp::Job job;
        job.id = QStringLiteral("job_01jz0000000000000000000%1").arg(n, 3, 10, QLatin1Char('0'));
        job.name = QStringLiteral("send-email");
        job.queue = QStringLiteral("default");
        job.lastError = QStringLiteral("smtp down");
        server.engine().deadLetters().push(job);
    }
}

} // namespace

class TestJournalRestore : public QObject
{
    Q_OBJECT

private slots:
    void aSessionJournalsWhatItsPagesShow();
    void theNextSessionShowsItAtOnceThenLiveFollows();
    void aFileWithoutSuchRowsRestoresNothing();

private:
    static Told firstSession(const QString& path);
};

// A session against a server that can list over REST: a job run, stats polled, the totals, the dead-letter
// count and list and the cron list asked for as the pages ask.
Told TestJournalRestore::firstSession(const QString& path)
{
    Told told;
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restListRoutes = true;
    testsupport::DevServerFixture fixture(config);
    if (!fixture.isRunning())
        return told;
    pushDeadLetters(fixture.server());
    fixture.server().engine().crons().add(QStringLiteral("nightly-report"),
                                          *devserver::CronSchedule::parse(QStringLiteral("@every 1h")),
                                          QStringLiteral("report"));
    auto session = startedSession(fixture, [&](MonitorSession& made) {
        made.setJournal(std::make_unique<Journal>(path));
        made.setStatsInterval(std::chrono::milliseconds(50));
    });
    const QString jobId =
        awaitTask(session->client().enqueue(devserver::JobHandlerCatalog::kNoop, QByteArrayLiteral("{}")))
            .jobId;
    const bool seen = advanceUntil(fixture.server(), [&] {
        return session->eventLog().rowCount() >= 3 &&
               !session->statsHistory().series(StatsHistory::SubscriberCount).isEmpty() &&
               session->adminApi().totals().has_value();
    });
    if (!seen)
        return told;
    told.events = session->eventLog().rowCount();
    told.subscribers = qint64(session->statsHistory().series(StatsHistory::SubscriberCount).constLast().y());
    told.totals = session->adminApi().totals();
    const QPointer<MonitorSession> origin(session.get());
    if (awaitTask(DeadLetterActions::count(origin)) != kDeadLetters)
        return told;
    for (const dwp::DlqEntry& entry : awaitTask(DeadLetterActions::page(origin, 50, 0)))
        told.deadLetterIds.append(entry.id);
    CronActions crons;
    crons.setSession(session.get());
    QSignalSpy listed(&crons, &CronActions::pageListed);
    crons.list(50, 0);
    if (!listed.wait(kWaitMs))
        return told;
    for (const dwp::CronEntry& entry : listed.constFirst().at(0).value<QList<dwp::CronEntry>>())
        told.cronIds.append(entry.id);
    session->stop();
    return told;
}

void TestJournalRestore::aSessionJournalsWhatItsPagesShow()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("profile.sqlite"));
    const qint64 beforeMs = QDateTime::currentMSecsSinceEpoch();
    const Told told = firstSession(path);
    QVERIFY2(told.events >= 3, "the first session saw its job's events");
    QCOMPARE(told.deadLetterIds.size(), kDeadLetters);
    QCOMPARE(told.cronIds.size(), 1);

    JournalReader reader(path);
    const JournalRecentState state = reader.recentState(100);
    const qint64 afterMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(state.error.isEmpty(), qPrintable(state.error));
    QCOMPARE(state.events.size(), told.events);
    QVERIFY(state.eventsAsOfMs >= beforeMs && state.eventsAsOfMs <= afterMs);
    QVERIFY(state.stats);
    QCOMPARE(state.stats->broker.subscriberCount, told.subscribers);
    QVERIFY(state.statsAtMs >= beforeMs && state.statsAtMs <= afterMs);
    QVERIFY(state.totals);
    QCOMPARE(*state.totals, *told.totals);
    QCOMPARE(state.dlqCount, std::optional<qint64>(kDeadLetters));
    QVERIFY(state.dlqCountAtMs >= beforeMs && state.dlqCountAtMs <= afterMs);
    QVERIFY(state.dlqList);
    QStringList keptDeadLetters;
    for (const dwp::DlqEntry& entry : *state.dlqList)
        keptDeadLetters.append(entry.id);
    QCOMPARE(keptDeadLetters, told.deadLetterIds);
    QVERIFY(state.cronList);
    QCOMPARE(state.cronList->size(), 1);
    QCOMPARE(state.cronList->constFirst().id, told.cronIds.constFirst());
    QCOMPARE(state.cronList->constFirst().name, QStringLiteral("nightly-report"));
    // At most the events asked for, the newest.
    const JournalRecentState two = JournalReader(path).recentState(2);
    QCOMPARE(two.events.size(), 2);
    QCOMPARE(two.events.constLast().type, state.events.constLast().type);
}

void TestJournalRestore::theNextSessionShowsItAtOnceThenLiveFollows()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("profile.sqlite"));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Told told = firstSession(path);
    QVERIFY2(told.events >= 3 && told.deadLetterIds.size() == kDeadLetters, "the first session journaled");

    // A fresh server: no dead letters, no crons, no jobs.
    testsupport::DevServerFixture fresh;
    QVERIFY2(fresh.isRunning(), qPrintable(fresh.error()));
    MonitorSession session(clienttest::optionsFor(fresh.url()));
    session.batcher().setInterval(std::chrono::milliseconds(5));
    session.setStatsInterval(std::chrono::milliseconds(0));
    QSignalSpy warnings(&session, &MonitorSession::warning);
    session.setJournal(std::make_unique<Journal>(path));
    SessionHistory* history = session.history();
    QVERIFY(history);
    QVERIFY(QTest::qWaitFor([&] { return history->isRecentRestored(); }, kWaitMs));

    // Not connected: all of it from the journal, as of when.
    QCOMPARE(session.state(), ClientState::Disconnected);
    QCOMPARE(session.eventLog().rowCount(), told.events);
    QCOMPARE(history->restoredEventCount(), told.events);
    QCOMPARE(history->firstLiveSequence(), quint64(told.events));
    QVERIFY(history->eventsAsOf() >= before && history->eventsAsOf() <= QDateTime::currentDateTimeUtc());
    const JournalRecentState& kept = history->recent();
    QVERIFY(kept.events.isEmpty()); // moved into the log
    QVERIFY(kept.stats && kept.totals && kept.dlqCount && kept.dlqList && kept.cronList);
    QCOMPARE(*kept.dlqCount, qint64(kDeadLetters));
    QCOMPARE(kept.dlqList->size(), kDeadLetters);
    QCOMPARE(kept.cronList->constFirst().id, told.cronIds.constFirst());
    QVERIFY(history->error().isEmpty());

    // Connected: live events follow the journal's in the log, and the live answers are the fresh server's.
    awaitTask(session.start());
    awaitTask(session.client().enqueue(devserver::JobHandlerCatalog::kNoop, QByteArrayLiteral("{}")));
    QVERIFY2(advanceUntil(fresh.server(), [&] { return session.eventLog().rowCount() > told.events; }),
             "waiting for a live event after the journal's");
    const EventLogModel& log = session.eventLog();
    for (int row = 0; row < log.rowCount(); ++row)
        QCOMPARE(log.sequenceOf(row) < history->firstLiveSequence(), row < told.events);
    QCOMPARE(log.index(int(told.events), 0).data(EventLogModel::TypeRole).toString(),
             QStringLiteral("job.enqueued"));
    QCOMPARE(awaitTask(DeadLetterActions::count(QPointer<MonitorSession>(&session))), qint64(0));
    QVERIFY2(warnings.isEmpty(),
             qPrintable(warnings.isEmpty() ? QString() : warnings.first().first().toString()));
}

void TestJournalRestore::aFileWithoutSuchRowsRestoresNothing()
{
    QTemporaryDir folder;
    // As schema 2 left it (no stats_samples, no lookups): its events come back, nothing else, no error.
    const QString old = folder.filePath(QStringLiteral("old.sqlite"));
    {
        JournalFileReader file(old);
        for (int from = 0; from < 2; ++from)
            for (const QString& statement : JournalSchema::stepFrom(from))
                QVERIFY2(file.exec(statement), qPrintable(statement));
        QVERIFY(file.exec(
            QStringLiteral("INSERT INTO events (received_ms, ts_us, type, topic, subject_id, data) VALUES "
                           "(5000, 4000, 'job.enqueued', 'job:a', 'a', '{\"job_id\":\"a\"}')")));
        QVERIFY(file.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    const JournalRecentState state = JournalReader(old).recentState(100);
    QVERIFY2(state.error.isEmpty(), qPrintable(state.error));
    QCOMPARE(state.events.size(), 1);
    QCOMPARE(state.eventsAsOfMs, qint64(5000));
    QVERIFY(!state.stats && !state.totals && !state.dlqCount && !state.dlqList && !state.cronList);

    // A current file that holds nothing: nothing at all, and a session on it says nothing.
    const QString empty = folder.filePath(QStringLiteral("empty.sqlite"));
    {
        Journal journal(empty);
        journal.start();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.storage() == Journal::Storage::File, "waiting for the file to open",
                                  kWaitMs);
    }
    QVERIFY(JournalReader(empty).recentState(100).isEmpty());
    MonitorSession session(clienttest::optionsFor(QUrl(QStringLiteral("ws://127.0.0.1:1/dwp"))));
    QSignalSpy warnings(&session, &MonitorSession::warning);
    session.setJournal(std::make_unique<Journal>(empty));
    QVERIFY(QTest::qWaitFor([&] { return session.history()->isRecentRestored(); }, kWaitMs));
    QCOMPARE(session.eventLog().rowCount(), 0);
    QCOMPARE(session.history()->firstLiveSequence(), quint64(0));
    QVERIFY(!session.history()->eventsAsOf().isValid());
    QVERIFY(session.history()->error().isEmpty());
    QVERIFY(warnings.isEmpty());
}

QTEST_MAIN(TestJournalRestore)
#include "tst_journal_restore.moc"
