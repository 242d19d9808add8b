// SPDX-License-Identifier: MIT
// Every frame of shared/golden/vectors.json, both ways, through both codecs.
#include "GoldenVectors.h"
#include "protocol/JsonCodec.h"
#include "protocol/MsgpackCodec.h"

#include <QTest>

class GoldenTest : public QObject
{
    Q_OBJECT

private:
    dwp::JsonCodec m_json;
    dwp::MsgpackCodec m_msgpack;

    static void addVectorRows()
    {
        QTest::addColumn<QByteArray>("frameJson");
        QTest::addColumn<QByteArray>("msgpack");
        const QList<GoldenVector> vectors = loadGoldenVectors();
        // Without the vectors every row-driven case would pass having checked nothing: one empty row fails
        // each of them instead (vectorsArePresent() says why).
        if (!goldenVectorsProblem(vectors).isEmpty())
            QTest::newRow("golden vectors missing") << QByteArray() << QByteArray();
        for (const auto& vector : vectors)
            QTest::newRow(qPrintable(vector.name)) << vector.frameJson << vector.msgpack;
    }

private slots:
    void vectorsArePresent()
    {
        const QString problem = goldenVectorsProblem(loadGoldenVectors());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bothFormsDecodeToTheSameFrame_data() { addVectorRows(); }
    void bothFormsDecodeToTheSameFrame()
    {
        QFETCH(QByteArray, frameJson);
        QFETCH(QByteArray, msgpack);
        const auto fromJson = m_json.decode(frameJson);
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.error()));
        const auto fromMsgpack = m_msgpack.decode(msgpack);
        QVERIFY2(fromMsgpack.ok(), qPrintable(fromMsgpack.error()));
        QCOMPARE(fromMsgpack->id, fromJson->id);
        QCOMPARE(fromMsgpack->type, fromJson->type);
        QCOMPARE(fromMsgpack->data, fromJson->data);
        QCOMPARE(fromMsgpack->ts, fromJson->ts);
        QVERIFY(*fromMsgpack == *fromJson);
    }

    void msgpackEncodingIsByteIdentical_data() { addVectorRows(); }
    void msgpackEncodingIsByteIdentical()
    {
        QFETCH(QByteArray, frameJson);
        QFETCH(QByteArray, msgpack);
        const auto frame = m_json.decode(frameJson);
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        QCOMPARE(m_msgpack.encode(*frame).toHex(), msgpack.toHex());
        const auto again = m_msgpack.decode(msgpack);
        QVERIFY(again.ok());
        QCOMPARE(m_msgpack.encode(*again).toHex(), msgpack.toHex());
    }

    void jsonEncodingIsSemanticallyEqual_data() { addVectorRows(); }
    void jsonEncodingIsSemanticallyEqual()
    {
        QFETCH(QByteArray, frameJson);
        QFETCH(QByteArray, msgpack);
        const auto frame = m_msgpack.decode(msgpack);
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        const QByteArray encoded = m_json.encode(*frame);
        QJsonParseError error{};
        const QJsonDocument ours = QJsonDocument::fromJson(encoded, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, encoded.constData());
        // QJsonDocument compares values, ignoring key order and whitespace, exactly what "semantically"
        // means.
        QCOMPARE(ours, QJsonDocument::fromJson(frameJson));
        // Integers beyond double precision must survive too, so compare the data text itself as well.
        QCOMPARE(frame->data, m_json.decode(frameJson)->data);
    }
};

QTEST_GUILESS_MAIN(GoldenTest)
#include "tst_golden.moc"
