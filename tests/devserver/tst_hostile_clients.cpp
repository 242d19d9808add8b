// SPDX-License-Identifier: MIT
// Issue 16 item 13: the devserver under clients that stop reading, send huge messages, never authenticate or
// subscribe without end. Each bound (ConnectionLimits) closes that one connection with a log line, and a
// well-behaved client on the same server is served before and after.
#include "devserver/WorkerPool.h"
#include "support/DevServerFixture.h"
#include "support/RawWebSocketProbe.h"
#include "support/TestJson.h"

#include <QRegularExpression>
#include <QTest>

using namespace testsupport;

namespace {

const QByteArray kAuth =
    QByteArrayLiteral(R"({"id":"a","type":"request","method":"auth","data":{"token":"t"}})");

QByteArray request(const QString& id, const QString& method, const QByteArray& data)
{
    return "{\"id\":\"" + id.toLatin1() + "\",\"type\":\"request\",\"method\":\"" + method.toLatin1() +
           "\",\"data\":" + data + "}";
}

// A probe that has upgraded and authenticated (its auth reply read).
bool openAndAuthenticate(RawWebSocketProbe& probe, const QUrl& url)
{
    if (!probe.open(url) || probe.statusCode() != 101)
        return false;
    probe.sendText(kAuth);
    return probe.waitForMessages(1);
}

bool isServed(RawDwpClient& client)
{
    const auto stats = client.call(QStringLiteral("stats"));
    return stats && stats->type == QLatin1String("response");
}

// The write backlog bound of the tests below, and its log line.
constexpr qint64 kBacklogBound = 1024 * 1024;
const QRegularExpression kBacklogWarning(QStringLiteral(
    R"(\d+ bytes waiting to be written, over the bound of 1048576 bytes: the client stopped reading)"));

// An authenticated probe that then stops reading, with a kernel receive buffer of 256 KiB (the kernel
// doubles it; much smaller ones stall loopback's 64 KiB segments for good): what the server cannot send
// stays in the server's own socket, not in the megabytes loopback's receive buffers otherwise grow to.
bool openAndStall(RawWebSocketProbe& probe, const QUrl& url)
{
    if (!openAndAuthenticate(probe, url))
        return false;
    probe.setKernelReceiveBuffer(256 * 1024);
    probe.pause();
    return true;
}

// The data of a job.get for a job held in a queue without workers, whose payload is `bytes` long.
QByteArray getJobWithPayload(devserver::DevServer& server, int bytes)
{
    devserver::WorkerPool::EnqueueOptions options;
    options.name = QStringLiteral("big");
    options.queue = QStringLiteral("held");
    options.payload = '"' + QByteArray(bytes - 2, 'x') + '"';
    return "{\"job_id\":\"" + server.engine().enqueue(options).id.toLatin1() + "\"}";
}

// After a flood from a stalled probe: the server closed exactly that one connection.
bool closesOneConnection(DevServerFixture& fixture, int connectionsBefore)
{
    return QTest::qWaitFor([&] { return fixture.server().connectionCount() < connectionsBefore; }, 20000) &&
           fixture.server().connectionCount() == connectionsBefore - 1;
}

} // namespace

class HostileClientsTest : public QObject
{
    Q_OBJECT

private slots:
    void aClientThatStopsReadingRepliesIsClosed()
    {
        auto config = DevServerFixture::defaultConfig();
        config.limits.maxWriteBacklogBytes = kBacklogBound;
        DevServerFixture fixture(config);
        const QByteArray getBig = getJobWithPayload(fixture.server(), 256 * 1024);
        auto good = fixture.connectClient();
        QVERIFY(good && isServed(*good));
        // Positive control: the same 100 replies (26 MB) to a client that reads them two at a time.
        RawWebSocketProbe reader;
        QVERIFY(openAndAuthenticate(reader, fixture.url()));
        for (int i = 0; i < 100; i += 2) {
            reader.sendText(request(QString::number(i), QStringLiteral("job.get"), getBig));
            reader.sendText(request(QString::number(i + 1), QStringLiteral("job.get"), getBig));
            QVERIFY2(reader.waitForMessages(i + 3), "waited for the reader's next two job.get replies");
        }

        RawWebSocketProbe stalled;
        QVERIFY(openAndStall(stalled, fixture.url()));
        QTest::ignoreMessage(QtWarningMsg, kBacklogWarning);
        for (int i = 0; i < 100; ++i)
            stalled.sendText(request(QString::number(i), QStringLiteral("job.get"), getBig));
        QVERIFY2(closesOneConnection(fixture, 3),
                 "waited for the server to close the client that stopped reading");
        QVERIFY(isServed(*good));
        reader.sendText(request(QStringLiteral("after"), QStringLiteral("job.get"), getBig));
        QVERIFY2(reader.waitForMessages(102), "waited for the reader's reply after the stalled client went");
        stalled.resume();
        QVERIFY2(stalled.waitForPeerClose(10000), "waited for the stalled client to see its connection end");
        QVERIFY(stalled.messages().size() < 101); // not every reply was sent
    }

    void aClientThatStopsReadingPongsIsClosed_data()
    {
        // Each row makes about 35 MB of pongs, several times the bound plus the server's kernel send buffer
        // (tcp_wmem, 4 MiB at most by default) and the probe's receive buffer.
        QTest::addColumn<bool>("webSocketPings");
        // 30 000 pings with 1 KiB ids, each echoed in its pong (~1.1 KB).
        QTest::newRow("DWP pings") << false;
        // QWebSocket answers these itself, straight into the socket: 280 000 pongs of 127 bytes.
        QTest::newRow("WebSocket pings") << true;
    }

    void aClientThatStopsReadingPongsIsClosed()
    {
        QFETCH(bool, webSocketPings);
        auto config = DevServerFixture::defaultConfig();
        config.limits.maxWriteBacklogBytes = kBacklogBound;
        DevServerFixture fixture(config);
        auto good = fixture.connectClient();
        QVERIFY(good && isServed(*good));
        RawWebSocketProbe stalled;
        QVERIFY(openAndStall(stalled, fixture.url()));
        QTest::ignoreMessage(QtWarningMsg, kBacklogWarning);
        const QByteArray ping = "{\"id\":\"" + QByteArray(1024, 'p') + "\",\"type\":\"ping\"}";
        for (int i = 0; i < (webSocketPings ? 280000 : 30000); ++i) {
            if (webSocketPings)
                stalled.sendPing(QByteArray(125, 'p'));
            else
                stalled.sendText(ping);
        }
        QVERIFY2(closesOneConnection(fixture, 2),
                 "waited for the server to close the client that reads no pongs");
        QVERIFY(isServed(*good));
    }

    void aMessageOverTheLimitClosesThatConnection()
    {
        auto config = DevServerFixture::defaultConfig();
        config.limits.maxMessageBytes = 64 * 1024;
        DevServerFixture fixture(config);
        auto good = fixture.connectClient();
        RawWebSocketProbe probe;
        QVERIFY(openAndAuthenticate(probe, fixture.url()));
        // Positive control: just under the limit is read and answered.
        const QByteArray payload = '"' + QByteArray(60 * 1024, 'y') + '"';
        probe.sendText(request(QStringLiteral("small"), QStringLiteral("job.enqueue"),
                               "{\"name\":\"n\",\"queue\":\"held\",\"payload\":" + payload + "}"));
        QVERIFY(probe.waitForMessages(2));
        QCOMPARE(probe.messages()[1].opcode, 1);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("over the limit of 65536 bytes")));
        probe.sendText(QByteArray(1024 * 1024, ' '));
        QVERIFY2(probe.waitForPeerClose(10000), "waited for the server to close the oversized sender");
        QVERIFY(probe.sawCloseFrame());
        const QByteArray close = probe.messages().last().payload;
        QCOMPARE((quint8(close[0]) << 8) | quint8(close[1]), 1009);
        QVERIFY(isServed(*good));
    }

    void aConnectionThatNeverAuthenticatesIsDropped()
    {
        auto config = DevServerFixture::defaultConfig();
        config.limits.authDeadlineMs = 300;
        DevServerFixture fixture(config);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no successful auth within 300 ms")));
        RawWebSocketProbe silent;
        QVERIFY(silent.open(fixture.url()));
        RawWebSocketProbe authenticated; // the positive control, past the same deadline
        QVERIFY(openAndAuthenticate(authenticated, fixture.url()));
        QVERIFY2(silent.waitForPeerClose(5000), "waited for the auth deadline to drop the silent connection");
        QTest::qWait(300);
        authenticated.sendText(request(QStringLiteral("s"), QStringLiteral("stats"), "null"));
        QVERIFY2(authenticated.waitForMessages(2), "the authenticated connection is still served");
    }

    void tooManyTopicsCloseThatConnection()
    {
        auto config = DevServerFixture::defaultConfig();
        config.limits.maxTopics = 50;
        DevServerFixture fixture(config);
        auto good = fixture.connectClient();
        QVERIFY(good->call(QStringLiteral("subscribe"), "{\"channel\":\"jobs\"}"));
        auto greedy = fixture.connectClient();
        for (int i = 0; i < 50; ++i) { // up to the limit: each one answered
            const auto reply = greedy->call(QStringLiteral("subscribe"),
                                            "{\"channel\":\"job:j" + QByteArray::number(i) + "\"}");
            QVERIFY(reply && reply->type == QLatin1String("response"));
        }
        // Subscribing to one already held again is not a new topic.
        QVERIFY(greedy->call(QStringLiteral("subscribe"), "{\"channel\":\"job:j0\"}"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("more than 50 channels")));
        greedy->sendRequest(QStringLiteral("subscribe"), "{\"channel\":\"job:j50\"}");
        QVERIFY2(greedy->waitForDisconnected(), "waited for the 51st topic to close the connection");
        const auto stats = good->call(QStringLiteral("stats"));
        QVERIFY(stats);
        const QJsonObject broker = testjson::object(stats->data).value(QLatin1String("broker")).toObject();
        QCOMPARE(broker.value(QLatin1String("topic_count")).toInt(), 1); // the greedy topics went with it
        QCOMPARE(broker.value(QLatin1String("subscriber_count")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(HostileClientsTest)
#include "tst_hostile_clients.moc"
