// SPDX-License-Identifier: MIT
#include "devserver/TypeIdGenerator.h"
#include "protocol/TypeId.h"

#include <QTest>

using devserver::TypeIdGenerator;
using dwp::TypeId;

class TypeIdTest : public QObject
{
    Q_OBJECT

private slots:
    void formatIsPrefixUnderscoreAnd26CrockfordCharacters()
    {
        TypeIdGenerator generator(42);
        for (int i = 0; i < 1000; ++i) {
            const QString id = generator.next(QStringLiteral("job"), 1795343400123 + i / 10);
            const auto parsed = TypeId::parse(id, TypeId::Kind::Job); // strict: canonical text only
            QVERIFY2(parsed.ok(), qPrintable(id + u' ' + parsed.error()));
            QCOMPARE(parsed->toString(), id);
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

    void isAUuidV7CarryingTheMillisecond()
    {
        const qint64 millis = 1795343400123;
        const auto id = TypeId::parse(TypeIdGenerator(7).next(QStringLiteral("evt"), millis));
        QVERIFY(id.ok());
        QCOMPARE(id->unixMillis(), millis);
        QCOMPARE(id->uuid()[6] >> 4, 7);      // version
        QCOMPARE(id->uuid()[8] & 0xc0, 0x80); // RFC 9562 variant
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
};

QTEST_GUILESS_MAIN(TypeIdTest)
#include "tst_typeid.moc"
