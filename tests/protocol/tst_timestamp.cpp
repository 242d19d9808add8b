// SPDX-License-Identifier: MIT
#include "protocol/Timestamp.h"

#include <QTest>

using dwp::Timestamp;

class TimestampTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndFormats_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<quint32>("nanos");
        QTest::addColumn<QByteArray>("formatted");
        QTest::newRow("whole second") << QByteArray("2026-11-22T10:30:05Z") << qint64(1795343405) << 0u
                                      << QByteArray("2026-11-22T10:30:05Z");
        QTest::newRow("nanoseconds") << QByteArray("2026-11-22T10:30:03.123456789Z") << qint64(1795343403)
                                     << 123456789u << QByteArray("2026-11-22T10:30:03.123456789Z");
        QTest::newRow("trailing zeros trimmed")
            << QByteArray("2026-11-22T10:30:06.250000Z") << qint64(1795343406) << 250000000u
            << QByteArray("2026-11-22T10:30:06.25Z");
        QTest::newRow("ten digits truncated")
            << QByteArray("2026-11-22T10:30:06.1234567899Z") << qint64(1795343406) << 123456789u
            << QByteArray("2026-11-22T10:30:06.123456789Z");
        QTest::newRow("offset") << QByteArray("2026-11-22T12:30:05+02:00") << qint64(1795343405) << 0u
                                << QByteArray("2026-11-22T10:30:05Z");
        QTest::newRow("negative offset") << QByteArray("2026-11-22T05:00:05-05:30") << qint64(1795343405)
                                         << 0u << QByteArray("2026-11-22T10:30:05Z");
        QTest::newRow("go zero time") << QByteArray("0001-01-01T00:00:00Z") << Timestamp::kGoZeroSeconds << 0u
                                      << QByteArray("0001-01-01T00:00:00Z");
        QTest::newRow("before 1970") << QByteArray("1969-07-20T20:17:40.5Z") << qint64(-14182940)
                                     << 500000000u << QByteArray("1969-07-20T20:17:40.5Z");
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1709164800) << 0u
                                  << QByteArray("2024-02-29T00:00:00Z");
    }
    void parsesAndFormats()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, seconds);
        QFETCH(quint32, nanos);
        QFETCH(QByteArray, formatted);
        const auto parsed = Timestamp::parseRfc3339(text.toStdString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->seconds(), seconds);
        QCOMPARE(parsed->nanoseconds(), nanos);
        QCOMPARE(parsed->toRfc3339(), formatted);
    }

    // What the server's decoder rejects (golden/README.md) we reject too, with a message.
    void rejectsWhatTheServerRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("digits") << QByteArray("1795343405123000000");
        QTest::newRow("space for T") << QByteArray("2026-11-22 10:30:05Z");
        QTest::newRow("no zone") << QByteArray("2026-11-22T10:30:05");
        QTest::newRow("lowercase z") << QByteArray("2026-11-22T10:30:05z");
        QTest::newRow("empty fraction") << QByteArray("2026-11-22T10:30:05.Z");
        QTest::newRow("month 13") << QByteArray("2026-13-22T10:30:05Z");
        QTest::newRow("february 30") << QByteArray("2026-02-30T10:30:05Z");
        QTest::newRow("hour 24") << QByteArray("2026-11-22T24:00:00Z");
        QTest::newRow("leap second") << QByteArray("2026-11-22T23:59:60Z");
        QTest::newRow("short offset") << QByteArray("2026-11-22T10:30:05+0200");
        QTest::newRow("trailing text") << QByteArray("2026-11-22T10:30:05Zjunk");
        QTest::newRow("empty") << QByteArray();
    }
    void rejectsWhatTheServerRejects()
    {
        QFETCH(QByteArray, text);
        const auto parsed = Timestamp::parseRfc3339(text.toStdString());
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().contains(QLatin1String("RFC 3339")));
    }

    void ordersAndConverts()
    {
        const Timestamp early(100, 5);
        const Timestamp late(100, 6);
        QVERIFY(early < late);
        QCOMPARE(Timestamp::fromNanosSinceEpoch(-1), Timestamp(-1, 999999999));
        QCOMPARE(Timestamp(1795343405, 250000000).toMSecsSinceEpoch(), qint64(1795343405250));
        QVERIFY(Timestamp().isGoZero());
        const auto now = Timestamp::now();
        QVERIFY(qAbs(now.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    // Issue 16 item 9: no Timestamp arithmetic overflows, whatever seconds and nanoseconds a peer sends.
    // Under UBSan an overflow aborts; in every build the milliseconds must stay ordered like the instants and
    // inside ±kMaxMillis, so that the difference of any two (a duration in the models) fits in qint64.
    void noArithmeticOverflowsAtTheExtremes()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        constexpr qint64 kMin = std::numeric_limits<qint64>::min();
        const QList<qint64> seconds{kMin,
                                    kMin + 1,
                                    -Timestamp::kMaxMillis,
                                    Timestamp::kGoZeroSeconds,
                                    -1,
                                    0,
                                    1795343405,
                                    Timestamp::kMaxMillis / 1000,
                                    kMax - 4,
                                    kMax};
        const QList<quint64> nanos{0, 999999999, 1000000000, 0xFFFFFFFFULL};
        QList<Timestamp> all;
        for (const qint64 second : seconds) {
            for (const quint64 nano : nanos) {
                const auto ts = Timestamp::fromUnix(second, nano);
                const bool fits = second <= kMax - qint64(nano / 1000000000);
                QCOMPARE(ts.has_value(), fits);
                if (!ts)
                    continue;
                QVERIFY(ts->nanoseconds() < 1000000000);
                all.append(*ts);
            }
        }
        std::sort(all.begin(), all.end());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const qint64 ms = all.at(i).toMSecsSinceEpoch();
            QVERIFY2(ms >= -Timestamp::kMaxMillis && ms <= Timestamp::kMaxMillis,
                     qPrintable(QString::number(ms)));
            if (i > 0)
                QVERIFY2(ms >= all.at(i - 1).toMSecsSinceEpoch(),
                         "milliseconds keep the order of the instants");
            qint64 difference = 0;
            QVERIFY(!__builtin_sub_overflow(ms, all.front().toMSecsSinceEpoch(), &difference));
            QVERIFY(!__builtin_sub_overflow(all.back().toMSecsSinceEpoch(), ms, &difference));
            const QByteArray text = all.at(i).toRfc3339();
            QVERIFY(text.endsWith('Z'));
            QVERIFY(!all.at(i).toDateTime().isValid() || all.at(i).toDateTime().toMSecsSinceEpoch() == ms);
        }
        QCOMPARE(Timestamp(kMin, 999999999).toRfc3339(),
                 QByteArray("-292277022657-01-27T08:29:52.999999999Z"));
    }
};

QTEST_GUILESS_MAIN(TimestampTest)
#include "tst_timestamp.moc"
