// SPDX-License-Identifier: MIT
// dwp-protocol.md §2 "Server loop after auth", over the wire only: the order of its steps and what each
// answers, strict ts parsing (golden/README.md) and hostile input. Runs against any DWP server
// (ConformanceTarget), the devserver by default.
#include "ConformanceTarget.h"
#include "protocol/MsgpackCodec.h"
#include "support/RawWebSocketProbe.h"

#include <QRandomGenerator>
#include <QTest>

using testsupport::RawWebSocketProbe;

namespace {

QByteArray textFrame(const QByteArray& id, const QByteArray& rest)
{
    return "{\"id\":\"" + id + "\"," + rest + "}";
}

} // namespace

class WireFrameLoopTest : public QObject
{
    Q_OBJECT

private:
    ConformanceTarget m_target;

private slots:
    void initTestCase() { QVERIFY2(m_target.problem().isEmpty(), qPrintable(m_target.problem())); }

    void anUndecodableFrameIsAnsweredWithoutCorrelIdAndTheLoopGoesOn()
    {
        auto client = m_target.connect();
        QVERIFY(client);
        client->sendText("{\"id\":\"bad\",\"type\":\"request\",\"method\":\"stats\"");
        const auto error = client->nextReply();
        QVERIFY(error);
        QCOMPARE(error->type, QStringLiteral("error"));
        QCOMPARE(error->correlId, QString());
        QCOMPARE(error->error->code, 400);
        QVERIFY2(error->error->message.startsWith(QLatin1String("invalid frame: ")),
                 qPrintable(error->error->message));
        QCOMPARE(client->call(QStringLiteral("stats"))->type, QStringLiteral("response"));
    }

    void tsMustBeStrictRfc3339_data()
    {
        QTest::addColumn<QByteArray>("ts");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("Z") << QByteArrayLiteral("\"2026-11-22T10:30:00Z\"") << true;
        QTest::newRow("offset") << QByteArrayLiteral("\"2026-11-22T12:30:00+02:00\"") << true;
        QTest::newRow("nanos") << QByteArrayLiteral("\"2026-11-22T10:30:00.123456789Z\"") << true;
        QTest::newRow("10 digits") << QByteArrayLiteral("\"2026-11-22T10:30:00.1234567891Z\"") << true;
        QTest::newRow("null") << QByteArrayLiteral("null") << true;
        QTest::newRow("epoch digits") << QByteArrayLiteral("\"1795343400000000000\"") << false;
        QTest::newRow("number") << QByteArrayLiteral("1795343400") << false;
        QTest::newRow("space for T") << QByteArrayLiteral("\"2026-11-22 10:30:00Z\"") << false;
        QTest::newRow("no zone") << QByteArrayLiteral("\"2026-11-22T10:30:00\"") << false;
        QTest::newRow("date only") << QByteArrayLiteral("\"2026-11-22\"") << false;
    }
    void tsMustBeStrictRfc3339()
    {
        QFETCH(QByteArray, ts);
        QFETCH(bool, accepted);
        auto client = m_target.connect();
        QVERIFY(client);
        client->sendText(textFrame("t", "\"type\":\"request\",\"method\":\"stats\",\"ts\":" + ts));
        const auto reply = client->nextReply();
        QVERIFY(reply);
        if (accepted) {
            QCOMPARE(reply->type, QStringLiteral("response"));
            QCOMPARE(reply->correlId, QStringLiteral("t"));
        } else {
            QCOMPARE(reply->error->code, 400);
            QCOMPARE(reply->correlId, QString()); // undecodable: the server cannot know the id
        }
    }

    void pingIsAnsweredWithAPongEchoingItsTs()
    {
        auto client = m_target.connect();
        QVERIFY(client);
        client->sendText(textFrame("p1", "\"type\":\"ping\",\"ts\":\"2026-11-22T10:30:06.25Z\""));
        auto pong = client->waitForReply(QStringLiteral("p1"));
        QVERIFY(pong);
        QCOMPARE(pong->type, QStringLiteral("pong"));
        QCOMPARE(pong->ts.toRfc3339(), QByteArrayLiteral("2026-11-22T10:30:06.25Z"));
        QVERIFY(pong->id != QStringLiteral("p1"));
        client->sendText(textFrame("p2", "\"type\":\"ping\""));
        pong = client->waitForReply(QStringLiteral("p2"));
        QVERIFY(pong);
        QVERIFY(pong->ts.isGoZero()); // 0001-01-01T00:00:00Z
    }

    void scopeIsCheckedBeforeDispatch_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const char* forbidden = "insufficient permissions";
        const auto row = [](const char* tag, const char* token, const char* method, int code,
                            const char* message) {
            QTest::newRow(tag) << QString::fromLatin1(token) << QString::fromLatin1(method) << code
                               << QString::fromLatin1(message);
        };
        // job:read grants job.list, which the server does not implement: 405, not 403.
        row("reader job.list", "reader", "job.list", 405, "unknown method: job.list");
        row("reader job.cancel", "reader", "job.cancel", 403, forbidden);
        row("reader job.anything", "reader", "job.archive", 403, forbidden);
        row("reader dlq.list", "reader", "dlq.list", 403, forbidden);
        row("reader unknown", "reader", "foo.bar", 403, forbidden);
        row("reader later auth", "reader", "auth", 403, forbidden);
        row("reader subscribe", "reader", "subscribe", 403, forbidden);
        row("admin unknown", "admin", "foo.bar", 405, "unknown method: foo.bar");
        row("admin federation", "admin", "federation.enqueue", 405, "federation not enabled");
        row("admin is no superuser", "admin", "job.get", 403, forbidden);
        row("all job.list", "all", "job.list", 405, "unknown method: job.list");
        row("all dlq.replay", "all", "dlq.replay", 405, "unknown method: dlq.replay");
        row("all workflow.cancel", "all", "workflow.cancel", 405, "unknown method: workflow.cancel");
        row("all cron.list", "all", "cron.list", 405, "unknown method: cron.list");
        row("all later auth", "all", "auth", 405, "unknown method: auth");
    }
    void scopeIsCheckedBeforeDispatch()
    {
        QFETCH(QString, token);
        QFETCH(QString, method);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString tokenOfScope = token == u"reader"  ? m_target.readerToken()
                                     : token == u"admin" ? m_target.adminToken()
                                                         : m_target.token();
        DM_REQUIRE_CONFORMANCE_TOKEN(tokenOfScope,
                                     "DM_CONFORMANCE_READER_TOKEN and DM_CONFORMANCE_ADMIN_TOKEN");
        auto client = m_target.connect(tokenOfScope);
        QVERIFY(client);
        const auto reply = client->call(method, "{}");
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("error"));
        QCOMPARE(reply->error->code, code);
        QCOMPARE(reply->error->message, message);
    }

    void noMethodAndNoPositiveCreditsIsAnUnknownEmptyMethod_data()
    {
        QTest::addColumn<QByteArray>("rest");
        QTest::newRow("bare request") << QByteArrayLiteral("\"type\":\"request\"");
        QTest::newRow("zero credits") << QByteArrayLiteral("\"type\":\"request\",\"credits\":0");
        QTest::newRow("negative credits") << QByteArrayLiteral("\"type\":\"request\",\"credits\":-5");
        QTest::newRow("a response frame") << QByteArrayLiteral("\"type\":\"response\"");
    }
    void noMethodAndNoPositiveCreditsIsAnUnknownEmptyMethod()
    {
        QFETCH(QByteArray, rest);
        auto client = m_target.connect();
        QVERIFY(client);
        client->sendText(textFrame("e", rest));
        const auto reply = client->waitForReply(QStringLiteral("e"));
        QCOMPARE(reply->error->code, 405);
        QCOMPARE(reply->error->message, QStringLiteral("unknown method: "));
    }

    void theFrameTypeIsNotChecked()
    {
        auto client = m_target.connect();
        QVERIFY(client);
        client->sendText(textFrame("r", "\"type\":\"event\",\"method\":\"stats\""));
        QCOMPARE(client->waitForReply(QStringLiteral("r"))->type, QStringLiteral("response"));
    }

    void repliesComeInRequestOrder()
    {
        auto client = m_target.connect();
        QVERIFY(client);
        QStringList sent;
        for (int i = 0; i < 20; ++i) {
            sent.append(client->sendRequest(i % 3 == 0 ? QStringLiteral("stats") : QStringLiteral("job.get"),
                                            i % 2 ? QByteArrayLiteral("{\"job_id\":\"x\"}") : QByteArray()));
        }
        QStringList received;
        for (int i = 0; i < 20; ++i)
            received.append(client->nextReply()->correlId);
        QCOMPARE(received, sent);
    }

    void anEmptyRequestIdLeavesCorrelIdOut()
    {
        DM_REQUIRE_PLAIN_WS(m_target);
        RawWebSocketProbe probe;
        QVERIFY(probe.open(m_target.url()));
        probe.sendText("{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\",\"data\":{\"token\":\"" +
                       m_target.token().toUtf8() + "\"}}");
        probe.sendText("{\"id\":\"\",\"type\":\"request\",\"method\":\"stats\"}");
        probe.sendText("{\"type\":\"ping\"}");
        QVERIFY(probe.waitForMessages(3));
        QVERIFY(probe.messages()[1].payload.contains("\"type\":\"response\""));
        QVERIFY(!probe.messages()[1].payload.contains("correl_id"));
        QVERIFY(probe.messages()[2].payload.contains("\"type\":\"pong\""));
        QVERIFY(!probe.messages()[2].payload.contains("correl_id"));
        QVERIFY(probe.messages()[2].payload.contains("\"ts\":\"0001-01-01T00:00:00Z\""));
    }

    void requestDataIsParsedLikeGo_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArrayLiteral("\"method\":\"job.get\"")
                                 << QStringLiteral("invalid request: unexpected end of JSON input");
        QTest::newRow("a string") << QByteArrayLiteral("\"method\":\"job.get\",\"data\":\"job_x\"")
                                  << QStringLiteral(
                                         "invalid request: json: cannot unmarshal string into Go value of "
                                         "type dwp.JobGetRequest");
        QTest::newRow("wrong field type")
            << QByteArrayLiteral("\"method\":\"job.enqueue\",\"data\":{\"name\":5}")
            << QStringLiteral("invalid request: json: cannot unmarshal number into Go struct field "
                              "JobEnqueueRequest.name of type string");
    }
    void requestDataIsParsedLikeGo()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, message);
        auto client = m_target.connect();
        QVERIFY(client);
        client->sendText(textFrame("d", "\"type\":\"request\"," + frame));
        const auto reply = client->waitForReply(QStringLiteral("d"));
        QCOMPARE(reply->error->code, 400);
        QCOMPARE(reply->error->message, message);
    }

    void msgpackAfterJsonAuthAndJsonAfterMsgpackAuthAreUndecodable()
    {
        auto json = m_target.connect();
        QVERIFY(json);
        dwp::Frame stats;
        stats.id = QStringLiteral("m");
        stats.type = QStringLiteral("request");
        stats.method = QStringLiteral("stats");
        json->sendBinary(dwp::MsgpackCodec().encode(stats));
        QCOMPARE(json->nextReply()->error->code, 400);

        auto msgpack = m_target.connect(QString(), dwp::WireFormat::Msgpack);
        QVERIFY(msgpack);
        msgpack->sendText("{\"id\":\"j\",\"type\":\"request\",\"method\":\"stats\"}");
        const auto reply = msgpack->nextReply();
        QCOMPARE(reply->error->code, 400);
        QVERIFY(reply->correlId.isEmpty());
    }

    void msgpackDataMustBeBinOrStrHoldingJson()
    {
        auto client = m_target.connect(QString(), dwp::WireFormat::Msgpack);
        QVERIFY(client);
        // {"id":"m","method":"stats","data":{}} with data as a msgpack map: undecodable (§6).
        const QByteArray mapData = QByteArray::fromHex("83a26964a16da66d6574686f64a57374617473a46461746180");
        client->sendBinary(mapData);
        QCOMPARE(client->nextReply()->error->code, 400);
        // The same with data as str "{}": accepted.
        const QByteArray strData =
            QByteArray::fromHex("83a26964a16da66d6574686f64a57374617473a464617461a27b7d");
        client->sendBinary(strData);
        QCOMPARE(client->nextReply()->correlId, QStringLiteral("m"));
    }

    void hostileInputNeverBreaksTheLoop()
    {
        auto json = m_target.connect();
        QVERIFY(json);
        auto msgpack = m_target.connect(QString(), dwp::WireFormat::Msgpack);
        QVERIFY(msgpack);
        QRandomGenerator random(12345);
        const QList<QByteArray> seeds{
            "{\"id\":\"a\",\"type\":\"request\",\"method\":\"job.enqueue\",\"data\":{\"name\":\"n\"}}",
            QByteArray::fromHex("83a26964a16da66d6574686f64a57374617473a46461746180")};
        int sent = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = seeds[i % 2];
            for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
                bytes[int(random.bounded(bytes.size()))] = char(random.bounded(256));
            if (i % 7 == 0)
                bytes.truncate(int(random.bounded(bytes.size())));
            (i % 2 ? msgpack : json)->sendBinary(bytes);
            ++sent;
        }
        QVERIFY(json->call(QStringLiteral("stats"), {}, 10000));
        QVERIFY(msgpack->call(QStringLiteral("stats"), {}, 10000));
        QVERIFY(json->isConnected() && msgpack->isConnected());
    }
};

QTEST_GUILESS_MAIN(WireFrameLoopTest)
#include "tst_wire_frame_loop.moc"
