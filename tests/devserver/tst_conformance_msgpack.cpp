// SPDX-License-Identifier: MIT
// dwp-protocol.md §2 "How frames are sent" and §6: msgpack frames byte-exact with the server's codec, in
// binary messages by default and — with MsgpackFraming::Text — in text messages as the real server sends
// them, which QWebSocket refuses with close code 1007.
#include "protocol/MsgpackCodec.h"
#include "support/DevServerFixture.h"
#include "support/RawWebSocketProbe.h"
#include "support/TestJson.h"

#include <QTest>

using namespace testsupport;

namespace {

const QByteArray kMsgpackAuth = QByteArrayLiteral("{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\","
                                                  "\"data\":{\"token\":\"t\",\"format\":\"msgpack\"}}");

dwp::Frame request(const QString& id, const QString& method, const QByteArray& data = QByteArray())
{
    dwp::Frame frame;
    frame.id = id;
    frame.type = QStringLiteral("request");
    frame.method = method;
    frame.data = data;
    frame.ts = dwp::Timestamp(1795343400, 250000000);
    return frame;
}

} // namespace

class ConformanceMsgpackTest : public QObject
{
    Q_OBJECT

private slots:
    void everyServerFrameIsByteExactMsgpackInABinaryMessage()
    {
        DevServerFixture fixture(DevServerFixture::binaryMsgpackConfig());
        RawWebSocketProbe probe;
        QVERIFY(probe.open(fixture.url()));
        probe.sendText(kMsgpackAuth);
        const dwp::MsgpackCodec codec;
        probe.sendBinary(codec.encode(
            request(QStringLiteral("s"), QStringLiteral("subscribe"), "{\"channel\":\"firehose\"}")));
        probe.sendBinary(codec.encode(
            request(QStringLiteral("e"), QStringLiteral("job.enqueue"), "{\"name\":\"n\",\"queue\":\"q\"}")));
        probe.sendBinary(
            codec.encode(request(QStringLiteral("g"), QStringLiteral("job.get"), "{\"job_id\":\"job_0\"}")));
        dwp::Frame ping = request(QStringLiteral("p"), QString());
        ping.type = QStringLiteral("ping");
        probe.sendBinary(codec.encode(ping));
        QVERIFY(probe.waitForMessages(6)); // auth, subscribed, event, enqueued, error, pong

        QStringList types;
        for (const auto& message : probe.messages()) {
            QCOMPARE(message.opcode, 2); // binary
            const auto frame = codec.decode(message.payload);
            QVERIFY2(frame.ok(), qPrintable(frame.error()));
            // Re-encoding gives the same bytes: key order, omitted keys, smallest ints, data as bin, ts ext
            // -1.
            QCOMPARE(codec.encode(*frame).toHex(), message.payload.toHex());
            types.append(frame->type);
            if (frame->type == QLatin1String("event")) {
                QVERIFY(testjson::object(frame->data).value(QLatin1String("data")).isObject());
                QVERIFY(frame->channel.startsWith(QLatin1String("job:job_")));
            }
            if (frame->type == QLatin1String("pong"))
                QCOMPARE(frame->ts, dwp::Timestamp(1795343400, 250000000)); // echoed to the nanosecond
            if (frame->type == QLatin1String("error"))
                QCOMPARE(frame->error->code, 400);
        }
        QCOMPARE(types,
                 (QStringList{QStringLiteral("response"), QStringLiteral("response"), QStringLiteral("event"),
                              QStringLiteral("response"), QStringLiteral("error"), QStringLiteral("pong")}));
        // data is a bin holding JSON (0xc4 = bin 8), never a map.
        QVERIFY(probe.messages()[0].payload.contains(QByteArray("\xa4"
                                                                "data\xc4",
                                                                6)));
    }

    void textFramingIsTheDefaultLikeTheRealServer()
    {
        DevServerFixture fixture; // issue 15 item 3: the default, as the real server sends them (§2, §6)
        RawWebSocketProbe probe;
        QVERIFY(probe.open(fixture.url()));
        probe.sendText(kMsgpackAuth);
        probe.sendBinary(dwp::MsgpackCodec().encode(request(QStringLiteral("s"), QStringLiteral("stats"))));
        QVERIFY(probe.waitForMessages(2));
        for (const auto& message : probe.messages()) {
            QCOMPARE(message.opcode, 1); // text, holding bytes that are not UTF-8
            QVERIFY(QString::fromUtf8(message.payload).toUtf8() != message.payload);
            QVERIFY(dwp::MsgpackCodec().decode(message.payload).ok());
        }
    }

    void qwebsocketClosesWith1007OnTextFramedMsgpack()
    {
        auto config = DevServerFixture::defaultConfig();
        config.msgpackFraming = devserver::MsgpackFraming::Text;
        DevServerFixture fixture(config);
        RawDwpClient client;
        QVERIFY(client.open(fixture.url()));
        QVERIFY(!client.authenticate(QStringLiteral("t"), dwp::WireFormat::Msgpack, 2000));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeWrongDatatype); // 1007
        // The fallback a client makes: JSON works on the same server.
        QVERIFY(fixture.connectClient(QStringLiteral("t"), dwp::WireFormat::Json));
    }

    void jsonSessionsAreUnaffectedByTextFraming()
    {
        auto config = DevServerFixture::defaultConfig();
        config.msgpackFraming = devserver::MsgpackFraming::Text;
        DevServerFixture fixture(config);
        auto client = fixture.connectClient();
        QVERIFY(client->call(QStringLiteral("subscribe"), "{\"channel\":\"jobs\"}"));
        QVERIFY(client->call(QStringLiteral("job.enqueue"), "{\"name\":\"x\",\"queue\":\"q\"}"));
        QVERIFY(client->waitForEvents(1));
        QCOMPARE(client->binaryMessageCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ConformanceMsgpackTest)
#include "tst_conformance_msgpack.moc"
