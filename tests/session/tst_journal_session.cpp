// SPDX-License-Identifier: MIT
// A session's journal against the in-process devserver: besides events, the stats samples the session polls,
// the jobs, runs and timelines it looks up, and the operator's actions with their outcome (done with the
// result, failed with the server's reason) reach the file.
#include "JournalFileReader.h"
#include "client/ClientTestSupport.h"
#include "protocol/ServerStats.h"
#include "session/JobActions.h"
#include "session/Journal.h"
#include "session/JournalSchema.h"
#include "session/JournalledAction.h"
#include "session/MonitorSession.h"
#include "session/SessionCommands.h"
#include "support/StartedSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using journaltest::JournalFileReader;
using testsupport::awaitTask;
using testsupport::startedSession;

namespace {

constexpr int kWaitMs = 10000;

qint64 rowsIn(const QString& path, const QString& table)
{
    JournalFileReader file(path); // a reader beside the writer: WAL lets it look while the session writes
    return file.count(table);
}

} // namespace

class TestJournalSession : public QObject
{
    Q_OBJECT

private slots:
    void statsLookupsAndActionsAreKept();
};

void TestJournalSession::statsLookupsAndActionsAreKept()
{
    testsupport::DevServerFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("session.sqlite"));
    QString jobId;
    QString refusal;
    {
        auto session = startedSession(fixture, [&](MonitorSession& made) {
            made.setJournal(std::make_unique<Journal>(path));
            made.setStatsInterval(std::chrono::milliseconds(20));
        });
        const QPointer<MonitorSession> guard(session.get());
        JobDraft draft;
        draft.name = QStringLiteral("devserver.noop");
        draft.payloadJson = QByteArrayLiteral("{\"n\":1}");
        jobId = awaitTask(SessionCommands::enqueue(guard, draft));
        awaitTask(session->fetchJob(jobId));
        // Refused by the server: noted with its reason, and the caller still gets the error.
        const QString failure = clienttest::failureOf(
            JobActions::relabelCancelled(guard, QStringLiteral("job_01jz00000000000000000nope")), &refusal);
        QVERIFY2(failure != u"none", "relabelling a job the server does not know should fail");
        QVERIFY2(QTest::qWaitFor([&] { return rowsIn(path, QStringLiteral("stats_samples")) >= 2; }, kWaitMs),
                 "waiting for two stats samples in the journal");
        session->stop();
    }
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), JournalSchema::currentVersion());
    const QStringList actions = file.rows(
        QStringLiteral("SELECT action, target, succeeded, detail FROM operator_actions ORDER BY id"));
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0), QStringLiteral("job.enqueue|devserver.noop|1|%1").arg(jobId));
    QVERIFY2(actions.at(1).startsWith(u"job.relabel_cancelled|job_01jz00000000000000000nope|0|") &&
                 !refusal.isEmpty() && actions.at(1).endsWith(refusal),
             qPrintable(actions.at(1) + QStringLiteral(" / ") + refusal));
    QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM operator_actions WHERE at_ms > 0")).toInt(), 2);
    const QStringList lookups = file.rows(QStringLiteral("SELECT kind, subject_id FROM lookups"));
    QVERIFY2(lookups.contains(QStringLiteral("job|%1").arg(jobId)), qPrintable(lookups.join(u", ")));
    const QString lookedUp =
        file.scalar(QStringLiteral("SELECT data FROM lookups WHERE subject_id = '%1'").arg(jobId)).toString();
    QVERIFY2(lookedUp.contains(jobId) && lookedUp.contains(u"devserver.noop"), qPrintable(lookedUp));
    const QString sample =
        file.scalar(QStringLiteral("SELECT data FROM stats_samples WHERE source = 'dwp.stats' LIMIT 1"))
            .toString();
    QVERIFY2(dwp::ServerStats::parse(sample.toUtf8()).ok(), qPrintable(sample));
    // The enqueue's own event went in too.
    QVERIFY(file.scalar(QStringLiteral("SELECT count(*) FROM events WHERE subject_id = '%1'").arg(jobId))
                .toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestJournalSession)
#include "tst_journal_session.moc"
