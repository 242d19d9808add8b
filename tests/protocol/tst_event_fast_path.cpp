// SPDX-License-Identifier: MIT
// decodeEvent() must give the same verdict as decode() + StreamEvent::fromFrame() on every input.
#include "GoldenVectors.h"
#include "protocol/JsonCodec.h"
#include "protocol/MsgpackCodec.h"
#include "support/TestSeed.h"

#include <QTest>

namespace {

// "event", "other" (a well-formed frame of another type) or "error", plus the event's fields.
QString verdictOfSlowPath(const dwp::FrameCodec& codec, const QByteArray& bytes, dwp::StreamEvent& event)
{
    const auto frame = codec.decode(bytes);
    if (!frame)
        return QStringLiteral("error");
    if (frame->type != dwp::FrameType::Event)
        return QStringLiteral("other");
    const auto parsed = dwp::StreamEvent::fromFrame(*frame);
    if (!parsed)
        return QStringLiteral("error");
    event = *parsed;
    return QStringLiteral("event");
}

QString verdictOfFastPath(const dwp::FrameCodec& codec, const QByteArray& bytes, dwp::StreamEvent& event)
{
    const auto result = codec.decodeEvent(bytes);
    if (!result)
        return QStringLiteral("other");
    if (!*result)
        return QStringLiteral("error");
    event = **result;
    return QStringLiteral("event");
}

} // namespace

class EventFastPathTest : public QObject
{
    Q_OBJECT

private:
    dwp::JsonCodec m_json;
    dwp::MsgpackCodec m_msgpack;

    void expectSameVerdict(const dwp::FrameCodec& codec, const QByteArray& bytes)
    {
        dwp::StreamEvent slow;
        dwp::StreamEvent fast;
        const QString slowVerdict = verdictOfSlowPath(codec, bytes, slow);
        const QString fastVerdict = verdictOfFastPath(codec, bytes, fast);
        if (slowVerdict != fastVerdict || (slowVerdict == QLatin1String("event") && !(slow == fast)))
            QFAIL(qPrintable(QStringLiteral("paths disagree (%1 vs %2) on %3")
                                 .arg(slowVerdict, fastVerdict, QString::fromLatin1(bytes.toHex()))));
    }

private slots:
    void goldenFramesAgree()
    {
        int events = 0;
        const QList<GoldenVector> vectors = loadGoldenVectors();
        const QString loadProblem = goldenVectorsProblem(vectors);
        QVERIFY2(loadProblem.isEmpty(), qPrintable(loadProblem));
        for (const auto& vector : vectors) {
            expectSameVerdict(m_json, vector.frameJson);
            expectSameVerdict(m_msgpack, vector.msgpack);
            dwp::StreamEvent event;
            if (verdictOfFastPath(m_msgpack, vector.msgpack, event) == QLatin1String("event")) {
                ++events;
                QVERIFY(!event.type.isEmpty());
            }
        }
        QCOMPARE(events, 3); // job.completed, workflow.step_completed, cron.fired
    }

    void unusualButValidShapesAgree()
    {
        const QList<QByteArray> frames{
            // upper-case key (Go matches it), null fields, an error object, unknown keys, whitespace
            "{\"TYPE\":\"event\",\"data\":{\"type\":\"job.started\",\"ts\":\"2026-11-22T10:30:03Z\","
            "\"topic\":\"job:j\","
            "\"data\":{}},\"ts\":null}",
            "{\"type\":\"event\",\"id\":null,\"data\":{\"type\":\"x\",\"ts\":\"2026-11-22T10:30:03Z\","
            "\"topic\":\"\","
            "\"data\":{\"a\": [1, 2]}}}",
            "{\"type\":\"event\",\"extra\":1,\"data\":{\"type\":\"job.started\",\"ts\":\"2026-11-22T10:30:"
            "03Z\","
            "\"topic\":\"t\",\"data\":{}}}",
            "{\"type\":\"event\",\"data\":{\"type\":\"job.started\",\"ts\":\"2026-11-22T10:30:03Z\","
            "\"topic\":\"t\"}}",
            "{\"type\":\"event\",\"data\":{\"type\":\"job.started\",\"ts\":\"bad\",\"topic\":\"t\",\"data\":{"
            "}}}",
            "{\"type\":\"event\",\"data\":null}",
            "{\"type\":\"event\"}",
            "{\"type\":\"pong\",\"data\":{}}",
            " { \"type\" : \"event\" , \"data\" : { \"type\" : \"job.started\" , \"ts\" : "
            "\"2026-11-22T10:30:03Z\" , "
            "\"topic\" : \"t\\u00e9\" , \"data\" : { } } } ",
        };
        for (const auto& frame : frames)
            expectSameVerdict(m_json, frame);
    }

    void truncatedAndCorruptedFramesAgree()
    {
        QRandomGenerator random = testsupport::seededRandom("truncatedAndCorruptedFramesAgree");
        const QList<GoldenVector> vectors = loadGoldenVectors();
        const QString loadProblem = goldenVectorsProblem(vectors);
        QVERIFY2(loadProblem.isEmpty(), qPrintable(loadProblem));
        for (const auto& vector : vectors) {
            for (qsizetype length = 0; length <= vector.msgpack.size(); ++length)
                expectSameVerdict(m_msgpack, vector.msgpack.left(length));
            for (qsizetype length = 0; length <= vector.frameJson.size(); ++length)
                expectSameVerdict(m_json, vector.frameJson.left(length));
            for (int i = 0; i < 2000; ++i) {
                QByteArray corrupt = vector.msgpack;
                corrupt[random.bounded(int(corrupt.size()))] = char(random.bounded(256));
                expectSameVerdict(m_msgpack, corrupt);
                QByteArray corruptJson = vector.frameJson;
                corruptJson[random.bounded(int(corruptJson.size()))] = char(random.bounded(256));
                expectSameVerdict(m_json, corruptJson);
            }
        }
    }
};

QTEST_GUILESS_MAIN(EventFastPathTest)
#include "tst_event_fast_path.moc"
