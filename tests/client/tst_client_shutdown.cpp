// SPDX-License-Identifier: MIT
// close() and the destructor while coroutines wait (issue 15 item 9): the client is marked closing before
// anything waiting resumes, so a re-subscribe loop cut short by the shutdown neither starts its next request
// nor reads members of a client being destroyed (run this one under the asan preset).
#include "client/DispatchClient.h"
#include "client/Subscription.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"
#include "support/ScriptedDwpPeer.h"
#include "support/TaskOutcome.h"
#include "support/WaitUntil.h"

#include <QSignalSpy>
#include <QTest>

using namespace dispatch;

namespace {

// A client subscribed to `jobs` and watching one run, whose connection the peer has just dropped: after the
// reconnect the client re-subscribes channel by channel. The peer answers the first re-subscribe with an
// error (the warning that follows proves warnings are heard) and never answers the second, so the loop is
// waiting there when the test ends the client.
struct ResubscribingClient
{
    testsupport::ScriptedDwpPeer peer;
    std::unique_ptr<DispatchClient> client;
    std::unique_ptr<Subscription> jobs;
    std::unique_ptr<Subscription> run;
    QStringList warnings;

    bool start()
    {
        ClientOptions options;
        options.connection.url = peer.url();
        options.backoffBase = std::chrono::milliseconds(20);
        options.connection.heartbeatInterval = std::chrono::milliseconds(0);
        client = std::make_unique<DispatchClient>(options);
        QObject::connect(client.get(), &DispatchClient::warning,
                         [this](const QString& message) { warnings.append(message); });
        testsupport::awaitTask(client->connect());
        jobs = testsupport::awaitTask(client->subscribe(QStringLiteral("jobs")));
        run = testsupport::awaitTask(client->watch(QStringLiteral("wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e")));
        if (peer.receivedCount(dwp::methods::Subscribe) != 2)
            return false;
        peer.onRequest = [this](const dwp::Frame& request) {
            if (request.method != dwp::methods::Subscribe)
                return peer.answerLikeTheServer(request);
            if (peer.receivedCount(dwp::methods::Subscribe) == 3)
                peer.sendText("{\"id\":\"s-e\",\"type\":\"error\",\"correl_id\":\"" + request.id.toUtf8() +
                              "\",\"error\":{\"code\":500,\"message\":\"broker busy\"},"
                              "\"ts\":\"2026-11-22T10:30:00Z\"}");
        };
        peer.closeTcp();
        // Waits for the second re-subscribe request, which nobody answers.
        return testsupport::waitUntil(
            &peer, &testsupport::ScriptedDwpPeer::activity,
            [&] { return peer.receivedCount(dwp::methods::Subscribe) == 4; }, 10000);
    }
};

} // namespace

class ClientShutdownTest : public QObject
{
    Q_OBJECT

private slots:
    void closeDuringResubscribeStartsNothingNew()
    {
        ResubscribingClient fixture;
        QVERIFY2(fixture.start(), "the reconnect never reached the second re-subscribe");
        QCOMPARE(fixture.warnings.size(), 1); // the positive control: the refused first re-subscribe
        QVERIFY2(fixture.warnings.first().contains(QStringLiteral("broker busy")),
                 qPrintable(fixture.warnings.first()));
        QCOMPARE(fixture.client->pendingCalls(), 1);
        QSignalSpy states(fixture.client.get(), &DispatchClient::stateChanged);

        fixture.client->close();

        // Nothing was started by the resumed loop: no call waits, and it reported nothing either.
        QCOMPARE(fixture.client->pendingCalls(), 0);
        QCOMPARE(fixture.warnings.size(), 1);
        QCOMPARE(fixture.client->state(), ClientState::Closed);
        QCOMPARE(states.size(), 1);
        QVERIFY(!fixture.jobs->isActive());
        QVERIFY(!fixture.run->isActive());
        // And nothing new is accepted.
        QVERIFY_THROWS_EXCEPTION(ConnectionError, testsupport::awaitTask(fixture.client->stats()));
        QCOMPARE(fixture.client->pendingCalls(), 0);
    }

    // Without the fix the loop resumed from the destructor sent its next request, which the request map's
    // destructor failed later, resuming the loop again to read the already destroyed list of watched runs
    // (AddressSanitizer: heap-use-after-free in DispatchClient::watchedRunIds).
    void destroyedDuringResubscribeReadsNothingDestroyed()
    {
        ResubscribingClient fixture;
        QVERIFY2(fixture.start(), "the reconnect never reached the second re-subscribe");
        QCOMPARE(fixture.warnings.size(), 1);
        QString endReason;
        QObject::connect(fixture.jobs.get(), &Subscription::ended,
                         [&endReason](const QString& reason) { endReason = reason; });

        fixture.client.reset();

        QCOMPARE(fixture.warnings.size(), 1);
        QCOMPARE(endReason, QStringLiteral("the client was destroyed"));
        QVERIFY(!fixture.run->isActive());
        fixture.jobs.reset(); // its release callback must not reach the destroyed client
        fixture.run.reset();
    }
};

QTEST_GUILESS_MAIN(ClientShutdownTest)
#include "tst_client_shutdown.moc"
