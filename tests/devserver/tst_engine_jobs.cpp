// SPDX-License-Identifier: MIT
#include "EngineHarness.h"
#include "protocol/Topics.h"
#include "support/TestJson.h"

#include <QTest>

using namespace devserver;
namespace E = dwp::EventType;

namespace {
constexpr qint64 kMs = EngineHarness::kMs;
constexpr qint64 kSecond = EngineHarness::kSecond;
const QString kScripted = JobHandlerCatalog::kScripted;
} // namespace

class EngineJobsTest : public QObject
{
    Q_OBJECT

private slots:
    void enqueueAppliesTheServerDefaults()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(QStringLiteral("send-email"), QByteArrayLiteral("{\"to\":\"a@b.c\"}"));
        QVERIFY(job.id.startsWith(QLatin1String("job_")));
        QCOMPARE(job.queue, QStringLiteral("default"));
        QCOMPARE(job.state, QStringLiteral("pending"));
        QCOMPARE(job.priority, 0);
        QCOMPARE(job.maxRetries, 3);
        QCOMPARE(job.retryCount, 0);
        QCOMPARE(job.timeoutNanos, 300000000000);
        QCOMPARE(job.workerId, QString());
        QCOMPARE(job.payload.value(), QByteArrayLiteral("{\"to\":\"a@b.c\"}"));
        QCOMPARE(job.runAt, job.createdAt);
        QCOMPARE(job.createdAt, dwp::Timestamp::fromNanosSinceEpoch(EngineHarness::kStart));
        QCOMPARE(h.types(), QStringList{E::JobEnqueued});
        const auto data = h.events.first().jobData();
        QCOMPARE(data->jobId, job.id);
        QCOMPARE(data->jobName, QStringLiteral("send-email"));
        QCOMPARE(h.events.first().topic, dwp::topics::jobTopic(job.id));
    }

    void aNegativePriorityIsNotApplied()
    {
        EngineHarness h;
        QCOMPARE(h.enqueue(kScripted, "{}", QString(), -5).priority, 0);
        QCOMPARE(h.enqueue(kScripted, "{}", QString(), 7).priority, 7);
    }

    void aJobRunsToCompletion()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, QByteArrayLiteral("{\"duration_ms\":100}"));
        h.advanceMs(19);
        QCOMPARE(h.job(job.id).state, QStringLiteral("pending"));
        h.advanceMs(1); // the worker's 20 ms pick-up latency
        const dwp::Job running = h.job(job.id);
        QCOMPARE(running.state, QStringLiteral("running"));
        QVERIFY(running.startedAt.has_value());
        QVERIFY(!running.heartbeatAt.has_value()); // only a 10 s heartbeat sets it (§3)
        QVERIFY(running.workerId.startsWith(QLatin1String("wkr_")));
        h.advanceMs(100);
        const dwp::Job done = h.job(job.id);
        QCOMPARE(done.state, QStringLiteral("completed"));
        QCOMPARE(done.completedAt.value().toMSecsSinceEpoch() - done.startedAt->toMSecsSinceEpoch(), 100);
        QCOMPARE(h.typesFor(dwp::topics::jobTopic(job.id)),
                 (QStringList{E::JobEnqueued, E::JobStarted, E::JobCompleted}));
        QCOMPARE(h.ofType(E::JobCompleted).first().jobData()->elapsedMs, 100);
        QVERIFY(!done.heartbeatAt.has_value()); // a 100 ms job never heartbeats
    }

    void heartbeatAtIsSetByTheTenSecondHeartbeatOnly()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, QByteArrayLiteral("{\"duration_ms\":25000}"));
        h.advanceMs(20 + 9999);
        QCOMPARE(h.job(job.id).state, QStringLiteral("running"));
        QVERIFY(!h.job(job.id).heartbeatAt.has_value());
        h.advanceMs(1); // 10 s after the start
        QCOMPARE(h.job(job.id).heartbeatAt.value().toMSecsSinceEpoch(),
                 h.job(job.id).startedAt->toMSecsSinceEpoch() + 10000);
        h.advanceMs(10000);
        QCOMPARE(h.job(job.id).heartbeatAt.value().toMSecsSinceEpoch(),
                 h.job(job.id).startedAt->toMSecsSinceEpoch() + 20000);
        h.advanceMs(5000);
        QCOMPARE(h.job(job.id).state, QStringLiteral("completed"));
    }

    void failuresRetryWithBackoffThenFailAndGoToTheDlq()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, QByteArrayLiteral("{\"fail\":true,\"error\":\"boom\"}"));
        h.advanceMs(60 * 60 * 1000);
        QCOMPARE(h.typesFor(dwp::topics::jobTopic(job.id)),
                 (QStringList{E::JobEnqueued, E::JobStarted, E::JobRetrying, E::JobStarted, E::JobRetrying,
                              E::JobStarted, E::JobRetrying, E::JobStarted, E::JobFailed, E::JobDlq}));
        const auto retries = h.ofType(E::JobRetrying);
        qint64 previousDelay = 0;
        for (int i = 0; i < retries.size(); ++i) {
            const auto data = retries[i].jobData();
            QCOMPARE(data->attempt, i + 1);
            QVERIFY(data->error.isEmpty()); // job.retrying carries no error
            // next_run_at is whole seconds on the wire (§5), the run_at itself is not truncated.
            const QByteArray json = retries[i].data;
            QVERIFY2(!testjson::object(json)
                          .value(QLatin1String("next_run_at"))
                          .toString()
                          .contains(QLatin1Char('.')),
                     json.constData());
            const qint64 delay = data->nextRunAt->seconds() - retries[i].ts.seconds();
            QVERIFY2(delay >= previousDelay, "backoff must not shrink");
            previousDelay = delay;
        }
        QVERIFY(previousDelay >= 3);
        const auto failed = h.ofType(E::JobFailed).first().jobData();
        QCOMPARE(failed->error, QStringLiteral("boom"));
        QCOMPARE(h.ofType(E::JobDlq).first().jobData()->error, QStringLiteral("boom"));
        const dwp::Job final = h.job(job.id);
        QCOMPARE(final.state, QStringLiteral("failed"));
        QCOMPARE(final.retryCount, 4); // incremented before the DLQ decision (§3)
        QCOMPARE(final.lastError, QStringLiteral("boom"));
        QCOMPARE(h.engine->workers().deadLetterCount(), 1);
    }

    void anOutOfRangeScriptedDurationFailsTheAttempt_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("inRange");
        QTest::newRow("1e13 ms") << QByteArray("{\"duration_ms\":1e13}") << false;
        QTest::newRow("1e300 ms") << QByteArray("{\"duration_ms\":1e300}") << false;
        QTest::newRow("negative") << QByteArray("{\"duration_ms\":-5}") << false;
        QTest::newRow("a string") << QByteArray("{\"duration_ms\":\"10\"}") << false;
        QTest::newRow("a year (the bound)") << QByteArray("{\"duration_ms\":31536000000}") << true;
    }

    void anOutOfRangeScriptedDurationFailsTheAttempt()
    {
        // Issue 16 item 9: 1e13 ms * 10^6 overflowed qint64 (undefined behaviour).
        QFETCH(QByteArray, payload);
        QFETCH(bool, inRange);
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, payload);
        h.advanceMs(20);
        if (inRange) { // the positive control: a year is accepted and runs into the 5 min timeout
            QCOMPARE(h.job(job.id).state, QStringLiteral("running"));
            h.advanceMs(5 * 60 * 1000);
            QCOMPARE(h.job(job.id).lastError, QStringLiteral("context deadline exceeded"));
            return;
        }
        QCOMPARE(h.job(job.id).state, QStringLiteral("retrying"));
        QCOMPARE(h.job(job.id).lastError,
                 QStringLiteral("duration_ms must be a number from 0 to 31536000000"));
    }

    void aFlakyJobSucceedsAfterItsRetries()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, QByteArrayLiteral("{\"fail_attempts\":2}"));
        h.advanceMs(60 * 1000);
        QCOMPARE(h.typesFor(dwp::topics::jobTopic(job.id)),
                 (QStringList{E::JobEnqueued, E::JobStarted, E::JobRetrying, E::JobStarted, E::JobRetrying,
                              E::JobStarted, E::JobCompleted}));
        QCOMPARE(h.job(job.id).retryCount, 2);
        QCOMPARE(h.job(job.id).state, QStringLiteral("completed"));
    }

    void anUnknownJobNameLoopsBetweenRunningAndPending()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(QStringLiteral("no-such-handler"));
        h.advanceMs(20);
        QCOMPARE(h.job(job.id).state, QStringLiteral("running"));
        QVERIFY(!h.job(job.id).heartbeatAt.has_value()); // nothing heartbeats it, hence the reaper
        h.advanceMs(30 * 1000);
        QCOMPARE(h.job(job.id).state, QStringLiteral("pending"));
        h.advanceMs(62 * 1000); // started at 0.02 s, 30.04 s, 60.06 s and 90.08 s
        const QStringList types = h.typesFor(dwp::topics::jobTopic(job.id));
        QCOMPARE(types.count(E::JobStarted), 4);
        QCOMPARE(types.size(), 5); // job.enqueued + four job.started, never an outcome
        QVERIFY(h.job(job.id).retryCount == 0);
    }

    void cancelOnlyRelabels()
    {
        EngineHarness h;
        // A pending job: relabelled, no event, never started.
        const dwp::Job pending = h.enqueue(kScripted);
        QVERIFY(h.engine->cancelJob(pending.id));
        QCOMPARE(h.job(pending.id).state, QStringLiteral("cancelled"));
        QVERIFY(!h.job(pending.id).completedAt.has_value());
        h.advanceMs(1000);
        QCOMPARE(h.typesFor(dwp::topics::jobTopic(pending.id)), QStringList{E::JobEnqueued});

        // A running job: relabelled, but the handler runs on and its outcome overwrites the label.
        const dwp::Job running = h.enqueue(kScripted, QByteArrayLiteral("{\"duration_ms\":500}"));
        h.advanceMs(100);
        QVERIFY(h.engine->cancelJob(running.id));
        QCOMPARE(h.job(running.id).state, QStringLiteral("cancelled"));
        h.advanceMs(1000);
        QCOMPARE(h.job(running.id).state, QStringLiteral("completed"));

        // A completed job can be "cancelled" too.
        QVERIFY(h.engine->cancelJob(running.id));
        QCOMPARE(h.job(running.id).state, QStringLiteral("cancelled"));

        QVERIFY(!h.engine->cancelJob(QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr")));
    }

    void aCancelledRetryingJobIsNotPickedUpAgain()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, QByteArrayLiteral("{\"fail\":true}"));
        h.advanceMs(50);
        QCOMPARE(h.job(job.id).state, QStringLiteral("retrying"));
        QVERIFY(h.engine->cancelJob(job.id));
        h.advanceMs(60 * 1000);
        QCOMPARE(h.job(job.id).state, QStringLiteral("cancelled"));
        QCOMPARE(h.typesFor(dwp::topics::jobTopic(job.id)).count(E::JobStarted), 1);
    }

    void higherPriorityRunsFirstAndConcurrencyIsPerQueue()
    {
        EngineHarness h;
        h.engine->workers().addQueue({QStringLiteral("serial"), 1});
        const dwp::Job blocker =
            h.enqueue(kScripted, QByteArrayLiteral("{\"duration_ms\":1000}"), QStringLiteral("serial"));
        h.advanceMs(20);
        const dwp::Job low = h.enqueue(kScripted, "{}", QStringLiteral("serial"), 1);
        const dwp::Job high = h.enqueue(kScripted, "{}", QStringLiteral("serial"), 10);
        const dwp::Job mid = h.enqueue(kScripted, "{}", QStringLiteral("serial"), 5);
        h.advanceMs(500);
        QCOMPARE(h.job(blocker.id).state, QStringLiteral("running"));
        QCOMPARE(h.job(high.id).state, QStringLiteral("pending"));
        QCOMPARE(h.engine->workers().activeCount(QStringLiteral("serial")), 1);
        h.advanceMs(5000);
        QStringList startOrder;
        for (const auto& event : h.ofType(E::JobStarted))
            startOrder.append(event.jobData()->jobId);
        QCOMPARE(startOrder, (QStringList{blocker.id, high.id, mid.id, low.id}));
    }

    void concurrencyCapsRunningJobs()
    {
        EngineHarness h;
        h.engine->workers().addQueue({QStringLiteral("pair"), 2});
        for (int i = 0; i < 5; ++i)
            h.enqueue(kScripted, QByteArrayLiteral("{\"duration_ms\":1000}"), QStringLiteral("pair"));
        h.advanceMs(100);
        QCOMPARE(h.ofType(E::JobStarted).size(), 2);
        h.advanceMs(1000);
        QCOMPARE(h.ofType(E::JobStarted).size(), 4);
    }

    void aQueueNoWorkerPollsStaysPending()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, "{}", QStringLiteral("nobody-polls-this"));
        h.advanceMs(10 * 60 * 1000);
        QCOMPARE(h.job(job.id).state, QStringLiteral("pending"));
        QCOMPARE(h.types(), QStringList{E::JobEnqueued});
    }

    void aHandlerRunningPastTheTimeoutFails()
    {
        EngineHarness h;
        const dwp::Job job = h.enqueue(kScripted, QByteArrayLiteral("{\"duration_ms\":400000}"));
        h.advanceMs(20 + 300 * 1000);
        QCOMPARE(h.job(job.id).state, QStringLiteral("retrying"));
        QCOMPARE(h.job(job.id).lastError, QStringLiteral("context deadline exceeded"));
    }

    void aMissingPayloadIsKeptAsNil()
    {
        EngineHarness h;
        WorkerPool::EnqueueOptions options;
        options.name = kScripted;
        const dwp::Job job = h.engine->enqueue(options);
        QVERIFY(!h.job(job.id).payload.has_value());
        QVERIFY(h.job(job.id).toJson().contains("\"payload\":null"));
    }

    void cronFiresEnqueueThenCronFired()
    {
        EngineHarness h;
        h.engine->crons().add(QStringLiteral("tick"), *CronSchedule::parse(QStringLiteral("@every 30s")),
                              JobHandlerCatalog::kNoop);
        h.advanceMs(29 * 1000);
        QVERIFY(h.events.isEmpty());
        h.advanceMs(1000);
        QCOMPARE(h.types().mid(0, 2), (QStringList{E::JobEnqueued, E::CronFired}));
        const auto fired = h.ofType(E::CronFired).first();
        QCOMPARE(fired.topic, QString()); // reaches firehose only
        QCOMPARE(fired.cronFiredData()->entryName, QStringLiteral("tick"));
        QCOMPARE(fired.cronFiredData()->jobId, h.events.first().jobData()->jobId);
        h.advanceMs(60 * 1000);
        QCOMPARE(h.ofType(E::CronFired).size(), 3);
        QCOMPARE(h.engine->crons().firedCount(), 3);
        h.engine->crons().setEnabled(QStringLiteral("tick"), false);
        h.advanceMs(120 * 1000);
        QCOMPARE(h.ofType(E::CronFired).size(), 3);
    }

    void cronSchedulesParseAndStepLikeCron()
    {
        const qint64 start = EngineHarness::kStart; // 2026-11-22T10:30:00Z, a Sunday
        const auto every5 = CronSchedule::parse(QStringLiteral("*/5 * * * *"));
        QVERIFY(every5.ok());
        QCOMPARE(every5->nextAfter(start), start + 5 * 60 * kSecond);
        const auto hourly = CronSchedule::parse(QStringLiteral("@hourly"));
        QCOMPARE(hourly->nextAfter(start), start + 30 * 60 * kSecond);
        const auto monday9 = CronSchedule::parse(QStringLiteral("0 9 * * 1"));
        QCOMPARE(monday9->nextAfter(start), start + (22 * 60 + 30) * 60 * kSecond); // Mon 09:00
        const auto firstOfMonth = CronSchedule::parse(QStringLiteral("@monthly"));
        QCOMPARE(firstOfMonth->nextAfter(start), qint64(1796083200) * kSecond); // 2026-12-01T00:00:00Z
        QCOMPARE(CronSchedule::parse(QStringLiteral("@every 250ms"))->nextAfter(start), start + 250 * kMs);
        QVERIFY(!CronSchedule::parse(QStringLiteral("61 * * * *")).ok());
        QVERIFY(!CronSchedule::parse(QStringLiteral("* * *")).ok());
        QVERIFY(!CronSchedule::parse(QStringLiteral("@every soon")).ok());
        QVERIFY(!CronSchedule::parse(QStringLiteral("*/0 * * * *")).ok());
    }
};

QTEST_GUILESS_MAIN(EngineJobsTest)
#include "tst_engine_jobs.moc"
