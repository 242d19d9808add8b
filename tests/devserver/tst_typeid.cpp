// SPDX-License-Identifier: MIT
#include "devserver/TypeId.h"
#include "devserver/TypeIdGenerator.h"

#include <QRegularExpression>
#include <QTest>

using namespace devserver;

class TypeIdTest : public QObject
{
    Q_OBJECT

private slots:
    void formatIsPrefixUnderscoreAnd26CrockfordCharacters()
    {
        TypeIdGenerator generator(42);
        static const QRegularExpression pattern(QStringLiteral("^job_[0-7][0-9a-hjkmnp-tv-z]{25}$"));
        for (int i = 0; i < 1000; ++i) {
            const QString id = generator.next(QStringLiteral("job"), 1795343400123 + i / 10);
            QVERIFY2(pattern.match(id).hasMatch(), qPrintable(id));
        }
    }

    void prefixesOfTheServer_data()
    {
        QTest::addColumn<QString>("prefix");
        for (const char* prefix : {"job", "wfrun", "evt", "cron", "dlq", "wkr", "ckpt", "wf"})
            QTest::newRow(prefix) << QString::fromLatin1(prefix);
    }
    void prefixesOfTheServer()
    {
        QFETCH(QString, prefix);
        const QString id = TypeIdGenerator(1).next(prefix, 1795343400000);
        QVERIFY(id.startsWith(prefix + QLatin1Char('_')));
        QCOMPARE(id.size(), prefix.size() + 27);
        const auto parsed = TypeId::parse(id);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->prefix(), prefix);
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
    }

    void isAUuidV7CarryingTheMillisecond()
    {
        const qint64 millis = 1795343400123;
        const auto id = TypeId::parse(TypeIdGenerator(7).next(QStringLiteral("evt"), millis));
        QVERIFY(id.ok());
        QCOMPARE(id->unixMillis(), millis);
        QCOMPARE(id->uuid()[6] >> 4, 7);      // version
        QCOMPARE(id->uuid()[8] & 0xc0, 0x80); // RFC 9562 variant
    }

    void decodeRoundTripsTheGoldenIds()
    {
        for (const char* text : {"job_01kaqz3c4de5f6g7h8j9kmnpqr", "wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e"}) {
            const auto id = TypeId::parse(QString::fromLatin1(text));
            QVERIFY2(id.ok(), text);
            QCOMPARE(id->toString(), QLatin1String(text));
        }
    }

    void idsAreStrictlyIncreasingWithinAndAcrossMilliseconds()
    {
        TypeIdGenerator generator(3);
        QString previous;
        for (int i = 0; i < 20000; ++i) {
            // 50 ids per millisecond, and now and then the clock steps back, which must not reorder ids.
            const qint64 millis = 1795343400000 + i / 50 - (i % 997 == 0 ? 5 : 0);
            const QString id = generator.next(QStringLiteral("job"), millis);
            QVERIFY2(id > previous, qPrintable(previous + QLatin1String(" !< ") + id));
            previous = id;
        }
    }

    void theSameSeedGivesTheSameIds()
    {
        TypeIdGenerator a(99);
        TypeIdGenerator b(99);
        TypeIdGenerator c(100);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const QString fromA = a.next(QStringLiteral("job"), 1795343400000 + i);
            QCOMPARE(b.next(QStringLiteral("job"), 1795343400000 + i), fromA);
            differs = differs || c.next(QStringLiteral("job"), 1795343400000 + i) != fromA;
        }
        QVERIFY(differs);
    }

    void prefixCheckSaysWhatTheServerSays()
    {
        QCOMPARE(TypeId::checkPrefix(u"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e", u"job"),
                 QStringLiteral("id: expected prefix \"job\", got \"wfrun\""));
        QCOMPARE(TypeId::checkPrefix(u"job_01kaqz3c4de5f6g7h8j9kmnpqr", u"job"), QString());
        QVERIFY(!TypeId::checkPrefix(u"job_01KAQZ3C4DE5F6G7H8J9KMNPQR", u"job").isEmpty()); // upper case
        QVERIFY(!TypeId::checkPrefix(u"job_81kaqz3c4de5f6g7h8j9kmnpqr", u"job").isEmpty()); // > 128 bits
        QVERIFY(!TypeId::checkPrefix(u"job_01kaqz3c4de5f6g7h8j9kmnpq", u"job").isEmpty());  // 25 chars
        QVERIFY(!TypeId::checkPrefix(u"job_01kaqz3c4de5f6g7h8j9kmnpqu", u"job").isEmpty()); // u
        QVERIFY(!TypeId::checkPrefix(u"", u"job").isEmpty());
        QVERIFY(!TypeId::checkPrefix(u"not-an-id", u"job").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TypeIdTest)
#include "tst_typeid.moc"
