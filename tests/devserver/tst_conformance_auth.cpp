// SPDX-License-Identifier: MIT
// dwp-protocol.md §2 "Auth (first message)": every branch, and how a failed auth ends the connection.
#include "TestJson.h"
#include "support/DevServerFixture.h"
#include "support/RawWebSocketProbe.h"

#include <QRegularExpression>
#include <QTest>

using namespace testsupport;

namespace {

devserver::DevServerConfig keysConfig()
{
    auto config = DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    config.tokens.add(*devserver::TokenSpec::parse(QStringLiteral("reader-key=job:read")));
    return config;
}

std::unique_ptr<RawDwpClient> openClient(DevServerFixture& fixture)
{
    auto client = std::make_unique<RawDwpClient>();
    if (!client->open(fixture.url()))
        return nullptr;
    return client;
}

} // namespace

class ConformanceAuthTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonAuthReplyCarriesFormatAndSessionId()
    {
        DevServerFixture fixture;
        auto client = openClient(fixture);
        QVERIFY(client);
        const auto reply = client->authenticate(QStringLiteral("anything"));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
        QCOMPARE(reply->correlId, QStringLiteral("c-1"));
        QCOMPARE(testjson::keysInOrder(reply->data),
                 (QStringList{QStringLiteral("format"), QStringLiteral("session_id")}));
        const QJsonObject data = testjson::object(reply->data);
        QCOMPARE(data.value(QLatin1String("format")).toString(), QStringLiteral("json"));
        static const QRegularExpression sessionId(QStringLiteral("^ws_[0-9]+$"));
        QVERIFY(sessionId.match(data.value(QLatin1String("session_id")).toString()).hasMatch());
        QCOMPARE(client->textMessageCount(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{14}\\.[0-9]{9}$")).match(reply->id).hasMatch());
    }

    void msgpackIsNegotiatedAndTheReplyIsAlreadyMsgpack()
    {
        DevServerFixture fixture;
        auto client = openClient(fixture);
        const auto reply = client->authenticate(QStringLiteral("t"), dwp::WireFormat::Msgpack);
        QVERIFY(reply);
        QCOMPARE(client->binaryMessageCount(), 1); // msgpack, in a binary message by default
        QCOMPARE(client->textMessageCount(), 0);
        QCOMPARE(testjson::object(reply->data).value(QLatin1String("format")).toString(),
                 QStringLiteral("msgpack"));
        const auto stats = client->call(QStringLiteral("stats"));
        QVERIFY(stats);
        QCOMPARE(stats->type, QStringLiteral("response"));
        QCOMPARE(client->binaryMessageCount(), 2);
    }

    void anyOtherFormatMeansJson_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("json") << QByteArrayLiteral("json");
        QTest::newRow("protobuf") << QByteArrayLiteral("protobuf");
        QTest::newRow("upper case") << QByteArrayLiteral("MSGPACK");
        QTest::newRow("empty") << QByteArray();
    }
    void anyOtherFormatMeansJson()
    {
        QFETCH(QByteArray, format);
        DevServerFixture fixture;
        auto client = openClient(fixture);
        client->sendText(
            "{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\",\"data\":{\"token\":\"t\",\"format\":\"" +
            format + "\"},\"ts\":\"2026-11-22T10:30:00Z\"}");
        const auto reply = client->waitForReply(QStringLiteral("a"));
        QVERIFY(reply);
        QCOMPARE(testjson::object(reply->data).value(QLatin1String("format")).toString(),
                 QStringLiteral("json"));
        QCOMPARE(client->textMessageCount(), 1);
    }

    void theFirstMessageIsJsonEvenInABinaryMessageAndTypeIsNotChecked()
    {
        DevServerFixture fixture;
        auto client = openClient(fixture);
        client->sendBinary("{\"id\":\"b\",\"type\":\"event\",\"method\":\"auth\",\"token\":\"t\"}");
        const auto reply = client->waitForReply(QStringLiteral("b"));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
    }

    void theFrameTokenIsUsedWhenDataHasNone()
    {
        DevServerFixture fixture(keysConfig());
        auto client = openClient(fixture);
        client->sendText("{\"id\":\"f\",\"type\":\"request\",\"method\":\"auth\",\"token\":\"reader-key\","
                         "\"data\":{\"token\":\"\"}}");
        const auto reply = client->waitForReply(QStringLiteral("f"));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
    }

    void dataTokenWinsOverTheFrameToken()
    {
        DevServerFixture fixture(keysConfig());
        auto client = openClient(fixture);
        client->sendText("{\"id\":\"w\",\"type\":\"request\",\"method\":\"auth\",\"token\":\"reader-key\","
                         "\"data\":{\"token\":\"wrong\"}}");
        const auto reply = client->waitForReply(QStringLiteral("w"));
        QVERIFY(reply);
        QCOMPARE(reply->error->code, 401);
    }

    void failuresAnswerAndThenAbortTheConnection_data()
    {
        QTest::addColumn<QByteArray>("firstMessage");
        QTest::addColumn<QString>("correlId");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArrayLiteral("hello") << QString() << 400
                                  << QStringLiteral("invalid auth frame");
        QTest::newRow("epoch ts (the Python SDK)")
            << QByteArrayLiteral(
                   "{\"id\":\"p\",\"type\":\"request\",\"method\":\"auth\",\"token\":\"reader-key\","
                   "\"ts\":\"1795343400000000000\"}")
            << QString() << 400 << QStringLiteral("invalid auth frame");
        QTest::newRow("ts as a number")
            << QByteArrayLiteral("{\"id\":\"n\",\"method\":\"auth\",\"ts\":1795343400}") << QString() << 400
            << QStringLiteral("invalid auth frame");
        QTest::newRow("not auth") << QByteArrayLiteral(
                                         "{\"id\":\"s\",\"type\":\"request\",\"method\":\"stats\"}")
                                  << QStringLiteral("s") << 400 << QStringLiteral("first frame must be auth");
        QTest::newRow("bad auth data")
            << QByteArrayLiteral("{\"id\":\"d\",\"method\":\"auth\",\"data\":\"reader-key\"}")
            << QStringLiteral("d") << 400 << QStringLiteral("invalid auth data");
        QTest::newRow("token of the wrong type")
            << QByteArrayLiteral("{\"id\":\"t\",\"method\":\"auth\",\"data\":{\"token\":5}}")
            << QStringLiteral("t") << 400 << QStringLiteral("invalid auth data");
        QTest::newRow("unknown token")
            << QByteArrayLiteral("{\"id\":\"u\",\"method\":\"auth\",\"data\":{\"token\":\"nope\"}}")
            << QStringLiteral("u") << 401 << QStringLiteral("authentication failed");
        QTest::newRow("case matters")
            << QByteArrayLiteral("{\"id\":\"c\",\"method\":\"auth\",\"data\":{\"token\":\"READER-KEY\"}}")
            << QStringLiteral("c") << 401 << QStringLiteral("authentication failed");
        QTest::newRow("msgpack wanted, JSON error")
            << QByteArrayLiteral(
                   "{\"id\":\"m\",\"method\":\"auth\",\"data\":{\"token\":\"nope\",\"format\":\"msgpack\"}}")
            << QStringLiteral("m") << 401 << QStringLiteral("authentication failed");
    }
    void failuresAnswerAndThenAbortTheConnection()
    {
        QFETCH(QByteArray, firstMessage);
        QFETCH(QString, correlId);
        QFETCH(int, code);
        QFETCH(QString, message);
        DevServerFixture fixture(keysConfig());
        auto client = openClient(fixture);
        client->sendText(firstMessage);
        const auto reply = client->nextReply();
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("error"));
        QCOMPARE(reply->correlId, correlId);
        QCOMPARE(reply->error->code, code);
        QCOMPARE(reply->error->message, message);
        QCOMPARE(client->textMessageCount(), 1); // pre-auth errors are JSON text
        QVERIFY(client->waitForDisconnected());
        // No close frame: Qt reports the peer's TCP close as an error (its closeCode() stays 1000).
        QVERIFY(client->sawRemoteHostClosed());
        QTRY_COMPARE(fixture.server().connectionCount(), 0);
    }

    void noCloseFrameIsSentAfterTheErrorFrame()
    {
        DevServerFixture fixture(keysConfig());
        RawWebSocketProbe probe;
        QVERIFY(probe.open(fixture.url()));
        QCOMPARE(probe.statusCode(), 101);
        probe.sendText("{\"id\":\"x\",\"method\":\"auth\",\"data\":{\"token\":\"nope\"}}");
        QVERIFY(probe.waitForPeerClose());
        QCOMPARE(probe.messages().size(), 1);
        QCOMPARE(probe.messages().first().opcode, 1);
        QVERIFY(probe.messages().first().payload.contains("\"authentication failed\""));
        QVERIFY(!probe.sawCloseFrame());
    }

    void noopAuthAcceptsAnyTokenEvenEmpty()
    {
        DevServerFixture fixture;
        auto client = openClient(fixture);
        client->sendText("{\"id\":\"e\",\"method\":\"auth\"}");
        const auto reply = client->waitForReply(QStringLiteral("e"));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
        // ...with scope "*": an admin-only method is not refused for scope.
        QCOMPARE(client->call(QStringLiteral("federation.heartbeat"), "{}")->error->code, 405);
    }

    void keysModeWithoutKeysAcceptsOnlyTheDemoToken()
    {
        auto config = DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        DevServerFixture fixture(config);
        QVERIFY(fixture.connectClient(QStringLiteral("demo-token")));
        auto other = openClient(fixture);
        QCOMPARE(other->authenticate(QStringLiteral("other"))->error->code, 401);
    }

    void theSessionCountsAsASubscriberOnlyAfterAuth()
    {
        DevServerFixture fixture;
        auto client = openClient(fixture);
        QTRY_COMPARE(fixture.server().connectionCount(), 1);
        QCOMPARE(fixture.server().broker().subscriberCount(), 0);
        QVERIFY(client->authenticate());
        QCOMPARE(fixture.server().broker().subscriberCount(), 1);
        client->close();
        QTRY_COMPARE(fixture.server().broker().subscriberCount(), 0);
    }

    void onlyTheDwpPathUpgrades()
    {
        DevServerFixture fixture;
        RawWebSocketProbe probe;
        QUrl other = fixture.url();
        other.setPath(QStringLiteral("/ws"));
        QVERIFY(probe.open(other));
        QCOMPARE(probe.statusCode(), 404);
        RawWebSocketProbe withQuery;
        QUrl query = fixture.url();
        query.setQuery(QStringLiteral("token=ignored"));
        QVERIFY(withQuery.open(query));
        QCOMPARE(withQuery.statusCode(), 101);
    }
};

QTEST_GUILESS_MAIN(ConformanceAuthTest)
#include "tst_conformance_auth.moc"
