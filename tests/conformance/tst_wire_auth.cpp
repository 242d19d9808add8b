// SPDX-License-Identifier: MIT
// dwp-protocol.md §2 "Auth (first message)", over the wire only: runs against any DWP server
// (ConformanceTarget), the devserver by default.
#include "ConformanceTarget.h"
#include "support/RawWebSocketProbe.h"
#include "support/TestJson.h"

#include <QRegularExpression>
#include <QTest>

using testsupport::RawWebSocketProbe;

class WireAuthTest : public QObject
{
    Q_OBJECT

private:
    ConformanceTarget m_target;

private slots:
    void initTestCase() { QVERIFY2(m_target.problem().isEmpty(), qPrintable(m_target.problem())); }

    void jsonAuthReplyCarriesFormatAndSessionId()
    {
        auto client = m_target.open();
        QVERIFY(client);
        const auto reply = client->authenticate(m_target.token());
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
        auto client = m_target.open();
        QVERIFY(client);
        const auto reply = client->authenticate(m_target.token(), dwp::WireFormat::Msgpack);
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
        auto client = m_target.open();
        QVERIFY(client);
        client->sendText("{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\",\"data\":{\"token\":\"" +
                         m_target.token().toUtf8() + "\",\"format\":\"" + format +
                         "\"},\"ts\":\"2026-11-22T10:30:00Z\"}");
        const auto reply = client->waitForReply(QStringLiteral("a"));
        QVERIFY(reply);
        QCOMPARE(testjson::object(reply->data).value(QLatin1String("format")).toString(),
                 QStringLiteral("json"));
        QCOMPARE(client->textMessageCount(), 1);
    }

    void theFirstMessageIsJsonEvenInABinaryMessageAndTypeIsNotChecked()
    {
        auto client = m_target.open();
        QVERIFY(client);
        client->sendBinary("{\"id\":\"b\",\"type\":\"event\",\"method\":\"auth\",\"token\":\"" +
                           m_target.token().toUtf8() + "\"}");
        const auto reply = client->waitForReply(QStringLiteral("b"));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
    }

    void theFrameTokenIsUsedWhenDataHasNone()
    {
        auto client = m_target.open();
        QVERIFY(client);
        client->sendText("{\"id\":\"f\",\"type\":\"request\",\"method\":\"auth\",\"token\":\"" +
                         m_target.token().toUtf8() + "\",\"data\":{\"token\":\"\"}}");
        const auto reply = client->waitForReply(QStringLiteral("f"));
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
    }

    void dataTokenWinsOverTheFrameToken()
    {
        auto client = m_target.open();
        QVERIFY(client);
        client->sendText("{\"id\":\"w\",\"type\":\"request\",\"method\":\"auth\",\"token\":\"" +
                         m_target.token().toUtf8() + "\",\"data\":{\"token\":\"wrong\"}}");
        const auto reply = client->waitForReply(QStringLiteral("w"));
        QVERIFY(reply);
        QVERIFY(reply->error);
        QCOMPARE(reply->error->code, 401);
    }

    void failuresAnswerAndThenAbortTheConnection_data()
    {
        const QByteArray token = m_target.token().toUtf8();
        QTest::addColumn<QByteArray>("firstMessage");
        QTest::addColumn<QString>("correlId");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArrayLiteral("hello") << QString() << 400
                                  << QStringLiteral("invalid auth frame");
        QTest::newRow("epoch ts (the Python SDK)")
            << "{\"id\":\"p\",\"type\":\"request\",\"method\":\"auth\",\"token\":\"" + token +
                   "\",\"ts\":\"1795343400000000000\"}"
            << QString() << 400 << QStringLiteral("invalid auth frame");
        QTest::newRow("ts as a number")
            << QByteArrayLiteral("{\"id\":\"n\",\"method\":\"auth\",\"ts\":1795343400}") << QString() << 400
            << QStringLiteral("invalid auth frame");
        QTest::newRow("not auth") << QByteArrayLiteral(
                                         "{\"id\":\"s\",\"type\":\"request\",\"method\":\"stats\"}")
                                  << QStringLiteral("s") << 400 << QStringLiteral("first frame must be auth");
        QTest::newRow("bad auth data") << "{\"id\":\"d\",\"method\":\"auth\",\"data\":\"" + token + "\"}"
                                       << QStringLiteral("d") << 400 << QStringLiteral("invalid auth data");
        QTest::newRow("token of the wrong type")
            << QByteArrayLiteral("{\"id\":\"t\",\"method\":\"auth\",\"data\":{\"token\":5}}")
            << QStringLiteral("t") << 400 << QStringLiteral("invalid auth data");
        QTest::newRow("unknown token")
            << QByteArrayLiteral("{\"id\":\"u\",\"method\":\"auth\",\"data\":{\"token\":\"nope\"}}")
            << QStringLiteral("u") << 401 << QStringLiteral("authentication failed");
        QTest::newRow("case matters")
            << "{\"id\":\"c\",\"method\":\"auth\",\"data\":{\"token\":\"" + token.toUpper() + "\"}}"
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
        auto client = m_target.open();
        QVERIFY(client);
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
    }

    void noCloseFrameIsSentAfterTheErrorFrame()
    {
        DM_REQUIRE_PLAIN_WS(m_target);
        RawWebSocketProbe probe;
        QVERIFY(probe.open(m_target.url()));
        QCOMPARE(probe.statusCode(), 101);
        probe.sendText("{\"id\":\"x\",\"method\":\"auth\",\"data\":{\"token\":\"nope\"}}");
        QVERIFY(probe.waitForPeerClose());
        QCOMPARE(probe.messages().size(), 1);
        QCOMPARE(probe.messages().first().opcode, 1);
        QVERIFY(probe.messages().first().payload.contains("\"authentication failed\""));
        QVERIFY(!probe.sawCloseFrame());
    }

    void onlyTheDwpPathUpgrades()
    {
        DM_REQUIRE_PLAIN_WS(m_target);
        RawWebSocketProbe probe;
        QUrl other = m_target.url();
        other.setPath(QStringLiteral("/ws"));
        QVERIFY(probe.open(other));
        QCOMPARE(probe.statusCode(), 404);
        RawWebSocketProbe withQuery;
        QUrl query = m_target.url();
        query.setQuery(QStringLiteral("token=ignored"));
        QVERIFY(withQuery.open(query));
        QCOMPARE(withQuery.statusCode(), 101);
    }
};

QTEST_GUILESS_MAIN(WireAuthTest)
#include "tst_wire_auth.moc"
