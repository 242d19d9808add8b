// SPDX-License-Identifier: MIT
// Issue 20 item 12: the operator's Reconnect now and Disconnect, a backoff capped so that a server that is
// back is seen within seconds, and giving up after exactly the documented number of attempts.
#include "ClientTestSupport.h"
#include "FaultMatrixSupport.h"
#include "client/ReconnectBackoff.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace dispatch;
using namespace clienttest;

namespace {

// Takes every TCP connection and closes it at once, counting them: each is one connection attempt of the
// client, refused before the WebSocket upgrade.
class ClosingListener : public QTcpServer
{
public:
    ClosingListener()
    {
        listen(QHostAddress::LocalHost, 0);
        QObject::connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++m_connections;
                socket->abort();
                socket->deleteLater();
            }
        });
    }
    int connections() const { return m_connections; }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(serverPort())); }

private:
    int m_connections = 0;
};

} // namespace

class ReconnectControlTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultBackoffIsCappedAtFiveSeconds()
    {
        const ClientOptions defaults;
        QCOMPARE(defaults.backoffCap, std::chrono::milliseconds(5000));
        QCOMPARE(defaults.maxRetries, 10);
        // The longest wait with the most jitter: 5 s + 20 %.
        ReconnectBackoff backoff(defaults.backoffBase, defaults.backoffCap, 0, [] { return 0.999999; });
        qint64 longest = 0;
        for (int attempt = 0; attempt < 20; ++attempt)
            longest = std::max<qint64>(longest, backoff.nextDelay()->count());
        QVERIFY2(longest > 5000 && longest <= 6000, qPrintable(QString::number(longest)));
    }

    // The refused port of the operator's report: the first attempt and exactly maxRetries reconnect
    // attempts, then the message says that number.
    void refusedConnectionGivesUpAfterExactlyMaxRetries()
    {
        ClosingListener listener;
        QVERIFY(listener.isListening());
        ClientOptions options = optionsFor(listener.url());
        options.maxRetries = 3;
        DispatchClient client(options);
        QSignalSpy fatal(&client, &DispatchClient::fatalError);
        QSignalSpy scheduled(&client, &DispatchClient::reconnectScheduled);
        const auto outcome = faultmatrix::settle(client.connect());
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        QCOMPARE(client.state(), ClientState::Closed);
        QCOMPARE(listener.connections(), 1 + 3);
        QCOMPARE(scheduled.size(), 3);
        for (int i = 0; i < scheduled.size(); ++i)
            QCOMPARE(scheduled.at(i).at(1).toInt(), i + 1); // the attempt numbers the bar shows
        const QString message = fatal.first().first().toString();
        // "attempts" with the English catalogue the applications install; this test loads none.
        QVERIFY2(message.startsWith(QStringLiteral("Gave up after 3 reconnect attempt")),
                 qPrintable(message));
        // And no attempt after giving up (positive control above: four were counted in this window).
        QTest::qWait(300);
        QCOMPARE(listener.connections(), 4);
    }

    void reconnectNowSkipsTheWait()
    {
        ClosingListener listener;
        ClientOptions options = optionsFor(listener.url());
        options.backoffBase = std::chrono::hours(1); // no attempt comes from the timer during this test
        options.backoffCap = std::chrono::hours(1);
        DispatchClient client(options);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("ConnectionError"));
        QCOMPARE(client.state(), ClientState::Reconnecting);
        QCOMPARE(listener.connections(), 1);
        client.reconnectNow(); // the hour's wait skipped
        QTRY_COMPARE_WITH_TIMEOUT(listener.connections(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), ClientState::Reconnecting, 5000); // waiting again
    }

    // After giving up, Reconnect now tries again with a fresh budget of maxRetries.
    void reconnectNowRevivesAGivenUpClient()
    {
        ClosingListener listener;
        ClientOptions options = optionsFor(listener.url());
        options.maxRetries = 1;
        DispatchClient client(options);
        QSignalSpy fatal(&client, &DispatchClient::fatalError);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("ConnectionError"));
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 5000);
        QCOMPARE(client.state(), ClientState::Closed);
        QCOMPARE(listener.connections(), 2);
        client.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 2, 5000);
        QCOMPARE(listener.connections(), 4);
        QCOMPARE(client.state(), ClientState::Closed);
    }

    void reconnectNowAfterALostConnection()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        ClientOptions options = optionsFor(fixture.url());
        options.backoffBase = std::chrono::hours(1);
        options.backoffCap = std::chrono::hours(1);
        DispatchClient client(options);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        fixture.server().faults().dropConnections();
        QTRY_COMPARE(client.state(), ClientState::Reconnecting);
        client.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), ClientState::Ready, 5000);
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    // Disconnect holds while another client of the same server, dropped at the same moment, comes back
    // (the positive control); Reconnect now brings it back with its subscription.
    void disconnectStaysDownUntilReconnectNow()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        DispatchClient held(optionsFor(fixture.url()));
        DispatchClient control(optionsFor(fixture.url()));
        QCOMPARE(faultmatrix::settle(held.connect()).errorClass, QStringLiteral("none"));
        QCOMPARE(faultmatrix::settle(control.connect()).errorClass, QStringLiteral("none"));
        auto firehose = faultmatrix::subscribeCounted(held, QStringLiteral("firehose"));
        QSignalSpy controlSessions(&control, &DispatchClient::sessionStarted);

        held.disconnectFromServer();
        fixture.server().faults().dropConnections();
        QCOMPARE(held.state(), ClientState::Disconnected);
        QVERIFY(held.isDisconnectedByUser());
        QTRY_COMPARE_WITH_TIMEOUT(controlSessions.size(), 1, 5000); // the control reconnected
        QTRY_COMPARE(control.state(), ClientState::Ready);
        QCOMPARE(held.state(), ClientState::Disconnected);
        QCOMPARE(fixture.server().connectionCount(), 1);
        const auto call = faultmatrix::settle(held.stats());
        QCOMPARE(call.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(call.message.contains(QStringLiteral("disconnected by you")), qPrintable(call.message));

        held.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(held.state(), ClientState::Ready, 5000);
        QVERIFY(!held.isDisconnectedByUser());
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    void disconnectWhileAnAttemptIsUnderWayStaysDown()
    {
        ClosingListener listener;
        ClientOptions options = optionsFor(listener.url());
        options.maxRetries = 0;
        DispatchClient client(options);
        auto connect = faultmatrix::watch(client.connect());
        client.disconnectFromServer(); // the first attempt is still opening its socket
        QCOMPARE(connect.outcome().errorClass, QStringLiteral("ConnectionError"));
        QTest::qWait(300); // lets the listener see the aborted attempt, if it reached it
        const int attempts = listener.connections();
        QTest::qWait(600); // backoff 20–200 ms: reconnects would come in this time
        QCOMPARE(listener.connections(), attempts);
        QCOMPARE(client.state(), ClientState::Disconnected);
        client.reconnectNow(); // positive control: the same client does try again when asked
        QTRY_VERIFY_WITH_TIMEOUT(listener.connections() > attempts, 5000);
    }
};

QTEST_MAIN(ReconnectControlTest)
#include "tst_reconnect_control.moc"
