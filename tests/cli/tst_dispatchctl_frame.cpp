// SPDX-License-Identifier: MIT
// `dispatchctl frame` must reproduce every golden vector exactly, from outside, as a user runs it.
#include "GoldenVectors.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run dispatchctl(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(DISPATCHCTL_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> result = text.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QByteArray joinLines(const QList<QByteArray>& items)
{
    QByteArray text;
    for (const auto& item : items)
        text += item + '\n';
    return text;
}

} // namespace

class DispatchctlFrameTest : public QObject
{
    Q_OBJECT

private:
    QList<GoldenVector> m_vectors = loadGoldenVectors();

    QList<QByteArray> column(bool msgpackHex) const
    {
        QList<QByteArray> items;
        for (const auto& vector : m_vectors)
            items.append(msgpackHex ? vector.msgpack.toHex() : vector.frameJson);
        return items;
    }

    void expectServerJsonForms(const Run& run)
    {
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const auto outputs = lines(run.out);
        QCOMPARE(outputs.size(), m_vectors.size());
        for (qsizetype i = 0; i < outputs.size(); ++i)
            QCOMPARE(QJsonDocument::fromJson(outputs[i]), QJsonDocument::fromJson(m_vectors[i].frameJson));
    }

private slots:
    void initTestCase()
    {
        const QString problem = goldenVectorsProblem(m_vectors);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void decodesJson()
    {
        expectServerJsonForms(dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("decode"),
                                                      QStringLiteral("--format"), QStringLiteral("json")},
                                          joinLines(column(false))));
    }

    void decodesMsgpackHex()
    {
        expectServerJsonForms(dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("decode"),
                                                      QStringLiteral("--format"), QStringLiteral("msgpack")},
                                          joinLines(column(true))));
    }

    void encodesMsgpackByteIdentical()
    {
        const Run run = dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("encode"),
                                                QStringLiteral("--format"), QStringLiteral("msgpack")},
                                    joinLines(column(false)));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out), column(true));
    }

    void encodesJson()
    {
        expectServerJsonForms(dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("encode"),
                                                      QStringLiteral("--format"), QStringLiteral("json")},
                                          joinLines(column(false))));
    }

    void badLinesAreNamedAndTheRestStillProcessed()
    {
        const QByteArray input =
            m_vectors[0].msgpack.toHex() + "\nzz\n" + "85a269\n\n" + m_vectors[1].msgpack.toHex() + "\n";
        const Run run = dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("decode"),
                                                QStringLiteral("--format"), QStringLiteral("msgpack")},
                                    input);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(lines(run.out).size(), 2);
        QVERIFY2(run.err.contains("line 2: not an even-length hex string"), run.err.constData());
        QVERIFY2(run.err.contains("line 3: invalid msgpack frame"), run.err.constData());
        QVERIFY(!run.err.contains("line 4"));
    }

    void usageErrors()
    {
        QCOMPARE(dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("decode"),
                                         QStringLiteral("--format"), QStringLiteral("xml")},
                             {})
                     .exitCode,
                 64);
        QCOMPARE(dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("squash")}, {}).exitCode,
                 64);
        QCOMPARE(dispatchctl(QStringList{QStringLiteral("nonsense")}, {}).exitCode, 64);
        const Run help = dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("--help")}, {});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--format"));
    }

    void binaryGarbageNeverCrashes()
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        const Run json = dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("decode"),
                                                 QStringLiteral("--format"), QStringLiteral("json")},
                                     garbage);
        QCOMPARE(json.exitCode, 1);
        const Run encode = dispatchctl(QStringList{QStringLiteral("frame"), QStringLiteral("encode"),
                                                   QStringLiteral("--format"), QStringLiteral("msgpack")},
                                       garbage);
        QCOMPARE(encode.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(DispatchctlFrameTest)
#include "tst_dispatchctl_frame.moc"
