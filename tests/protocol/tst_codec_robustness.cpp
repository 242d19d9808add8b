// SPDX-License-Identifier: MIT
// Hostile and malformed input: every case is an error with a message, never a crash, hang or silent default.
#include "GoldenVectors.h"
#include "protocol/JsonCodec.h"
#include "protocol/JsonReader.h"
#include "protocol/MsgpackCodec.h"
#include "support/TestSeed.h"

#include <QTest>
#include <QtEndian>

namespace {

// {"id":"12345","ts":<extension -1: 0xFFFFFFFF ns, INT64_MAX s>}, the frame of issue 16 item 9; also in the
// fuzz corpus (fuzz/corpus/msgpack_frame/).
const QByteArray kTimestampOverflowFrame =
    QByteArray::fromHex("82a26964a53132333435a27473c70cffffffffff7fffffffffffffff");

} // namespace

class CodecRobustnessTest : public QObject
{
    Q_OBJECT

private:
    dwp::JsonCodec m_json;
    dwp::MsgpackCodec m_msgpack;

private slots:
    void badJsonFrames_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("expected an object");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("expected an object");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"a\",\"type\":\"req")
                                   << QStringLiteral("unterminated");
        QTest::newRow("id as number")
            << QByteArray("{\"id\":1,\"type\":\"request\"}") << QStringLiteral("\"id\"");
        QTest::newRow("credits as string")
            << QByteArray("{\"id\":\"a\",\"credits\":\"5\"}") << QStringLiteral("\"credits\"");
        QTest::newRow("credits fraction")
            << QByteArray("{\"id\":\"a\",\"credits\":1.5}") << QStringLiteral("integer");
        QTest::newRow("credits overflow")
            << QByteArray("{\"id\":\"a\",\"credits\":9223372036854775808}") << QStringLiteral("out of range");
        QTest::newRow("ts as number")
            << QByteArray("{\"id\":\"a\",\"ts\":1795343405}") << QStringLiteral("\"ts\"");
        QTest::newRow("ts digits") << QByteArray("{\"id\":\"a\",\"ts\":\"1795343405123\"}")
                                   << QStringLiteral("RFC 3339");
        QTest::newRow("ts with space")
            << QByteArray("{\"id\":\"a\",\"ts\":\"2026-11-22 10:30:05Z\"}") << QStringLiteral("RFC 3339");
        QTest::newRow("trailing garbage")
            << QByteArray("{\"id\":\"a\"} x") << QStringLiteral("after the frame");
        QTest::newRow("two frames") << QByteArray("{\"id\":\"a\"}{\"id\":\"b\"}")
                                    << QStringLiteral("after the frame");
        QTest::newRow("invalid utf-8") << QByteArray("{\"id\":\"\xff\xfe\"}") << QStringLiteral("UTF-8");
        QTest::newRow("overlong utf-8") << QByteArray("{\"id\":\"\xc0\xaf\"}") << QStringLiteral("UTF-8");
        QTest::newRow("control char") << QByteArray("{\"id\":\"a\nb\"}") << QStringLiteral("control");
        QTest::newRow("bad escape") << QByteArray("{\"id\":\"\\x\"}") << QStringLiteral("escape");
        QTest::newRow("bad data") << QByteArray("{\"id\":\"a\",\"data\":{\"x\":}}")
                                  << QStringLiteral("\"data\"");
        QTest::newRow("leading zero") << QByteArray("{\"data\":01}") << QStringLiteral("expected ','");
        QTest::newRow("error not object") << QByteArray("{\"error\":5}") << QStringLiteral("\"error\"");
        QTest::newRow("deep nesting")
            << (QByteArray("{\"data\":") + QByteArray(20000, '[') + QByteArray(20000, ']') + QByteArray("}"))
            << QStringLiteral("too deep");
        QTest::newRow("unclosed nesting")
            << (QByteArray("{\"data\":") + QByteArray(5000, '[')) << QStringLiteral("end of JSON");
    }
    void badJsonFrames()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const auto frame = m_json.decode(input);
        QVERIFY(!frame.ok());
        QVERIFY2(frame.error().contains(mentions), qPrintable(frame.error()));
    }

    // Go's decoder: unknown keys ignored, null leaves a field unset, keys match case-insensitively.
    void jsonDecodesLikeGo()
    {
        const auto frame = m_json.decode(QByteArray("{\"ID\":\"x\",\"type\":null,\"extra\":{\"a\":[1,2,{}]},"
                                                    "\"data\":null,\"ts\":null,\"credits\":null}"));
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        QCOMPARE(frame->id, QStringLiteral("x"));
        QVERIFY(frame->type.isEmpty());
        QCOMPARE(frame->data, QByteArray("null"));
        QVERIFY(frame->ts.isGoZero());
        // data keeps its exact text: key order, huge integers, escapes; only whitespace is removed
        const auto spaced =
            m_json.decode(QByteArray("{\"data\": { \"z\" : 1 , \"a\" : [ 9223372036854775807 ,"
                                     " \"x y\\n\" ] } }"));
        QVERIFY(spaced.ok());
        QCOMPARE(spaced->data, QByteArray("{\"z\":1,\"a\":[9223372036854775807,\"x y\\n\"]}"));
    }

    void badMsgpackFrames_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("truncated");
        QTest::newRow("not a map") << QByteArray::fromHex("93010203") << QStringLiteral("map");
        QTest::newRow("truncated map")
            << QByteArray::fromHex("85a26964") << QStringLiteral("larger than the whole frame");
        QTest::newRow("absurd str length")
            << QByteArray::fromHex("81a26964dbffffffff41") << QStringLiteral("truncated");
        QTest::newRow("absurd map size")
            << QByteArray::fromHex("dfffffffff") << QStringLiteral("larger than");
        QTest::newRow("absurd array size")
            << QByteArray::fromHex("81a178ddffffffff") << QStringLiteral("larger than");
        QTest::newRow("data as map") << QByteArray::fromHex("81a46461746181a16101") << QStringLiteral("map");
        QTest::newRow("data not json")
            << QByteArray::fromHex("81a464617461c4037b7878") << QStringLiteral("not valid JSON");
        QTest::newRow("ts as string") << QByteArray::fromHex("81a27473a3616263") << QStringLiteral("ts");
        QTest::newRow("ts nil") << QByteArray::fromHex("81a27473c0") << QStringLiteral("nil");
        QTest::newRow("ts ext 13") << QByteArray::fromHex("81a27473d60d00000001") << QStringLiteral("-1");
        QTest::newRow("ts ext wrong size")
            << QByteArray::fromHex("81a27473d5ff0001") << QStringLiteral("bytes");
        // issue 16 item 9: seconds INT64_MAX plus 0xFFFFFFFF nanoseconds overflowed qint64 (UBSan aborted)
        QTest::newRow("ts seconds overflow") << kTimestampOverflowFrame << QStringLiteral("out of range");
        QTest::newRow("ts seconds overflow in an event")
            << QByteArray::fromHex("82a474797065a56576656e74a27473c70cffffffffff7ffffffffffffffd")
            << QStringLiteral("out of range");
        QTest::newRow("id as int") << QByteArray::fromHex("81a2696401") << QStringLiteral("\"id\"");
        QTest::newRow("credits as str")
            << QByteArray::fromHex("81a763726564697473a131") << QStringLiteral("\"credits\"");
        QTest::newRow("trailing bytes") << QByteArray::fromHex("80c0") << QStringLiteral("unexpected bytes");
        QTest::newRow("deep nesting")
            << (QByteArray::fromHex("81a178") + QByteArray(1000, char(0x91)) + QByteArray(1, char(0xc0)))
            << QStringLiteral("levels deep");
    }
    void badMsgpackFrames()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const auto frame = m_msgpack.decode(input);
        QVERIFY(!frame.ok());
        QVERIFY2(frame.error().contains(mentions), qPrintable(frame.error()));
    }

    // Issue 16 item 7: msgpack-cxx built a 24-byte object per value, so a frame of one-byte values cost 24
    // times its size. A frame with more values than MsgpackCodec::kMaxValues is refused before anything is
    // built, however it spreads them (one long array, or many short ones); a large payload in one bin still
    // decodes.
    void msgpackValueCountIsBounded()
    {
        const auto arrayOf = [](qsizetype count) {
            QByteArray array = QByteArray::fromHex("dd") + QByteArray(4, 0);
            qToBigEndian(quint32(count), array.data() + 1);
            return array + QByteArray(count, char(0x01));
        };
        const QByteArray key = QByteArray::fromHex("a178"); // "x", a key the codec skips
        const qsizetype limit = dwp::MsgpackCodec::kMaxValues;
        const auto oneLong = m_msgpack.decode(QByteArray::fromHex("81") + key + arrayOf(limit));
        QVERIFY(!oneLong.ok());
        QVERIFY2(oneLong.error().contains(QStringLiteral("more than 4096 values")),
                 qPrintable(oneLong.error()));
        QByteArray manyShort = QByteArray::fromHex("81") + key + QByteArray::fromHex("dc0100");
        for (int i = 0; i < 256; ++i)
            manyShort += arrayOf(16);
        const auto spread = m_msgpack.decode(manyShort);
        QVERIFY(!spread.ok());
        QVERIFY2(spread.error().contains(QStringLiteral("values")), qPrintable(spread.error()));

        // positive controls: just under the budget, and a 2 MB payload in one bin
        const auto fits = m_msgpack.decode(QByteArray::fromHex("81") + key + arrayOf(limit - 3));
        QVERIFY2(fits.ok(), qPrintable(fits.error()));
        const QByteArray json = '"' + QByteArray(2 * 1024 * 1024, 'a') + '"';
        QByteArray big = QByteArray::fromHex("81a464617461c6") + QByteArray(4, 0);
        qToBigEndian(quint32(json.size()), big.data() + 7);
        const auto payload = m_msgpack.decode(big + json);
        QVERIFY2(payload.ok(), qPrintable(payload.error()));
        QCOMPARE(payload->data.size(), json.size());
    }

    // The 12-byte timestamp extension holds up to 2^32 - 1 nanoseconds; Go's time.Unix carries the whole
    // seconds in them, and so do we, up to the largest second qint64 holds.
    void msgpackTimestampCarriesNanosecondsLikeGo()
    {
        const auto small = m_msgpack.decode(QByteArray::fromHex("81a27473c70cffffffffff0000000000000001"));
        QVERIFY2(small.ok(), qPrintable(small.error()));
        QCOMPARE(small->ts, dwp::Timestamp(5, 294967295));
        const auto largest = m_msgpack.decode(QByteArray::fromHex("81a27473c70cffffffffff7ffffffffffffffb"));
        QVERIFY2(largest.ok(), qPrintable(largest.error()));
        QCOMPARE(largest->ts, dwp::Timestamp(std::numeric_limits<qint64>::max(), 294967295));
        QCOMPARE(kTimestampOverflowFrame.size(), 28);
        QVERIFY(!m_msgpack.decode(kTimestampOverflowFrame).ok());
        QVERIFY(!m_msgpack.decodeEvent(kTimestampOverflowFrame)->ok());
    }

    void msgpackAcceptsWhatTheServerAccepts()
    {
        // data as str (not bin), credits as int64, unknown keys, ts omitted (zero time)
        const auto frame =
            m_msgpack.decode(QByteArray::fromHex("84a26964a161a464617461a27b7da763726564697473d3000000"
                                                 "0000000005a7756e6b6e6f776e93010203"));
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        QCOMPARE(frame->data, QByteArray("{}"));
        QCOMPARE(frame->credits, qint64(5));
        QVERIFY(frame->ts.isGoZero());
    }

    // Every truncation and single-byte corruption of every golden frame decodes or fails cleanly.
    void truncatedAndCorruptedGoldenFrames()
    {
        QRandomGenerator random = testsupport::seededRandom("truncatedAndCorruptedGoldenFrames");
        const QList<GoldenVector> vectors = loadGoldenVectors();
        const QString loadProblem = goldenVectorsProblem(vectors);
        QVERIFY2(loadProblem.isEmpty(), qPrintable(loadProblem));
        for (const auto& vector : vectors) {
            for (qsizetype length = 0; length < vector.msgpack.size(); ++length)
                QVERIFY(!m_msgpack.decode(vector.msgpack.left(length)).ok());
            for (qsizetype length = 0; length < vector.frameJson.size(); ++length)
                QVERIFY(!m_json.decode(vector.frameJson.left(length)).ok());
            for (int i = 0; i < 300; ++i) {
                QByteArray corrupt = vector.msgpack;
                corrupt[random.bounded(int(corrupt.size()))] = char(random.bounded(256));
                (void)m_msgpack.decode(corrupt); // must return, whatever it says
                QByteArray corruptJson = vector.frameJson;
                corruptJson[random.bounded(int(corruptJson.size()))] = char(random.bounded(256));
                (void)m_json.decode(corruptJson);
            }
        }
    }

    void encodeDecodeRoundTrip()
    {
        dwp::Frame frame;
        frame.id = QStringLiteral("c-42");
        frame.type = QStringLiteral("request");
        frame.method = QStringLiteral("job.enqueue");
        frame.data = QByteArray("{\"name\":\"x\",\"payload\":{\"q\":\"\\\"<&>\\u0001\"}}");
        frame.error = dwp::FrameError{-7, QStringLiteral("m\u00e9ssage"), QStringLiteral("d")};
        frame.channel = QStringLiteral("jobs");
        frame.credits = -3;
        frame.ts = dwp::Timestamp(-62135596800 - 86400, 1);
        for (const dwp::FrameCodec* codec : {static_cast<const dwp::FrameCodec*>(&m_json),
                                             static_cast<const dwp::FrameCodec*>(&m_msgpack)}) {
            const auto back = codec->decode(codec->encode(frame));
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QVERIFY(*back == frame);
        }
    }
};

QTEST_GUILESS_MAIN(CodecRobustnessTest)
#include "tst_codec_robustness.moc"
