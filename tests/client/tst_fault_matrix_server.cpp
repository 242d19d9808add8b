// SPDX-License-Identifier: MIT
// Fault matrix, a misbehaving or unwilling server: token rejected, 403, 405, a server slower than the
// deadline, an error without correl_id, a reply for an id never sent, credits running out, msgpack in text
// frames. Each asserts that every pending call settles with its error class, nothing hangs, and the
// connection and its subscriptions go on (or, for a rejected token, stop for good, once).
#include "FaultMatrixSupport.h"
#include "client/DwpConnection.h"
#include "client/PendingRequestMap.h"
#include "devserver/ServerSession.h"
#include "devserver/Subscriber.h"

#include <QSignalSpy>

using namespace dispatch;
using clienttest::optionsFor;

namespace {

devserver::DevServerConfig withTokens()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    config.tokens.add(*devserver::TokenSpec::parse(u"reader=job:read,workflow:read,subscribe"));
    config.tokens.add(*devserver::TokenSpec::parse(u"demo-token=*"));
    return config;
}

} // namespace

class FaultMatrixServerTest : public QObject
{
    Q_OBJECT

private slots:
    void tokenRejected()
    {
        testsupport::DevServerFixture fixture(withTokens());
        auto options = optionsFor(fixture.url());
        options.connection.token = QStringLiteral("wrong");
        DispatchClient client(options);
        QSignalSpy fatal(&client, &DispatchClient::fatalError);
        QSignalSpy scheduled(&client, &DispatchClient::reconnectScheduled);
        const auto outcome = faultmatrix::settle(client.connect());
        QCOMPARE(outcome.errorClass, QStringLiteral("AuthError"));
        QCOMPARE(fatal.size(), 1);
        QCOMPARE(fatal.first().at(1).toInt(), 401);
        QTest::qWait(300); // fifteen backoff periods: a rejected token is never retried
        QCOMPARE(scheduled.size(), 0);
        QCOMPARE(client.state(), ClientState::Closed);
    }

    // The token stops working while connected (revoked): the reconnect is refused and the client stops,
    // with the calls made meanwhile failed rather than left waiting.
    void tokenRejectedOnReconnect()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        QSignalSpy fatal(&client, &DispatchClient::fatalError);
        auto plan = fixture.server().faults().plan();
        plan.refuseAuth = true;
        fixture.server().faults().setPlan(plan);
        fixture.server().faults().dropConnections();
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 5000);
        QCOMPARE(fatal.first().at(1).toInt(), 401);
        QCOMPARE(client.state(), ClientState::Closed);
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("ConnectionError"));
    }

    void permissionDenied403()
    {
        testsupport::DevServerFixture fixture(withTokens());
        auto options = optionsFor(fixture.url());
        options.connection.token = QStringLiteral("reader");
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        auto jobs = faultmatrix::subscribeCounted(client, QStringLiteral("jobs"));
        const QByteArray payload = QByteArrayLiteral("{}");
        QCOMPARE(faultmatrix::settle(client.enqueue(QStringLiteral("x"), payload)).errorClass,
                 QStringLiteral("PermissionError"));
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("PermissionError"));
        QCOMPARE(client.state(), ClientState::Ready); // a 403 is an answer, not a broken connection
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {jobs.get()}));
    }

    // The public API has no job.list (the server declares it and answers 405); the client's own lower layer
    // — DwpConnection plus PendingRequestMap — is how a monitor would feature-detect it.
    void unsupportedMethod405()
    {
        testsupport::DevServerFixture fixture;
        DwpConnection connection;
        PendingRequestMap pending([&connection](const dwp::Frame& frame) { return connection.send(frame); });
        QObject::connect(&connection, &DwpConnection::frameReceived, &pending,
                         [&pending](const dwp::Frame& frame) { pending.respond(frame); });
        ConnectionSettings settings;
        settings.url = fixture.url();
        settings.token = QStringLiteral("demo-token");
        settings.heartbeatInterval = std::chrono::milliseconds(0);
        QCOMPARE(faultmatrix::settle(connection.open(settings)).errorClass, QStringLiteral("none"));
        for (const QString& method :
             {QStringLiteral("job.list"), QStringLiteral("dlq.list"), QStringLiteral("no.such.method")}) {
            const auto outcome = faultmatrix::settle(pending.call(method, QByteArray()));
            QCOMPARE(outcome.errorClass, QStringLiteral("UnsupportedMethodError"));
        }
        QCOMPARE(faultmatrix::settle(pending.call(QStringLiteral("stats"), QByteArray())).errorClass,
                 QStringLiteral("none"));
        QCOMPARE(pending.pendingCount(), 0);
    }

    void serverSlowerThanTheDeadline()
    {
        testsupport::DevServerFixture fixture;
        auto options = optionsFor(fixture.url());
        options.requestDeadline = std::chrono::milliseconds(150);
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = 400;
        fixture.server().faults().setPlan(plan);
        const auto outcome = faultmatrix::settle(client.stats(), 3000);
        QCOMPARE(outcome.errorClass, QStringLiteral("TimeoutError"));
        QCOMPARE(client.pendingCalls(), 0);
        // The late answer still comes, matches nothing and is dropped, not delivered to a later call.
        QTRY_COMPARE_WITH_TIMEOUT(client.droppedResponses(), 1, 3000);
        fixture.server().faults().clear();
        QCOMPARE(client.state(), ClientState::Ready);
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("none"));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    // The server omits correl_id only for a frame it could not decode, and answers in order, so the error
    // belongs to the oldest request still unanswered (dwp-protocol.md §2, §11 item 12).
    void errorWithoutCorrelId()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        QSignalSpy warnings(&client, &DispatchClient::warning);
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = 300;
        fixture.server().faults().setPlan(plan);
        auto stats = faultmatrix::watch(client.stats());
        QTRY_COMPARE(client.pendingCalls(), 1);
        fixture.server().faults().sendUncorrelatedError();
        const auto outcome = stats.outcome();
        QCOMPARE(outcome.errorClass, QStringLiteral("BadRequestError"));
        QVERIFY(!warnings.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(client.droppedResponses(), 1, 3000); // the real reply, late and unmatched
        fixture.server().faults().clear();
        QCOMPARE(client.state(), ClientState::Ready);
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("none"));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    void replyForAnIdNeverSent()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        QSignalSpy states(&client, &DispatchClient::stateChanged);
        fixture.server().faults().sendStrayResponse();
        QTRY_COMPARE(client.droppedResponses(), 1);
        QCOMPARE(states.size(), 0);
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("none"));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    // No initial credits on the server and a window of 40 on the client: a burst of 50 events at once
    // overruns it (the server drops 10, silently, as the real one does — counted here on the server), then
    // the client's top-ups let delivery resume and every paced event after that arrives: nothing is lost
    // beyond what the server's own counter says it dropped at zero credits.
    void creditsExhausted()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.initialCredits = 0;
        testsupport::DevServerFixture fixture(config);
        auto options = optionsFor(fixture.url());
        options.creditWindow = 40;
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        auto jobs = faultmatrix::subscribeCounted(client, QStringLiteral("jobs"));
        QCOMPARE(fixture.server().sessions().size(), 1);
        const auto subscriber = fixture.server().sessions().first()->subscriber();
        for (int i = 0; i < 50; ++i)
            faultmatrix::enqueueInEngine(fixture.server()); // one job.enqueued each, all before we read any
        QTRY_COMPARE(jobs->count(), 40);
        QCOMPARE(subscriber->droppedForCredits(), 10);
        // The burst's jobs now run; their started/completed events come in bursts too and may overrun again.
        for (int step = 0; step < 40; ++step) {
            fixture.server().clock().advanceMs(500);
            QTest::qWait(2);
        }
        const qint64 droppedInBursts = subscriber->droppedForCredits();
        // Paced events after the overruns: all delivered, far more than the window, nothing else dropped.
        const qint64 countBefore = jobs->count();
        for (int round = 0; round < 40; ++round)
            QVERIFY(faultmatrix::eventsFlow(fixture.server(), {jobs.get()}));
        QCOMPARE(subscriber->droppedForCredits(), droppedInBursts);
        QCOMPARE(subscriber->droppedForBuffer(), 0);
        QVERIFY(jobs->count() >= countBefore + 40);
    }

    // Like the real server with msgpack: msgpack bytes in WebSocket text messages, which QWebSocket closes
    // with 1007. The client says so once and talks JSON to this server from then on, reconnects included.
    void msgpackInTextFrames()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.msgpackFraming = devserver::MsgpackFraming::Text;
        testsupport::DevServerFixture fixture(config);
        auto options = optionsFor(fixture.url());
        options.connection.format = dwp::WireFormat::Msgpack;
        DispatchClient client(options);
        QSignalSpy warnings(&client, &DispatchClient::warning);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        QCOMPARE(client.activeFormat(), dwp::WireFormat::Json);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(QStringLiteral("JSON")));
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
        fixture.server().faults().dropConnections();
        QTRY_VERIFY(client.state() != ClientState::Ready);
        QVERIFY(testsupport::advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Ready; }, 0, 10000));
        QCOMPARE(client.activeFormat(), dwp::WireFormat::Json);
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
        QCOMPARE(warnings.size(), 1); // said once
    }
};

QTEST_GUILESS_MAIN(FaultMatrixServerTest)
#include "tst_fault_matrix_server.moc"
