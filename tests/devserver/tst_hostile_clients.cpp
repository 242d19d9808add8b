// SPDX-License-Identifier: MIT
// Issue 16 item 13: the devserver under clients that stop reading, send huge messages, never authenticate or
// subscribe without end. Each bound (ConnectionLimits) closes that one connection with a log line, and a
// well-behaved client on the same server is served before and after.
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

} // namespace

class HostileClientsTest : public QObject
{
    Q_OBJECT

private slots:
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
