// SPDX-License-Identifier: MIT
// dwp-protocol.md §2, §3, §11 item 8: workflow.start is synchronous. It holds back every later frame of its
// connection — pings included — until the run ends, while events keep flowing and other connections are
// unaffected.
#include "support/DevServerFixture.h"
#include "support/TestJson.h"

#include <QTest>

using namespace testsupport;

namespace {

void withoutRandomFailures(devserver::SimEngine& engine)
{
    for (const QString& name : engine.workflows().names()) {
        devserver::WorkflowDefinition definition = *engine.workflows().find(name);
        for (devserver::WorkflowStep& step : definition.steps)
            step.failureRate = 0;
        engine.workflows().add(definition);
    }
}

// The request travels through a socket: wait until the server has taken it before moving simulated time.
bool waitForActiveRuns(DevServerFixture& fixture, int count)
{
    return QTest::qWaitFor([&] { return fixture.server().engine().runner().activeCount() == count; }, 5000);
}

QString stateOf(const dwp::Frame& reply)
{
    return testjson::object(reply.data).value(QLatin1String("state")).toString();
}

} // namespace

class ConformanceWorkflowStartTest : public QObject
{
    Q_OBJECT

private slots:
    void blocksItsConnectionButNotAnother()
    {
        DevServerFixture fixture;
        withoutRandomFailures(fixture.server().engine());
        auto runner = fixture.connectClient();
        auto other = fixture.connectClient();
        QVERIFY(runner->call(QStringLiteral("subscribe"), "{\"channel\":\"workflows\"}"));

        const QString start =
            runner->sendRequest(QStringLiteral("workflow.start"),
                                "{\"name\":\"order-pipeline\",\"input\":{\"order_id\":\"ORD-7\"}}");
        dwp::Frame ping;
        ping.type = QStringLiteral("ping");
        const QString pingId = runner->send(ping);
        const QString stats = runner->sendRequest(QStringLiteral("stats"));
        QVERIFY(waitForActiveRuns(fixture, 1));
        fixture.server().clock().advanceMs(5 * 60 * 1000); // charge done; now waiting for payment-received

        // Events still flow on the blocked connection...
        QVERIFY(runner->waitForEvents(4)); // started + validate, reserve-inventory, charge
        // ...but nothing is answered, not even the ping.
        QVERIFY(other->call(QStringLiteral("stats"))->hasData());
        QVERIFY(!runner->hasReply());
        QVERIFY(!runner->waitForReply(pingId, 100));

        // Another connection is served at once, and its event resumes the run.
        const auto published =
            other->call(QStringLiteral("workflow.event"), "{\"name\":\"payment-received\"}");
        QCOMPARE(published->type, QStringLiteral("response"));
        fixture.server().clock().advanceMs(5 * 60 * 1000);

        const auto reply = runner->waitForReply(start);
        QVERIFY(reply);
        QCOMPARE(stateOf(*reply), QStringLiteral("completed")); // the reply's state is final
        // Then the held-back frames, in order.
        QCOMPARE(runner->nextReply()->correlId, pingId);
        QCOMPARE(runner->nextReply()->correlId, stats);

        // Every workflow.* event of the run was written before the reply.
        qsizetype replyIndex = -1;
        qsizetype completedIndex = -1;
        for (qsizetype i = 0; i < runner->log().size(); ++i) {
            const dwp::Frame& frame = runner->log()[i];
            if (frame.correlId == start)
                replyIndex = i;
            if (frame.type == QLatin1String("event") && frame.data.contains("\"workflow.completed\""))
                completedIndex = i;
        }
        QVERIFY(completedIndex >= 0);
        QVERIFY(completedIndex < replyIndex);
    }

    void anEventOnTheSameConnectionWaitsUntilTheRunTimesOut()
    {
        DevServerFixture fixture;
        withoutRandomFailures(fixture.server().engine());
        auto client = fixture.connectClient();
        const QString start =
            client->sendRequest(QStringLiteral("workflow.start"),
                                "{\"name\":\"order-pipeline\",\"input\":{\"order_id\":\"ORD-8\"}}");
        const QString event =
            client->sendRequest(QStringLiteral("workflow.event"), "{\"name\":\"payment-received\"}");
        QVERIFY(waitForActiveRuns(fixture, 1));
        fixture.server().clock().advanceMs(59 * 60 * 1000);
        QVERIFY(!client->waitForReply(start, 50));
        fixture.server().clock().advanceMs(2 * 60 * 1000); // past the one-hour wait
        const auto reply = client->waitForReply(start);
        QVERIFY(reply);
        QCOMPARE(stateOf(*reply), QStringLiteral("failed")); // a failed run is still a response
        QCOMPARE(reply->type, QStringLiteral("response"));
        QCOMPARE(client->waitForReply(event)->type, QStringLiteral("response"));
        // The event came too late for that run and waits for the next one.
        QCOMPARE(fixture.server().engine().mailbox().storedCount(QStringLiteral("payment-received")), 1);
    }

    void aRunThatFailsAtOnceStillAnswersWithItsState()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        // A JSON-encoded string input, as two SDKs send it: the run starts, then fails to unmarshal it.
        const QString start =
            client->sendRequest(QStringLiteral("workflow.start"),
                                "{\"name\":\"order-pipeline\",\"input\":\"{\\\"order_id\\\":1}\"}");
        QVERIFY(QTest::qWaitFor([&] { return fixture.server().engine().runner().runCount() == 1; }, 5000));
        fixture.server().clock().advanceMs(1);
        const auto reply = client->waitForReply(start);
        QVERIFY(reply);
        QCOMPARE(stateOf(*reply), QStringLiteral("failed"));
        const QString runId = testjson::object(reply->data).value(QLatin1String("run_id")).toString();
        const auto run =
            client->call(QStringLiteral("workflow.get"), "{\"run_id\":\"" + runId.toLatin1() + "\"}");
        QCOMPARE(
            testjson::object(run->data).value(QLatin1String("error")).toString(),
            QStringLiteral("unmarshal input for workflow \"order-pipeline\": json: cannot unmarshal string "
                           "into Go value of type workflows.OrderInput"));
    }

    void aStartWithoutInputRunsTheWorkflow_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("no input key") << QByteArray("{\"name\":\"data-export\"}");
        QTest::newRow("input null") << QByteArray("{\"name\":\"data-export\",\"input\":null}");
    }
    void aStartWithoutInputRunsTheWorkflow()
    {
        // Issue 15 item 1: the real server does not unmarshal an absent input (§3); the devserver failed the
        // run with "unmarshal input: unexpected end of JSON input".
        QFETCH(QByteArray, request);
        DevServerFixture fixture;
        withoutRandomFailures(fixture.server().engine());
        auto client = fixture.connectClient();
        const QString start = client->sendRequest(QStringLiteral("workflow.start"), request);
        QVERIFY(waitForActiveRuns(fixture, 1));
        fixture.server().clock().advanceMs(60 * 1000);
        const auto reply = client->waitForReply(start);
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
        QCOMPARE(stateOf(*reply), QStringLiteral("completed"));
    }

    void theConnectionClosingWhileARunIsInFlightIsHarmless()
    {
        DevServerFixture fixture;
        withoutRandomFailures(fixture.server().engine());
        {
            auto client = fixture.connectClient();
            client->sendRequest(QStringLiteral("workflow.start"), "{\"name\":\"data-export\",\"input\":{}}");
            QTRY_COMPARE(fixture.server().engine().runner().activeCount(), 1);
        }
        QTRY_COMPARE(fixture.server().connectionCount(), 0);
        fixture.server().clock().advanceMs(60 * 1000); // the run finishes with nobody to answer
        QCOMPARE(fixture.server().engine().runner().activeCount(), 0);
        QVERIFY(fixture.connectClient());
    }
};

QTEST_GUILESS_MAIN(ConformanceWorkflowStartTest)
#include "tst_conformance_workflow_start.moc"
