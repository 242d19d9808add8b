// SPDX-License-Identifier: MIT
#include "protocol/DurationText.h"

#include <QLocale>
#include <QTest>

using dwp::DurationText;

class DurationTextTest : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 ms";
        QTest::newRow("milliseconds") << qint64(850) << "850 ms";
        QTest::newRow("one second") << qint64(1000) << "1.0 s";
        QTest::newRow("tenths") << qint64(1234) << "1.2 s";
        QTest::newRow("rounds to the tenth") << qint64(1250) << "1.3 s";
        QTest::newRow("just under ten seconds") << qint64(9999) << "10 s";
        QTest::newRow("ten seconds") << qint64(10000) << "10 s";
        // The screen that showed "30.0 s" in the step table under a Gantt bar saying "30 s".
        QTest::newRow("thirty seconds") << qint64(30000) << "30 s";
        QTest::newRow("whole minutes") << qint64(120000) << "2 min";
        QTest::newRow("minutes and seconds") << qint64(125000) << "2 min 5 s";
        QTest::newRow("whole hours") << qint64(3600000) << "1 h";
        QTest::newRow("hours and minutes") << qint64(3780000) << "1 h 3 min";
        QTest::newRow("days") << qint64(51 * 3600000LL) << "2 d 3 h";
        QTest::newRow("negative") << qint64(-1500) << "-1.5 s";
        QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << "-106751991167 d 7 h";
        QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "106751991167 d 7 h";
    }
    void formats()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(DurationText::format(milliseconds), text);
    }

    void decimalSeparatorFollowsTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = DurationText::format(1500);
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("1,5 s"));
        QCOMPARE(DurationText::format(1500), QStringLiteral("1.5 s"));
    }
};

QTEST_GUILESS_MAIN(DurationTextTest)
#include "tst_duration_text.moc"
