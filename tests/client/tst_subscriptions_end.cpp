// SPDX-License-Identifier: MIT
// When the client gives up on its connection — reconnects off, or retries exhausted — its subscriptions end
// with the connection's error, so a consumer waiting in events() hears why instead of waiting forever
// (issue 16 item 1). The server goes away three ways: TCP close, a 1001 close frame, a dead peer that the
// heartbeat finds.
#include "ClientTestSupport.h"
#include "client/Subscription.h"
#include "protocol/Methods.h"
#include "support/ScriptedDwpPeer.h"
#include "support/TaskOutcome.h"
#include "support/WaitUntil.h"

#include <QSignalSpy>

using namespace dispatch;

namespace {

struct Subscribed
{
    testsupport::ScriptedDwpPeer peer;
    std::unique_ptr<DispatchClient> client;
    std::unique_ptr<Subscription> jobs;
    std::shared_ptr<testsupport::Drained<dwp::StreamEvent>> drained;

    // Connects, subscribes to jobs, reads events() and proves an event arrives (the positive control for
    // "nothing more arrives").
    bool start(ClientOptions options)
    {
        options.connection.url = peer.url();
        client = std::make_unique<DispatchClient>(options);
        testsupport::awaitTask(client->connect());
        jobs = testsupport::awaitTask(client->subscribe(QStringLiteral("jobs")));
        drained = testsupport::drain(jobs->events());
        peer.sendEvent(testsupport::ScriptedDwpPeer::aJobEvent());
        return QTest::qWaitFor([&] { return drained->items.size() == 1; }, 5000);
    }

    bool endsWithin(int ms)
    {
        return QTest::qWaitFor([&] { return drained->ended; }, ms);
    }
};

ClientOptions noReconnect()
{
    auto options = clienttest::optionsFor(QUrl());
    options.reconnect = false;
    return options;
}

} // namespace

class SubscriptionsEndTest : public QObject
{
    Q_OBJECT

private slots:
    void tcpCloseEndsThemWithTheConnectionError()
    {
        Subscribed fixture;
        QVERIFY2(fixture.start(noReconnect()), "the first event never arrived");
        QVERIFY(!fixture.drained->ended);
        fixture.peer.closeTcp();
        QVERIFY2(fixture.endsWithin(5000), "events() still waits after the server closed TCP");
        QVERIFY(testsupport::holds<ConnectionError>(fixture.drained->error));
        QCOMPARE(fixture.drained->items.size(), 1);
        QVERIFY(!fixture.jobs->isActive());
        QVERIFY2(fixture.jobs->endReason().contains(QStringLiteral("without a close frame")),
                 qPrintable(fixture.jobs->endReason()));
        QCOMPARE(fixture.client->state(), ClientState::Closed);
    }

    void goingAwayEndsThemWithTheServersReason()
    {
        Subscribed fixture;
        QVERIFY2(fixture.start(noReconnect()), "the first event never arrived");
        fixture.peer.sendClose(quint16(1001), "server shutting down");
        QVERIFY2(fixture.endsWithin(5000), "events() still waits after a 1001 close frame");
        QVERIFY(testsupport::holds<ConnectionError>(fixture.drained->error));
        QVERIFY2(fixture.jobs->endReason().contains(QStringLiteral("server shutting down")),
                 qPrintable(fixture.jobs->endReason()));
    }

    void aDeadPeerFoundByTheHeartbeatEndsThem()
    {
        Subscribed fixture;
        auto options = noReconnect();
        options.connection.heartbeatInterval = std::chrono::milliseconds(50);
        QVERIFY2(fixture.start(options), "the first event never arrived");
        fixture.peer.answerPings = false; // TCP stays up; nothing answers
        QVERIFY2(fixture.endsWithin(5000), "events() still waits after the pongs stopped");
        QVERIFY(testsupport::holds<ConnectionError>(fixture.drained->error));
        QVERIFY2(fixture.jobs->endReason().contains(QStringLiteral("no pong")),
                 qPrintable(fixture.jobs->endReason()));
    }

    // With reconnects on they live through a drop; when the client gives up, they end.
    void givingUpAfterRetriesEndsThem()
    {
        Subscribed fixture;
        auto options = clienttest::optionsFor(QUrl());
        options.maxRetries = 2;
        QVERIFY2(fixture.start(options), "the first event never arrived");
        QSignalSpy fatal(fixture.client.get(), &DispatchClient::fatalError);
        fixture.peer.closeTcp();
        QTRY_VERIFY_WITH_TIMEOUT(
            fixture.client->state() == ClientState::Ready && fixture.peer.authenticatedCount() == 2, 5000);
        QVERIFY(fixture.jobs->isActive()); // survived the first drop
        fixture.peer.stopListening();
        fixture.peer.closeTcp();
        QVERIFY2(fixture.endsWithin(10000), "events() still waits after the client gave up");
        QCOMPARE(fatal.size(), 1);
        QVERIFY(testsupport::holds<ConnectionError>(fixture.drained->error));
        QVERIFY2(fixture.jobs->endReason().contains(QStringLiteral("Gave up after 2")),
                 qPrintable(fixture.jobs->endReason()));
    }

    // workflow.start waits on a connection of its own, without heartbeat (the server answers no ping there
    // until the run ends, §2): when the client gives up on the main connection, the start ends too.
    void aStartWaitingOnItsOwnConnectionEndsWhenTheClientGivesUp()
    {
        Subscribed fixture;
        QVERIFY2(fixture.start(noReconnect()), "the first event never arrived");
        auto started =
            testsupport::observe(fixture.client->startWorkflow(QStringLiteral("wait-forever"), {}));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.peer.receivedCount(dwp::methods::WorkflowStart), 1, 5000);
        QVERIFY(!started->settled);
        fixture.peer.closeTcp(0); // the main connection
        QTRY_VERIFY_WITH_TIMEOUT(started->settled, 5000);
        QVERIFY(testsupport::holds<ConnectionError>(started->error));
        QVERIFY2(fixture.endsWithin(5000), "events() still waits after the client gave up");
    }
};

QTEST_GUILESS_MAIN(SubscriptionsEndTest)
#include "tst_subscriptions_end.moc"
