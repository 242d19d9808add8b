// SPDX-License-Identifier: MIT
#include "protocol/TypeId.h"

#include <QRandomGenerator>
#include <QTest>

using dwp::TypeId;

class TypeIdTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndFormatsBackUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("kind");
        QTest::newRow("job") << "job_01kaqz3c4de5f6g7h8j9kmnpqr"
                             << "job" << int(TypeId::Kind::Job);
        QTest::newRow("run") << "wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e"
                             << "wfrun" << int(TypeId::Kind::WorkflowRun);
        QTest::newRow("workflow") << "wf_01kaqz5v6w7x8y9z0a1b2c3d4e"
                                  << "wf" << int(TypeId::Kind::Workflow);
        QTest::newRow("checkpoint") << "ckpt_7zzzzzzzzzzzzzzzzzzzzzzzzz"
                                    << "ckpt" << int(TypeId::Kind::Checkpoint);
        QTest::newRow("cron") << "cron_00000000000000000000000000"
                              << "cron" << int(TypeId::Kind::Cron);
        QTest::newRow("dlq") << "dlq_01kaqz3c4de5f6g7h8j9kmnpqr"
                             << "dlq" << int(TypeId::Kind::DeadLetter);
        QTest::newRow("event") << "evt_01kaqz3c4de5f6g7h8j9kmnpqr"
                               << "evt" << int(TypeId::Kind::Event);
        QTest::newRow("worker") << "wkr_01kaqz3c4de5f6g7h8j9kmnpqr"
                                << "wkr" << int(TypeId::Kind::Worker);
        QTest::newRow("other prefix") << "user_01kaqz3c4de5f6g7h8j9kmnpqr"
                                      << "user" << int(TypeId::Kind::Other);
        QTest::newRow("prefix with underscore") << "my_thing_01kaqz3c4de5f6g7h8j9kmnpqr"
                                                << "my_thing" << int(TypeId::Kind::Other);
    }
    void parsesAndFormatsBackUnchanged()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(int, kind);
        const auto id = TypeId::parse(text);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(id->prefix(), prefix);
        QCOMPARE(int(id->kind()), kind);
        QCOMPARE(id->toString(), text);
        QCOMPARE(TypeId(id->prefix(), id->uuid()), *id);
    }

    void rejectsWhatTheServerRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("upper case") << "job_01KAQZ3C4DE5F6G7H8J9KMNPQR";
        QTest::newRow("more than 128 bits") << "job_81kaqz3c4de5f6g7h8j9kmnpqr";
        QTest::newRow("25 characters") << "job_01kaqz3c4de5f6g7h8j9kmnpq";
        QTest::newRow("27 characters") << "job_01kaqz3c4de5f6g7h8j9kmnpqrs";
        QTest::newRow("u is not in the alphabet") << "job_01kaqz3c4de5f6g7h8j9kmnpqu";
        QTest::newRow("empty") << "";
        QTest::newRow("no underscore") << "not-an-id";
        QTest::newRow("session id") << "ws_1712345678901234567";
        QTest::newRow("non-ASCII") << QString::fromUtf8("job_01kaqz3c4de5f6g7h8j9kmnpq\xc3\xa9");
    }
    void rejectsWhatTheServerRejects()
    {
        QFETCH(QString, text);
        const auto id = TypeId::parse(text);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().startsWith(u"id: invalid typeid"), qPrintable(id.error()));
        // Positive control: the canonical spelling of the same kind parses.
        QVERIFY(TypeId::parse(u"job_01kaqz3c4de5f6g7h8j9kmnpqr").ok());
    }

    void parseOfAKindChecksThePrefix()
    {
        QVERIFY(TypeId::parse(u"job_01kaqz3c4de5f6g7h8j9kmnpqr", TypeId::Kind::Job).ok());
        const auto wrong = TypeId::parse(u"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e", TypeId::Kind::Job);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error(), QStringLiteral("id: expected prefix \"job\", got \"wfrun\""));
    }

    void prefixAndKindAreInverse()
    {
        for (const auto kind :
             {TypeId::Kind::Job, TypeId::Kind::Workflow, TypeId::Kind::WorkflowRun, TypeId::Kind::Checkpoint,
              TypeId::Kind::Cron, TypeId::Kind::DeadLetter, TypeId::Kind::Event, TypeId::Kind::Worker}) {
            QVERIFY(!TypeId::prefixOf(kind).isEmpty());
            QCOMPARE(TypeId::kindOf(TypeId::prefixOf(kind)), kind);
        }
        QCOMPARE(TypeId::prefixOf(TypeId::Kind::Other), QString());
        QCOMPARE(TypeId::kindOf(u"JOB"), TypeId::Kind::Other);
    }

    void encodingMatchesTheTypeIdAlphabetAtItsEdges()
    {
        TypeId::Bytes zero{};
        QCOMPARE(TypeId::encodeSuffix(zero), QStringLiteral("00000000000000000000000000"));
        TypeId::Bytes one{};
        one[15] = 1;
        QCOMPARE(TypeId::encodeSuffix(one), QStringLiteral("00000000000000000000000001"));
        TypeId::Bytes all;
        all.fill(0xff);
        QCOMPARE(TypeId::encodeSuffix(all), QStringLiteral("7zzzzzzzzzzzzzzzzzzzzzzzzz"));
        TypeId::Bytes thirtyTwo{};
        thirtyTwo[15] = 32;
        QCOMPARE(TypeId::encodeSuffix(thirtyTwo), QStringLiteral("00000000000000000000000010"));
        TypeId::Bytes highBit{};
        highBit[0] = 0x80;
        QCOMPARE(TypeId::encodeSuffix(highBit), QStringLiteral("40000000000000000000000000"));
    }

    void randomBytesRoundTrip()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        for (int i = 0; i < 1000; ++i) {
            TypeId::Bytes bytes;
            for (quint8& byte : bytes)
                byte = quint8(random.bounded(256));
            const QString suffix = TypeId::encodeSuffix(bytes);
            const auto decoded = TypeId::decodeSuffix(suffix);
            QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
            QCOMPARE(*decoded, bytes);
        }
    }

    void carriesTheV7Millisecond()
    {
        TypeId::Bytes bytes{};
        const qint64 millis = 1795343400123;
        for (int i = 0; i < 6; ++i)
            bytes[size_t(i)] = quint8(millis >> (40 - 8 * i));
        QCOMPARE(TypeId(TypeId::Kind::Event, bytes).unixMillis(), millis);
        QCOMPARE(TypeId(TypeId::Kind::Event, bytes).prefix(), QStringLiteral("evt"));
    }

    void prefixCheckSaysWhatTheServerSays()
    {
        QCOMPARE(TypeId::checkPrefix(u"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e", u"job"),
                 QStringLiteral("id: expected prefix \"job\", got \"wfrun\""));
        QCOMPARE(TypeId::checkPrefix(u"job_01kaqz3c4de5f6g7h8j9kmnpqr", u"job"), QString());
        QVERIFY(!TypeId::checkPrefix(u"job_01kaqz3c4de5f6g7h8j9kmnpq", u"job").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TypeIdTest)
#include "tst_type_id.moc"
