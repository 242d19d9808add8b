// SPDX-License-Identifier: MIT
#include "models/CronDescription.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace dispatch {
namespace {

// A whole number in [low, high], or nothing.
std::optional<int> numberIn(const QString& text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high || text.startsWith(u'+') || text.startsWith(u'-'))
        return std::nullopt;
    return value;
}

// `*/n` with n in [1, high], or nothing.
std::optional<int> stepOf(const QString& field, int high)
{
    if (!field.startsWith(QLatin1String("*/")))
        return std::nullopt;
    return numberIn(field.mid(2), 1, high);
}

// A day of the week as Qt numbers it (1 = Monday … 7 = Sunday): cron's 0–7 (0 and 7 are Sunday) or a name.
std::optional<int> weekday(const QString& text)
{
    static const QStringList names = {QStringLiteral("MON"), QStringLiteral("TUE"), QStringLiteral("WED"),
                                      QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT"),
                                      QStringLiteral("SUN")};
    const qsizetype named = names.indexOf(text.toUpper());
    if (named >= 0)
        return int(named) + 1;
    const std::optional<int> number = numberIn(text, 0, 7);
    if (!number)
        return std::nullopt;
    return *number == 0 ? 7 : *number;
}

QString dayName(int qtDay)
{
    return QLocale().dayName(qtDay, QLocale::LongFormat);
}

QString clockTime(int hour, int minute)
{
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

bool isAny(const QString& field)
{
    return field == u'*' || field == u'?'; // robfig reads ? as * in the day fields
}

// A Go duration as @every takes it ("90s", "2m", "1h30m", "2m0s"), in milliseconds; nothing when malformed.
std::optional<qint64> goDurationMillis(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|h|m|s)"));
    qint64 total = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const QRegularExpressionMatch match = part.match(text, at, QRegularExpression::NormalMatch,
                                                         QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch() || match.capturedLength() == 0)
            return std::nullopt;
        bool ok = false;
        const qint64 count = match.captured(1).toLongLong(&ok);
        if (!ok || count > 1000000000)
            return std::nullopt;
        const QString unit = match.captured(2);
        const qint64 scale = unit == QLatin1String("h")   ? 3600000
                             : unit == QLatin1String("m") ? 60000
                             : unit == QLatin1String("s") ? 1000
                                                          : 1;
        total += count * scale;
        at += match.capturedLength();
    }
    if (text.isEmpty() || total <= 0)
        return std::nullopt;
    return total;
}

} // namespace

QString CronDescription::describe(const QString& schedule)
{
    return sentence(schedule).value_or(schedule.trimmed());
}

std::optional<QString> CronDescription::sentence(const QString& schedule)
{
    const QString text = schedule.trimmed();
    if (text.startsWith(u'@'))
        return shorthand(text);
    QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() == 6) {
        if (parts.first() != QLatin1String("0"))
            return std::nullopt; // firing at a second other than 0: rare enough to show as written
        parts.removeFirst();
    }
    if (parts.size() != 5)
        return std::nullopt; // also CRON_TZ=… and TZ=… prefixes: the zone is better read as written
    return fields(parts[0], parts[1], parts[2], parts[3], parts[4]);
}

std::optional<QString> CronDescription::shorthand(const QString& schedule)
{
    const QString name = schedule.toLower();
    const QString midnight = clockTime(0, 0);
    if (name == QLatin1String("@hourly"))
        return tr("every hour");
    if (name == QLatin1String("@daily") || name == QLatin1String("@midnight"))
        return days(midnight, QStringLiteral("*"), QStringLiteral("*"));
    if (name == QLatin1String("@weekly"))
        return days(midnight, QStringLiteral("*"), QStringLiteral("0"));
    if (name == QLatin1String("@monthly"))
        return days(midnight, QStringLiteral("1"), QStringLiteral("*"));
    if (name == QLatin1String("@yearly") || name == QLatin1String("@annually"))
        return tr("at 00:00 on 1 January every year");
    if (name.startsWith(QLatin1String("@every ")))
        return every(name.mid(7).trimmed());
    return std::nullopt;
}

std::optional<QString> CronDescription::every(const QString& duration)
{
    const std::optional<qint64> millis = goDurationMillis(duration);
    if (!millis || *millis % 1000 != 0)
        return std::nullopt; // fractions of a second: as written
    const qint64 seconds = *millis / 1000;
    if (seconds > 1000000)
        return std::nullopt;
    if (seconds == 3600)
        return tr("every hour");
    if (seconds % 3600 == 0)
        //: A cron schedule, e.g. "every 2 hours"; %n is the number of hours.
        return tr("every %n hour(s)", nullptr, int(seconds / 3600));
    if (seconds == 60)
        return tr("every minute");
    if (seconds % 60 == 0)
        //: A cron schedule, e.g. "every 5 minutes"; %n is the number of minutes.
        return tr("every %n minute(s)", nullptr, int(seconds / 60));
    if (seconds == 1)
        return tr("every second");
    //: A cron schedule, e.g. "every 30 seconds"; %n is the number of seconds.
    return tr("every %n second(s)", nullptr, int(seconds));
}

std::optional<QString> CronDescription::fields(const QString& minute, const QString& hour,
                                               const QString& dayOfMonth, const QString& month,
                                               const QString& dayOfWeek)
{
    if (month != u'*')
        return std::nullopt;
    const bool everyDay = isAny(dayOfMonth) && isAny(dayOfWeek);
    const std::optional<int> minuteStep = stepOf(minute, 59);
    if ((minute == u'*' || minuteStep) && hour == u'*' && everyDay) {
        const int step = minute == u'*' ? 1 : *minuteStep;
        if (60 % step != 0)
            return std::nullopt; // */7 fires at :56 and again at :00, not every 7 minutes
        if (step == 1)
            return tr("every minute");
        //: A cron schedule, e.g. "every 5 minutes"; %n is the number of minutes.
        return tr("every %n minute(s)", nullptr, step);
    }
    const std::optional<int> atMinute = numberIn(minute, 0, 59);
    if (!atMinute)
        return std::nullopt;
    if (hour == u'*' && everyDay) {
        if (*atMinute == 0)
            return tr("every hour");
        //: A cron schedule firing once an hour; %1 is the minute past the hour (1–59).
        return tr("every hour at minute %1").arg(*atMinute);
    }
    if (const std::optional<int> hourStep = stepOf(hour, 23); hourStep && *atMinute == 0 && everyDay) {
        if (24 % *hourStep != 0)
            return std::nullopt;
        if (*hourStep == 1)
            return tr("every hour");
        //: A cron schedule, e.g. "every 2 hours"; %n is the number of hours.
        return tr("every %n hour(s)", nullptr, *hourStep);
    }
    const std::optional<int> atHour = numberIn(hour, 0, 23);
    if (!atHour)
        return std::nullopt;
    return days(clockTime(*atHour, *atMinute), dayOfMonth, dayOfWeek);
}

std::optional<QString> CronDescription::days(const QString& time, const QString& dayOfMonth,
                                             const QString& dayOfWeek)
{
    if (isAny(dayOfMonth) && isAny(dayOfWeek))
        //: A cron schedule; %1 is a time of day such as 02:00.
        return tr("at %1 every day").arg(time);
    if (!isAny(dayOfMonth)) {
        const std::optional<int> day = numberIn(dayOfMonth, 1, 31);
        if (!day || !isAny(dayOfWeek))
            return std::nullopt; // both day fields set: robfig fires on either, which no short sentence says
        //: A cron schedule; %1 is a time of day such as 02:00, %2 the day of the month (1–31).
        return tr("at %1 on day %2 of every month").arg(time).arg(*day);
    }
    const QStringList range = dayOfWeek.split(u'-');
    if (range.size() == 2) {
        const std::optional<int> first = weekday(range[0]);
        const std::optional<int> last = weekday(range[1]);
        if (!first || !last || *first >= *last)
            return std::nullopt;
        //: A cron schedule; %1 is a time of day such as 09:00, %2 and %3 the first and last weekday.
        return tr("at %1, %2 to %3").arg(time, dayName(*first), dayName(*last));
    }
    QStringList names;
    for (const QString& part : dayOfWeek.split(u',')) {
        const std::optional<int> day = weekday(part);
        if (!day)
            return std::nullopt;
        names << dayName(*day);
    }
    //: A cron schedule; %1 is a time of day such as 09:00, %2 one weekday or several separated by commas.
    return tr("at %1 every %2").arg(time, names.join(QStringLiteral(", ")));
}

} // namespace dispatch
