// SPDX-License-Identifier: MIT
// Fault matrix, the connection: drops (mid-call, mid-stream, during auth, after a frame), a server restart,
// a dead peer, DNS failure and a refused port. Each asserts: no hang (every wait bounded), every pending call
// settled with its error class, and after recovery every subscription receives events again.
#include "FaultMatrixSupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace dispatch;
using clienttest::optionsFor;
using faultmatrix::CountedSubscription;

class FaultMatrixConnectionTest : public QObject
{
    Q_OBJECT

private:
    struct Connected
    {
        std::unique_ptr<DispatchClient> client;
        std::unique_ptr<CountedSubscription> firehose;
        std::unique_ptr<CountedSubscription> jobs;
    };

    static Connected connectWithSubscriptions(testsupport::DevServerFixture& fixture,
                                              ClientOptions options = {})
    {
        if (options.connection.url.isEmpty())
            options = optionsFor(fixture.url());
        Connected connected;
        connected.client = std::make_unique<DispatchClient>(options);
        testsupport::awaitTask(connected.client->connect());
        connected.firehose = faultmatrix::subscribeCounted(*connected.client, QStringLiteral("firehose"));
        connected.jobs = faultmatrix::subscribeCounted(*connected.client, QStringLiteral("jobs"));
        return connected;
    }

    static bool backToReady(testsupport::DevServerFixture& fixture, DispatchClient& client)
    {
        return testsupport::advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Ready; }, 0, 10000);
    }

private slots:
    void dropInTheMiddleOfACall()
    {
        testsupport::DevServerFixture fixture;
        auto session = connectWithSubscriptions(fixture);
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = 2000; // the calls are still in flight when the connection drops
        fixture.server().faults().setPlan(plan);
        auto stats = faultmatrix::watch(session.client->stats());
        auto job =
            faultmatrix::watch(session.client->getJob(QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr")));
        QTRY_COMPARE(session.client->pendingCalls(), 2);
        fixture.server().faults().clear();
        fixture.server().faults().dropConnections();
        QCOMPARE(stats.outcome().errorClass, QStringLiteral("ConnectionError"));
        QCOMPARE(job.outcome().errorClass, QStringLiteral("ConnectionError"));
        QCOMPARE(session.client->pendingCalls(), 0);
        QVERIFY(backToReady(fixture, *session.client));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {session.firehose.get(), session.jobs.get()}));
        QCOMPARE(faultmatrix::settle(session.client->stats()).errorClass, QStringLiteral("none"));
    }

    void dropInTheMiddleOfAStream()
    {
        testsupport::DevServerFixture fixture;
        auto session = connectWithSubscriptions(fixture);
        QSignalSpy scheduled(session.client.get(), &DispatchClient::reconnectScheduled);
        for (int i = 0; i < 20; ++i)
            faultmatrix::enqueueInEngine(fixture.server());
        QVERIFY(testsupport::advanceUntil(
            fixture.server(), [&] { return session.jobs->count() >= 5; }, 0));
        fixture.server().faults().dropConnections(); // events still being written
        QTRY_COMPARE(scheduled.size(), 1);
        QVERIFY(backToReady(fixture, *session.client));
        QCOMPARE(scheduled.size(), 1);
        const qint64 before = session.firehose->count();
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {session.firehose.get(), session.jobs.get()}));
        QVERIFY(session.firehose->count() > before);
        QVERIFY(session.firehose->subscription().isActive() && session.jobs->subscription().isActive());
    }

    void dropDuringAuth()
    {
        testsupport::DevServerFixture fixture;
        auto session = connectWithSubscriptions(fixture);
        QSignalSpy scheduled(session.client.get(), &DispatchClient::reconnectScheduled);
        auto plan = fixture.server().faults().plan();
        plan.dropDuringAuth = true;
        fixture.server().faults().setPlan(plan);
        fixture.server().faults().dropConnections();
        // Every re-attempt now dies at auth; the client keeps backing off instead of giving up or spinning.
        QVERIFY(testsupport::advanceUntil(
            fixture.server(), [&] { return scheduled.size() >= 3; }, 0, 10000));
        QCOMPARE(faultmatrix::settle(session.client->stats()).errorClass, QStringLiteral("ConnectionError"));
        fixture.server().faults().clear();
        QVERIFY(backToReady(fixture, *session.client));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {session.firehose.get(), session.jobs.get()}));
    }

    void firstConnectDroppedDuringAuth()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.faults.dropDuringAuth = true;
        testsupport::DevServerFixture fixture(config);
        DispatchClient client(optionsFor(fixture.url()));
        const auto outcome = faultmatrix::settle(client.connect());
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QCOMPARE(client.state(), ClientState::Reconnecting);
        fixture.server().faults().clear();
        QVERIFY(backToReady(fixture, client));
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    void serverRestart()
    {
        testsupport::DevServerFixture fixture;
        auto session = connectWithSubscriptions(fixture);
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = 2000;
        fixture.server().faults().setPlan(plan);
        auto stats = faultmatrix::watch(session.client->stats());
        QTRY_COMPARE(session.client->pendingCalls(), 1);
        fixture.server().faults().clear();
        fixture.server().restart(300); // the port refuses connections for 300 ms
        QCOMPARE(stats.outcome().errorClass, QStringLiteral("ConnectionError"));
        QTRY_COMPARE(session.client->state(), ClientState::Reconnecting);
        QVERIFY(backToReady(fixture, *session.client));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {session.firehose.get(), session.jobs.get()}));
    }

    // The server's own way of ending a connection (§2 step 8): TCP closes right after a frame, no close
    // frame.
    void tcpCloseWithoutCloseFrame()
    {
        testsupport::DevServerFixture fixture;
        auto session = connectWithSubscriptions(fixture);
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = 2000;
        fixture.server().faults().setPlan(plan);
        auto stats = faultmatrix::watch(session.client->stats());
        QTRY_COMPARE(session.client->pendingCalls(), 1);
        fixture.server().faults().clear();
        fixture.server().faults().dropConnections();
        const auto outcome = stats.outcome();
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        // Qt 6.4 reports this as close code 1000 + RemoteHostClosedError; the client must not call it clean.
        QVERIFY2(outcome.message.contains(QStringLiteral("without a close frame")),
                 qPrintable(outcome.message));
        fixture.server().faults().clear();
        QVERIFY(backToReady(fixture, *session.client));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {session.firehose.get(), session.jobs.get()}));
    }

    void pingsUnansweredMeanADeadPeer()
    {
        testsupport::DevServerFixture fixture;
        auto options = optionsFor(fixture.url());
        options.connection.heartbeatInterval = std::chrono::milliseconds(60);
        auto session = connectWithSubscriptions(fixture, options);
        auto plan = fixture.server().faults().plan();
        plan.ignorePings = true;
        plan.responseDelayMs = 60000; // a hung server: TCP is fine, nothing answers
        fixture.server().faults().setPlan(plan);
        auto stats = faultmatrix::watch(session.client->stats());
        const auto outcome = stats.outcome(5000);
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("no pong")), qPrintable(outcome.message));
        fixture.server().faults().clear();
        QVERIFY(backToReady(fixture, *session.client));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {session.firehose.get(), session.jobs.get()}));
    }

    void dnsFailure()
    {
        ClientOptions options = optionsFor(QUrl(QStringLiteral("ws://no-such-host.invalid:8080/dwp")));
        options.maxRetries = 2;
        options.connection.authTimeout = std::chrono::milliseconds(3000);
        DispatchClient client(options);
        QSignalSpy fatal(&client, &DispatchClient::fatalError);
        const auto outcome = faultmatrix::settle(client.connect());
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("no-such-host.invalid")),
                 qPrintable(outcome.message));
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 15000);
        QVERIFY2(fatal.first().first().toString().contains(QStringLiteral("Gave up after 2")),
                 qPrintable(fatal.first().first().toString()));
        QCOMPARE(client.state(), ClientState::Closed);
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("ConnectionError"));
    }

    void connectionRefused()
    {
        QTcpServer probe; // a port that was free a moment ago and now has no listener
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientOptions options = optionsFor(QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(port)));
        options.maxRetries = 3;
        DispatchClient client(options);
        QSignalSpy fatal(&client, &DispatchClient::fatalError);
        QSignalSpy scheduled(&client, &DispatchClient::reconnectScheduled);
        const auto outcome = faultmatrix::settle(client.connect());
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(outcome.message));
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        QCOMPARE(scheduled.size(), 3); // backed off three times, then stopped
        QVERIFY(fatal.first().first().toString().contains(QStringLiteral("Gave up after 3")));
        QCOMPARE(client.state(), ClientState::Closed);
    }

    // A peer that takes the TCP connection and never answers the WebSocket upgrade: the connect phase is
    // still waiting when each of the next three tests ends it.
    void clientDestroyedWhileConnecting()
    {
        SilentPeer peer;
        auto client = std::make_unique<DispatchClient>(optionsFor(peer.url()));
        auto connect = faultmatrix::watch(client->connect());
        QTRY_VERIFY(peer.hasConnection());
        QVERIFY(!connect.settled());
        client.reset();
        // Settled by the destruction itself, not by a timer: no event loop runs in between.
        QVERIFY(connect.settled());
        QCOMPARE(connect.outcome().errorClass, QStringLiteral("ConnectionError"));
    }

    void closeWhileConnecting()
    {
        SilentPeer peer;
        DispatchClient client(optionsFor(peer.url()));
        auto connect = faultmatrix::watch(client.connect());
        QTRY_VERIFY(peer.hasConnection());
        client.close();
        const auto outcome = connect.outcome(2000);
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("closed by the client")),
                 qPrintable(outcome.message));
        QCOMPARE(client.state(), ClientState::Closed);
    }

    void upgradeNeverAnsweredTimesOut()
    {
        SilentPeer peer;
        ClientOptions options = optionsFor(peer.url());
        options.connection.authTimeout = std::chrono::milliseconds(300);
        options.reconnect = false;
        DispatchClient client(options);
        const auto outcome = faultmatrix::settle(client.connect(), 5000);
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("no connection within 300 ms")),
                 qPrintable(outcome.message));
        QCOMPARE(client.state(), ClientState::Disconnected);
    }

private:
    class SilentPeer
    {
    public:
        SilentPeer()
        {
            QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
            QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
                while (QTcpSocket* socket = m_server.nextPendingConnection())
                    m_accepted.append(socket); // parented to the server; never written to
            });
        }
        QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(m_server.serverPort())); }
        bool hasConnection() const { return !m_accepted.isEmpty(); }

    private:
        QTcpServer m_server;
        QList<QTcpSocket*> m_accepted;
    };
};

QTEST_GUILESS_MAIN(FaultMatrixConnectionTest)
#include "tst_fault_matrix_connection.moc"
