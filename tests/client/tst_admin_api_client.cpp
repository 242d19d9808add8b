// SPDX-License-Identifier: MIT
// The REST admin client against the devserver's REST side (dwp-protocol.md §8): detection with and without
// list routes or REST at all, the store's totals, lookups through double bodies, retry seen live on the DWP
// stream, the guarded cancel, DLQ replay / replay-all / purge, cron enable / disable / delete.
#include "AdminApiTestSupport.h"
#include "FaultMatrixSupport.h"

#include "devserver/JobHandlerCatalog.h"
#include "protocol/JobState.h"

#include <QSignalSpy>

using namespace dispatch;
using admintest::settingsFor;

namespace {

// A job that fails every attempt: after its retries it is failed and dead-lettered.
QString buryOneJob(testsupport::DevServerFixture& fixture)
{
    devserver::WorkerPool::EnqueueOptions options;
    options.name = devserver::JobHandlerCatalog::kScripted;
    options.payload = QByteArrayLiteral("{\"fail_attempts\":-1,\"error\":\"disk full\"}");
    const QString id = fixture.server().engine().enqueue(options).id;
    const bool failed = clienttest::advanceUntil(
        fixture.server(),
        [&] {
            const auto job = fixture.server().engine().job(id);
            return job && job->state == QLatin1StringView("failed");
        },
        1000);
    return failed ? id : QString();
}

} // namespace

class AdminApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void baseUrlIsDerivedFromTheDwpUrl()
    {
        QCOMPARE(AdminApiSettings::derivedBaseUrl(QUrl(QStringLiteral("ws://dispatch.example:8080/dwp"))),
                 QUrl(QStringLiteral("http://dispatch.example:8080/dispatch")));
        QCOMPARE(AdminApiSettings::derivedBaseUrl(QUrl(QStringLiteral("wss://dispatch.example/dwp"))),
                 QUrl(QStringLiteral("https://dispatch.example/dispatch")));
        QCOMPARE(AdminApiSettings::derivedBaseUrl(QUrl(QStringLiteral("WSS://[::1]:9/x/dwp"))),
                 QUrl(QStringLiteral("https://[::1]:9/dispatch")));
        QVERIFY(AdminApiSettings::derivedBaseUrl(QUrl(QStringLiteral("ftp://host/dwp"))).isEmpty());
        QVERIFY(AdminApiSettings::derivedBaseUrl(QUrl()).isEmpty());
    }

    void detectionOnTheRealServersShapeSaysListsAreMissing()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        const QUrl derived = AdminApiSettings::derivedBaseUrl(fixture.url());
        QCOMPARE(derived, fixture.server().adminUrl());
        AdminApiClient client(settingsFor(derived));
        const AdminApiCapabilities capabilities = testsupport::awaitTask(client.detect());
        QVERIFY2(capabilities.isAvailable(), qPrintable(capabilities.unavailableReason));
        QVERIFY(!capabilities.canList);
        QVERIFY(capabilities.stats.has_value());
        const QStringList limitations = capabilities.limitations();
        QCOMPARE(limitations.size(), 1);
        QVERIFY2(limitations.first().contains(QStringLiteral("cannot list")),
                 qPrintable(limitations.first()));
    }

    void detectionWithListRoutesFindsThem()
    {
        testsupport::DevServerFixture fixture(admintest::configWithLists(true));
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        const AdminApiCapabilities capabilities = testsupport::awaitTask(client.detect());
        QVERIFY(capabilities.isAvailable());
        QVERIFY(capabilities.canList);
        QVERIFY(capabilities.limitations().isEmpty());
        // The list itself: one buried job, one entry.
        QVERIFY(!buryOneJob(fixture).isEmpty());
        const auto entries = testsupport::awaitTask(client.deadLetters(10, 0));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().error, QStringLiteral("disk full"));
    }

    void detectionWithoutRestSaysSoInWords()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.restBasePath.clear(); // --no-rest
        testsupport::DevServerFixture fixture(config);
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        const QUrl derived = AdminApiSettings::derivedBaseUrl(fixture.url());
        AdminApiClient client(settingsFor(derived));
        const AdminApiCapabilities capabilities = testsupport::awaitTask(client.detect());
        QCOMPARE(capabilities.availability, AdminApiCapabilities::Availability::Unavailable);
        const QString words = capabilities.limitations().join(QLatin1Char(' '));
        QVERIFY2(words.contains(QStringLiteral("has no admin API at ") + derived.toDisplayString()),
                 qPrintable(words));
        // Positive control: the same server's DWP side answers.
        auto dwpClient = fixture.connectClient();
        QVERIFY(dwpClient);
    }

    void offMeansNoRequestAndSaysSo()
    {
        AdminApiClient client(settingsFor(QUrl()));
        QVERIFY(!client.isEnabled());
        const AdminApiCapabilities capabilities = testsupport::awaitTask(client.detect());
        QCOMPARE(capabilities.availability, AdminApiCapabilities::Availability::Off);
        QVERIFY(capabilities.limitations().first().contains(QStringLiteral("switched off")));
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("ConnectionError"));
    }

    void statsAndCountsMatchTheEngine()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY(!buryOneJob(fixture).isEmpty());
        devserver::WorkerPool::EnqueueOptions waiting;
        waiting.name = QStringLiteral("no.such.queue.job");
        waiting.queue = QStringLiteral("nobody-polls-this");
        for (int i = 0; i < 3; ++i)
            fixture.server().engine().enqueue(waiting);
        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        const dwp::AdminStats stats = testsupport::awaitTask(client.stats());
        const QHash<QString, int> engine = fixture.server().engine().jobs().countByState();
        QCOMPARE(stats.jobs.failed, engine.value(QStringLiteral("failed")));
        QCOMPARE(stats.jobs.pending, engine.value(QStringLiteral("pending")));
        QCOMPARE(stats.jobs.pending, 3);
        QCOMPARE(stats.jobs.failed, 1);
        QCOMPARE(stats.dlqCount, 1);
        QCOMPARE(testsupport::awaitTask(client.jobCounts()), stats.jobs);
        QCOMPARE(testsupport::awaitTask(client.dlqCount()), 1);
    }

    void jobLookupReadsTheFirstOfTwoBodies()
    {
        testsupport::DevServerFixture fixture;
        const QString id = buryOneJob(fixture);
        QVERIFY(!id.isEmpty());
        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        const dwp::Job job = testsupport::awaitTask(client.job(id));
        QCOMPARE(job, *fixture.server().engine().job(id));
        QString message;
        QCOMPARE(
            clienttest::failureOf(client.job(QStringLiteral("wfrun_01jd0000000000000000000000")), &message),
            QStringLiteral("BadRequestError"));
        QVERIFY2(message.contains(QStringLiteral("expected prefix \"job\"")), qPrintable(message));
        QCOMPARE(clienttest::failureOf(client.job(QStringLiteral("job_01jd0000000000000000000000"))),
                 QStringLiteral("NotFoundError"));
        // An id with a slash stays one path segment: it cannot reach /v1/jobs/counts.
        QCOMPARE(clienttest::failureOf(client.job(QStringLiteral("../jobs/counts"))),
                 QStringLiteral("BadRequestError"));
    }

    void retryRunsTheJobAgainAndTheStreamShowsIt()
    {
        testsupport::DevServerFixture fixture;
        const QString id = buryOneJob(fixture);
        QVERIFY(!id.isEmpty());
        DispatchClient dwpClient(clienttest::optionsFor(fixture.url()));
        QCOMPARE(faultmatrix::settle(dwpClient.connect()).errorClass, QStringLiteral("none"));
        auto stream = testsupport::awaitTask(dwpClient.subscribe(QStringLiteral("job:") + id));
        QStringList seen;
        connect(stream.get(), &Subscription::event, this,
                [&](const dwp::StreamEvent& event) { seen.append(event.type); });

        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        testsupport::awaitTask(client.retryJob(id));
        const dwp::Job pending = testsupport::awaitTask(client.job(id));
        QCOMPARE(pending.state, QStringLiteral("pending"));
        QCOMPARE(pending.retryCount, 0);
        QVERIFY(!pending.completedAt);
        QVERIFY(pending.lastError.isEmpty());
        QVERIFY2(clienttest::advanceUntil(fixture.server(),
                                          [&] { return seen.contains(QStringLiteral("job.started")); }),
                 qPrintable(seen.join(QLatin1Char(','))));
        // Retrying a job that is not failed is refused with the server's words.
        QString message;
        QCOMPARE(clienttest::failureOf(client.retryJob(id), &message), QStringLiteral("BadRequestError"));
        QVERIFY2(message.contains(QStringLiteral("current state")), qPrintable(message));
    }

    void cancelIsGuardedAndSetsCompletedAt()
    {
        testsupport::DevServerFixture fixture;
        devserver::WorkerPool::EnqueueOptions waiting;
        waiting.name = QStringLiteral("waits");
        waiting.queue = QStringLiteral("nobody-polls-this");
        const QString pendingId = fixture.server().engine().enqueue(waiting).id;
        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        testsupport::awaitTask(client.cancelJob(pendingId));
        const dwp::Job cancelled = testsupport::awaitTask(client.job(pendingId));
        QCOMPARE(cancelled.state, QStringLiteral("cancelled"));
        QVERIFY(cancelled.completedAt.has_value());

        // A running job: the server's message, and the job keeps running.
        devserver::WorkerPool::EnqueueOptions slow;
        slow.name = devserver::JobHandlerCatalog::kScripted;
        slow.payload = QByteArrayLiteral("{\"duration_ms\":600000}");
        const QString runningId = fixture.server().engine().enqueue(slow).id;
        QVERIFY(clienttest::advanceUntil(fixture.server(), [&] {
            return fixture.server().engine().job(runningId)->state == QLatin1StringView("running");
        }));
        QString message;
        QCOMPARE(clienttest::failureOf(client.cancelJob(runningId), &message),
                 QStringLiteral("BadRequestError"));
        QCOMPARE(message, QStringLiteral("can only cancel pending or retrying jobs, current state: running"));
        QCOMPARE(fixture.server().engine().job(runningId)->state, QStringLiteral("running"));
        // An action on an unknown id: the other error shape (HTTP 500, string code).
        QCOMPARE(clienttest::failureOf(client.cancelJob(QStringLiteral("job_01jd0000000000000000000000")),
                                       &message),
                 QStringLiteral("ServerError"));
        QCOMPARE(message, QStringLiteral("job not found"));
    }

    void deadLettersReplayReplayAllAndPurge()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY(!buryOneJob(fixture).isEmpty());
        QVERIFY(!buryOneJob(fixture).isEmpty());
        const QList<dwp::DlqEntry> stored = fixture.server().engine().deadLetters().entries();
        QCOMPARE(stored.size(), 2);
        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        const dwp::DlqEntry entry = testsupport::awaitTask(client.dlqEntry(stored[0].id));
        QCOMPARE(entry, stored[0]);
        QVERIFY(!entry.replayedAt);

        const dwp::Job replayed = testsupport::awaitTask(client.replayDlqEntry(entry.id));
        QVERIFY(replayed.id != entry.jobId);
        QCOMPARE(replayed.name, entry.jobName);
        QCOMPARE(replayed.retryCount, 0);
        QCOMPARE(replayed.timeoutNanos, 0);
        QVERIFY(testsupport::awaitTask(client.dlqEntry(entry.id)).replayedAt.has_value());

        // Replay-all skips the replayed entry: one of two.
        const auto all = testsupport::awaitTask(client.replayAllDlq());
        QCOMPARE(all.replayed, 1);
        QCOMPARE(all.errors, 0);
        QCOMPARE(testsupport::awaitTask(client.replayAllDlq()).replayed, 0);

        // Purge deletes entries older than 30 days only: none yet, both after 31 simulated days.
        QCOMPARE(testsupport::awaitTask(client.purgeDlq()), 0);
        QVERIFY(testsupport::awaitTask(client.dlqCount()) >= 2);
        // (The replayed jobs fail again meanwhile and are buried too, early in those 31 days.)
        fixture.server().clock().advanceMs(31LL * 24 * 3600 * 1000);
        const qint64 countBefore = testsupport::awaitTask(client.dlqCount());
        QVERIFY(countBefore >= 2);
        QCOMPARE(testsupport::awaitTask(client.purgeDlq()), countBefore);
        QCOMPARE(testsupport::awaitTask(client.dlqCount()), 0);
    }

    void cronDisabledByIdStopsFiringAndDeleteRemovesIt()
    {
        testsupport::DevServerFixture fixture;
        auto& crons = fixture.server().engine().crons();
        const QString id = crons.add(QStringLiteral("every-second"),
                                     *devserver::CronSchedule::parse(QStringLiteral("@every 1s")),
                                     devserver::JobHandlerCatalog::kNoop);
        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        const dwp::CronEntry entry = testsupport::awaitTask(client.cron(id));
        QCOMPARE(entry.name, QStringLiteral("every-second"));
        QCOMPARE(entry.schedule, QStringLiteral("@every 1s"));
        QVERIFY(entry.enabled);
        // Positive control: it fires while enabled.
        const qint64 firedBefore = crons.firedCount();
        fixture.server().clock().advanceMs(3000);
        QVERIFY(crons.firedCount() > firedBefore);

        const dwp::CronEntry disabled = testsupport::awaitTask(client.setCronEnabled(id, false));
        QVERIFY(!disabled.enabled);
        const qint64 firedAtDisable = crons.firedCount();
        fixture.server().clock().advanceMs(5000);
        QCOMPARE(crons.firedCount(), firedAtDisable);
        QVERIFY(testsupport::awaitTask(client.setCronEnabled(id, true)).enabled);
        fixture.server().clock().advanceMs(3000);
        QVERIFY(crons.firedCount() > firedAtDisable);

        testsupport::awaitTask(client.deleteCron(id));
        QCOMPARE(clienttest::failureOf(client.cron(id)), QStringLiteral("NotFoundError"));
    }

    void workflowNamesAreTheRegisteredOnes()
    {
        testsupport::DevServerFixture fixture;
        AdminApiClient client(settingsFor(fixture.server().adminUrl()));
        QStringList names = testsupport::awaitTask(client.workflowNames());
        names.sort();
        QCOMPARE(names, fixture.server().engine().workflows().names());
    }
};

QTEST_GUILESS_MAIN(AdminApiClientTest)
#include "tst_admin_api_client.moc"
