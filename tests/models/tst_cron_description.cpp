// SPDX-License-Identifier: MIT
// CronDescription: the schedules operators write, in words; everything it cannot word comes back as the
// expression itself, never a guess.
#include "i18n/LocaleTranslations.h"
#include "models/CronDescription.h"

#include <QLocale>
#include <QTest>
#include <memory>

using dispatch::CronDescription;

class TestCronDescription : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void described_data();
    void described();
    void notDescribedComesBackAsWritten_data();
    void notDescribedComesBackAsWritten();

private:
    std::unique_ptr<dispatch::LocaleTranslations> m_english; // English plural forms: "every 5 minutes"
};

void TestCronDescription::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // English day names
    m_english =
        std::make_unique<dispatch::LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

void TestCronDescription::described_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("words");
    const auto row = [](const char* schedule, const char* words) {
        QTest::newRow(schedule) << QString::fromLatin1(schedule) << QString::fromLatin1(words);
    };
    row("* * * * *", "every minute");
    row("*/1 * * * *", "every minute");
    row("*/5 * * * *", "every 5 minutes");
    row("  */15  * * * * ", "every 15 minutes");
    row("0 * * * *", "every hour");
    row("30 * * * *", "every hour at minute 30");
    row("0 */2 * * *", "every 2 hours");
    row("0 2 * * *", "at 02:00 every day");
    row("5 14 * * ?", "at 14:05 every day");
    row("0 0 2 * * *", "at 02:00 every day"); // six fields, seconds 0
    row("0 9 * * 1-5", "at 09:00, Monday to Friday");
    row("0 9 * * MON-FRI", "at 09:00, Monday to Friday");
    row("30 7 * * 0", "at 07:30 every Sunday");
    row("30 7 * * 7", "at 07:30 every Sunday");
    row("0 18 * * 1,3,fri", "at 18:00 every Monday, Wednesday, Friday");
    row("0 3 1 * *", "at 03:00 on day 1 of every month");
    row("@hourly", "every hour");
    row("@daily", "at 00:00 every day");
    row("@midnight", "at 00:00 every day");
    row("@weekly", "at 00:00 every Sunday");
    row("@monthly", "at 00:00 on day 1 of every month");
    row("@yearly", "at 00:00 on 1 January every year");
    row("@every 2m", "every 2 minutes");
    row("@every 1m", "every minute");
    row("@every 30s", "every 30 seconds");
    row("@every 90s", "every 90 seconds");
    row("@every 1h30m", "every 90 minutes");
    row("@every 2m0s", "every 2 minutes");
    row("@every 6h", "every 6 hours");
    row("@every 1h", "every hour");
    row("@every 1s", "every second");
}

void TestCronDescription::described()
{
    QFETCH(QString, schedule);
    QFETCH(QString, words);
    QCOMPARE(CronDescription::describe(schedule), words);
    QVERIFY(CronDescription::sentence(schedule).has_value());
}

void TestCronDescription::notDescribedComesBackAsWritten_data()
{
    QTest::addColumn<QString>("schedule");
    for (const char* schedule : {"*/7 * * * *",                     // not evenly spaced across the hour
                                 "0 */5 * * *",                     // nor across the day
                                 "0 9 * 1 *",                       // a month
                                 "0 9,17 * * *",                    // several times of day
                                 "15 */2 * * *",                    // a step with an offset
                                 "0 9 1 * 1",                       // both day fields: robfig fires on either
                                 "60 * * * *",                      // out of range
                                 "0 24 * * *",                      // out of range
                                 "0 9 * * 5-1",                     // a range backwards
                                 "0 9 * * 8",                       // no such weekday
                                 "30 0 9 * * *",                    // six fields, seconds other than 0
                                 "CRON_TZ=Europe/Berlin 0 9 * * *", // a zone: read as written
                                 "* * * *",                         // too few fields
                                 "@every 500ms",                    // fractions of a second
                                 "@every",                          // no duration
                                 "@every 5 minutes",                // not a Go duration
                                 "@every -5m",
                                 "@reboot",
                                 "every five minutes",
                                 ""}) {
        QTest::newRow(schedule) << QString::fromLatin1(schedule);
    }
}

void TestCronDescription::notDescribedComesBackAsWritten()
{
    QFETCH(QString, schedule);
    QVERIFY(!CronDescription::sentence(schedule).has_value());
    QCOMPARE(CronDescription::describe(schedule), schedule.trimmed());
}

QTEST_GUILESS_MAIN(TestCronDescription)
#include "tst_cron_description.moc"
