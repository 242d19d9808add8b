// SPDX-License-Identifier: MIT
// DispatchClient against the in-process devserver: every method, every error type, and the behaviours the
// official SDKs get wrong (dwp-protocol.md short list).
#include "ClientTestSupport.h"
#include "devserver/DevServerThread.h"
#include "devserver/ServerSession.h"
#include "devserver/Subscriber.h"
#include "protocol/EventType.h"

#include <QSignalSpy>

using namespace dispatch;
using clienttest::advanceUntil;
using clienttest::failureOf;
using clienttest::optionsFor;

namespace {

// The server side of `client`'s connection, found by the session id the server gave it.
devserver::ServerSession* sessionOf(testsupport::DevServerFixture& fixture, const DispatchClient& client)
{
    for (devserver::ServerSession* session : fixture.server().sessions())
        if (session->sessionId() == client.sessionId())
            return session;
    return nullptr;
}

} // namespace

class DispatchClientTest : public QObject
{
    Q_OBJECT

private slots:
    void connectsAndEnqueues()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        DispatchClient client(optionsFor(fixture.url()));
        QSignalSpy states(&client, &DispatchClient::stateChanged);
        const QString session = testsupport::awaitTask(client.connect());
        QVERIFY(session.startsWith(QLatin1String("ws_")));
        QCOMPARE(client.state(), ClientState::Ready);
        QVERIFY(states.size() >= 2);

        const auto enqueued = testsupport::awaitTask(
            client.enqueue(QStringLiteral("devserver.noop"), QByteArrayLiteral("{\"to\":\"a@b.c\",\"n\":1}"),
                           EnqueueOptions{QStringLiteral("default"), 5, {}}));
        QVERIFY(enqueued.jobId.startsWith(QLatin1String("job_")));
        QCOMPARE(enqueued.state, QStringLiteral("pending"));
        const auto job = testsupport::awaitTask(client.getJob(enqueued.jobId));
        QCOMPARE(job.name, QStringLiteral("devserver.noop"));
        QCOMPARE(job.priority, qint64(5));
        // the payload went out as a JSON value, not a JSON-encoded string (§3, SDK gap 8)
        QCOMPARE(job.payload.value_or(QByteArray()), QByteArrayLiteral("{\"to\":\"a@b.c\",\"n\":1}"));

        QCOMPARE(testsupport::awaitTask(client.cancelJob(enqueued.jobId)).status,
                 QStringLiteral("cancelled"));
        QCOMPARE(testsupport::awaitTask(client.getJob(enqueued.jobId)).state, QStringLiteral("cancelled"));

        const auto stats = testsupport::awaitTask(client.stats());
        QCOMPARE(stats.connections, qint64(0)); // hard-coded by the server (§3)
        QVERIFY(stats.broker.subscriberCount >= 1);
        QVERIFY(client.pendingCalls() == 0);
    }

    void errorsArriveTyped()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        config.tokens.add(*devserver::TokenSpec::parse(u"reader=job:read,workflow:read,subscribe"));
        config.tokens.add(*devserver::TokenSpec::parse(u"demo-token=*"));
        testsupport::DevServerFixture fixture(config);
        QVERIFY(fixture.isRunning());

        DispatchClient admin(optionsFor(fixture.url()));
        testsupport::awaitTask(admin.connect());
        QString message;
        QCOMPARE(failureOf(admin.getJob(QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr")), &message),
                 QStringLiteral("NotFoundError"));
        QCOMPARE(failureOf(admin.getJob(QStringLiteral("wfrun_01kaqz3c4de5f6g7h8j9kmnpqr"))),
                 QStringLiteral("BadRequestError"));
        QCOMPARE(failureOf(admin.getWorkflow(QStringLiteral("wfrun_01kaqz3c4de5f6g7h8j9kmnpqr"))),
                 QStringLiteral("NotFoundError"));
        QCOMPARE(failureOf(admin.subscribe(QStringLiteral("cron:x")), &message),
                 QStringLiteral("BadRequestError"));
        QCOMPARE(message, QStringLiteral("stream: unknown topic entity type \"cron\""));
        QCOMPARE(failureOf(admin.startWorkflow(QStringLiteral("no-such-workflow"), QByteArrayLiteral("{}")),
                           &message),
                 QStringLiteral("ServerError"));
        QVERIFY2(message.contains(QLatin1String("no workflow registered")), qPrintable(message));
        // an unknown run has an empty timeline, not a 404 (§3)
        QVERIFY(
            testsupport::awaitTask(admin.workflowTimeline(QStringLiteral("wfrun_01kaqz3c4de5f6g7h8j9kmnpqr")))
                .isEmpty());

        auto options = optionsFor(fixture.url());
        options.connection.token = QStringLiteral("reader");
        DispatchClient reader(options);
        testsupport::awaitTask(reader.connect());
        QCOMPARE(failureOf(reader.enqueue(QStringLiteral("x"), QByteArrayLiteral("{}"))),
                 QStringLiteral("PermissionError"));
        QCOMPARE(failureOf(reader.stats()), QStringLiteral("PermissionError"));

        options.connection.token = QStringLiteral("wrong");
        DispatchClient rejected(options);
        QSignalSpy fatal(&rejected, &DispatchClient::fatalError);
        QCOMPARE(failureOf(rejected.connect()), QStringLiteral("AuthError"));
        QCOMPARE(rejected.state(), ClientState::Closed); // a rejected token is not retried
        QCOMPARE(fatal.size(), 1);
        QCOMPARE(fatal.first().at(1).toInt(), 401);
    }

    void eventsReachSubscriptionsByTopicRules()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto jobs = testsupport::awaitTask(client.subscribe(QStringLiteral("jobs")));
        auto workflows = testsupport::awaitTask(client.subscribe(QStringLiteral("workflows")));
        auto firehose = testsupport::awaitTask(client.subscribe(QStringLiteral("firehose")));
        QSignalSpy jobEvents(jobs.get(), &Subscription::event);
        QSignalSpy workflowEvents(workflows.get(), &Subscription::event);
        QSignalSpy allEvents(firehose.get(), &Subscription::event);
        const auto enqueued =
            testsupport::awaitTask(client.enqueue(QStringLiteral("devserver.noop"), QByteArrayLiteral("{}")));
        auto mine = testsupport::awaitTask(client.subscribe(QStringLiteral("job:") + enqueued.jobId));
        QSignalSpy myEvents(mine.get(), &Subscription::event);
        QVERIFY(advanceUntil(fixture.server(), [&] { return myEvents.size() >= 2; }));
        const auto first = jobEvents.first().first().value<dwp::StreamEvent>();
        QCOMPARE(first.type, dwp::EventType::JobEnqueued);
        QCOMPARE(first.topic, QStringLiteral("job:") + enqueued.jobId); // the entity topic, not "jobs"
        QCOMPARE(workflowEvents.size(), 0);
        QCOMPARE(allEvents.size(), jobEvents.size()); // each event once per subscription, never twice
        QCOMPARE(client.eventsReceived(), qint64(allEvents.size()));
    }

    void creditsAreToppedUpSoNothingIsDropped()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.workload = devserver::WorkloadKind::Burst;
        config.burstRate = 30000;
        testsupport::DevServerFixture fixture(config);
        auto options = optionsFor(fixture.url());
        options.creditWindow = 2000; // small, so many top-ups happen in this test
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        auto firehose = testsupport::awaitTask(client.subscribe(QStringLiteral("firehose")));
        qint64 received = 0;
        connect(firehose.get(), &Subscription::event, this, [&received] { ++received; });
        // 2 virtual ms per turn is 60 events: the socket keeps up, so only missing credits could drop events
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return received >= 6000; }, 2, 60000));
        const auto sessions = fixture.server().sessions();
        QCOMPARE(sessions.size(), 1);
        const auto subscriber = sessions.first()->subscriber();
        QCOMPARE(subscriber->droppedForCredits(), 0);
        QVERIFY2(received > 1000 * 5, "a subscription without top-ups goes deaf at 1000 events");
    }

    void workflowStartRunsOnItsOwnConnectionAndLearnsTheRunIdEarly()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        QString runId;
        bool done = false;
        dwp::WorkflowStartResult result;
        auto start = [&]() -> QCoro::Task<void> {
            result =
                co_await client.startWorkflow(QStringLiteral("order-pipeline"),
                                              QByteArrayLiteral("{\"order_id\":\"ORD-7\",\"items\":[\"a\"]}"),
                                              [&runId](const QString& id) { runId = id; });
            done = true;
        };
        auto task = start();
        QVERIFY(advanceUntil(fixture.server(), [&] { return !runId.isEmpty(); }));
        QVERIFY(runId.startsWith(QLatin1String("wfrun_")));
        // The run now waits for payment-received; this client can still call and publish meanwhile.
        QVERIFY(advanceUntil(fixture.server(), [&] {
            const auto run = testsupport::awaitTask(client.workflowTimeline(runId));
            return !run.isEmpty() && run.last().stepName == QLatin1String("charge");
        }));
        QVERIFY(!done);
        const auto published = testsupport::awaitTask(client.publishEvent(
            QStringLiteral("payment-received"), QByteArrayLiteral("{\"order_id\":\"ORD-7\"}")));
        QVERIFY(published.eventId.startsWith(QLatin1String("evt_")));
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return done; }, 100, 20000));
        QCOMPARE(result.runId, runId);
        QCOMPARE(result.state, QStringLiteral("completed"));
        QStringList steps;
        for (const auto& entry : testsupport::awaitTask(client.workflowTimeline(runId)))
            steps.append(entry.stepName);
        QVERIFY2(steps.contains(QStringLiteral("wait:payment-received")) &&
                     steps.contains(QStringLiteral("ship")),
                 qPrintable(steps.join(u',')));
    }

    void eventsBeforeTheSubscribeReplyAreKept()
    {
        // Issue 15 item 2 (§5): the real server activates a subscription before writing its reply, and its
        // event goroutine may write first. The fault events-before-reply makes that happen every time.
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        devserver::FaultPlan plan;
        plan.eventsBeforeReply = true;
        fixture.server().faults().setPlan(plan);

        std::unique_ptr<Subscription> jobs;
        auto subscribe = [&]() -> QCoro::Task<void> {
            jobs = co_await client.subscribe(QStringLiteral("jobs"));
        };
        auto task = subscribe();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const auto sessions = fixture.server().sessions();
                         return !sessions.isEmpty() &&
                                sessions.first()->subscriber()->channels().contains(QStringLiteral("jobs"));
                     },
                     5000),
                 "waited for the server to take the subscribe request");
        bool eventBeforeReply = false;
        connect(&client, &DispatchClient::eventReceived, this,
                [&] { eventBeforeReply = eventBeforeReply || !jobs; });
        devserver::WorkerPool::EnqueueOptions job;
        job.name = QStringLiteral("devserver.noop");
        job.queue = QStringLiteral("held"); // no worker polls it: job.enqueued is the only event
        const QString jobId = fixture.server().engine().enqueue(job).id;
        QVERIFY2(QTest::qWaitFor([&] { return bool(jobs); }, 5000), "waited for the subscribe reply");
        QVERIFY2(eventBeforeReply,
                 "the event must have come before the reply (the fault's positive control)");

        // The subscriber sees it, although it could not listen before subscribe() returned.
        auto first = [&]() -> QCoro::Task<dwp::StreamEvent> {
            auto events = jobs->events();
            auto it = co_await events.begin();
            co_return *it;
        };
        const dwp::StreamEvent event = testsupport::awaitTask(first());
        QCOMPARE(event.type, dwp::EventType::JobEnqueued);
        QCOMPARE(event.jobData()->jobId, jobId);
        testsupport::awaitTask(std::move(task));
    }

    void startWorkflowWithoutInputPlusPublishEventOnOneClient()
    {
        // Issue 15 item 1: an absent input runs the workflow (§3), and startWorkflow's own connection keeps
        // the main one free for the publishEvent that resumes it — the pair that deadlocks on one connection.
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        QString runId;
        std::optional<dwp::WorkflowStartResult> result;
        auto start = [&]() -> QCoro::Task<void> {
            result = co_await client.startWorkflow(QStringLiteral("order-pipeline"), QByteArray(),
                                                   [&runId](const QString& id) { runId = id; });
        };
        auto task = start();
        QVERIFY(advanceUntil(fixture.server(), [&] {
            return fixture.server().engine().mailbox().waiterCount(QStringLiteral("payment-received")) == 1;
        }));
        QVERIFY(!result);
        QVERIFY(testsupport::awaitTask(client.publishEvent(QStringLiteral("payment-received"), QByteArray()))
                    .eventId.startsWith(QLatin1String("evt_")));
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return result.has_value(); }, 100, 20000));
        QCOMPARE(result->runId, runId);
        QCOMPARE(result->state, QStringLiteral("completed"));
        QCOMPARE(testsupport::awaitTask(client.getWorkflow(runId)).error, QString());
    }

    void callPastItsDeadlineTimesOut()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        devserver::FaultPlan slow;
        slow.responseDelayMs = 400;
        fixture.server().faults().setPlan(slow);
        QCOMPARE(failureOf(client.stats(CallOptions{std::chrono::milliseconds(100)})),
                 QStringLiteral("TimeoutError"));
        QCOMPARE(client.pendingCalls(), 0);
    }

    void msgpackWithBinaryFrames()
    {
        testsupport::DevServerFixture fixture(testsupport::DevServerFixture::binaryMsgpackConfig());
        auto options = optionsFor(fixture.url());
        options.connection.format = dwp::WireFormat::Msgpack;
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        QCOMPARE(client.activeFormat(), dwp::WireFormat::Msgpack);
        QCOMPARE(fixture.server().sessions().first()->format(), dwp::WireFormat::Msgpack);
        const auto enqueued = testsupport::awaitTask(
            client.enqueue(QStringLiteral("devserver.noop"), QByteArrayLiteral("[1,2]")));
        QCOMPARE(testsupport::awaitTask(client.getJob(enqueued.jobId)).payload.value_or(QByteArray()),
                 QByteArrayLiteral("[1,2]"));
    }

    void textFramedMsgpackFallsBackToJsonOnce()
    {
        testsupport::DevServerFixture fixture; // text-framed msgpack by default, as the real server (§2)
        auto options = optionsFor(fixture.url());
        options.connection.format = dwp::WireFormat::Msgpack;
        DispatchClient client(options);
        QSignalSpy warnings(&client, &DispatchClient::warning);
        testsupport::awaitTask(client.connect());
        QCOMPARE(client.state(), ClientState::Ready);
        QCOMPARE(client.activeFormat(), dwp::WireFormat::Json);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(QLatin1String("JSON")));
        QVERIFY(testsupport::awaitTask(client.stats()).broker.subscriberCount >= 1);
    }

    void theDemoServerFallsBackLikeProduction()
    {
        // Issue 15 item 3: `dispatch-monitor --demo --format msgpack` starts a default-configured devserver
        // with the demo workload in its own thread (src/app/main.cpp); the client must meet production's
        // fallback.
        devserver::DevServerConfig demoConfig;
        demoConfig.workload = devserver::WorkloadKind::Demo;
        devserver::DevServerThread demo(demoConfig);
        QVERIFY2(demo.start(), qPrintable(demo.error()));
        auto options = optionsFor(demo.url());
        options.connection.format = dwp::WireFormat::Msgpack;
        DispatchClient client(options);
        QSignalSpy warnings(&client, &DispatchClient::warning);
        testsupport::awaitTask(client.connect());
        QCOMPARE(client.activeFormat(), dwp::WireFormat::Json);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(QLatin1String("JSON")));
    }

    void reconnectResubscribesAndRefreshesWatchedRuns()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto jobs = testsupport::awaitTask(client.subscribe(QStringLiteral("jobs")));
        QSignalSpy jobEvents(jobs.get(), &Subscription::event);
        QString runId;
        auto start =
            client.startWorkflow(QStringLiteral("order-pipeline"), QByteArrayLiteral("{\"order_id\":\"R\"}"),
                                 [&runId](const QString& id) { runId = id; });
        QVERIFY(advanceUntil(fixture.server(), [&] { return !runId.isEmpty(); }));
        auto watched = testsupport::awaitTask(client.watch(runId));
        QSignalSpy refreshed(&client, &DispatchClient::watchedRunRefreshed);
        QSignalSpy states(&client, &DispatchClient::stateChanged);

        fixture.server().restart(); // every connection dropped without a close frame, engine state kept
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Reconnecting; }, 0));
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Ready; }, 0));
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return refreshed.size() == 1; }, 0));
        QCOMPARE(refreshed.first().first().value<dwp::WorkflowRun>().id, runId);
        QVERIFY(jobs->isActive());
        // the re-subscribed channel delivers again
        testsupport::awaitTask(client.enqueue(QStringLiteral("devserver.noop"), QByteArrayLiteral("{}")));
        QVERIFY(advanceUntil(fixture.server(), [&] { return jobEvents.size() >= 1; }));
        // the start call was in flight on a connection that died: it settled, with a ConnectionError
        QCOMPARE(failureOf(std::move(start)), QStringLiteral("ConnectionError"));
    }

    void callsInFlightFailWhenTheConnectionDrops()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        devserver::ServerSession* session = sessionOf(fixture, client);
        QVERIFY(session);
        devserver::FaultPlan slow;
        slow.responseDelayMs = 60000; // far beyond the test: the drop, not the delay, must end both calls
        fixture.server().faults().setPlan(slow);
        auto first = client.stats();
        auto second = client.stats();
        // In flight, proven: the server holds the first request in its delay and has queued the second behind
        // it (or holds a request of the client's own, sent after the plan was set, and has queued both: 2 in
        // 10 runs under load), and the client still waits for both.
        const bool queued = advanceUntil(
            fixture.server(), [&] { return session->queuedRequests() >= 1; }, 0, 5000);
        QVERIFY2(queued, qPrintable(QStringLiteral("queued %1, pending %2")
                                        .arg(session->queuedRequests())
                                        .arg(client.pendingCalls())));
        QCOMPARE(client.pendingCalls(), qsizetype(2));
        fixture.server().faults().dropConnections();
        QCOMPARE(failureOf(std::move(first)), QStringLiteral("ConnectionError"));
        QCOMPARE(failureOf(std::move(second)), QStringLiteral("ConnectionError"));
    }

    void deadPeerIsDetectedByHeartbeat()
    {
        testsupport::DevServerFixture fixture;
        auto options = optionsFor(fixture.url());
        options.connection.heartbeatInterval = std::chrono::milliseconds(50);
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        QSignalSpy pings(&client, &DispatchClient::pingRoundTrip);
        QVERIFY(pings.wait(2000));
        devserver::FaultPlan deaf;
        deaf.ignorePings = true;
        fixture.server().faults().setPlan(deaf);
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Reconnecting; }, 0, 5000));
        fixture.server().faults().clear();
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Ready; }, 0, 5000));
    }

    void subscriptionDestroyedMidStreamUnsubscribes()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.workload = devserver::WorkloadKind::Burst;
        config.burstRate = 3000;
        testsupport::DevServerFixture fixture(config);
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto firehose = testsupport::awaitTask(client.subscribe(QStringLiteral("firehose")));
        int received = 0;
        connect(firehose.get(), &Subscription::event, this, [&] {
            if (++received == 50)
                firehose.reset(); // destroyed from inside its own signal
        });
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return !firehose; }, 5));
        QVERIFY(advanceUntil(fixture.server(),
                             [&] { return testsupport::awaitTask(client.stats()).broker.topicCount == 0; }));
        devserver::ServerSession* session = sessionOf(fixture, client);
        QVERIFY(session);
        const auto subscriber = session->subscriber();
        const qint64 acceptedBefore = subscriber->acceptedCount();

        // The positive control, in the same window: another client's firehose receives the burst.
        DispatchClient control(optionsFor(fixture.url()));
        testsupport::awaitTask(control.connect());
        auto controlHose = testsupport::awaitTask(control.subscribe(QStringLiteral("firehose")));
        QSignalSpy controlEvents(controlHose.get(), &Subscription::event);
        QVERIFY(advanceUntil(
            fixture.server(), [&] { return controlEvents.size() >= 100; }, 5));

        QCOMPARE(subscriber->acceptedCount(), acceptedBefore); // the server offered this session nothing more
        QVERIFY(client.eventsReceived() <= acceptedBefore);    // so the client got only what came before
    }

    void unsubscribeEndsEverySubscriptionOnTheChannel()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto first = testsupport::awaitTask(client.subscribe(QStringLiteral("jobs")));
        auto second = testsupport::awaitTask(client.subscribe(QStringLiteral("jobs")));
        QCOMPARE(testsupport::awaitTask(client.stats()).broker.topicCount, 1);
        QSignalSpy ended(first.get(), &Subscription::ended);
        testsupport::awaitTask(client.unsubscribe(QStringLiteral("jobs")));
        QCOMPARE(ended.size(), 1);
        QVERIFY(!first->isActive() && !second->isActive());
        QCOMPARE(testsupport::awaitTask(client.stats()).broker.topicCount, 0);
        QSignalSpy firstEvents(first.get(), &Subscription::event);
        QSignalSpy secondEvents(second.get(), &Subscription::event);
        // The positive control, in the same window: a live subscription on this client sees the job's events.
        auto control = testsupport::awaitTask(client.subscribe(QStringLiteral("firehose")));
        QSignalSpy controlEvents(control.get(), &Subscription::event);
        testsupport::awaitTask(client.enqueue(QStringLiteral("devserver.noop"), QByteArrayLiteral("{}")));
        QVERIFY(
            advanceUntil(fixture.server(), [&] { return controlEvents.size() >= 3; })); // enqueued..completed
        QCOMPARE(firstEvents.size(), 0);
        QCOMPARE(secondEvents.size(), 0);
    }

    void asyncGeneratorYieldsEvents()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto jobs = testsupport::awaitTask(client.subscribe(QStringLiteral("jobs")));
        QStringList types;
        auto consume = [&]() -> QCoro::Task<void> {
            auto events = jobs->events();
            for (auto it = co_await events.begin(); it != events.end(); co_await ++it) {
                types.append((*it).type);
                if (types.size() == 3)
                    break;
            }
        };
        auto task = consume();
        testsupport::awaitTask(client.enqueue(QStringLiteral("devserver.noop"), QByteArrayLiteral("{}")));
        QVERIFY(advanceUntil(fixture.server(), [&] { return types.size() == 3; }));
        QCOMPARE(types, (QStringList{dwp::EventType::JobEnqueued, dwp::EventType::JobStarted,
                                     dwp::EventType::JobCompleted}));
        QVERIFY(!jobs->isActive()); // leaving the generator unsubscribed
    }
};

QTEST_GUILESS_MAIN(DispatchClientTest)
#include "tst_dispatch_client.moc"
